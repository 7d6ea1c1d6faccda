import type { ClaimLexicon } from './types';

export const fr: ClaimLexicon = {
  reportingVerbs: [
    'a déclaré', 'déclare', 'a dit', 'dit', 'a affirmé', 'affirme', 'a expliqué', 'explique', 'a souligné', 'souligne',
    'a indiqué', 'indique', 'a annoncé', 'annonce', 'a ajouté', 'ajoute', 'a précisé', 'précise', 'a averti', 'avertit',
    'a reconnu', 'reconnaît', 'a admis', 'admet', 'a révélé', 'révèle', 'a assuré', 'assure', 'a insisté', 'insiste',
    'a confirmé', 'confirme', 'a nié', 'a promis', 'promet', 'a écrit', 'écrit', 'a rappelé', 'rappelle', 'a estimé',
    'a prévenu', 'a martelé', 'a lancé', 'a résumé', 'résume', 'a confié', 'confie', 'a-t-il ajouté', 'a-t-elle ajouté', 'a-t-il déclaré', 'a-t-elle déclaré', 'a-t-il dit', 'a-t-elle dit', 'a-t-il expliqué', 'a-t-elle expliqué', 'a-t-il souligné', 'a-t-elle souligné', 'explique-t-il', 'explique-t-elle', 'affirme-t-il', 'affirme-t-elle', 'estime-t-il', 'estime-t-elle',
  ],
  passiveAuxiliaries: ['est', 'été', 'sont', 'être', 'était'],
  genericSubjects: ['certains', 'beaucoup', 'autres', 'experts', 'analystes', 'critiques', 'tous', 'personne', 'on'],
  sourcePrepositions: ['selon', "d'après", 'pour'],
  beliefVerbs: ['estime', 'pense', 'croit', 'considère', 'juge', 'est convaincu', 'est convaincue', 'se dit convaincu', 'se dit convaincue'],
  hedges: ['probablement', 'peut-être', 'sans doute', 'vraisemblablement', 'semble', 'optimiste', 'pessimiste', 'erreur', 'devrait', 'devraient'],
  predictionMarkers: [
    'sera', 'seront', 'aura', 'auront', 'pourra', 'pourrait', 'pourraient', 'devrait', 'devraient', 'deviendra',
    'va ', 'vont ', "à l'avenir", 'à long terme', "d'ici 2030", "d'ici 2027", "d'ici la fin", "l'an prochain",
    'dans les prochaines', 'prévoit que', 'on s\'attend', 'remplacera', 'transformera', 'dépassera', 'atteindra', 'doublera',
  ],
  futureSuffixes: ['ra', 'ront'],
  planMarkers: [
    'prévoit de', 'compte', 'envisage de', 'a décidé', 'ont décidé', 'entend', 'projette de', 'construit', 'investit',
    'va lancer', 'lancera', 'investira', 'ouvrira', 'recrutera', 'va investir', 'stratégie', 'a choisi de', 'se prépare à',
  ],
  figureUnits: [
    '%', 'pour cent', 'milliards', 'milliard', 'millions', 'million', 'mille', 'dollars', 'euros', '$', '€', 'gw', 'mw',
    'gpu', 'utilisateurs', 'salariés', 'employés', 'fois', 'points', 'paramètres', 'pays',
  ],
  personPronouns: ['il', 'elle'],
  organizationWords: ['université', 'institut', 'banque', 'groupe', 'cabinet', 'ministère', 'gouvernement', 'sénat', 'hôpital', 'agence', 'association', 'labs'],
  personTitles: ['pdg', 'ceo', 'président', 'présidente', 'fondateur', 'fondatrice', 'directeur', 'directrice', 'chercheur', 'chercheuse', 'professeur', 'professeure', 'ministre', 'dirigeant', 'dirigeante', 'patron', 'patronne', 'responsable', 'analyste'],
  titleAbbreviations: ['M.', 'Mme.', 'Mlle.', 'Dr.', 'Pr.', 'St.', 'av.', 'p.', 'cf.', 'ex.', 'env.', 'n°.'],
  ambiguousAbbreviations: ['Inc.', 'Corp.', 'Ltd.', 'etc.', 'U.S.', 'É.-U.'],
  sentenceStarters: ['le', 'la', 'les', 'un', 'une', 'il', 'elle', 'ils', 'elles', 'ce', 'cette', 'ces', 'mais', 'en', 'pour', 'avec', 'selon', 'déjà', 'son', 'sa', 'ses', 'leur'],
  furniturePrefixes: ['par ', 'photo :', 'photo:', 'image :', 'crédit :', 'crédit:', 'source :', 'lire aussi', 'à lire aussi', 'voir aussi', 'mis à jour', 'publié le'],
  boilerplatePhrases: [
    'a été publié pour la première fois', 'publié initialement', 'initialement publié', 'contenu de tiers',
    'ne constitue pas un conseil', 'conseil financier', 'fins informatives', 'tous droits réservés', 'abonnez-vous', 'suivez-nous',
  ],
  explanatoryMarkers: ['(note :', '(note:', 'note :', 'note:', '(ndlr', 'en termes simples', 'pour faire simple', 'désigne', 'se définit comme', 'consiste à'],
  restatementMarkers: ['autrement dit', "c'est-à-dire", 'en d\'autres termes'],
  stopwords: ['le', 'la', 'les', 'un', 'une', 'de', 'des', 'du', 'et', 'ou', 'en', 'à', 'au', 'aux', 'que', 'qui', 'pour', 'par', 'avec', 'se', 'est', 'ne', 'pas', 'plus', 'son', 'sa', 'ses', 'il', 'elle', 'dans', 'sur', "l'", "d'"],
};
