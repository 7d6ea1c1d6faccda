import { describe, expect, it } from 'vitest';
import { loadFixtureDocument, parseHtml } from '../../../tests/fixtures/load';
import { NON_ARTICLE_FIXTURES } from '../../../tests/fixtures/non-article';
import { analyzePage } from '../analyze';
import { collectBlocks } from './blocks';
import { decideArticle } from './decision';
import { extractArticle } from './extract';
import { sentenceCount, textWeight } from './text-measure';

const page = (body: string, lang = 'en') =>
  parseHtml(
    `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`,
    'https://news.example/a',
  ).document;

describe('article decision', () => {
  it.each(NON_ARTICLE_FIXTURES)('finds no article on %s', (slug) => {
    const { document } = loadFixtureDocument(slug);
    expect(extractArticle(document, {})).toBeNull();
  });

  it('finds the article of a Chinese exchange page with five short paragraphs', () => {
    const { document, url } = loadFixtureDocument('zh-exchange-news');
    const analysis = analyzePage(document, url);
    const article = analysis.article;
    expect(article).not.toBeNull();
    expect(article!.title).toBe('杭州AI初创公司发布新一代多模态大模型，接口价格下调四成');
    expect(article!.lang).toBe('zh');
    expect(article!.text).toContain('11月28日，一家总部位于杭州的人工智能初创公司宣布发布新一代多模态大模型');
    expect(article!.text).toContain('并与当地电信运营商洽谈合作。');
    expect(article!.text.split('\n\n').filter((block) => block.length >= 60)).toHaveLength(5);
    for (const chrome of ['热门资讯', '比特币站上', '点赞', '分享', '用户协议', 'BTC/USDT']) {
      expect(article!.text, chrome).not.toContain(chrome);
    }
  });

  it('keeps a short brief written as bare text in a div', () => {
    const brief =
      'The city council approved the new cycling plan on Tuesday by nine votes to four. Work on the first ' +
      'two lanes starts in March. The plan adds forty kilometres of protected lanes by 2029. Opponents said ' +
      'the lanes would take parking from shops. The mayor said the council would review the plan after a year.';
    const article = extractArticle(
      page(`<div class="story"><h1>Council approves cycling plan</h1><div>${brief}</div></div>`),
    );
    expect(article?.text).toContain('Work on the first two lanes starts in March.');
  });

  it('keeps an article of one-sentence paragraphs under 140 characters', () => {
    const lines = [
      'The home side scored twice in the first ten minutes.',
      'The visitors pulled one back before half time.',
      'A penalty in the eightieth minute settled the match.',
      'The win lifts the club to third in the table.',
      'Their next game is away on Saturday.',
      'The coach said the squad was tired but happy.',
    ];
    const article = extractArticle(
      page(`<article><h1>Home side wins 3-1</h1>${lines.map((l) => `<p>${l}</p>`).join('')}</article>`),
    );
    expect(article?.text.split('\n\n')).toEqual(['Home side wins 3-1', ...lines]);
  });

  it('weighs a CJK character as half a Latin word and counts CJK sentence ends', () => {
    expect(textWeight('人工智能')).toBe(2);
    expect(textWeight('GPU 算力 grows fast')).toBe(4);
    expect(sentenceCount('第一句。第二句！Third one. Not 3.5 here')).toBe(3);
  });

  it('keeps a short Thai story, weighed by its words', () => {
    const paragraphs = [
      'สภาเมืองเชียงใหม่อนุมัติแผนสร้างทางจักรยานใหม่เมื่อวันอังคาร ด้วยคะแนนเสียงเก้าต่อสี่',
      'งานก่อสร้างทางสองสายแรกจะเริ่มในเดือนมีนาคม แผนนี้จะเพิ่มทางจักรยานที่มีการป้องกันอีกสี่สิบกิโลเมตรภายในปี 2572',
      'ฝ่ายค้านกล่าวว่าทางจักรยานจะทำให้ร้านค้าเสียที่จอดรถ นายกเทศมนตรีกล่าวว่าสภาจะทบทวนแผนนี้หลังจากหนึ่งปี',
    ];
    const article = extractArticle(
      page(`<article><h1>เชียงใหม่อนุมัติแผนทางจักรยาน</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`, 'th'),
    );
    expect(article?.text).toContain('นายกเทศมนตรีกล่าวว่าสภาจะทบทวนแผนนี้หลังจากหนึ่งปี');
  });

  const BRIEF =
    'The county opened its new library on Saturday after two years of building work. ' +
    'It holds forty thousand books and a room for children. ' +
    'The old library will become a school for adults in the spring. ' +
    'Opening hours run from nine to seven on weekdays.';

  it('calls a page whose sign-in form stands where the story would be a login wall', () => {
    const document = page(
      `<main><h1>County opens its new library after two years</h1><div class="wall">` +
        `<p>The new building holds forty thousand books and a room for children, the county said.</p>` +
        `<p>This story is for members. Sign in or create a free account to read three stories a month, every month.</p>` +
        `<form><label>Password <input type="password" name="p"></label><button>Sign in</button></form></div></main>`,
    );
    expect(extractArticle(document)).toBeNull();
  });

  it('keeps a short story on an old page with a sign-in box in the side column', () => {
    const menu = Array.from({ length: 30 }, (_, i) => `<a href="/s/${i}">Section number ${i}</a><br>`).join('');
    const document = page(
      `<table><tr><td>${menu}<form>User <input name="u"><br>Password <input type="password" name="p"><input type="submit"></form></td>` +
        `<td><h2>County opens its new library</h2><p>${BRIEF}</p></td></tr></table>`,
    );
    expect(extractArticle(document)?.text).toContain('Opening hours run from nine to seven on weekdays.');
  });

  it('lets enough prose outweigh the links around it', () => {
    const root = page(
      `<div id="all">${Array.from({ length: 12 }, (_, i) => `<p>${BRIEF} Number ${i}.</p>`).join('')}` +
        `<p>${Array.from({ length: 300 }, (_, i) => `<a href="/s/${i}">Other story ${i}</a>`).join(' ')}</p></div>`,
    ).getElementById('all')!;
    const decision = decideArticle(collectBlocks(root), page(''));
    expect(decision.linkDensity).toBeGreaterThan(0.5);
    expect(decision.isArticle).toBe(true);
  });

  const summaries = (count: number) =>
    Array.from(
      { length: count },
      (_, i) =>
        `<li><a href="/people/jane-doe/${i}">Jane Doe sells out the harbour hall</a> The singer told the crowd in ` +
        `town ${i} that her new record would come out before the end of the year.</li>`,
    ).join('');

  it("keeps Readability's whole result when it reads as an article: a topic page of long summaries", () => {
    const article = extractArticle(page(`<main><h1>Jane Doe</h1><ul>${summaries(16)}</ul></main>`));
    expect(article?.text).toContain('Jane Doe sells out the harbour hall');
    expect(article?.text).toContain('The singer told the crowd in town 15');
  });

  it('still finds no article on a short listing of summaries, nor on a link list however long', () => {
    expect(extractArticle(page(`<main><h1>Jane Doe</h1><ul>${summaries(6)}</ul></main>`))).toBeNull();
    const links = Array.from(
      { length: 80 },
      (_, i) => `<li><a href="/s/${i}">The story number ${i} of the day.</a></li>`,
    );
    expect(extractArticle(page(`<main><h1>Latest</h1><ul>${links.join('')}</ul></main>`))).toBeNull();
  });

  it('calls a page titled with an error status an error page, however long its apology', () => {
    const { document } = loadFixtureDocument('error-page-apology');
    const blocks = collectBlocks(document.querySelector('main')!);
    const decision = decideArticle(blocks, document);
    expect(decision.weight).toBeGreaterThan(100);
    expect(decision).toMatchObject({ isArticle: false, reason: 'error-page' });
    for (const title of ['Error 404 - The Daily Circuit', '404 Not Found', 'Page introuvable (erreur 404)']) {
      document.title = title;
      expect(decideArticle(blocks, document).reason, title).toBe('error-page');
    }
    document.title = 'Sorry, we could not find that page | The Daily Circuit';
    expect(decideArticle(blocks, document).isArticle).toBe(true);
    const heading = document.querySelector('h1')!;
    heading.textContent = 'Error 404';
    expect(decideArticle(collectBlocks(document.querySelector('main')!), document).reason).toBe('error-page');
  });

  it('keeps a short story whose headline carries a figure that is also an error status', () => {
    const document = page(
      `<article><h1>Flight 404 lands safely after an engine fault over the sea</h1><p>${BRIEF}</p></article>`,
    );
    document.title = 'Flight 404 lands safely after an engine fault over the sea | News';
    expect(extractArticle(document)?.text).toContain('Opening hours run from nine to seven on weekdays.');
    const market = page(`<article><h1>S&amp;P 500 closes at a record</h1><p>${BRIEF}</p></article>`);
    market.title = 'S&P 500 closes at a record | Markets';
    expect(extractArticle(market)?.text).toContain('Opening hours run from nine to seven on weekdays.');
    const road = page(`<article><h1>Route 404 reopens</h1><p>${BRIEF}</p></article>`);
    road.title = 'Route 404 reopens';
    expect(extractArticle(road)?.text).toContain('Opening hours run from nine to seven on weekdays.');
  });

  const BRIEF_ES =
    'El Ayuntamiento reabrió el lunes el tramo de la carretera cerrado desde las lluvias de octubre. ' +
    'Las obras costaron dos millones de euros y duraron cuatro meses. ' +
    'Los vecinos de los pueblos del valle podrán volver a ir al hospital comarcal en media hora.';
  const spanishPage = (heading: string, body: string, title = `${heading} | Diario del Valle`) =>
    parseHtml(
      `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>${title}</title></head><body>
        <header><a href="/">Diario del Valle</a><nav><a href="/local">Local</a> <a href="/deportes">Deportes</a></nav></header>
        <main><h1>${heading}</h1>${body}</main><footer>© 2026 Diario del Valle</footer></body></html>`,
      'https://valle.example/local/2026/12/ruta',
    ).document;

  it('keeps a short story whose few-word headline closes on an error status, unless the page names or says the error', () => {
    for (const heading of ['Ruta 404', 'Artículo 410', 'La ruta 404']) {
      const document = spanishPage(heading, `<p>${BRIEF_ES}</p>`);
      expect(decideArticle(collectBlocks(document.querySelector('main')!), document).isArticle, heading).toBe(true);
      expect(extractArticle(document)?.text, heading).toContain('hospital comarcal en media hora');
    }
    const apology =
      '<p>Lo sentimos, la página que buscas no existe o ha cambiado de dirección. Puede que el enlace esté roto o ' +
      'que la noticia se haya retirado a petición de las personas que aparecen en ella. Comprueba la dirección, ' +
      'busca en nuestro archivo, que empieza en 2009, o vuelve a la portada del diario para seguir leyendo.</p>';
    const errorPages = [
      spanishPage('404', apology),
      spanishPage('Error 404', `<p>${BRIEF_ES}</p>`),
      spanishPage('Ruta cerrada', `<p>${BRIEF_ES}</p>`, 'Página no encontrada (error 404)'),
    ];
    for (const document of errorPages) {
      const decision = decideArticle(collectBlocks(document.querySelector('main')!), document);
      expect(decision.weight, document.title).toBeGreaterThan(40);
      expect(decision, document.title).toMatchObject({ isArticle: false, reason: 'error-page' });
    }
  });

  it('finds no article on a section page of story cards, whatever their summaries weigh', () => {
    const { document } = loadFixtureDocument('category-page');
    const root = document.querySelector('main')!;
    const blocks = collectBlocks(root);
    // Thirty one-sentence summaries are long prose with few links: only their being cards says no.
    const decision = decideArticle([], document, { isolated: blocks, listingShare: 0.99, cardShare: 0.99 });
    expect(decision).toMatchObject({ isArticle: false, reason: 'listing' });
    expect(decision.weight).toBeGreaterThan(300);
    expect(decision.linkDensity).toBeLessThan(0.3);
    expect(decideArticle([], document, { isolated: blocks, listingShare: 0.99, cardShare: 0 }).isArticle).toBe(true);
  });

  it("keeps Readability's text when the drops left too little and nothing says the page is not an article", () => {
    const lines = [
      'The county opened its new library on Saturday after two years of building work.',
      'It holds forty thousand books, a room for children and a hall for the town band.',
      'The old library will become a school for adults in the spring, the council said.',
    ];
    const root = page(`<div id="story">${lines.map((line) => `<p>${line}</p>`).join('')}</div>`).getElementById(
      'story',
    )!;
    const isolated = collectBlocks(root);
    const kept = isolated.slice(0, 1);
    expect(decideArticle(kept, page('')).isArticle).toBe(false);
    expect(decideArticle(kept, page(''), { isolated })).toMatchObject({ isArticle: true, whole: true });
    // The same text, when listing items held most of what Readability isolated, is a listing.
    expect(decideArticle(kept, page(''), { isolated, listingShare: 0.6 })).toMatchObject({
      isArticle: false,
      reason: 'listing',
    });
  });

  it('keeps a review that declares the product it reviews, and a shop page that declares nothing', () => {
    const { document, html, url } = loadFixtureDocument('product-page');
    expect(extractArticle(document)).toBeNull();
    const review = parseHtml(
      html.replace('"@type":"Product"', '"@type":"Review","itemReviewed":{"@type":"Product"}'),
      url,
    ).document;
    expect(extractArticle(review)?.text).toContain('Set-up takes five minutes with the Circuit app.');
    const undeclared = parseHtml(
      html.replace(/<meta property="og:type"[^>]*>|<script type="application\/ld\+json">.*?<\/script>/gsu, ''),
      url,
    ).document;
    expect(extractArticle(undeclared)?.text).toContain('Set-up takes five minutes with the Circuit app.');
  });

  it('finds no article in a short text without a sentence, and one in a long sentence', () => {
    const labels = Array.from({ length: 12 }, (_, i) => `<p>Hitting leader number ${i}</p>`).join('');
    expect(extractArticle(page(`<article><h1>Season leaders</h1>${labels}</article>`))).toBeNull();
    const sentence =
      'The county opened its new library on Saturday after two years of building work, with forty thousand ' +
      'books, a room for children, a hall for the town band and a garden where the old school once stood, ' +
      'the council said on its website.';
    expect(extractArticle(page(`<article><h1>Library opens</h1><p>${sentence}</p></article>`))?.text).toContain(
      'the council said on its website.',
    );
  });

  it('keeps the one-sentence teaser of a page that declares itself an article (a paywall), and only then', () => {
    const teaser =
      'A senior prison official has said in a sworn affidavit that anyone with enough determination to escape ' +
      'from the island prison could do so.';
    const paywalled = (head: string, lede = teaser) =>
      parseHtml(
        `<!doctype html><html lang="en"><head><title>Prison official: anyone could escape</title>${head}</head><body>
          <div class="post"><h1>Prison official: anyone could escape</h1><div class="content"><p>${lede}</p>
          <div id="pay-barrier"></div></div></div></body></html>`,
        'https://news.example/prison',
      ).document;
    const declared = '<meta property="og:type" content="article">';
    expect(extractArticle(paywalled(declared))?.text).toContain('anyone with enough determination to escape');
    const newsArticle = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>';
    expect(extractArticle(paywalled(newsArticle))).not.toBeNull();
    expect(extractArticle(paywalled(''))).toBeNull();
    expect(extractArticle(paywalled(declared, 'Subscribe to read the rest of this story'))).toBeNull();
  });

  it('reads an article declared in microdata by its one item, never by a listing of items or on a product page', () => {
    const lede =
      'The harbour board voted on Monday to close the old ferry pier after divers found its piles rotten below the waterline.';
    const marked = (head: string, itemtype: string, cards = '') =>
      parseHtml(
        `<!doctype html><html lang="en"><head><title>Ferry pier to close</title>${head}</head><body>
          <div class="story"${itemtype}><h1>Ferry pier to close</h1><div class="body"><p>${lede}</p>
          <div class="subscribe-wall"></div></div></div>${cards}</body></html>`,
        'https://harbour.example/pier',
      ).document;
    const newsArticle = ' itemscope itemtype="https://schema.org/NewsArticle"';
    expect(extractArticle(marked('', newsArticle))?.text).toContain('found its piles rotten');
    expect(extractArticle(marked('', ''))).toBeNull();
    const card = '<div itemscope itemtype="https://schema.org/NewsArticle"><span>Tides</span></div>';
    expect(extractArticle(marked('', newsArticle, card))).toBeNull();
    const review = ' itemscope itemtype="http://schema.org/Review"';
    expect(extractArticle(marked('<meta property="og:type" content="product">', review))).toBeNull();
  });

  it("keeps a paywall's teaser without the empty widget heading that closes it", () => {
    const { document } = parseHtml(
      `<!doctype html><html lang="en"><head><title>Prison official: anyone could escape</title>
        <meta property="og:type" content="article"></head><body>
        <div class="post"><h1>Prison official: anyone could escape</h1><div class="content"><p>A senior prison official ` +
        `has said in a sworn affidavit that anyone with enough determination to escape from the island prison could do so.</p>
        <div class="videos"><h4>Related Videos</h4></div><div id="pay-barrier"></div></div></div></body></html>`,
      'https://news.example/prison',
    );
    const text = extractArticle(document)?.text ?? '';
    expect(text).toContain('anyone with enough determination to escape');
    expect(text).not.toContain('Related Videos');
  });

  it('keeps a list article whose entries are linked headlines over paragraphs of three sentences', () => {
    const entries = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="entry"><h3><a href="https://tool${i}.example/">Tool number ${i} for notes</a></h3><p>Tool ${i} ` +
        `turns a meeting into a page of notes. The free plan covers five meetings a month. We liked its search best.</p></div>`,
    ).join('');
    const text = extractArticle(page(`<article><h1>Six tools for meeting notes</h1>${entries}</article>`))?.text ?? '';
    for (let i = 0; i < 6; i++) expect(text).toContain(`Tool ${i} turns a meeting into a page of notes.`);
  });

  it('counts the sentence ends of Arabic, Urdu, Hindi and Bengali', () => {
    expect(sentenceCount('هل هذا صحيح؟ نعم.')).toBe(2);
    expect(sentenceCount('यह पहला वाक्य है। यह दूसरा है।')).toBe(2);
    expect(sentenceCount('এটি প্রথম বাক্য। এটি দ্বিতীয়।')).toBe(2);
    expect(sentenceCount('یہ پہلا جملہ ہے۔ یہ دوسرا ہے۔')).toBe(2);
  });

  it('finds no article on an exchange price page however many pairs it lists', () => {
    const { document } = loadFixtureDocument('market-table');
    const body = document.querySelector('tbody')!;
    const first = body.querySelector('tr')!;
    for (let i = 0; i < 200; i++) {
      const row = first.cloneNode(true) as HTMLElement;
      row.querySelectorAll('a').forEach((link) => (link.textContent = `C${i}`));
      row.querySelector('.name')!.textContent = `Coin number ${i}`;
      body.append(row);
    }
    expect(document.querySelectorAll('tbody tr').length).toBeGreaterThan(200);
    expect(extractArticle(document, {})).toBeNull();
  });

  const statsTable = (rows: number) =>
    `<table><thead><tr>${['Player', 'Team', 'G', 'AB', 'R', 'H', 'HR', 'RBI', 'AVG', 'OPS'].map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>` +
    Array.from(
      { length: rows },
      (_, i) =>
        `<tr><td><a href="/player/${i}">Player ${i}</a></td><td>HOU</td>${[137, 534, 84, 169, 13, 61, '.316', '.837'].map((v) => `<td>${v}</td>`).join('')}</tr>`,
    ).join('') +
    '</tbody></table>';

  it('weighs figures in table cells at a quarter: a season of statistics is content, a short table is not', () => {
    expect(extractArticle(page(`<main><h1>Statistics</h1>${statsTable(60)}</main>`))?.text).toContain('Player 59');
    expect(extractArticle(page(`<main><h1>Statistics</h1>${statsTable(12)}</main>`))).toBeNull();
  });

  it('gives a price list no weight, with only its change column or only its trade links to tell it', () => {
    const rows = (count: number, cells: (i: number) => string) =>
      Array.from({ length: count }, (_, i) => `<tr>${cells(i)}</tr>`).join('');
    const table = (body: string) =>
      page(
        `<main><h1>Markets</h1><table><thead><tr><th>Pair</th><th>Price</th><th>24h</th><th>Volume</th></tr></thead><tbody>${body}</tbody></table></main>`,
      );
    const withChange = rows(
      200,
      (i) =>
        `<td><a href="/trade/C${i}">C${i}</a> Coin ${i}</td><td>${i}.25</td><td>${i % 2 ? '+' : '-'}1.${i}%</td><td>${i}.1 M</td>`,
    );
    expect(extractArticle(table(withChange))).toBeNull();
    const withTradeLinks = rows(
      200,
      (i) =>
        `<td><a href="/trade/C${i}">C${i}</a> Coin ${i}</td><td>${i}.25</td><td>${i}.1 M</td><td><a href="/trade/C${i}">Trade</a></td>`,
    );
    expect(extractArticle(table(withTradeLinks))).toBeNull();
  });
});
