import { describe, expect, it } from 'vitest';
import { hasWords, segmentSentences, splitBlocks, wordCount } from './segment';

const texts = (text: string, lang: string) => segmentSentences(text, lang).map((s) => s.text);

describe('segmentSentences', () => {
  it('gives each paragraph the sentences it has alone, though paragraphs are segmented together', () => {
    const paragraphs = [
      'Mr.',
      'He said "It works." Then',
      'It was 3.5 percent. (See the U.S.)',
      'e.g. this',
      '“Sí.” ¿Qué? ¡Ya!',
      'x'.repeat(2500) + '. End.',
      'Last one... and more. Done',
    ];
    const alone = paragraphs.flatMap((paragraph) => texts(paragraph, 'en'));
    expect(texts(paragraphs.join('\n\n'), 'en')).toEqual(alone);
    expect(texts(paragraphs.join('\n'), 'en')).toEqual(alone);
    expect(alone.length).toBeGreaterThan(paragraphs.length);
  });

  it('en: keeps titles, U.S. before a name and Inc. together, but ends a sentence at "U.S. The"', () => {
    expect(
      texts(
        'Dr. Smith met the U.S. President at Apple Inc. headquarters. It is based in the U.S. The deal closed.',
        'en',
      ),
    ).toEqual([
      'Dr. Smith met the U.S. President at Apple Inc. headquarters.',
      'It is based in the U.S.',
      'The deal closed.',
    ]);
  });

  it('en: an initialism ends no sentence unless the next word opens one, and "a.k.a." never does', () => {
    expect(
      texts(
        "Eamonn's A Dublin Chipper and T.N.T. Bar, at 2413 Columbia Pike, will open. It leaves the U.S.A. The firm said so.",
        'en',
      ),
    ).toEqual([
      "Eamonn's A Dublin Chipper and T.N.T. Bar, at 2413 Columbia Pike, will open.",
      'It leaves the U.S.A.',
      'The firm said so.',
    ]);
    expect(texts('The rapper, a.k.a. The Real Slim Shady, said he would tour.', 'en')).toEqual([
      'The rapper, a.k.a. The Real Slim Shady, said he would tour.',
    ]);
  });

  it('de: an ordinal number and its stop end no sentence ("am 25. Juni"), a number before a sentence does', () => {
    expect(
      texts(
        'Die Aktion läuft ab dem 25. Juni. Im 19. Jahrhundert war das anders. Er wurde 46. Sie lebt in Berlin.',
        'de',
      ),
    ).toEqual([
      'Die Aktion läuft ab dem 25. Juni.',
      'Im 19. Jahrhundert war das anders.',
      'Er wurde 46.',
      'Sie lebt in Berlin.',
    ]);
  });

  it('en: plural titles before names ("Sens.", "Reps.") end no sentence', () => {
    expect(
      texts(
        'In a letter, 37 senators, including Sens. Jay Rockefeller and Bill Nelson, wrote to Obama. ' +
          'Reps. Anna Eshoo and Greg Walden agreed.',
        'en',
      ),
    ).toEqual([
      'In a letter, 37 senators, including Sens. Jay Rockefeller and Bill Nelson, wrote to Obama.',
      'Reps. Anna Eshoo and Greg Walden agreed.',
    ]);
  });

  it('zh: a bracket opening right after a full stop starts the next piece, it is not left at the end of the sentence', () => {
    expect(texts('无锡市召开动员大会，全面部署推进环境保护工作。（详情请点击链接：', 'zh')).toEqual([
      '无锡市召开动员大会，全面部署推进环境保护工作。',
      '（详情请点击链接：',
    ]);
  });

  it('zh: a title mark opening right after a full stop starts the next sentence', () => {
    expect(texts('提供安宁疗护服务。《居家安宁疗护服务规范》中明确了服务内容。', 'zh')).toEqual([
      '提供安宁疗护服务。',
      '《居家安宁疗护服务规范》中明确了服务内容。',
    ]);
  });

  it('zh: a quotation opening right after a full stop starts the next sentence, it does not hold the two together', () => {
    expect(texts('郭荣梅认为要终身学习。“我学的是声乐，就要一点一点去琢磨。”', 'zh')).toEqual([
      '郭荣梅认为要终身学习。',
      '“我学的是声乐，就要一点一点去琢磨。”',
    ]);
    expect(texts('法院判处他有期徒刑5年。“就是像坐过山车一样。”于欢说。', 'zh')).toEqual([
      '法院判处他有期徒刑5年。',
      '“就是像坐过山车一样。”于欢说。',
    ]);
  });

  it('en: a short attribution after a quotation closed by "?" or "!" belongs to it; a sentence after one does not', () => {
    expect(
      texts(
        '“I always told him, ‘Why do you have to be so dressy?’” Ms. Jean, a former official, said in an interview. ' +
          '“Why now?” The question was left open by the council for another year.',
        'en',
      ),
    ).toEqual([
      '“I always told him, ‘Why do you have to be so dressy?’” Ms. Jean, a former official, said in an interview.',
      '“Why now?”',
      'The question was left open by the council for another year.',
    ]);
  });

  it('en: keeps a quotation that spans sentences in one piece, its sentences listed in it', () => {
    const text = 'He said "We will win. They lost." Then he left.';
    const sentences = segmentSentences(text, 'en');
    expect(sentences.map((sentence) => sentence.text)).toEqual(['He said "We will win. They lost."', 'Then he left.']);
    expect(sentences[0]!.quoted?.map(({ start, end }) => text.slice(start, end))).toEqual([
      'He said "We will win.',
      'They lost."',
    ]);
    expect(sentences[1]!.quoted).toBeUndefined();
  });

  it('lists the sentences of a quotation, the attribution with the last, an abbreviation mended inside one', () => {
    const quoted = (text: string, lang: string) =>
      segmentSentences(text, lang).map((sentence) => sentence.quoted?.map(({ start, end }) => text.slice(start, end)));
    expect(quoted('“We will win. The U.S. team lost. Next year too,” said Ms. Jean Doe.', 'en')).toEqual([
      ['“We will win.', 'The U.S. team lost.', 'Next year too,” said Ms. Jean Doe.'],
    ]);
    expect(quoted('„Wir wachsen. Das ist sicher“, sagte sie.', 'de')).toEqual([
      ['„Wir wachsen.', 'Das ist sicher“, sagte sie.'],
    ]);
    expect(quoted('“我们会成功。他们失败了。”肖冰说。', 'zh')).toEqual([['“我们会成功。', '他们失败了。”肖冰说。']]);
  });

  it('en: a text quoted after a verb of writing is cut into its sentences; speech quoted at length is not', () => {
    expect(
      texts(
        "An anonymous reader writes \"Researchers will soon find new triggers. 'For decades it was guesswork,' " +
          'Stevens claims. The scanner gives a better reading."',
        'en',
      ),
    ).toEqual([
      'An anonymous reader writes "Researchers will soon find new triggers.',
      "'For decades it was guesswork,' Stevens claims.",
      'The scanner gives a better reading."',
    ]);
    expect(texts('The reader says "Researchers will soon find new triggers. The scanner helps."', 'en')).toHaveLength(
      1,
    );
  });

  it('zh: a text quoted after 写道 is cut into its sentences', () => {
    expect(texts('他在文章中写道：“浪费是错误的。简单的生活更令人满意。”', 'zh')).toEqual([
      '他在文章中写道：“浪费是错误的。',
      '简单的生活更令人满意。”',
    ]);
  });

  it("en: a name's initial ends no sentence unless the next word opens one", () => {
    expect(
      texts(
        '“It is a worry,” said C. Eugene Steuerle, a fellow. The chief, U. Reneé Hall, fired him. He needs vitamin D. The doctor agreed.',
        'en',
      ),
    ).toEqual([
      '“It is a worry,” said C. Eugene Steuerle, a fellow.',
      'The chief, U. Reneé Hall, fired him.',
      'He needs vitamin D.',
      'The doctor agreed.',
    ]);
  });

  it('pt: does not split after Sr. or Dra., and joins a quote with its attribution', () => {
    expect(texts('O Sr. Silva falou com a Dra. Lima. “Vamos vencer. Eles perderam”, afirmou ele.', 'pt')).toEqual([
      'O Sr. Silva falou com a Dra. Lima.',
      '“Vamos vencer. Eles perderam”, afirmou ele.',
    ]);
  });

  it('es: keeps "Sr." and "EE. UU." inside the sentence', () => {
    expect(texts('El Sr. Gómez viajó a EE. UU. para cerrar el acuerdo. Volvió el lunes.', 'es')).toEqual([
      'El Sr. Gómez viajó a EE. UU. para cerrar el acuerdo.',
      'Volvió el lunes.',
    ]);
  });

  it('fr: keeps « … » quotations across sentence ends', () => {
    expect(texts('« Nous avons gagné. Ils ont perdu », a déclaré M. Martin. La suite viendra.', 'fr')).toEqual([
      '« Nous avons gagné. Ils ont perdu », a déclaré M. Martin.',
      'La suite viendra.',
    ]);
  });

  it('de: keeps Dr., z. B. and „…“ quotations together', () => {
    expect(texts('Dr. Weber nannte z. B. Chips. „Wir wachsen. Das ist sicher“, sagte sie. Mehr nicht.', 'de')).toEqual([
      'Dr. Weber nannte z. B. Chips.',
      '„Wir wachsen. Das ist sicher“, sagte sie.',
      'Mehr nicht.',
    ]);
  });

  it('zh: keeps a quotation with several sentences together', () => {
    expect(texts('他说：“我们会成功。他们失败了。”然后离开了。', 'zh')).toEqual([
      '他说：“我们会成功。他们失败了。”',
      '然后离开了。',
    ]);
  });

  it('zh: joins a short attribution after a closed quotation with it, but not a sentence of its own', () => {
    expect(texts('“我们明年会推出新产品。”肖冰说。他还表示，公司将扩大投资。', 'zh')).toEqual([
      '“我们明年会推出新产品。”肖冰说。',
      '他还表示，公司将扩大投资。',
    ]);
    expect(texts('“我们明年会推出新产品。”发布会结束后，公司股价上涨了三成。', 'zh')).toEqual([
      '“我们明年会推出新产品。”',
      '发布会结束后，公司股价上涨了三成。',
    ]);
  });

  it('ja: joins 「…。」と述べた with its quotation', () => {
    expect(texts('彼は「成功する。」と述べた。次の話題です。', 'ja')).toEqual([
      '彼は「成功する。」と述べた。',
      '次の話題です。',
    ]);
  });

  it('reports offsets into the full text and the block of each sentence', () => {
    const text = 'Title\n\nFirst one. Second one.';
    const sentences = segmentSentences(text, 'en');
    expect(sentences.map((s) => [text.slice(s.start, s.end), s.block, s.blockSentenceCount])).toEqual([
      ['Title', 0, 1],
      ['First one.', 1, 2],
      ['Second one.', 1, 2],
    ]);
  });
});

describe('splitBlocks', () => {
  it('treats blank lines and single line breaks as block boundaries', () => {
    expect(splitBlocks('a\n\n  b \nc').map((b) => b.text)).toEqual(['a', 'b', 'c']);
  });

  it('tells whether a text has at least that many words, as wordCount counts them', () => {
    const text = "It's the U.S.-based firm's 3rd plan — again.";
    expect(wordCount(text, 'en')).toBe(7);
    expect(hasWords(text, 'en', 7)).toBe(true);
    expect(hasWords(text, 'en', 8)).toBe(false);
    expect(hasWords('', 'en', 1)).toBe(false);
    expect(hasWords('肖冰说了这些话', 'zh', 4)).toBe(true);
    expect(hasWords('肖冰说了这些话', 'zh', 5)).toBe(false);
  });
});

describe('segmentSentences: sentences glued with no space after the stop', () => {
  it('cuts "trouble.The" between a lower-case word and a capitalised one', () => {
    expect(texts('The party is in trouble.The minister said it would survive.', 'en')).toEqual([
      'The party is in trouble.',
      'The minister said it would survive.',
    ]);
    expect(texts('Le parti est en difficulté.Le ministre a dit « non ».', 'fr')).toEqual([
      'Le parti est en difficulté.',
      'Le ministre a dit « non ».',
    ]);
    expect(texts('Die Partei ist gescheitert.Der Minister sagte das.', 'de')).toEqual([
      'Die Partei ist gescheitert.',
      'Der Minister sagte das.',
    ]);
    expect(texts('It was in trouble.Mr. Smith said so.', 'en')).toEqual(['It was in trouble.', 'Mr. Smith said so.']);
  });

  it('cuts before a quotation glued to the stop, its opening mark going with it, but not after a closing mark', () => {
    expect(texts('The party is in trouble.“We will cut it,” he said.', 'en')).toEqual([
      'The party is in trouble.',
      '“We will cut it,” he said.',
    ]);
    expect(texts('Le parti est en difficulté.«Nous allons couper», a-t-il dit.', 'fr')).toEqual([
      'Le parti est en difficulté.',
      '«Nous allons couper», a-t-il dit.',
    ]);
    expect(texts('Die Partei ist gescheitert.„Wir sind pleite“, sagte er.', 'de')).toEqual([
      'Die Partei ist gescheitert.',
      '„Wir sind pleite“, sagte er.',
    ]);
    expect(texts('Er sagte: „Die Partei ist gescheitert.“Der Minister schwieg.', 'de')).toEqual([
      'Er sagte: „Die Partei ist gescheitert.“',
      'Der Minister schwieg.',
    ]);
  });

  it('leaves domains, code, decimals, initialisms, abbreviations and capitalised words alone', () => {
    for (const sentence of [
      'Visit OpenAI.com or news.bbc.Com today for the story.',
      'It runs on Node.js and calls string.Format(x) and socket.SOCK_STREAM here.',
      'It grew 3.5 percent in the U.S.The rest stayed.',
      'He moved to St.Louis last year.',
      'Prices rose 10 percent, vgl.Tabelle 2.',
      'It sold for 3 Euro.Verkauft wurde es trotzdem.',
    ])
      expect(texts(sentence, sentence.includes('vgl.') || sentence.includes('Euro.') ? 'de' : 'en')).toHaveLength(1);
  });

  it('zh and ja: no cut', () => {
    expect(texts('他说了abc.Def的事情。', 'zh')).toHaveLength(1);
  });
});
