import type { ClaimLexicon } from './types';

export const es: ClaimLexicon = {
  reportingVerbs: [
    'dijo', 'dice', 'afirmó', 'afirma', 'declaró', 'declara', 'explicó', 'explica', 'señaló', 'señala', 'aseguró',
    'asegura', 'anunció', 'anuncia', 'añadió', 'destacó', 'subrayó', 'advirtió', 'advierte', 'admitió', 'reconoció',
    'reveló', 'indicó', 'comentó', 'sostuvo', 'sostiene', 'insistió', 'confirmó', 'negó', 'prometió', 'escribió',
    'recordó', 'describió', 'apuntó', 'remarcó', 'defendió', 'dijeron', 'afirmaron',
  ],
  passiveAuxiliaries: ['es', 'fue', 'son', 'fueron', 'ser', 'sido', 'siendo'],
  genericSubjects: ['algunos', 'muchos', 'otros', 'expertos', 'analistas', 'críticos', 'personas', 'todos', 'nadie'],
  sourcePrepositions: ['según', 'de acuerdo con', 'para'],
  beliefVerbs: ['cree', 'creía', 'piensa', 'pensaba', 'considera', 'opina', 'estima', 'está convencido', 'está convencida', 'confía en'],
  hedges: ['probablemente', 'quizás', 'quizá', 'tal vez', 'posiblemente', 'al parecer', 'parece', 'optimista', 'pesimista', 'equivocado', 'debería', 'debe'],
  predictionMarkers: [
    'en el futuro', 'a largo plazo', 'en los próximos', 'se espera', 'prevé', 'prevén', 'pronostica', 'se estima',
    'va a', 'van a', 'podría', 'podrían', 'para 2030', 'para 2027', 'el próximo año',
  ],
  futureSuffixes: ['rá', 'rán'],
  planMarkers: [
    'planea', 'planean', 'tiene previsto', 'pretende', 'prevé lanzar', 'decidió', 'ha decidido', 'decidieron',
    'está construyendo', 'está invirtiendo', 'lanzará', 'invertirá', 'abrirá', 'contratará', 'va a lanzar', 'planes de',
    'se propone', 'estrategia', 'acordó',
  ],
  figureUnits: [
    '%', 'por ciento', 'millones', 'millón', 'mil millones', 'billones', 'mil', 'dólares', 'euros', 'pesos', '$', '€',
    'us$', 'gw', 'mw', 'gpu', 'gpus', 'usuarios', 'empleados', 'veces', 'puntos', 'parámetros', 'países',
  ],
  personPronouns: ['él', 'ella'],
  organizationWords: ['universidad', 'instituto', 'banco', 'grupo', 'hospital', 'consejería', 'ministerio', 'gobierno', 'senado', 'agencia', 'asociación', 'diario', 'clínic', 'sanidad'],
  personTitles: ['ceo', 'presidente', 'presidenta', 'fundador', 'fundadora', 'director', 'directora', 'científico', 'científica', 'investigador', 'investigadora', 'profesor', 'profesora', 'ministro', 'ministra', 'consejero', 'consejera', 'jefe', 'jefa', 'directivo', 'directiva', 'analista'],
  titleAbbreviations: ['Sr.', 'Sra.', 'Srta.', 'Dr.', 'Dra.', 'Prof.', 'Lic.', 'Ing.', 'núm.', 'pág.', 'p. ej.', 'Av.', 'Ud.', 'Uds.'],
  ambiguousAbbreviations: ['EE. UU.', 'EE.UU.', 'Inc.', 'S.A.', 'S.L.', 'Corp.', 'etc.', 'Ltd.'],
  sentenceStarters: ['el', 'la', 'los', 'las', 'un', 'una', 'él', 'ella', 'ellos', 'esto', 'este', 'esta', 'pero', 'en', 'para', 'con', 'según', 'ya', 'aún', 'su', 'sus'],
  furniturePrefixes: ['por ', 'foto:', 'imagen:', 'crédito:', 'fuente:', 'lea también', 'lee también', 'ver también', 'actualizado', 'publicado', 'redacción:'],
  boilerplatePhrases: [
    'se publicó originalmente', 'publicado originalmente', 'fue publicado por primera vez', 'contenido de terceros',
    'no constituye asesoramiento', 'asesoramiento financiero', 'fines informativos', 'todos los derechos reservados',
    'suscríbete', 'síguenos',
  ],
  explanatoryMarkers: ['(nota:', 'nota:', '(n. del e.', 'en términos sencillos', 'en pocas palabras', 'se refiere a', 'se define como', 'consiste en'],
  restatementMarkers: ['en otras palabras', 'es decir,', 'o sea,'],
  stopwords: ['el', 'la', 'los', 'las', 'un', 'una', 'de', 'del', 'y', 'o', 'en', 'que', 'para', 'por', 'con', 'se', 'es', 'no', 'más', 'al', 'su', 'sus', 'como', 'pero', 'lo', 'le'],
};
