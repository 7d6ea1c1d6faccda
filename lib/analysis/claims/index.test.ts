import { describe, expect, it } from 'vitest';
import { fixturePageText } from '../../../tests/fixtures/load';
import type { ClaimKind } from '../../shared/types';
import { findClaims, postAuthor } from './index';

/** The seed story as Gate shows it: the committed fixture page's text. */
function readSeed(): string {
  return fixturePageText('gate-seed');
}

/** The seed's article body: between the summary-widget line and the "first published" line. */
function seedBody(seed: string): string {
  const start = seed.indexOf('\n', seed.indexOf('Geração do resumo em andamento')) + 1;
  const end = seed.indexOf('Este artigo do CEO da OpenAI');
  if (start <= 0 || end === -1) throw new Error('Seed article no longer has the expected markers around its body.');
  return seed.slice(start, end);
}

describe('findClaims on the seed article (pt)', () => {
  it('picks the claims a reader expects, attributed to Altman', () => {
    const claims = findClaims(seedBody(readSeed()), 'pt');
    expect(claims.length).toBe(8);
    const find = (fragment: string) => claims.find((claim) => claim.text.includes(fragment));
    expect(find('era contra a integração vertical')?.speaker).toBe('Sam Altman');
    expect(find('provavelmente o maior projeto de infraestrutura da história da humanidade')?.speaker).toBe(
      'Sam Altman',
    );
    // OpenAI's plan told in the writer's words is kept, a plan, and is nobody's claim (tests/claims-real/README.md).
    expect(find('A OpenAI fará com que a IA aprenda')?.kind).toBe('plan');
    expect(find('A OpenAI fará com que a IA aprenda')?.speaker).toBeNull();
    expect(
      findClaims(seedBody(readSeed()), 'pt', { max: 12 }).find((claim) =>
        claim.text.includes('os custos de geração da Sora são altos, podendo adotar uma cobrança por uso'),
      )?.speaker,
    ).toBe('Sam Altman');
    expect(claims.some((claim) => claim.text.includes('Nota:') || claim.text.includes('Lei de Escalonamento'))).toBe(
      false,
    );
    expect(claims.map((claim) => claim.anchor.start)).toEqual(
      [...claims.map((claim) => claim.anchor.start)].sort((a, b) => a - b),
    );
  });

  it('shows none of the page chrome when run on the whole page text', () => {
    const seed = readSeed();
    const claims = findClaims(seed, 'pt', { max: 50 });
    const body = seedBody(seed);
    const bodyStart = seed.indexOf(body);
    for (const claim of claims) {
      expect(claim.anchor.start).toBeGreaterThanOrEqual(bodyStart);
      expect(claim.anchor.end).toBeLessThanOrEqual(bodyStart + body.length);
    }
    expect(claims.some((claim) => /Gate|terceiros|primeira vez|Negocie/.test(claim.text))).toBe(false);
  });

  it('anchors each claim to its exact place in the text with a stable id', () => {
    const text = readSeed();
    const first = findClaims(text, 'pt');
    for (const claim of first) {
      expect(text.slice(claim.anchor.start, claim.anchor.end)).toBe(claim.text);
      expect(claim.anchor.exact).toBe(claim.text);
      expect(text.slice(0, claim.anchor.start).endsWith(claim.anchor.prefix)).toBe(true);
    }
    expect(findClaims(text, 'pt').map((claim) => claim.id)).toEqual(first.map((claim) => claim.id));
  });
});

function kindOfSentence(text: string, lang: string): ClaimKind | undefined {
  return findClaims(text, lang, { max: 20 }).find((claim) => text.includes(claim.text))?.kind;
}

describe('claim kinds per language', () => {
  const cases: Array<[string, string, ClaimKind]> = [
    [
      'pt',
      'A ministra Ana Costa disse que "o país precisa de uma política nacional para a inteligência artificial". Ela falou em Brasília.',
      'quote',
    ],
    [
      'pt',
      'A empresa faturou R$ 310 milhões no ano passado, um crescimento de 85%. O mercado gostou do resultado.',
      'figure',
    ],
    ['pt', 'A Lumen planeja abrir um laboratório em Lisboa no próximo semestre. A decisão foi tomada ontem.', 'plan'],
    [
      'pt',
      'O analista Rui Souto afirmou que a demanda por chips irá dobrar nos próximos anos. Outros discordam disso.',
      'prediction',
    ],
    [
      'pt',
      'O professor Paulo Viana acredita que os modelos pequenos são mais úteis para as empresas. Ele ensina em Fortaleza.',
      'opinion',
    ],
    ['en', '"We spent a year cleaning the training data before anything else," said Priya Raman. She smiled.', 'quote'],
    ['en', 'Northwind plans to open a second research lab in Toronto next spring. The city welcomed it.', 'plan'],
    [
      'en',
      'Analyst Marcus Lee said rivals in Asia will take market share within two years. Others agreed.',
      'prediction',
    ],
    [
      'en',
      'Revenue at Northwind tripled last year to $96 million, according to the company. It was a record.',
      'figure',
    ],
    [
      'en',
      'Professor Alan Whitby believes benchmark scores overstate how well models handle real tasks. He works in Leeds.',
      'opinion',
    ],
    [
      'es',
      'La Consejería de Sanidad planea extender el programa a cinco hospitales de la región. Lo confirmó ayer.',
      'plan',
    ],
    [
      'es',
      'El bioeticista Andrés Molina cree que los pacientes deben saber cuándo interviene una IA. Lo dijo en Valencia.',
      'opinion',
    ],
    [
      'fr',
      "Selon le cabinet Datavue, les start-up ont levé 11 milliards d'euros en 2024. Le chiffre a surpris.",
      'figure',
    ],
    [
      'fr',
      'La chercheuse Sophie Marchand a déclaré que la concurrence sur les prix réduira les marges de tous. Rien de neuf.',
      'prediction',
    ],
    [
      'de',
      'Die Firma Kessler Werke plant ein neues Werk für KI-gestützte Prüfung in Esslingen. Der Bau beginnt bald.',
      'plan',
    ],
    [
      'de',
      'Betriebsrat Stefan Wolf warnte, dass durch die Automatisierung Stellen wegfallen könnten. Die Firma widersprach.',
      'prediction',
    ],
    ['zh', '清华大学教授陈静认为，企业客户才是大模型真正的市场。这一观点引发讨论。', 'opinion'],
    ['zh', '据统计，2024年国内大模型市场规模约为210亿元。增长很快。', 'figure'],
    ['ja', '同社は来年4月から全国の介護施設にロボットを販売する計画を発表した。反響は大きい。', 'plan'],
    ['ja', '佐藤健一社長は「人手不足に悩む介護現場の負担を大きく減らしたい」と述べた。会場は沸いた。', 'quote'],
  ];
  it.each(cases)('%s: %s', (lang, text, kind) => {
    expect(kindOfSentence(text, lang)).toBe(kind);
  });
});

describe('a short story', () => {
  it('lists its plain statements too when too few sentences stand out to fill the panel', () => {
    const text = [
      'Analyst Marcus Lee said rivals in Asia will take market share within two years. The factory on the river closed its doors last winter after a long dispute over wages.',
      'Most of the workers found new jobs at the port, which has been growing for a decade. The town council met on the square to talk about what comes next for the workers.',
    ].join('\n\n');
    const claims = findClaims(text, 'en');
    expect(claims.map((claim) => claim.text)).toEqual(text.split(/(?<=\.)\s+/));
    // Plain narration still makes way for the claims that stand out.
    expect(findClaims(text, 'en', { max: 2 }).map((claim) => claim.score)).toEqual([0.8, 0.4]);
  });
});

describe('figures in Chinese text', () => {
  it('weigh as much as a speaker named: a Han name earns no entity bonus, so the figure is the checkable part', () => {
    const text = [
      '市政府昨天召开新闻发布会，介绍了今年城市建设的总体情况和下一步的工作安排。',
      '会上，有关部门的负责人回答了记者的提问，并就市民关心的交通问题作了说明。',
      '今年全市新建道路120公里，比去年增加了15%。',
      '新建的道路主要分布在城市的东部和北部，连接了几个新的居民区。',
    ].join('\n\n');
    const claims = findClaims(text, 'zh', { max: 8 });
    const scoreOf = (start: string) => claims.find((claim) => claim.text.startsWith(start))?.score;
    expect(scoreOf('今年全市')).toBeCloseTo(0.55);
    expect(scoreOf('今年全市')).toBe(scoreOf('会上'));
  });
});

describe('a lead told in one sentence', () => {
  it('is no sub-heading: the first paragraph of prose, alone in its paragraph, is still a claim', () => {
    const lead =
      'And so the inevitable march of the operating system moves onward: the software that computers rely on to run games is getting an upgrade, but only for the newest version.';
    const text = [
      lead,
      'Older machines are left out of the update this time. The only difference most players will notice is native support for stereoscopic pictures.',
      'Developers of big games generally work with the newest version of the software available. The fragmentation could force players to upgrade sooner than they planned.',
    ].join('\n\n');
    expect(findClaims(text, 'en', { max: 20 }).map((claim) => claim.text)).toContain(lead);
  });
});

describe('French quotation marks', () => {
  it('a paragraph ending "… solide. »", with the space French sets before the closing mark, is prose', () => {
    const text = [
      'Depuis la rentrée de janvier, les étudiants et les enseignants de l’université luttent contre la réforme de la recherche.',
      'La jeune femme s’inquiète toutefois des conséquences de ce mouvement pour les étudiants : « Les cours alternatifs ne suffisent pas à répondre aux besoins des étudiants. La priorité, ça reste de recevoir une formation universitaire solide. »',
    ].join('\n\n');
    const claims = findClaims(text, 'fr');
    expect(claims.some((claim) => claim.text.includes('formation universitaire solide'))).toBe(true);
  });
});

describe('not claims', () => {
  it.each([
    ['en', 'OpenAI unveils a new model'],
    ['en', 'Will the new model change how we work with computers every day?'],
    ['en', 'Photo: the new data centre in Texas, which opened last year after delays.'],
    ['en', 'This story was first published by The Valley Ledger on Monday morning.'],
    ['pt', '(Nota: a Lei de Escalonamento, em termos simples, significa que mais dados reduzem o erro.)'],
    ['de', 'Dieser Artikel erschien zuerst im Schwäbischen Wirtschaftsblatt am Montag.'],
    ['zh', '本文首发于科技日报网，转载请注明出处和作者信息。'],
  ])('%s: %s', (lang, text) => {
    expect(findClaims(text, lang)).toEqual([]);
  });

  it('falls back to English rules for an unknown or malformed language', () => {
    const text = 'Analyst Marcus Lee said rivals in Asia will take market share within two years.';
    expect(findClaims(text, 'a').map((claim) => claim.speaker)).toEqual(['Marcus Lee']);
    expect(findClaims(text, 'xx-YY').map((claim) => claim.kind)).toEqual(['prediction']);
  });

  it('returns nothing for an empty text or max 0', () => {
    expect(findClaims('', 'en')).toEqual([]);
    expect(
      findClaims('Analyst Marcus Lee said rivals in Asia will take market share within two years.', 'en', { max: 0 }),
    ).toEqual([]);
  });
});

describe('a quotation attributed in the sentence after it', () => {
  it('zh: "“…。”裴逸群表示，…" makes the whole quotation before it the speaker\'s', () => {
    const text = [
      '宝洁集团公关总监裴逸群显得颇为惊讶，她还首度向本报记者自曝实验秘密。',
      '“消费者可以不相信仪器，但绝对不能说我们是虚假宣传，国家法律并没有规定不能用仪器来测试年龄。”裴逸群表示，这个产品经过系列安全检测，通过各种检验审批。',
      '“使用4周后，肌肤年轻12年，细纹减少47%，这是个明显存在误导成分的虚假宣传。”昨日，办案人员肖冰告诉记者，广告违反了《反不正当竞争法》。',
    ].join('\n\n');
    const claims = findClaims(text, 'zh', { max: 20 });
    const find = (fragment: string) => claims.find((claim) => claim.text.includes(fragment));
    expect(find('消费者可以不相信仪器')?.speaker).toBe('裴逸群');
    expect(find('消费者可以不相信仪器')?.kind).toBe('quote');
    expect(find('使用4周后')?.speaker).toContain('肖冰');
  });

  it('a quotation carried on from an earlier speaker goes to the one named after it in its paragraph', () => {
    const text = [
      'The mayor, Tom Jones, said on Monday that the city would act on housing before the winter.',
      '“The market is broken and has been for many years now, and the banks know it.” Jane Doe, an economist at the Brookings Institution, said the regulators were to blame.',
    ].join('\n\n');
    const claims = findClaims(text, 'en', { max: 20 });
    expect(claims.find((claim) => claim.text.includes('The market is broken'))?.speaker).toBe('Jane Doe');
  });

  it('leaves a quotation alone when the next sentence only carries a speaker on', () => {
    const text = [
      'Jane Doe, an economist at the Brookings Institution, said on Monday that the housing market was in trouble.',
      '“The market is broken and has been for many years now, and the banks know it.” She said the regulators were to blame for the crisis.',
    ].join('\n\n');
    const claims = findClaims(text, 'en', { max: 20 });
    expect(claims.find((claim) => claim.text.includes('The market is broken'))?.speaker).toBe('Jane Doe');
  });
});

describe('a quotation that spans several sentences', () => {
  it('is a claim per sentence, each a quote by the speaker its attribution names', () => {
    const text = [
      'The city council met on Monday evening to vote on the budget for the coming year.',
      '“We will build 2,000 new homes in the north of the city. The banks have promised to lend us the money for it. Nobody here believes the market will fix housing on its own,” said Jane Doe, the mayor of the city.',
    ].join('\n\n');
    const claims = findClaims(text, 'en', { max: 20 });
    const find = (fragment: string) => claims.find((claim) => claim.text.includes(fragment));
    for (const fragment of ['We will build 2,000', 'The banks have promised', 'Nobody here believes']) {
      expect(find(fragment)?.text).not.toContain('. ');
      expect(find(fragment)?.speaker).toBe('Jane Doe');
      expect(find(fragment)?.kind).toBe('quote');
    }
  });

  it('zh: a quotation attributed after its close gives each of its sentences that speaker', () => {
    const text = [
      '宝洁集团公关总监裴逸群显得颇为惊讶，她还首度向本报记者自曝实验秘密。',
      '“消费者可以不相信仪器，但绝对不能说我们是虚假宣传。国家法律并没有规定不能用仪器来测试年龄。”裴逸群表示。',
    ].join('\n\n');
    const claims = findClaims(text, 'zh', { max: 20 });
    const find = (fragment: string) => claims.find((claim) => claim.text.includes(fragment));
    expect(find('消费者可以不相信仪器')?.text).not.toContain('国家法律');
    expect(find('消费者可以不相信仪器')?.speaker).toBe('裴逸群');
    expect(find('国家法律并没有规定')?.speaker).toBe('裴逸群');
    expect(find('国家法律并没有规定')?.kind).toBe('quote');
  });
});

describe('findClaims: bibliographic references and epigraphs are no claims', () => {
  const STORY_FR = [
    'PARIS, 3 mars (AFP) - L’historien a déclaré lundi que les archives avaient été vendues à un collectionneur privé pour 2 millions d’euros.',
    '« C’est une perte pour le pays », a déclaré Jeanne Martin, qui a mené la campagne pour les garder.',
    'Dupont, M. (1998). Histoire de Paris et de ses habitants depuis la Révolution. Paris : Gallimard, éd. revue, p. 45.',
    '(Tite-Live cité par Machiavel)',
    'Le ministère a indiqué qu’il examinerait la vente le mois prochain, selon un communiqué.',
  ].join('\n\n');
  const STORY_ZH = [
    '本报讯 昨天，文化部门表示，这批档案已经以两百万元的价格卖给一位私人收藏家，引起了广泛的关注。',
    '“这是国家的损失。”负责保护档案的李明说，他们将继续争取把档案留在国内。',
    '萧乾：《未带地图的旅人》，第236-239页，湖南人民出版社1980年版。',
    '有关部门表示，下个月将对这次交易进行审查，并公布审查的结果。',
  ].join('\n\n');

  it('fr: a reference line and a bracketed attribution standing alone', () => {
    const claims = findClaims(STORY_FR, 'fr', { max: 20 });
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.some((claim) => /Gallimard|Histoire de Paris|Tite-Live/u.test(claim.text))).toBe(false);
  });

  it('zh: author, title in book marks, pages and publisher', () => {
    const claims = findClaims(STORY_ZH, 'zh', { max: 20 });
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.some((claim) => claim.text.includes('出版社'))).toBe(false);
  });
});

describe('findClaims: contact lines are no claims', () => {
  const STORY_DE = [
    'Am Dienstagabend haben zwei Unbekannte in der Innenstadt einen 54-jährigen Mann überfallen und ihm seine Geldbörse mit 300 Euro geraubt, teilte die Polizei mit.',
    'Eine sofort eingeleitete Fahndung durch die Streifenwagen verlief negativ, die beiden Täter sind weiterhin flüchtig.',
    'Zeugen, die sachdienliche Hinweise geben können, werden gebeten, sich unter der Telefonnummer 050639010 zu melden.',
    'Weitere Informationen erteilt Anne Muster in der Leitstelle unter Tel. 02382 59743 (muster@stadt.example.de).',
  ].join('\n\n');
  const STORY_EN = [
    'The council said on Monday it would spend $12 million on repairing the city’s 40 bridges over the next three years.',
    'The mayor told reporters the work on the oldest of them would start in March and last about 18 months.',
    'When news happens: send photos, videos and tip-offs to the newsroom on +61 424 767 764.',
    'About 1 200 000 drivers cross the bridges every week, according to the council’s figures.',
  ].join('\n\n');

  it('de: a telephone number and an e-mail address to write to', () => {
    const claims = findClaims(STORY_DE, 'de', { max: 20 });
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.some((claim) => /050639010|02382|@/u.test(claim.text))).toBe(false);
  });

  it('en: an international number; a figure grouped by thousands stays a claim', () => {
    const claims = findClaims(STORY_EN, 'en', { max: 20 });
    expect(claims.some((claim) => claim.text.includes('+61'))).toBe(false);
    expect(claims.some((claim) => claim.text.includes('1 200 000 drivers'))).toBe(true);
  });
});

describe('an interview printed as questions and answers', () => {
  it('shows no question and gives every answer to the interviewee', () => {
    const text = [
      'At the fair I met Girish Wagh, the engineer behind the small car.',
      'Me: How did you bring the cost down?',
      'Girish: We changed how we buy parts. Suppliers bid online now.',
      'Me: What was the hardest part?',
      'Girish: The weight. Every gram we added had to be taken out again.',
      'Me: Will it sell?',
      'Girish: We think it has great potential.',
    ].join('\n\n');
    const claims = findClaims(text, 'en', { max: 50 });
    expect(claims.filter((claim) => claim.text.endsWith('?'))).toEqual([]);
    const answers = claims.filter((claim) => /parts|gram|potential/.test(claim.text));
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.map((claim) => claim.speaker)).toEqual(answers.map(() => 'Girish Wagh'));
  });
});

describe('a Chinese paragraph headed by a name and a colon', () => {
  it('is that person speaking: each of its sentences is a quote of theirs', () => {
    const text = [
      '记者就新材料的前景采访了几位专家。',
      '刘天模教授(重庆大学材料科学系)：这种合金比传统材料轻了三成。它的成本还太高，五年内难以普及。',
      '王建国研究员(中国科学院金属研究所)：我们已经在三家工厂试用这种合金。试用的结果比预想的好。',
    ].join('\n\n');
    const headed = findClaims(text, 'zh', { max: 20 }).filter((claim) => /合金|成本|结果/u.test(claim.text));
    expect(headed.length).toBeGreaterThan(1);
    for (const claim of headed) {
      expect(claim.kind).toBe('quote');
      expect(['刘天模', '王建国']).toContain(claim.speaker);
    }
  });
});

describe('findClaims with block quotations', () => {
  const paragraphs = [
    'The city council voted on Tuesday to close the old bridge over the river for two years of repairs, starting in May.',
    'Engineers found cracks in three of its steel beams last winter, and the council said the repairs could not wait.',
    'Mayor Ann Clark said in a statement:',
    'This bridge has served our town for ninety years. We owe it to our children to make it safe for ninety more.',
    'Shop owners on the north bank worry that the detour will keep customers away for the whole of the works.',
  ];
  const text = paragraphs.join('\n\n');
  const statement = paragraphs[3]!;
  const start = text.indexOf(statement);
  const find = (claims: ReturnType<typeof findClaims>, fragment: string) =>
    claims.find((claim) => claim.text.includes(fragment));

  it('reads a paragraph set as a block quotation as a quote by the speaker introducing it', () => {
    const claims = findClaims(text, 'en', { max: 50, quoted: [{ start, end: start + statement.length }] });
    const quoted = find(claims, 'We owe it to our children');
    expect(quoted?.kind).toBe('quote');
    expect(quoted?.speaker).toBe('Ann Clark');
    // The paragraph after the block quotation is the writer's again.
    expect(find(claims, 'Shop owners')?.kind).not.toBe('quote');
  });

  it('takes a handle alone on the introducing line as the author', () => {
    const post = 'Closing the bridge for two years is a disaster for every shop on the north bank. Nobody asked us.';
    const lines = [...paragraphs.slice(0, 2), '@northbankshops:', post, paragraphs[4]!].join('\n\n');
    const at = lines.indexOf(post);
    const claims = findClaims(lines, 'en', { max: 50, quoted: [{ start: at, end: at + post.length }] });
    expect(find(claims, 'is a disaster')?.kind).toBe('quote');
    expect(find(claims, 'is a disaster')?.speaker).toBe('northbankshops');
  });

  it('takes the signature an embedded post closes with as its author, over the speaker before it', () => {
    const post = 'Closing the bridge for two years is a disaster for every shop on the north bank. Nobody asked us.';
    const signature = '— North Bank Traders 🛍️ (@northbankshops) 12. März 2024';
    const lines = [...paragraphs.slice(0, 3), post, signature, paragraphs[4]!].join('\n\n');
    const at = lines.indexOf(post);
    const signedAt = lines.indexOf(signature);
    const quoted = [
      { start: at, end: at + post.length },
      { start: signedAt, end: signedAt + signature.length },
    ];
    const claims = findClaims(lines, 'en', { max: 50, quoted });
    expect(find(claims, 'is a disaster')?.speaker).toBe('North Bank Traders');
    // Without a signature the speaker introducing the quotation keeps it.
    const unsigned = [...paragraphs.slice(0, 3), post, paragraphs[4]!].join('\n\n');
    const from = unsigned.indexOf(post);
    const before = findClaims(unsigned, 'en', { max: 50, quoted: [{ start: from, end: from + post.length }] });
    expect(find(before, 'is a disaster')?.speaker).toBe('Ann Clark');
  });

  it('gives each of two posts quoted one after the other the signature closing it', () => {
    const first = 'Closing the bridge for two years is a disaster for every shop on the north bank. Nobody asked us.';
    const firstSignature = '— North Bank Traders (@northbankshops) 12. März 2024';
    const second =
      'The repairs are overdue and the detour is well signposted. Safety has to come first on this bridge.';
    const secondSignature = '— Town Cyclists (@towncyclists) 13. März 2024';
    const lines = [...paragraphs.slice(0, 3), first, firstSignature, second, secondSignature, paragraphs[4]!].join(
      '\n\n',
    );
    const from = lines.indexOf(first);
    const to = lines.indexOf(secondSignature) + secondSignature.length;
    const claims = findClaims(lines, 'en', { max: 50, quoted: [{ start: from, end: to }] });
    expect(find(claims, 'is a disaster')?.speaker).toBe('North Bank Traders');
    expect(find(claims, 'Safety has to come first')?.speaker).toBe('Town Cyclists');
  });

  it('reads a post signature as a name: decorations dropped, run-together words split', () => {
    expect(postAuthor('— Peter Wittkamp🐬 (@diktator) 25. September 2018')).toBe('Peter Wittkamp');
    expect(postAuthor('— RobertHabeck (@RobertHabeck) 2. Juni 2018')).toBe('Robert Habeck');
    expect(postAuthor('— Johannes Ceh #ValueEnhancer (@johannesceh) 29. April 2018')).toBe('Johannes Ceh');
    expect(postAuthor('??? NFL (@NFL) September 25, 2018')).toBe('NFL');
    expect(postAuthor('For the first time, QB Ben Roethlisberger (@_BigBen7) has opened a season 3-0')).toBeNull();
    expect(postAuthor('— Mario Negri, jefe del bloque')).toBeNull();
  });

  it('is unchanged without block quotations, and ignores ranges outside the text', () => {
    const plain = findClaims(text, 'en', { max: 50 });
    expect(findClaims(text, 'en', { max: 50, quoted: [] })).toEqual(plain);
    expect(findClaims(text, 'en', { max: 50, quoted: [{ start: -4, end: 3 * text.length }] })).toEqual(plain);
  });
});

describe('findClaims: a story opening on a quotation', () => {
  it('the quotation filling the first paragraph is said by whom the next paragraph opens on speaking', () => {
    const text = [
      '“你是不知道，每天看着孩子们等你去表扬的那个小眼神儿，那种成就感，真的太棒了！”',
      '年过五十，郭荣梅觉得自己的教师生涯很快就要告一段落了。',
      '“我们明年还要参加省里的比赛。”',
      '2021年，乐团在省赛中拿下了第二名。',
    ].join('\n\n');
    const claims = findClaims(text, 'zh', { max: 20 });
    expect(claims.find((claim) => claim.text.startsWith('“你是不知道'))?.speaker).toBe('郭荣梅');
    expect(claims.find((claim) => claim.text.startsWith('年过五十'))?.speaker).toBe('郭荣梅');
  });

  it('not once someone has spoken, nor when the next paragraph names nobody speaking', () => {
    const spoken = [
      '王明表示，乐团今年表现很好。',
      '“你是不知道，那种成就感，真的太棒了！”',
      '年过五十，郭荣梅觉得自己的教师生涯很快就要告一段落了。',
    ].join('\n\n');
    expect(findClaims(spoken, 'zh', { max: 20 }).find((claim) => claim.text.startsWith('“你是'))?.speaker).not.toBe(
      '郭荣梅',
    );
    const nobody = ['“你是不知道，那种成就感，真的太棒了！”', '2021年，乐团在省赛中拿下了第二名，成绩不俗。'].join(
      '\n\n',
    );
    expect(findClaims(nobody, 'zh', { max: 20 }).find((claim) => claim.text.startsWith('“你是'))?.speaker ?? null).toBe(
      null,
    );
  });
});

describe('candidates in a paragraph that does not end like prose', () => {
  it('zh, de: the closed sentences of a paragraph cut off or closed by a link stay claims; a short line stays a heading', () => {
    const zh =
      '据警方通报，三名嫌疑人已于周二晚间在火车站附近被捕，案件仍在进一步调查之中。' +
      '他的头部缝了9针，送到医院时眼部淤血，衣着不整，神情十分狼狈。详情';
    const zhClaims = findClaims(zh, 'zh', { max: 20 });
    expect(zhClaims.some((claim) => claim.text.includes('头部缝了9针'))).toBe(true);
    expect(zhClaims.some((claim) => claim.text === '详情')).toBe(false);
    const de =
      'Die Stadtverwaltung hat am Dienstag den Neubau der Brücke über den Rhein für das kommende Frühjahr genehmigt. ' +
      'Die Kosten von rund zwölf Millionen Euro trägt zur Hälfte das Land. (Link zum Beschluss)';
    expect(findClaims(de, 'de', { max: 20 }).some((claim) => claim.text.includes('zwölf Millionen'))).toBe(true);
    expect(findClaims('Die Brücke über den Rhein wird im Frühjahr neu gebaut', 'de')).toEqual([]);
  });
});

describe('a story too short to fill the panel', () => {
  // A sentence alone in its paragraph ranks as a likely sub-heading, below the fill score.
  const alone = 'The family bakery on Harbour Street has served its last customers.';
  const story = (extra: string[]) =>
    [
      alone,
      'Its owners, Maria and Paul Weber, said they could no longer find staff to bake through the night. ' +
        'The shop had opened in 1983 and sold up to 900 loaves a day.',
      ...extra,
    ].join('\n\n');

  it('en: lists a weaker statement when the story has too few stronger ones', () => {
    expect(findClaims(story([]), 'en', { max: 20 }).some((claim) => claim.text === alone)).toBe(true);
  });

  it('en: leaves it out of a story with a panel of stronger claims', () => {
    const more = [
      'The city council approved a new housing plan for 2,000 homes near the river on Tuesday evening. ' +
        'Mayor Ann Clark said the plan would bring new families and shops to the harbour district by 2027.',
      'Rents in the district rose by 12 percent last year, according to the national statistics office. ' +
        'The opposition leader Tom Reed said the plan was rushed and would raise traffic on the coast road.',
      'Builders expect work on the first 400 homes to start in the spring, the developer Harbour Homes said. ' +
        'The regional transport office plans two new bus lines to serve the district from next summer.',
      'Local shop owners told the Gazette that they welcomed the plan but feared years of building work. ' +
        'The council will vote on the budget for the new school in the district at its meeting in March.',
    ];
    expect(findClaims(story(more), 'en', { max: 20 }).some((claim) => claim.text === alone)).toBe(false);
  });
});

describe('a view the writer holds in the first person', () => {
  const view = 'I think the new rules are far less fair to small sellers than the old ones.';
  const narration = 'I drove the new car to the coast and back over the weekend.';
  const story = [
    'The regulator published its new rules for online markets on Monday after two years of consultation. ' +
      'Small sellers must now register with the national office before they list any goods.',
    'The office said 40,000 sellers had registered by Friday, twice as many as it expected. ' +
      'Larger platforms must report every seller to the office once a year.',
    `${narration} ${view}`,
  ].join('\n\n');

  it('is a candidate, the writer’s opinion, nobody’s speech', () => {
    const claim = findClaims(story, 'en', { max: 20 }).find((candidate) => candidate.text === view);
    expect(claim?.kind).toBe('opinion');
    expect(claim?.speaker).toBeNull();
    // Below the story's own statements: it only fills the places they leave.
    expect(claim?.score).toBeLessThan(0.4);
  });

  it('while the writer telling what they did is still narration', () => {
    expect(findClaims(story, 'en', { max: 20 }).some((claim) => claim.text === narration)).toBe(false);
  });

  it('fr: "Je crois que …" is a view too', () => {
    const avis = 'Je crois que cette loi est une erreur pour les petites exploitations de notre région.';
    const texte = [
      'Le gouvernement a présenté mardi un projet de loi sur les pesticides après deux ans de concertation. ' +
        'Les agriculteurs devront déclarer chaque épandage auprès de la préfecture.',
      'Selon le ministère, 12 000 exploitations sont concernées, deux fois plus qu’en 2019. ' +
        'Les grandes coopératives devront publier leurs chiffres chaque année.',
      `J’ai visité trois fermes du département la semaine dernière. ${avis}`,
    ].join('\n\n');
    expect(findClaims(texte, 'fr', { max: 20 }).find((claim) => claim.text === avis)?.kind).toBe('opinion');
  });
});
