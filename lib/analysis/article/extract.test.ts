import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadFixtureDocument, parseHtml } from '../../../tests/fixtures/load';
import { analyzePage } from '../analyze';
import { extractArticle, extractArticleWithQuotes, isBylineHolder } from './extract';

const sanitizeWith = new JSDOM('').window as never;

const PAGE_CHROME = [
  'Geração do resumo em andamento',
  'Ver original',
  'Recompensa',
  'Repostar',
  'Compartilhar',
  '0/400',
  'Sem comentários',
  'Marcar',
  'Negocie criptomoedas',
  'Escaneie o código',
  'Notícias em alta',
  'Bitcoin ultrapassa',
  'Comprar Cripto',
  'Termos de uso',
  'Todos os direitos reservados',
  '简体中文',
  'Tiếng Việt',
  'Bahasa Indonesia',
  'BTC/USDT',
  'Inscrever-se',
];

describe('extractArticle', () => {
  it('isolates the seed story from the exchange page around it', () => {
    const { document } = loadFixtureDocument('gate-seed');
    const article = extractArticle(document, {});
    expect(article).not.toBeNull();
    expect(article!.title).toBe(
      'OpenAI CEO Altman: Vertical integration of R&D, products, and AI infrastructure to create personalized AI.',
    );
    expect(article!.lang).toBe('pt');
    expect(article!.pageLang).toBe('en');
    expect(article!.publishedTime).toBe('2025-09-12T08:41:00Z');
    expect(article!.text).toContain('Ele afirmou que, no passado, era contra a integração vertical');
    expect(article!.text).toContain(
      '"Desenvolver novos modelos, lançar produtos de consumo e construir a própria infraestrutura de nuvem."',
    );
    expect(article!.text).toContain('Fazer pessoalmente é a chave para romper a inovação futura.');
    for (const chrome of PAGE_CHROME) expect(article!.text, chrome).not.toContain(chrome);
    expect(article!.length).toBe(article!.text.length);
  });

  it('separates blocks with blank lines and collapses whitespace inside them', () => {
    const { document } = loadFixtureDocument('gate-seed');
    const blocks = extractArticle(document, {})!.text.split('\n\n');
    expect(blocks).toContain('Da pesquisa de milagres à integração vertical do layout');
    expect(blocks.every((block) => block === block.trim() && !/\s{2,}/.test(block))).toBe(true);
  });

  it("leaves a byline's follow button and a CJK title's site name out", () => {
    const story = Array.from(
      { length: 5 },
      (_, index) =>
        `<p>東京の研究所は第${index + 1}の発表で、日本語に特化した大規模言語モデルを公開し、学習に使ったデータと費用の内訳も示したと説明した。</p>`,
    ).join('');
    const page = (follow: string) =>
      parseHtml(
        `<!doctype html><html lang="ja"><head><title>研究所が新モデルを公開\u3000費用は40億円 | 取引所ニュース</title></head><body><article>` +
          `<div class="author"><span class="name">AIニュース速報</span> ${follow}</div>` +
          `<h1>研究所が新モデルを公開\u3000費用は40億円</h1>${story}</article></body></html>`,
        'https://exchange.example/news/1',
      ).document;
    const withButton = extractArticle(page('<span class="follow">フォロー</span>'))!;
    expect(withButton.byline).toBe('AIニュース速報');
    expect(withButton.title).toBe('研究所が新モデルを公開\u3000費用は40億円');
    expect(extractArticle(page('<span class="desk">東京支局</span>'))!.byline).toBe('AIニュース速報 東京支局');
  });

  it('drops the blocks a boilerplate rule names', () => {
    const { document } = loadFixtureDocument('gate-seed');
    const article = extractArticle(document, {
      sanitizeWith,
      isBoilerplate: (text) => text.startsWith('Esta página pode conter'),
    });
    expect(article!.text).not.toContain('Esta página pode conter');
    expect(article!.html).not.toContain('Esta página pode conter');
  });

  it("reads the body's closing lines without the lines the caller names as boilerplate", () => {
    const paragraphs = [
      'The regional rail operator will buy forty new trains over the next five years, the transport minister said on Monday.',
      'The trains will replace a fleet that has been in service since the early nineties and breaks down twice as often.',
      'The first of them should carry passengers in 2028, on the line that links the two largest towns of the region.',
    ];
    const disclaimer = 'The views expressed in the articles are not necessarily those of this site.';
    const { document } = parseHtml(
      `<!doctype html><html lang="en"><head><title>New trains</title></head><body><article><h1>Forty new trains</h1>` +
        `${paragraphs.map((text) => `<p>${text}</p>`).join('')}<div><b>News by Category</b></div><p>${disclaimer}</p></article></body></html>`,
      'https://news.example/trains',
    );
    const text = extractArticle(document, { isBoilerplate: (line) => line === disclaimer })!.text;
    expect(text).toContain(paragraphs[2]);
    expect(text).not.toContain(disclaimer);
    expect(text).not.toContain('News by Category');
  });

  it('finds no article on an exchange market table', () => {
    const { document } = loadFixtureDocument('market-table');
    expect(extractArticle(document, {})).toBeNull();
  });

  it('keeps sanitized HTML only', () => {
    const { document } = loadFixtureDocument('gate-seed');
    const p = document.querySelector('.news-content p')!;
    p.setAttribute('onclick', 'window.__pwned = 1');
    p.insertAdjacentHTML('beforeend', '<img src=x onerror="window.__pwned=1"><a href="javascript:alert(1)">x</a>');
    const html = extractArticle(document, { sanitizeWith })!.html;
    expect(html).toContain('O CEO da OpenAI');
    expect(html).not.toMatch(/onclick|onerror|javascript:/i);
  });

  it('reads the page again with its chrome left in when the first reading finds only a listing', () => {
    const story = [
      'The harbour authority approved a plan on Friday to deepen the main channel, so that larger ships can dock.',
      'Work will start in the spring and last two years, and the channel will stay open to traffic throughout.',
      'Fishermen said the dredging would disturb the spawning grounds, and asked for a pause in the summer months.',
      'The authority said it would study the request and publish its answer before the work begins, in March.',
    ];
    const teasers = Array.from(
      { length: 8 },
      (_, i) =>
        `<li class="teaser"><a href="/story/${i}">Another story from the harbour, number ${i}</a>` +
        `<span>A short summary of the other story, which says what happened and to whom, in one line.</span></li>`,
    ).join('');
    const { document } = parseHtml(
      `<!doctype html><html lang="en"><head><title>Harbour</title></head><body><div class="teasers"><ul>${teasers}</ul></div>` +
        `<aside><h1>Harbour channel to be deepened</h1>${story.map((line) => `<p>${line}</p>`).join('')}</aside></body></html>`,
      'https://news.example/harbour',
    );
    expect(extractArticle(document)?.text).toContain(story[3]);
  });

  const coastTeasers = Array.from(
    { length: 12 },
    (_, i) =>
      `<div class="item"><a href="/story/${i}">Another story from the coast, number ${i}</a>` +
      `<p>A summary of the other story, which says what happened, to whom, where, and when, in one line.</p></div>`,
  ).join('');
  // Readability prefers the teasers (commas, paragraphs) to a story written as lines in a nested table.
  const teasersBesideTable = (main: string) =>
    parseHtml(
      `<!doctype html><html lang="en"><head><title>Harbour</title></head><body><div id="wrap">` +
        `<div class="teasers">${coastTeasers}</div></div><table><tr><td><table><tr><td>${main}</td></tr></table></td></tr></table></body></html>`,
      'https://news.example/harbour',
    ).document;

  it('reads the page once more without its listings when both readings settle on one', () => {
    const story = [
      'The harbour authority approved a plan on Friday to deepen the main channel.',
      'Work will start in the spring and last two years.',
      'Fishermen asked for a pause in the summer months.',
      'The authority said it would answer before March.',
      'Larger ships will be able to dock from 2029.',
      'Half of the money comes from the port and half from the region, which still has to vote on its share.',
      'The channel was last deepened in 1987, when the largest ships were a third of the size of today.',
      'Shipping lines have said they would move their calls to a rival port if the work does not go ahead.',
      'Environmental groups want the dredged sand used to rebuild the dunes north of the town.',
    ];
    const document = teasersBesideTable(`<b>Harbour channel to be deepened</b><br>${story.join('<br><br>')}`);
    const text = extractArticle(document)?.text ?? '';
    expect(text).toContain(story[0]);
    expect(text).toContain(story[8]);
    expect(text).not.toContain('Another story from the coast');
  });

  it('finds no article beside a listing when what is left is a blurb', () => {
    const blurb =
      'The Coast Post has covered the harbour towns since 1921. Write to us at the address below. We read every letter.';
    expect(extractArticle(teasersBesideTable(blurb))).toBeNull();
  });

  it('keeps every section of a story whose sections each wrap their paragraphs under a heading', () => {
    const sections = [
      ['Introduction', ['A blog post on decorators in Python reminded me to write up the same idea for Emacs Lisp.']],
      [
        'Advice and Emacs Lisp',
        ['Advice came to Emacs Lisp in the summer of 1994, when a new module shipped with Emacs.'],
      ],
      [
        'Emacspeak and advice',
        [
          'And then I decided to make Emacs speak to me, using before, after, and around advice, as follows.',
          'The line moved to is spoken after the cursor moves, by an after advice on next-line, previous-line, and others.',
          'The character about to be deleted is spoken first, by a before advice, so that nothing goes unnoticed, ever.',
          'Completions are spoken by an around advice, which remembers the context, calls the original, and speaks.',
        ],
      ],
    ] as const;
    const body = sections
      .map(
        ([heading, paragraphs], index) =>
          `<div class="outline-2"><h2>${index + 1} ${heading}</h2><div class="outline-text-2">` +
          `${paragraphs.map((text) => `<p>${text}</p>`).join('')}</div></div>`,
      )
      .join('');
    const { document } = parseHtml(
      `<!doctype html><html lang="en"><head><title>Advice</title></head><body><div class="post-body">` +
        `<div id="content"><h1>Meta-programming in Emacs</h1>${body}</div></div>` +
        `<div class="sidebar"><div class="widget"><h2>Archive</h2><div class="widget-content"><p>2019 (12)</p></div></div></div></body></html>`,
      'https://blog.example/2019/10/advice.html',
    );
    const text = extractArticle(document)?.text ?? '';
    for (const [, paragraphs] of sections) for (const paragraph of paragraphs) expect(text).toContain(paragraph);
  });
});

describe('extractArticleWithQuotes', () => {
  const story = [
    'The city council voted on Tuesday to close the old bridge over the river for two years of repairs, starting in May.',
    'Engineers found cracks in three of its steel beams last winter, and the council said the repairs could not wait.',
    'Mayor Ann Clark said in a statement:',
  ];
  const statement =
    'This bridge has served our town for ninety years. We owe it to our children to make it safe for ninety more.';
  const after =
    'Shop owners on the north bank worry that the detour will keep customers away for the whole of the works.';
  const pageWith = (quote: string) =>
    parseHtml(
      `<!doctype html><html lang="en"><head><title>Bridge</title></head><body><article><h1>Old bridge to close</h1>` +
        `${story.map((line) => `<p>${line}</p>`).join('')}${quote}<p>${after}</p></article></body></html>`,
      'https://news.example/bridge',
    ).document;

  it('gives the stretches of the text the page set in a blockquote', () => {
    const { article, quoted } = extractArticleWithQuotes(pageWith(`<blockquote><p>${statement}</p></blockquote>`))!;
    expect(quoted.map(({ start, end }) => article.text.slice(start, end))).toEqual([statement]);
    expect(extractArticle(pageWith(`<blockquote><p>${statement}</p></blockquote>`))).toEqual(article);
  });

  it('gives none when the page has no blockquote', () => {
    expect(extractArticleWithQuotes(pageWith(`<p>${statement}</p>`))!.quoted).toEqual([]);
  });

  it('carries them through analyzePage to the claims', () => {
    const page = pageWith(`<blockquote><p>${statement}</p></blockquote>`);
    const claim = analyzePage(page, 'https://news.example/bridge', { maxClaims: 50 }).claims.find((found) =>
      found.text.includes('We owe it to our children'),
    );
    expect(claim?.kind).toBe('quote');
    expect(claim?.speaker).toBe('Ann Clark');
  });
});

describe('isBylineHolder', () => {
  it("holds for the elements Readability's byline selectors match, and only those", () => {
    const { document } = parseHtml(
      '<html><body><a rel="author" href="/sam">Sam</a><a rel="Author nofollow" href="/lee">Lee</a>' +
        '<span itemprop="author creator">Sam Lee</span><span itemprop="Author">Sam Lee</span>' +
        '<div class="post-ByLine">By Sam Lee</div><div id="AUTHOR-box">Sam Lee</div><p class="authority">Text</p>' +
        '<p id="main" class="lede">Text</p><p data-author="sam">Text</p><p>Text</p></body></html>',
      'https://example.org/',
    );
    const selectors =
      '[rel="author"], [itemprop*="author"], [class*="byline" i], [id*="byline" i], [class*="author" i], [id*="author" i]';
    const all = Array.from(document.body.querySelectorAll('*'));
    expect(all.filter(isBylineHolder)).toEqual(all.filter((element) => element.matches(selectors)));
    expect(all.filter(isBylineHolder).map((element) => element.textContent)).toEqual([
      'Sam',
      'Sam Lee',
      'By Sam Lee',
      'Sam Lee',
      'Text',
    ]);
  });
});
