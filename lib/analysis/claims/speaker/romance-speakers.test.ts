import { describe, expect, it } from 'vitest';
import { speakersByParagraph } from './speakers-of-paragraphs';

describe('Spanish speakers: dash asides', () => {
  it('es: a member of a body named by a run of capitals before the person is the subject of a dash aside', () => {
    expect(
      speakersByParagraph(
        [
          'La asamblea de la cooperativa se reunió ayer con Lucía Herrera Soto.',
          'El miembro del Secretariado Nacional Tomás Aguilar Ruiz, tesorero de la entidad, inauguró la sesión, que llega –subrayó– tras un año difícil.',
        ],
        'es',
      ),
    ).toEqual([null, 'Aguilar Ruiz']);
  });

  it('es: whom it was said to, named in a dash aside before its subject, is no subject', () => {
    expect(
      speakersByParagraph(['—El robot llegará —afirmó a Efe la ingeniera jefe, Carmen Vidal—, y funcionará.'], 'es'),
    ).toEqual(['Carmen Vidal']);
  });

  it('es: a dash aside with no subject goes on with the last speaker only from their paragraph or the next', () => {
    const story = (between: string[]) =>
      speakersByParagraph(
        ['Ana Ruiz dijo que el plan avanza.', ...between, 'Nada —añadió— puede detener el proceso.'],
        'es',
      ).at(-1);
    expect(story(['La reunión duró tres horas.'])).toBe('Ana Ruiz');
    expect(story(['La reunión duró tres horas.', 'El acta se firmó al final.'])).toBeNull();
  });
});

describe('Spanish, Portuguese and French speakers: plural verbs, opening participles, shared subjects', () => {
  it('fr, pt: a reporting verb in the plural has a group or a body as its subject', () => {
    expect(speakersByParagraph(['Les enquêteurs précisent que la victime est morte.'], 'fr')).toEqual(['enquêteurs']);
    expect(speakersByParagraph(['Os moradores afirmam que a água acabou.'], 'pt')).toEqual(['moradores']);
  });

  it('a participle opening the sentence ("Consultada", "Procurado", "Interrogée") is no name', () => {
    expect(
      speakersByParagraph(
        ['Consultada sobre el caso, una fuente de los servicios nos lo resumió así: "Es grave".'],
        'es',
      ),
    ).toEqual([null]);
    expect(speakersByParagraph(['Procurado, o ministério afirmou que não comentaria.'], 'pt')).not.toEqual([
      'Procurado',
    ]);
    expect(speakersByParagraph(['Interrogée sur ce point, Marie Dupont a déclaré que non.'], 'fr')).toEqual([
      'Marie Dupont',
    ]);
  });

  it('a verb joined by "y"/"e"/"et" to the verb after the name opening the clause shares its subject', () => {
    expect(speakersByParagraph(['La Fiscalía analizó el caso y dijo que no hay pruebas.'], 'es')).toEqual(['Fiscalía']);
    expect(
      speakersByParagraph(['O Ministério da Saúde analisou os dados e afirmou que a epidemia recua.'], 'pt'),
    ).toEqual(['Ministério da Saúde']);
    expect(
      speakersByParagraph(["L'Agence nationale retire ce produit et considère que la substance est dangereuse."], 'fr'),
    ).toEqual(['Agence nationale']);
  });

  it('no shared subject when a phrase comes before the name, or the clause after it opens with a preposition', () => {
    expect(speakersByParagraph(['El caso de la Fiscalía creció mucho y dijo el juez que no.'], 'es')).not.toEqual([
      'Fiscalía',
    ]);
    expect(speakersByParagraph(['La Fiscalía de Lima con sus peritos y dijo que no.'], 'es')).not.toEqual([
      'Fiscalía de Lima',
    ]);
  });

  it('fr: a body’s name goes on in lower case with its adjectives and genitive up to the verb', () => {
    expect(speakersByParagraph(["L'Office fédéral de la santé publique a indiqué que le virus recule."], 'fr')).toEqual(
      ['Office fédéral de la santé publique'],
    );
    expect(
      speakersByParagraph(
        ["L'Office fédéral de l'agriculture retire ce fongicide et considère qu'il est dangereux."],
        'fr',
      ),
    ).toEqual(["Office fédéral de l'agriculture"]);
    expect(speakersByParagraph(['La Commission publie un rapport qui indique que tout va bien.'], 'fr')).toEqual([
      null,
    ]);
  });

  it('fr: a stressed pronoun after the subject ("les syndicats eux-mêmes") is no part of it', () => {
    expect(speakersByParagraph(['Les syndicats eux-mêmes ont fait savoir que la réforme avance.'], 'fr')).toEqual([
      'syndicats',
    ]);
  });
});

describe('Spanish, Portuguese and French speakers: elided genitives, acts with a noun object', () => {
  it('fr: a genitive after an elided d’ goes on with a body’s name as one after l’ does', () => {
    expect(
      speakersByParagraph(["L'Office fédéral d'hygiène publique a indiqué que les eaux sont propres."], 'fr'),
    ).toEqual(["Office fédéral d'hygiène publique"]);
  });

  it('es, pt: "concluyó", "instruyó", "concluiu" with a noun as the object are acts; with a clause, speech', () => {
    expect(
      speakersByParagraph(['El Ministerio de Relaciones Exteriores concluyó la consulta en el extranjero.'], 'es'),
    ).toEqual([null]);
    expect(speakersByParagraph(['El ministro Juan Pérez instruyó la intervención de la policía.'], 'es')).toEqual([
      null,
    ]);
    expect(speakersByParagraph(['O Ministério da Saúde concluiu o relatório sobre a epidemia.'], 'pt')).toEqual([null]);
    expect(
      speakersByParagraph(['El Ministerio de Relaciones Exteriores concluyó que la consulta fue un éxito.'], 'es'),
    ).toEqual(['Ministerio de Relaciones Exteriores']);
    expect(speakersByParagraph(['El ministro Juan Pérez instruyó a la policía investigar el caso.'], 'es')).toEqual([
      'Juan Pérez',
    ]);
    expect(speakersByParagraph(['O Ministério da Saúde concluiu que a epidemia recua.'], 'pt')).toEqual([
      'Ministério da Saúde',
    ]);
  });
});

describe('Spanish, Portuguese and French speakers: report nouns that date a clause, summaries', () => {
  it('a report noun after a preposition of time dates the clause: its agent is no source', () => {
    expect(
      speakersByParagraph(
        ['Tras el anuncio del paro por parte de las Autodefensas Gaitanistas, hubo temor en algunos habitantes.'],
        'es',
      ),
    ).toEqual([null]);
    expect(
      speakersByParagraph(['Após o anúncio feito pelo Ministério da Saúde, os hospitais ficaram lotados.'], 'pt'),
    ).toEqual([null]);
    expect(
      speakersByParagraph(['El anuncio del paro por parte de las Autodefensas Gaitanistas causó temor.'], 'es'),
    ).toEqual(['Autodefensas Gaitanistas']);
  });

  it('es: a summary shared by someone is their report ("del resumen compartido … por X")', () => {
    expect(
      speakersByParagraph(
        [
          'Entre las ideas del resumen compartido en la reunión por Rosario Pentón, se incluye la certeza de que todo saldrá bien.',
        ],
        'es',
      ),
    ).toEqual(['Rosario Pentón']);
  });
});
describe('Spanish speakers: reporting verbs in every tense and person of news style', () => {
  const speakerOf = (sentence: string) => speakersByParagraph([sentence], 'es')[0];

  it('es: the preterite and present plural, before and after the subject', () => {
    expect(speakerOf('Los sindicatos subrayaron que el plan recorta derechos.')).toBe('sindicatos');
    expect(speakerOf('Los sindicatos denuncian que el plan recorta derechos.')).toBe('sindicatos');
    expect(speakerOf('Los sindicatos lamentan que el plan recorte derechos.')).toBe('sindicatos');
    expect(speakerOf('"El plan recorta derechos", aseguran los sindicatos.')).toBe('sindicatos');
  });

  it('es: the imperfect, irregular participles and further verbs of saying', () => {
    expect(speakerOf('Marta Gómez decía que el proyecto seguía adelante.')).toBe('Marta Gómez');
    expect(speakerOf('Los vecinos aseguraban que el proyecto seguía adelante.')).toBe('vecinos');
    expect(speakerOf('Marta Gómez ha sostenido que el proyecto sigue adelante.')).toBe('Marta Gómez');
    expect(speakerOf('Marta Gómez ha pedido que el proyecto siga adelante.')).toBe('Marta Gómez');
    expect(speakerOf('Marta Gómez matizó que el proyecto sigue adelante.')).toBe('Marta Gómez');
    expect(speakerOf('Marta Gómez zanjó que el proyecto sigue adelante.')).toBe('Marta Gómez');
    expect(speakerOf('Marta Gómez confesó que el proyecto peligra.')).toBe('Marta Gómez');
  });

  it('es: the agency phrases of saying, and conviction shown', () => {
    expect(speakerOf('Marta Gómez ha hecho hincapié en que el proyecto sigue adelante.')).toBe('Marta Gómez');
    expect(speakerOf('Marta Gómez ha puesto de manifiesto que el proyecto sigue adelante.')).toBe('Marta Gómez');
    expect(speakerOf('Marta Gómez ha dejado claro que el proyecto sigue adelante.')).toBe('Marta Gómez');
    expect(speakerOf('Marta Gómez ha trasladado que el proyecto sigue adelante.')).toBe('Marta Gómez');
    expect(speakerOf('Marta Gómez se mostró convencida de que el proyecto sigue adelante.')).toBe('Marta Gómez');
  });

  it('es: "cuentan", "trasladó", "celebró" report only before "que"; with a noun they are having or acts', () => {
    expect(speakerOf('Los vecinos cuentan que el río se desbordó de noche.')).toBe('vecinos');
    expect(speakerOf('Los vecinos cuentan con el apoyo del alcalde Juan Pérez.')).toBeNull();
    expect(speakerOf('Marta Gómez celebró una reunión con los vecinos del barrio.')).toBeNull();
  });
});

describe('Portuguese speakers: reporting verbs in every tense and person of news style', () => {
  const speakerOf = (sentence: string) => speakersByParagraph([sentence], 'pt')[0];

  it('pt: the present plural and imperfect of "dizer", the present of verbs whose past the list has', () => {
    expect(speakerOf('Os moradores dizem que a água acabou.')).toBe('moradores');
    expect(speakerOf('Os moradores denunciam que a água acabou.')).toBe('moradores');
    expect(speakerOf('Os manifestantes pedem que a inflação caia.')).toBe('manifestantes');
    expect(speakerOf('Ana Souza dizia que a inflação ia cair.')).toBe('Ana Souza');
    expect(speakerOf('Ana Souza salienta que a inflação subiu.')).toBe('Ana Souza');
    expect(speakerOf('Ana Souza esclarece que a inflação subiu.')).toBe('Ana Souza');
  });

  it('pt: signalling, telling in advance, alleging, making a point of saying, projecting', () => {
    expect(speakerOf('Ana Souza sinalizou que a inflação vai cair.')).toBe('Ana Souza');
    expect(speakerOf('Ana Souza adiantou que a inflação vai cair.')).toBe('Ana Souza');
    expect(speakerOf('Ana Souza alegou que a inflação subiu.')).toBe('Ana Souza');
    expect(speakerOf('Ana Souza fez questão de ressaltar que a inflação vai cair.')).toBe('Ana Souza');
    expect(speakerOf('O Banco Central projeta que a inflação vai cair.')).toBe('Banco Central');
  });

  it('pt: "contam", "completa", "cita" report only before "que"', () => {
    expect(speakerOf('Os moradores contam que a água acabou de madrugada.')).toBe('moradores');
    expect(speakerOf('Os moradores contam com o apoio do prefeito João Silva.')).toBeNull();
  });
});

describe('French speakers: reporting verbs in every tense and person of news style', () => {
  const speakerOf = (sentence: string) => speakersByParagraph([sentence], 'fr')[0];

  it('fr: deploring, judging, retorting, conceding and denying', () => {
    expect(speakerOf('Les syndicats déplorent que la réforme avance.')).toBe('syndicats');
    expect(speakerOf('Marie Dupont a jugé que la croissance ralentira.')).toBe('Marie Dupont');
    expect(speakerOf('Marie Dupont a rétorqué que la croissance ralentira.')).toBe('Marie Dupont');
    expect(speakerOf('Marie Dupont a concédé que la croissance ralentira.')).toBe('Marie Dupont');
    expect(speakerOf('Marie Dupont a démenti que la croissance ralentira.')).toBe('Marie Dupont');
  });

  it('fr: the present and imperfect plural', () => {
    expect(speakerOf('Les syndicats préviennent que la réforme avance.')).toBe('syndicats');
    expect(speakerOf('Les syndicats assuraient que la réforme avançait.')).toBe('syndicats');
  });

  it('fr: whose eyes or view it is ("aux yeux de", "de l’avis du")', () => {
    expect(speakerOf('Aux yeux de Marie Dupont, la croissance ralentira.')).toBe('Marie Dupont');
    expect(speakerOf("De l'avis du ministre Bruno Le Maire, la croissance ralentira.")).toBe('Bruno Le Maire');
  });

  it('fr: counting on a figure and predicting', () => {
    expect(speakerOf("L'Insee table sur une croissance de 1 %.")).toBe('Insee');
    expect(speakerOf('Marie Dupont a prédit que la croissance ralentira.')).toBe('Marie Dupont');
  });
});

describe('Spanish speakers: an adverbial between the verb and the subject after it', () => {
  const speakerOf = (sentence: string) => speakersByParagraph([sentence], 'es')[0];

  it('es: a prepositional adverbial, with a day before it, is no part of the subject that follows it', () => {
    expect(
      speakerOf(
        'El proyecto sigue adelante, ha afirmado este lunes en rueda de prensa el ministro de Sanidad, Juan Pérez.',
      ),
    ).toBe('Juan Pérez');
    expect(
      speakerOf('El proyecto sigue adelante, ha explicado en declaraciones a los medios la portavoz Marta Gómez.'),
    ).toBe('Marta Gómez');
    expect(speakerOf('El proyecto sigue adelante, ha asegurado en un comunicado la Consejería de Sanidad.')).toBe(
      'Consejería de Sanidad',
    );
  });

  it('es: a definite article after a preposition of the adverbial opens no subject', () => {
    expect(
      speakerOf('"El proyecto sigue adelante", dijo en la reunión con los representantes de Iberdrola.'),
    ).toBeNull();
  });
});

describe('Spanish, Portuguese and French speakers: a listener between the verb and the subject after it', () => {
  it('es: an adverbial naming a place or a medium is no part of the subject that follows it', () => {
    const speakerOf = (sentence: string) => speakersByParagraph([sentence], 'es')[0];
    expect(speakerOf('El robot llegará en otoño, ha afirmado en Lisboa la consejera Carmen Vidal.')).toBe(
      'Carmen Vidal',
    );
    expect(
      speakerOf('«El robot llegará en otoño», manifestó en declaraciones a Efe el fundador de la firma, Tomás Abad.'),
    ).toBe('Tomás Abad');
  });

  it('es: a person’s name with no article right after a noun of the adverbial is the subject', () => {
    const last = (sentence: string) => speakersByParagraph(['Carmen Vidal habló ayer.', sentence], 'es').at(-1);
    expect(last('«El robot llegará en otoño», ha dicho en rueda de prensa Tomás Abad.')).toBe('Tomás Abad');
    // After a function word the name is whom it was said to, or where.
    expect(last('«El robot llegará en otoño», dijo en una entrevista con Tomás Abad.')).toBe('Carmen Vidal');
  });

  it('es, pt: a listener named with no article, then an article opening the subject', () => {
    expect(
      speakersByParagraph(['«El robot llegará en otoño», ha dicho a Efe la portavoz de la firma, Carmen Vidal.'], 'es'),
    ).toEqual(['Carmen Vidal']);
    expect(speakersByParagraph(['O robô chega no outono, disse à Lusa o engenheiro Rui Matos.'], 'pt')).toEqual([
      'Rui Matos',
    ]);
  });

  it('es, pt, fr: a listener named right before the subject’s name, with no comma between', () => {
    expect(speakersByParagraph(['El robot llegará en otoño, declaró a Efe Carmen Vidal.'], 'es')).toEqual([
      'Carmen Vidal',
    ]);
    expect(speakersByParagraph(['Así lo aseguró a Europa Press Tomás Abad, fundador de la firma.'], 'es')[0]).toBe(
      'Tomás Abad',
    );
    expect(speakersByParagraph(['O robô chega no outono, disse à Lusa Rui Matos.'], 'pt')).toEqual(['Rui Matos']);
    expect(speakersByParagraph(['Le robot arrive cet automne, a déclaré à l’AFP Claire Morel.'], 'fr')).toEqual([
      'Claire Morel',
    ]);
  });

  it('es: a two-word name after the preposition is the one spoken to, and so is a name a clitic doubles', () => {
    const last = (paragraphs: string[]) => speakersByParagraph(paragraphs, 'es').at(-1);
    expect(last(['Carmen Vidal habló ayer.', '«El robot llegará», dijo a Tomás Abad.'])).toBe('Carmen Vidal');
    expect(last(['Carmen Vidal habló ayer.', '«El robot llegará», le dijo a Tomás Abad Ruiz.'])).not.toBe('Abad Ruiz');
  });
});

describe('French speakers: the pronoun set after the auxiliary', () => {
  const last = (sentence: string) => speakersByParagraph(['Claire Morel a visité l’usine.', sentence], 'fr').at(-1);

  it('fr: any compound tense of a reporting verb with the pronoun after its auxiliary is an incise', () => {
    expect(last('« Le robot arrive cet automne », avait-elle prévenu.')).toBe('Claire Morel');
    expect(last('« Le robot arrive cet automne », a-t-elle martelé.')).toBe('Claire Morel');
  });

  it('fr: set inside the quotation, it interrupts what is said', () => {
    expect(last('« Le robot, a-t-elle ajouté, arrive cet automne. »')).toBe('Claire Morel');
  });
});

describe('Spanish, Portuguese and French speakers: wire-copy attributions', () => {
  it('es, fr: after a role and its body’s name with no comma, the last two words of the run are the person', () => {
    expect(speakersByParagraph(['Según la economista de Solvia Rosa Navarro, el alquiler bajará.'], 'es')).toEqual([
      'Rosa Navarro',
    ]);
    expect(speakersByParagraph(['Selon l’analyste de Natixis Julien Mercier, la dette va grimper.'], 'fr')).toEqual([
      'Julien Mercier',
    ]);
  });

  it('es: a time adverb and a place between the verb and the subject’s name are where and when it was said', () => {
    expect(speakersByParagraph(['La planta abrirá en abril, anunció ayer en Valencia Rosa Navarro.'], 'es')).toEqual([
      'Rosa Navarro',
    ]);
    expect(speakersByParagraph(['La planta abrirá en abril, anunció en Oviedo Rosa Navarro.'], 'es')).toEqual([
      'Rosa Navarro',
    ]);
  });

  it('es: unnamed sources of a body after the verb, past the agency told, are the subject', () => {
    expect(
      speakersByParagraph(['La planta abrirá en abril, indicaron a Efe fuentes del Ministerio de Industria.'], 'es'),
    ).toEqual(['fuentes del Ministerio de Industria']);
    expect(
      speakersByParagraph(['La planta abrirá en abril, indicaron fuentes de la Consejería de Empleo.'], 'es'),
    ).toEqual(['fuentes de la Consejería de Empleo']);
  });

  it('pt: one unnamed member of a named body after the listener gives the body', () => {
    expect(
      speakersByParagraph(['A fábrica abre em abril, disse à Lusa um porta-voz da Câmara Municipal de Braga.'], 'pt'),
    ).toEqual(['Câmara Municipal de Braga']);
  });
});
