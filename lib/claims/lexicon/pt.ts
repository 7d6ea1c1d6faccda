import type { ClaimLexicon } from './types';

export const pt: ClaimLexicon = {
  reportingVerbs: [
    'afirmou', 'afirma', 'afirmaram', 'disse', 'diz', 'disseram', 'declarou', 'declara', 'revelou', 'explicou',
    'explica', 'destacou', 'enfatizou', 'ressaltou', 'apontou', 'alertou', 'alerta', 'admitiu', 'reconheceu',
    'comentou', 'anunciou', 'acrescentou', 'garantiu', 'argumentou', 'observou', 'contou', 'respondeu',
    'revisitou', 'descreve', 'descreveu', 'sublinhou', 'frisou', 'lembrou', 'confirmou', 'negou', 'prometeu',
    'advertiu', 'assegurou', 'insistiu', 'sugeriu',
  ],
  passiveAuxiliaries: ['é', 'foi', 'são', 'foram', 'ser', 'sendo', 'seria'],
  genericSubjects: ['alguns', 'muitos', 'outros', 'especialistas', 'analistas', 'críticos', 'pessoas', 'todos', 'ninguém'],
  sourcePrepositions: ['segundo', 'de acordo com', 'conforme', 'para'],
  beliefVerbs: ['acredita', 'acreditava', 'acreditam', 'pensa', 'pensava', 'considera', 'avalia', 'defende', 'acha', 'crê', 'está convencido', 'está convencida', 'vê com bons olhos'],
  hedges: ['provavelmente', 'talvez', 'possivelmente', 'aparentemente', 'parece', 'pode ser', 'deve ser', 'na opinião', 'otimista', 'pessimista', 'errado', 'deve focar', 'deve se concentrar', 'deve ser considerado'],
  predictionMarkers: [
    'no futuro', 'a longo prazo', 'nos próximos anos', 'até o fim', 'prevê', 'preveem', 'espera-se', 'estima-se',
    'projeta', 'tende a', 'vai', 'vão', 'pode trazer', 'expectativa',
  ],
  futureSuffixes: ['rá', 'rão'],
  planMarkers: [
    'planeja', 'planejam', 'pretende', 'pretendem', 'decidiu', 'decidiram', 'está construindo', 'está investindo',
    'vai lançar', 'vai investir', 'lançará', 'investirá', 'tem planos', 'planos de', 'adotar', 'prioriza',
    'estratégia', 'contratar', 'está se transformando', 'fará com que',
  ],
  figureUnits: [
    '%', 'por cento', 'bilhões', 'bilhão', 'milhões', 'milhão', 'mil', 'trilhões', 'dólares', 'reais', 'euros',
    'us$', 'r$', '$', '€', 'gw', 'mw', 'gpus', 'usuários', 'utilizadores', 'funcionários', 'vezes', 'pontos',
  ],
  personPronouns: ['ele', 'ela'],
  organizationWords: ['universidade', 'instituto', 'banco', 'grupo', 'senado', 'câmara', 'ministério', 'governo', 'hospital', 'labs', 'empresa', 'federal', 'associação', 'tribunal', 'agência', 'jornal'],
  personTitles: ['ceo', 'presidente', 'fundador', 'fundadora', 'diretor', 'diretora', 'cientista', 'pesquisador', 'pesquisadora', 'professor', 'professora', 'ministro', 'ministra', 'executivo', 'executiva', 'chefe'],
  titleAbbreviations: ['Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'Prof.', 'Profa.', 'Eng.', 'Av.', 'n.º', 'nº.', 'p.', 'pág.', 'cf.', 'ex.', 'i.e.', 'e.g.'],
  ambiguousAbbreviations: ['EUA.', 'Inc.', 'Ltda.', 'S.A.', 'Corp.', 'etc.', 'U.S.', 'Jr.'],
  sentenceStarters: ['o', 'a', 'os', 'as', 'um', 'uma', 'ele', 'ela', 'eles', 'elas', 'isso', 'este', 'esta', 'mas', 'no', 'na', 'em', 'para', 'com', 'segundo', 'já', 'ainda'],
  furniturePrefixes: ['por ', 'foto:', 'imagem:', 'crédito:', 'créditos:', 'fonte:', 'leia também', 'veja também', 'ver original', 'reportagem de', 'edição:', 'atualizado em', 'publicado em'],
  boilerplatePhrases: [
    'foi publicado pela primeira vez', 'publicado originalmente', 'conteúdo de terceiros', 'isenção de responsabilidade',
    'não constitui aconselhamento', 'aconselhamento financeiro', 'fins informativos', 'não deve ser considerada como um endosso',
    'todos os direitos reservados', 'reprodução proibida', 'assine a nossa newsletter', 'siga-nos',
  ],
  explanatoryMarkers: ['(nota:', 'nota:', '(n. do e.', 'em termos simples', 'significa que', 'refere-se a', 'é definido como', 'consiste em'],
  restatementMarkers: ['em outras palavras', 'ou seja,', 'isto é,'],
  stopwords: ['o', 'a', 'os', 'as', 'um', 'uma', 'de', 'da', 'do', 'das', 'dos', 'e', 'em', 'no', 'na', 'nos', 'nas', 'que', 'para', 'por', 'com', 'se', 'é', 'não', 'mais', 'ao', 'à', 'seu', 'sua', 'como', 'mas', 'ele', 'ela'],
};
