import type { GoldArticle } from './types';

export const spanishArticles: GoldArticle[] = [
  {
    id: 'es-hospital-ia',
    lang: 'es',
    text: [
      'Un hospital de Valencia usa IA para detectar cáncer de pulmón',
      'Por Lucía Ferrer',
      'El Hospital Clínic de Valencia empezó a usar un sistema de inteligencia artificial que analiza radiografías de tórax y señala posibles tumores. En seis meses de pruebas, el sistema revisó 42.000 imágenes y detectó un 23% más de casos tempranos que el proceso anterior.',
      'La jefa de radiología, la Dra. Elena Soto, explicó que la herramienta no sustituye a los médicos. "La máquina nos avisa, pero la decisión final siempre la toma una persona", dijo.',
      'Imagen: una radióloga revisa una imagen marcada por el sistema',
      'Soto reconoció que el sistema produce falsas alarmas en uno de cada diez casos. Según ella, el equipo revisa cada alerta en menos de 48 horas.',
      'La Consejería de Sanidad anunció que extenderá el programa a otros cinco hospitales de la región el próximo año, con una inversión de 12 millones de euros.',
      '¿Es seguro confiar en un algoritmo para algo así?',
      'El bioeticista Andrés Molina cree que los pacientes deberían ser informados cuando una IA participa en su diagnóstico.',
      'Este artículo se publicó originalmente en Diario del Turia.',
    ].join('\n\n'),
    gold: [
      { match: 'empezó a usar un sistema de inteligencia artificial', kind: 'fact', speaker: null },
      { match: 'revisó 42.000 imágenes', kind: 'figure', speaker: null },
      { match: 'la herramienta no sustituye a los médicos', kind: 'fact', speaker: 'Elena Soto' },
      { match: 'La máquina nos avisa', kind: 'quote', speaker: 'Elena Soto' },
      { match: 'falsas alarmas en uno de cada diez casos', kind: 'fact', speaker: 'Elena Soto' },
      { match: 'revisa cada alerta en menos de 48 horas', kind: 'figure', speaker: 'Elena Soto' },
      { match: 'extenderá el programa a otros cinco hospitales', kind: 'plan', speaker: 'Consejería de Sanidad' },
      { match: 'deberían ser informados', kind: 'opinion', speaker: 'Andrés Molina' },
    ],
  },
];
