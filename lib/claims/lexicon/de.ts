import type { ClaimLexicon } from './types';

export const de: ClaimLexicon = {
  reportingVerbs: [
    'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'kündigte an', 'teilte mit', 'so', 'warnte', 'warnt',
    'räumte ein', 'gab zu', 'verriet', 'berichtete', 'fügte hinzu', 'unterstrich', 'bestätigte', 'bestritt', 'versprach',
    'schrieb', 'erinnerte', 'beschrieb', 'meinte', 'stellte klar', 'sagten', 'erklärten', 'hat gesagt', 'hat erklärt',
    'sprach', 'führte aus',
  ],
  passiveAuxiliaries: ['wird', 'wurde', 'werden', 'wurden', 'ist', 'sind'],
  genericSubjects: ['einige', 'viele', 'andere', 'experten', 'analysten', 'kritiker', 'man', 'alle', 'niemand'],
  sourcePrepositions: ['laut', 'nach angaben von', 'zufolge', 'nach ansicht von', 'für'],
  beliefVerbs: ['glaubt', 'meint', 'hält', 'ist überzeugt', 'ist sich sicher', 'geht davon aus', 'findet', 'rechnet damit'],
  hedges: ['wahrscheinlich', 'vermutlich', 'vielleicht', 'möglicherweise', 'offenbar', 'scheint', 'optimistisch', 'pessimistisch', 'falsch', 'sollte', 'sollten'],
  predictionMarkers: [
    'wird', 'werden', 'dürfte', 'dürften', 'könnte', 'könnten', 'in zukunft', 'künftig', 'langfristig', 'bis 2030',
    'bis 2027', 'bis ende', 'im kommenden jahr', 'in den nächsten', 'voraussichtlich', 'prognostiziert', 'erwartet',
  ],
  futureSuffixes: [],
  planMarkers: [
    'plant', 'planen', 'will', 'wollen', 'beabsichtigt', 'hat beschlossen', 'haben beschlossen', 'entschied', 'baut',
    'investiert', 'wird eröffnen', 'will investieren', 'soll', 'sollen', 'strategie', 'vorhaben', 'hat vor', 'kündigte an',
  ],
  figureUnits: [
    '%', 'prozent', 'milliarden', 'milliarde', 'millionen', 'million', 'tausend', 'dollar', 'euro', '$', '€', 'gw', 'mw',
    'gpus', 'nutzer', 'mitarbeiter', 'beschäftigte', 'mal', 'punkte', 'parameter', 'länder', 'mrd.', 'mio.',
  ],
  personPronouns: ['er', 'sie'],
  organizationWords: ['universität', 'institut', 'bank', 'gruppe', 'werke', 'werk', 'gmbh', 'ag', 'ministerium', 'regierung', 'klinikum', 'verband', 'metall', 'zulieferer', 'stiftung'],
  personTitles: ['ceo', 'chef', 'chefin', 'vorstandschef', 'vorstandschefin', 'gründer', 'gründerin', 'direktor', 'direktorin', 'forscher', 'forscherin', 'professor', 'professorin', 'minister', 'ministerin', 'präsident', 'präsidentin', 'leiter', 'leiterin', 'analyst', 'analystin', 'sprecher', 'sprecherin'],
  titleAbbreviations: ['Dr.', 'Prof.', 'Hr.', 'Fr.', 'bzw.', 'z.B.', 'z. B.', 'u.a.', 'u. a.', 'd.h.', 'd. h.', 'ca.', 'Nr.', 'vgl.', 'Mrd.', 'Mio.', 'St.', 'sog.', 'inkl.', 'bspw.'],
  ambiguousAbbreviations: ['Inc.', 'Corp.', 'Ltd.', 'usw.', 'etc.', 'USA.', 'Co.'],
  sentenceStarters: ['der', 'die', 'das', 'ein', 'eine', 'er', 'sie', 'es', 'wir', 'dies', 'diese', 'dieser', 'aber', 'doch', 'in', 'im', 'auf', 'mit', 'für', 'laut', 'auch', 'noch', 'sein', 'ihr'],
  furniturePrefixes: ['von ', 'foto:', 'bild:', 'quelle:', 'credit:', 'mehr zum thema', 'lesen sie auch', 'siehe auch', 'aktualisiert', 'veröffentlicht'],
  boilerplatePhrases: [
    'zuerst erschienen', 'erschien zuerst', 'ursprünglich veröffentlicht', 'inhalte dritter', 'keine anlageberatung',
    'keine finanzberatung', 'dient nur zu informationszwecken', 'informationszwecken', 'alle rechte vorbehalten', 'newsletter abonnieren', 'folgen sie uns',
  ],
  explanatoryMarkers: ['(anmerkung:', 'anmerkung:', '(hinweis:', 'hinweis:', 'vereinfacht gesagt', 'einfach gesagt', 'bezeichnet', 'versteht man', 'ist definiert als'],
  restatementMarkers: ['mit anderen worten', 'anders gesagt', 'das heißt,'],
  stopwords: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'und', 'oder', 'in', 'im', 'zu', 'zum', 'zur', 'von', 'mit', 'für', 'auf', 'ist', 'sind', 'war', 'sich', 'nicht', 'auch', 'als', 'es', 'er', 'sie', 'dass', 'so'],
};
