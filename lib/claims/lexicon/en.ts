import type { ClaimLexicon } from './types';

export const en: ClaimLexicon = {
  reportingVerbs: [
    'said', 'says', 'told', 'tells', 'stated', 'states that', 'notes that', 'claims that', 'announced', 'announces', 'explained', 'explains', 'added',
    'noted', 'stressed', 'emphasized', 'emphasised', 'pointed out', 'warned', 'warns', 'admitted', 'acknowledged',
    'revealed', 'claimed', 'argued', 'argues', 'insisted', 'confirmed', 'denied', 'promised', 'wrote', 'writes',
    'recalled', 'described', 'describes', 'predicted', 'estimated', 'suggested', 'conceded', 'declared', 'testified',
  ],
  passiveAuxiliaries: ['is', 'are', 'was', 'were', 'be', 'been', 'being'],
  genericSubjects: ['some', 'many', 'others', 'experts', 'analysts', 'critics', 'people', 'everyone', 'nobody', 'observers'],
  sourcePrepositions: ['according to', 'as per', 'per'],
  beliefVerbs: ['believes', 'believed', 'thinks', 'thought', 'considers', 'feels', 'expects', 'is convinced', 'is confident', 'doubts', 'argues'],
  hedges: ['probably', 'perhaps', 'maybe', 'likely', 'possibly', 'might', 'arguably', 'in his view', 'in her view', 'optimistic', 'pessimistic', 'wrong', 'should'],
  predictionMarkers: [
    'will', "won't", "'ll", 'is expected to', 'are expected to', 'is likely to', 'is set to', 'forecast', 'forecasts',
    'projected', 'in the future', 'by 2025', 'by 2026', 'by 2027', 'by 2028', 'by 2030', 'within a decade', 'next year',
    'in the coming', 'could', 'would',
  ],
  futureSuffixes: [],
  planMarkers: [
    'plans to', 'planned', 'plans for', 'intends to', 'aims to', 'decided to', 'has decided', 'will launch', 'will invest',
    'will release', 'will open', 'will hire', 'is building', 'is investing', 'are building', 'announced it would',
    'is preparing', 'roadmap', 'will roll out', 'will start', 'will begin', 'agreed to',
  ],
  figureUnits: [
    '%', 'percent', 'per cent', 'billion', 'million', 'trillion', 'thousand', 'dollars', 'euros', '$', '€', '£',
    'gw', 'mw', 'gpus', 'users', 'employees', 'times', 'points', 'parameters', 'tokens', 'hours', 'countries',
  ],
  personPronouns: ['he', 'she'],
  organizationWords: ['university', 'institute', 'bank', 'group', 'capital', 'labs', 'inc', 'corp', 'ltd', 'semiconductor', 'senate', 'ministry', 'department', 'hospital', 'college', 'agency', 'association', 'partners', 'ventures', 'times', 'news'],
  personTitles: ['ceo', 'president', 'founder', 'co-founder', 'chief', 'director', 'scientist', 'researcher', 'professor', 'minister', 'executive', 'head', 'senator', 'analyst', 'spokesperson', 'chairman', 'chairwoman'],
  titleAbbreviations: ['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sr.', 'St.', 'Gen.', 'Sen.', 'Rep.', 'Gov.', 'No.', 'vs.', 'e.g.', 'i.e.', 'approx.', 'Fig.'],
  ambiguousAbbreviations: ['U.S.', 'U.K.', 'U.N.', 'E.U.', 'Inc.', 'Ltd.', 'Corp.', 'Co.', 'Jr.', 'etc.', 'a.m.', 'p.m.'],
  sentenceStarters: ['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'but', 'and', 'in', 'on', 'at', 'for', 'its', 'his', 'her', 'their', 'there', 'as', 'after', 'still', 'if', 'when', 'while', 'although', 'because', 'so', 'then', 'now', 'here', 'earlier', 'later', 'some', 'many', 'most', 'all', 'one', 'what', 'why', 'how', 'you', 'yet', 'also'],
  furniturePrefixes: ['by ', 'photo:', 'image:', 'credit:', 'photograph:', 'source:', 'read more', 'related:', 'see also', 'reporting by', 'editing by', 'updated', 'published', 'illustration:'],
  boilerplatePhrases: [
    'was first published', 'originally published', 'first appeared on', 'third-party content', 'not financial advice',
    'does not constitute', 'for informational purposes', 'informational purposes only', 'do your own research', 'not an endorsement',
    'all rights reserved', 'subscribe to our newsletter', 'sign up for', 'follow us on',
  ],
  explanatoryMarkers: ['(note:', 'note:', "(editor's note", "editor's note:", 'in simple terms', 'refers to', 'is defined as', 'is a term for', 'simply put,', 'for context,'],
  restatementMarkers: ['in other words', 'that is,', 'put differently'],
  stopwords: ['the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'with', 'is', 'are', 'was', 'were', 'be', 'that', 'this', 'it', 'its', 'as', 'by', 'from', 'he', 'she', 'they', 'has', 'have', 'had', 'not', 'but', 'said'],
};
