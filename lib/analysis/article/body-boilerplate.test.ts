import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/fixtures/load';
import {
  alternationOf,
  isBareDate,
  isBylinedStamp,
  isDateStamp,
  isPublicationStamp,
  phrasesOf,
} from './body-boilerplate';
import { escapeRegExp } from '../../shared/text';
import { extractArticle } from './extract';

const PARAGRAPHS = [
  'The regional rail operator will buy forty new trains over the next five years, the transport minister said on Monday.',
  'The trains will replace a fleet that has been in service since the early nineties and breaks down twice as often.',
  'The first of them should carry passengers in 2028, on the line that links the two largest towns of the region.',
  'Unions welcomed the order but asked for the maintenance work to stay in the existing depots rather than move.',
];
const BODY = PARAGRAPHS.map((text) => `<p>${text}</p>`).join('');

const articleText = (inner: string, url = 'https://news.example/trains') =>
  extractArticle(
    parseHtml(
      `<!doctype html><html lang="en"><head><title>New trains</title></head><body><article><h1>Forty new trains for the region</h1>${inner}</article></body></html>`,
      url,
    ).document,
  )?.text ?? '';

describe('body boilerplate', () => {
  it('drops an updated line at the top and a copyright line at the end', () => {
    const text = articleText(`<p>Updated 10:32 AM ET, Mon June 5, 2026</p>${BODY}<p>© 2026 News Example Ltd.</p>`);
    expect(text).not.toContain('Updated 10:32');
    expect(text).not.toContain('© 2026');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops a suggestion of how to cite the story and a permalink line, and keeps sentences that name them', () => {
    const lines = [
      'Citation: Forty new trains for the region (2026, June 5) retrieved 6 June 2026 from https://news.example/trains',
      'Zitiervorschlag: Müller, Anna: Vierzig neue Züge, in: Bahnnachrichten, 5.6.2026.',
      'Permalien https://news.example/p/RPYx',
    ];
    const sentences = [
      "The court's citation of the rail law was criticised by the unions.",
      'The permalink of the plan changed twice this year, the ministry said.',
    ];
    const text = articleText(
      `${BODY}${sentences.map((line) => `<p>${line}</p>`).join('')}${lines.map((line) => `<p>${line}</p>`).join('')}`,
    );
    for (const line of lines) expect(text, line).not.toContain(line);
    for (const sentence of sentences) expect(text, sentence).toContain(sentence);
  });

  it('drops the works a text cites under its references heading, and keeps notes written as prose under it', () => {
    const works = [
      '[Deming82]',
      'J. Edwards Deming, Out of the Crisis, MIT Center for Advanced Engineering Study, 1982.',
      'Tom DeMarco, Controlling Software Projects, Prentice Hall, 1982.',
    ];
    const text = articleText(`${BODY}<h2>6. References</h2>${works.map((line) => `<p>${line}</p>`).join('')}`);
    expect(text).not.toContain('6. References');
    for (const work of works) expect(text, work).not.toContain(work);
    expect(text).toContain(PARAGRAPHS[3]);
    const note = 'The figures on delays come from the operator, which counts a train late after five minutes.';
    const notes = articleText(`${BODY}<h2>References</h2><p>${note}</p>`);
    expect(notes).toContain(note);
  });

  it('drops the label of share buttons, in any language, and keeps a lead-in to a quotation', () => {
    const labels = ['Den Artikel mit anderen teilen/diskutieren:', 'Share this article:', 'Compartir en:'];
    const leadIn = 'Here is what the unions had to share:';
    const text = articleText(
      `${labels.map((line) => `<p>${line}</p>`).join('')}${BODY}<p>${leadIn}</p><blockquote><p>${PARAGRAPHS[0]}</p></blockquote>`,
    );
    for (const label of labels) expect(text, label).not.toContain(label);
    expect(text).toContain(leadIn);
  });

  it("drops a closing pointer to the site's own page on a link that says 'here', and keeps one to a source elsewhere", () => {
    const pointers = [
      'Alles über nachhaltige Wanderschuhe findest Du <a href="/nachhaltige-wanderschuhe/">hier</a>.',
      'Read our review of the new trains <a href="https://news.example/reviews/trains">here</a>.',
    ];
    const source =
      'The full report of the regional audit office can be read <a href="https://audit.example/report.pdf">here</a>.';
    const text = articleText(`${BODY}${[source, ...pointers].map((line) => `<p>${line}</p>`).join('')}`);
    expect(text).not.toContain('nachhaltige Wanderschuhe');
    expect(text).not.toContain('Read our review');
    expect(text).toContain('The full report of the regional audit office can be read here.');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it("drops a widget's note that it has nothing to show, and keeps a sentence that opens with its words", () => {
    const notes = [
      'Sorry, no blogs are active for this topic.',
      'No comments yet.',
      'Sei der Erste, der kommentiert!',
      '暂无评论',
    ];
    const sentence = "Aucun commentaire n'a été fait par la direction de l'opérateur sur les retards.";
    const text = articleText(`${BODY}<p>${sentence}</p>${notes.map((line) => `<p>${line}</p>`).join('')}`);
    for (const note of notes) expect(text, note).not.toContain(note);
    expect(text).toContain(sentence);
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops a closing invitation to write to an address, and keeps a sentence that names one and goes on', () => {
    const invitation = 'Your views on this story? Email newsdesk@news.example';
    const sentence =
      'Passengers can send complaints to trains@operator.example, which the operator says it answers within a week.';
    const text = articleText(`${BODY}<p>${sentence}</p><p>${invitation}</p>`);
    expect(text).not.toContain('Your views');
    expect(text).toContain(sentence);
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops the heading and the line of a note on the author at the end', () => {
    const bio = 'Anna Keller covers transport for the paper.';
    const text = articleText(`${BODY}<h3>About the author</h3><p>${bio}</p>`);
    expect(text).not.toContain('About the author');
    expect(text).not.toContain(bio);
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it("drops a figure's caption that repeats its picture's alt text, and keeps a caption that says more", () => {
    const figure = (alt: string, caption: string) =>
      `<figure><img src="/a.jpg" alt="${alt}"><figcaption>${caption}</figcaption></figure>`;
    const [first, ...rest] = PARAGRAPHS.map((text) => `<p>${text}</p>`);
    const repeated = 'The new trains lined up at the depot';
    const told = 'A new train at the depot in March, before its first test run on the line.';
    const text = articleText(
      `${first}${figure(repeated, `  ${repeated} `)}${rest.join('')}${figure('A train at the depot', told)}`,
    );
    expect(text).not.toContain(repeated);
    expect(text).toContain(told);
    expect(text).toContain(PARAGRAPHS[1]);
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it("drops a caption that repeats the alt text with the picture's credit in brackets, and keeps one that goes on", () => {
    const figure = (alt: string, caption: string) =>
      `<figure><img src="/a.jpg" alt="${alt}"><figcaption>${caption}</figcaption></figure>`;
    const [first, ...rest] = PARAGRAPHS.map((text) => `<p>${text}</p>`);
    const alt = 'The minister at the depot.';
    const credited = `${alt} <!-- -->(Ana Ruiz)`;
    const more = `${alt} (Left) She met the drivers who will test the first train in the spring.`;
    const text = articleText(`${first}${figure(alt, credited)}${rest.join('')}${figure(alt, more)}`);
    expect(text).not.toContain('(Ana Ruiz)');
    expect(text).toContain('She met the drivers');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops a line that says how long the story takes to read, in any language, and keeps a sentence about reading time', () => {
    for (const line of [
      '6h ago • 7 min read',
      'Tiempo de lectura: 8 minutos',
      'Ten tekst przeczytasz w mniej niż minutę',
    ]) {
      const text = articleText(`<p>${line}</p>${BODY}`);
      expect(text, line).not.toContain(line);
      expect(text, line).toContain(PARAGRAPHS[0]);
    }
    const sentence = 'Reading time on the new trains will double, the minister said.';
    expect(articleText(`${BODY}<p>${sentence}</p>`)).toContain(sentence);
  });

  it('drops a notice of reserved rights at the end in any language, with no sign and no year', () => {
    const text = articleText(
      `${BODY}<p>Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone. Dalsze rozpowszechnianie za zgodą wydawcy.</p><p>Alle Rechte vorbehalten.</p>`,
    );
    expect(text).not.toContain('wszelkie prawa');
    expect(text).not.toContain('Alle Rechte');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it("drops a copyright notice under the title when it reserves the rights, and keeps the story's sentence about copyright", () => {
    const notice = '<p>Copyright 1997 by Jane Doe and Example Press. All Rights Reserved.</p>';
    // The sign garbled by a wrong encoding leaves the word and the year apart.
    const garbled = '<p>Copyright ã 1997 by Example Press. All Rights Reserved.</p>';
    const sentence = '<p>The copyright on the old timetables ran out in 1997, the operator said.</p>';
    const text = articleText(`${notice}${sentence}${BODY}`);
    expect(text).not.toContain('All Rights Reserved');
    expect(articleText(`${garbled}${sentence}${BODY}`)).not.toContain('All Rights Reserved');
    expect(text).toContain('The copyright on the old timetables');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it("keeps the story's own list of things it names, which links to other sites, and drops one that links within the site", () => {
    const products = [
      'Rail atlas of the region, second edition',
      'Model train starter set',
      'Timetable app for phones',
    ];
    const list = (href: (index: number) => string) =>
      `<p><b>Our picks:</b></p><ul>${products.map((name, index) => `<li><a href="${href(index)}">${name}</a></li>`).join('')}</ul>`;
    const offSite = articleText(
      `${BODY.slice(0, BODY.length / 2)}${list((index) => `https://shop.example/item/${index}`)}${BODY.slice(BODY.length / 2)}`,
    );
    for (const name of ['Our picks:', ...products]) expect(offSite, name).toContain(name);
    expect(offSite).toContain(PARAGRAPHS[3]);
    const onSite = articleText(
      `${BODY.slice(0, BODY.length / 2)}${list((index) => `https://www.news.example/story/${index}`)}${BODY.slice(BODY.length / 2)}`,
    );
    for (const name of products) expect(onSite, name).not.toContain(name);
    // Before the story's first prose, such a list is the page's navigation.
    const first = articleText(`${list((index) => `https://shop.example/item/${index}`)}${BODY}`);
    for (const name of products) expect(first, name).not.toContain(name);
  });

  it('tells two sites under one public suffix apart when it reads where a list links', () => {
    const products = ['Rail atlas of the region', 'Model train starter set', 'Timetable app for phones'];
    const list = (href: (index: number) => string) =>
      `<ul>${products.map((name, index) => `<li><a href="${href(index)}">${name}</a></li>`).join('')}</ul>`;
    const half = BODY.length / 2;
    const page = 'https://www.paper.co.uk/trains';
    const offSite = articleText(
      `${BODY.slice(0, half)}${list((index) => `https://www.railshop.co.uk/item/${index}`)}${BODY.slice(half)}`,
      page,
    );
    for (const name of products) expect(offSite, name).toContain(name);
    const onSite = articleText(
      `${BODY.slice(0, half)}${list((index) => `https://news.paper.co.uk/story/${index}`)}${BODY.slice(half)}`,
      page,
    );
    for (const name of products) expect(onSite, name).not.toContain(name);
  });

  it('drops a related-stories list and its label, and a "read more" line', () => {
    const related = [
      'Bus fares to rise in January',
      'Bridge repairs close the ring road',
      'Airport adds a route to Lisbon',
    ]
      .map((title, index) => `<li><a href="/story/${index}">${title}</a></li>`)
      .join('');
    const text = articleText(
      `${BODY.slice(0, BODY.length / 2)}<p>Read more: <a href="/story/9">How the last train order went wrong</a></p>${BODY.slice(BODY.length / 2)}<h3>Related stories</h3><ul>${related}</ul>`,
    );
    expect(text).toContain(PARAGRAPHS[3]);
    for (const teaser of [
      'Related stories',
      'Bus fares',
      'Bridge repairs',
      'Airport adds',
      'How the last train order',
    ]) {
      expect(text, teaser).not.toContain(teaser);
    }
  });

  it('drops a caption that repeats the text and a name repeated by a hover card', () => {
    const text = articleText(
      `<p class="byline">Maria Costa</p><div class="card">Maria Costa</div><figure><img src="data:," alt=""><figcaption>The regional rail operator will buy forty new trains</figcaption></figure>${BODY}`,
    );
    expect(text.match(/Maria Costa/g)).toHaveLength(1);
    expect(text).not.toContain('forty new trains\n');
    expect(text.split('\n\n').filter((block) => block.includes('will buy forty new trains'))).toHaveLength(1);
  });

  it('drops a pull quote that repeats a line of the text, with its credit; keeps a quotation said once and a post the text tells again', () => {
    const said =
      '"We kept the old trains running far longer than anyone planned for," said Ana Ruiz, head of the drivers\' union.';
    const pullQuote =
      '<div class="feature"><h2>\u201cStart Quote</h2><blockquote><p>We kept the old trains running far longer than anyone planned for\u201d</p></blockquote>' +
      "<span>End Quote</span> <span>Ana Ruiz</span> <span>Drivers' union</span></div>";
    const text = articleText(`${BODY.slice(0, BODY.indexOf('</p>') + 4)}${pullQuote}<p>${said}</p>${BODY}`);
    expect(text).toContain(said);
    expect(text.match(/far longer than anyone planned/g)).toHaveLength(1);
    expect(text).not.toContain('Start Quote');
    expect(text).not.toContain('End Quote');
    const quotedOnce = articleText(
      `${BODY}<blockquote><p>We kept the old trains running far longer than anyone planned for.</p></blockquote><p>Ana Ruiz leads the drivers' union.</p>`,
    );
    expect(quotedOnce).toContain('We kept the old trains running far longer than anyone planned for.');
    const post =
      "<blockquote><p>The board approved these appointments today:</p><p>Ana Ruiz, head of the drivers' union, joins the board.</p></blockquote>";
    const toldAgain = articleText(
      `${BODY}${post}<p>Ana Ruiz, the head of the drivers' union, also joins the board of the rail operator from next month.</p>`,
    );
    expect(toldAgain).toContain("Ana Ruiz, head of the drivers' union, joins the board.");
  });

  it('drops a newsletter box and a citation line, keeps a quote', () => {
    const text = articleText(
      `${BODY}<blockquote><p>"We have waited for this for ten years," said a driver.</p></blockquote>` +
        `<div class="promo"><h3>Get our weekly briefing</h3><p>The region's news in your inbox.</p><form><input type="email"><button>Sign up</button></form></div>` +
        `<p>Citation: Rail Study Group (2026). Fleet age and reliability. doi:10.1234/rail.2026.7</p>`,
    );
    expect(text).toContain('We have waited for this for ten years');
    expect(text).not.toContain('weekly briefing');
    expect(text).not.toContain('in your inbox');
    expect(text).not.toContain('Citation:');
  });

  it('keeps a sentence that carries a link, and still drops a labelled pointer', () => {
    const text = articleText(
      `${BODY}<p>But do not celebrate yet – <a href="/story/4">the minister warned that the money is not in the budget</a>.</p>` +
        `<p>Read more: <a href="/story/5">How the last train order went wrong.</a></p>`,
    );
    expect(text).toContain('But do not celebrate yet – the minister warned that the money is not in the budget.');
    expect(text).not.toContain('How the last train order went wrong');
  });

  it('keeps a sentence with a copyright sign inside a name, and still drops the notice', () => {
    const benchmark = 'The new server is the first to pass 20,000 on the SPECweb©2005 benchmark, the maker said.';
    const text = articleText(`${BODY}<p>${benchmark}</p><p>© 2026 News Example Ltd.</p>`);
    expect(text).toContain(benchmark);
    expect(text).not.toContain('© 2026');
  });

  it('keeps sentences near the end that carry a copyright sign or word inside their prose, and drops the notices', () => {
    const sentences = [
      'This isn’t supposed to be a manifesto™© we just think it’s pretty cool to share what we’ve learned so far.',
      'The copyright on the old timetables ran out in 1997, the operator said.',
      '(c) The operator shall publish the timetables a month ahead, the contract says.',
    ];
    const notices = [
      '© since 2010',
      'Copyright The Example Rail Gazette Limited 2026',
      'Text copyright 2026 Example Press',
    ];
    const text = articleText(
      `${BODY}${sentences.map((line) => `<p>${line}</p>`).join('')}${notices.map((line) => `<p>${line}</p>`).join('')}`,
    );
    for (const sentence of sentences) expect(text).toContain(sentence);
    for (const notice of notices) expect(text).not.toContain(notice);
  });

  it("keeps a bulleted update's items whose linked phrase runs on from the line's own words, and drops a list of linked titles", () => {
    const items = [
      'Ann <a href="https://bugs.example/1">removed the old timetable attribute</a> from the printed pages',
      'The depot team has <a href="https://bugs.example/2">a patch to move the signalling code off the old server</a>',
    ];
    const titles = [
      '<a href="/trains/depot">How the depot will change</a>',
      '<a href="/trains/unions">Unions and the new fleet</a>',
      '<a href="/trains/order">The last train order</a>',
    ];
    const list = (lines: string[]) => `<ul>${lines.map((line) => `<li>${line}</li>`).join('')}</ul>`;
    const text = articleText(
      `${PARAGRAPHS.slice(0, 2)
        .map((line) => `<p>${line}</p>`)
        .join('')}${list(items)}${PARAGRAPHS.slice(2)
        .map((line) => `<p>${line}</p>`)
        .join('')}${list(titles)}`,
    );
    expect(text).toContain('Ann removed the old timetable attribute from the printed pages');
    expect(text).toContain('a patch to move the signalling code off the old server');
    expect(text).not.toContain('How the depot will change');
    const pointer = '<p>Read <a href="/trains/plan">more about the new fleet</a> here.</p>';
    expect(articleText(`${BODY}${pointer}`)).not.toContain('more about the new fleet');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('keeps the linked names of a table of figures, and drops a menu of link cells', () => {
    const rows = (
      [
        ['Myles Straw', '.251', '12'],
        ['Jose Altuve', '.316', '61'],
        ['Alex Bregman', '.286', '103'],
      ] as const
    )
      .map(
        ([name, average, runs]) =>
          `<tr><td><a href="/player/${name.replace(' ', '-')}">${name}</a></td><td>${average}</td><td>${runs}</td></tr>`,
      )
      .join('');
    const menu = ['Scores', 'Schedule', 'Standings']
      .map((label) => `<tr><td><a href="/${label}">${label} of the league this season</a></td></tr>`)
      .join('');
    const text = articleText(`${BODY}<table>${rows}</table><table>${menu}</table>`);
    expect(text).toContain('Jose Altuve');
    expect(text).not.toContain('Standings');
  });

  it('keeps contact lines whose address is a mail link', () => {
    const text = articleText(`${BODY}<p>Email: <a href="mailto:press@trains.example">press@trains.example</a></p>`);
    expect(text).toContain('press@trains.example');
  });

  it('keeps contact lines whose link is its web address written out', () => {
    const text = articleText(
      `${BODY}<p>Website: <a href="http://www.trains.example/">www.trains.example</a></p><p><a href="http://www.other.example/">www.other.example</a></p>`,
    );
    expect(text).toContain('Website: www.trains.example');
    // Alone on its line, an address is a pointer elsewhere.
    expect(text).not.toContain('www.other.example');
  });

  it('keeps short linked labels in bold that head sections of the story, two or more, and drops a lone one', () => {
    const sections = (names: string[]) =>
      names
        .map(
          (name, index) =>
            `<p><b>${index + 1}. <a href="/people/${index}">${name}</a></b></p><p>${PARAGRAPHS[index]}</p>`,
        )
        .join('');
    const text = articleText(sections(['Ana Ruiz', 'Tom Berg', 'Li Wei']));
    for (const label of ['1. Ana Ruiz', '2. Tom Berg', '3. Li Wei']) expect(text, label).toContain(label);
    const lone = articleText(`${BODY}<p><b><a href="/story/9">Train order</a></b></p><p>${PARAGRAPHS[0]} Again.</p>`);
    expect(lone).not.toContain('Train order');
  });

  it('drops a see-also pointer, linked or not, in a quotation too, and keeps a sentence that opens with the words', () => {
    const pointers = [
      '<blockquote><b>PUEDES VER: </b>¿Qué es la Sunedu, cómo está conformada y para qué sirve?</blockquote>',
      '<p>Lesen Sie auch: Neue Züge für die Region</p>',
      '<p><strong>See also:</strong> <a href="/story/9">The last train order</a></p>',
    ];
    const sentence =
      'Read more about the order in the report the minister published on Monday, which runs to 300 pages.';
    const text = articleText(`${PARAGRAPHS[0]}${pointers.join('')}${BODY}<p>${sentence}</p>`);
    for (const pointer of ['PUEDES VER', 'Lesen Sie auch', 'See also']) expect(text, pointer).not.toContain(pointer);
    expect(text).toContain(sentence);
  });

  it('drops a see-also label left without its list, in more languages and spellings, and keeps a sentence about related stories', () => {
    const labels = [
      'A lire aussi :',
      'Related Posts:',
      'Verwandte Artikel:',
      'Lue myös:',
      '相关报道：',
      'Temas relacionados:',
    ];
    for (const label of labels) {
      const text = articleText(`${BODY}<p>${label}</p>`);
      expect(text, label).not.toContain(label);
      expect(text, label).toContain(PARAGRAPHS[3]);
    }
    const sentence = 'Related posts on the forum asked whether the old trains would be sold abroad, the minister said.';
    expect(articleText(`${BODY}<p>${sentence}</p>`)).toContain(sentence);
  });

  it("drops a see-also box's title alone on its line, without its colon, and keeps a line that says more", () => {
    for (const label of ['Siehe auch', 'Temas relacionados', 'Related stories']) {
      const text = articleText(`${PARAGRAPHS[0]}<h3>${label}</h3>${BODY}`);
      expect(text, label).not.toContain(label);
      expect(text, label).toContain(PARAGRAPHS[3]);
    }
    const heading = 'Related stories from the depot';
    expect(articleText(`${BODY}<h3>${heading}</h3><p>${PARAGRAPHS[0]} Again.</p>`)).toContain(heading);
  });

  it("drops a widget's loading placeholder and a plural ad label, and keeps a sentence that opens with the word", () => {
    for (const line of ['Loading...', 'loading…', 'Wird geladen …', '加载中...', 'Anzeigen']) {
      const text = articleText(`${BODY}<p>${line}</p>`);
      expect(text, line).not.toContain(line);
      expect(text, line).toContain(PARAGRAPHS[3]);
    }
    const sentence = 'Loading the new trains onto the ferry took three hours, the operator said.';
    expect(articleText(`${BODY}<p>${sentence}</p>`)).toContain(sentence);
  });

  it("drops a read-aloud player's label over the story or inside it, and keeps a sentence that asks to listen", () => {
    for (const label of [
      'Escucha esta nota aquí',
      'ESCUCHA LA NOTICIA',
      "Durée de l'audio 4:22",
      'Listen to this article',
    ]) {
      const top = articleText(`<p>${label}</p>${BODY}`);
      expect(top, label).not.toContain(label);
      expect(top, label).toContain(PARAGRAPHS[0]);
      const inside = articleText(
        `${PARAGRAPHS.slice(0, 2)
          .map((text) => `<p>${text}</p>`)
          .join('')}<p>${label}</p>${BODY}`,
      );
      expect(inside, label).not.toContain(label);
    }
    const sentence = 'Listen to this story, the driver told us, because nobody believes it the first time.';
    expect(articleText(`${BODY}<p>${sentence}</p>`)).toContain(sentence);
  });

  it("drops a pager's line that says which page this is, and keeps a sentence that counts pages", () => {
    const pagers = [
      '第1页/共1页 << 上一页 | 下一页 >>',
      '« Previous | Page 2 of 5 | Next »',
      '首页 上一页 1 2 3 下一页 共3页',
    ];
    for (const line of ['第1页/共1页 >', 'Page 2 of 5 »', 'Seite 1 von 3', '共3页', ...pagers]) {
      const text = articleText(`${BODY}<p>${line}</p>`);
      expect(text, line).not.toContain(line);
      expect(text, line).toContain(PARAGRAPHS[3]);
    }
    const sentence = 'The report runs to page 2 of 5 before it names the depots, the union said.';
    expect(articleText(`${BODY}<p>${sentence}</p>`)).toContain(sentence);
  });

  it("drops a publisher's pitch for support at the story's end and the slogans after it, and keeps a quoted plea", () => {
    const pitch =
      '<p>Apoya el periodismo independiente</p><p>Si te parece valioso nuestro trabajo, apóyanos para seguir. Únete a nuestra comunidad de lectores.</p><p>Cancela cuando quieras.</p>';
    const text = articleText(`${BODY}${pitch}`);
    expect(text).toContain(PARAGRAPHS[3]);
    for (const line of ['Apoya el periodismo', 'apóyanos', 'Cancela']) expect(text, line).not.toContain(line);
    const plea = '"Support our work, we need every volunteer," the charity\'s director said.';
    expect(articleText(`${BODY}<p>${plea}</p>`)).toContain(plea);
  });

  it('drops the line that files a post under its categories, and keeps a sentence that opens the same way', () => {
    const filed = ['<p>Posted in: Transport |</p>', '<p>Posted by Niall in Uncategorized.</p>'];
    const sentence = '<p>Filed under pressure, the report reached the minister a week late.</p>';
    const text = articleText(`${BODY}${filed[0]}${sentence}${filed[1]}`);
    expect(text).not.toContain('Posted in');
    expect(text).not.toContain('Uncategorized');
    expect(text).toContain('Filed under pressure, the report reached the minister a week late.');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops a closing request to subscribe, in any language, and keeps a sentence that says who subscribes', () => {
    const told = '<p>More than 2,000 commuters subscribe to the season ticket every month.</p>';
    const pitches = [
      '<p>For more rail news and reviews, subscribe to Rail Weekly - in print and on your tablet.</p>',
      '<p>Suscríbete a nuestro newsletter</p>',
    ];
    for (const pitch of pitches) {
      const text = articleText(`${BODY}${told}${pitch}`);
      expect(text).toContain('More than 2,000 commuters subscribe to the season ticket');
      expect(text, pitch).not.toMatch(/Rail Weekly|Suscríbete/u);
    }
  });

  it('drops a comments heading with the one stamped comment under it, and keeps a heading with no stamped post', () => {
    const comment =
      '<h3>Your Comments</h3><p>Great news</p><p>By: Alfred Hitch, Mon, 07 Jan 2008 17:22:12 GMT</p><p>About time they replaced those old trains, mine was late twice this week.</p>';
    const text = articleText(`${BODY}${comment}`);
    expect(text).toContain(PARAGRAPHS[3]);
    for (const line of ['Your Comments', 'Great news', 'Alfred', 'About time']) expect(text, line).not.toContain(line);
    const section = `${BODY}<h3>Comments</h3><p>${PARAGRAPHS[0]} The ministry took comments until May.</p>`;
    expect(articleText(section)).toContain('The ministry took comments until May.');
  });

  it('drops every item of a reply list, the ones with a two-word title too', () => {
    const replies = [
      'My own story from the trip',
      'Same thing happened to us',
      'Me too',
      'Read the contract first',
      'The guide took us shopping',
    ]
      .map((title, index) => `<li><a href="/thread/${index}">${title}</a> [reader${index}] 08-11 17:15 [155/0]</li>`)
      .join('');
    const text = articleText(`${BODY}<ul>${replies}</ul>`);
    expect(text).toContain(PARAGRAPHS[3]);
    expect(text).not.toContain('Me too');
  });

  it('drops a tree of replies with its first post, whose own line heads the nested list, and its label', () => {
    const replies = [
      'Same thing happened to us',
      'Read the contract first',
      'The guide took us shopping',
      'Never going there again',
    ]
      .map(
        (title, index) => `<li><a href="/thread/${index + 1}">${title}</a> [reader${index}] 08-11 17:15 [155/0]</li>`,
      )
      .join('');
    const tree = `<p><b>| Replies:</b></p><ul><li><a href="/thread/0">Who fooled you on your trip?</a> [moderator] 08-11 16:06 [4321/87]<ul>${replies}</ul></li></ul>`;
    const text = articleText(`${BODY}${tree}`);
    expect(text).toContain(PARAGRAPHS[3]);
    for (const line of ['Replies', 'Who fooled you', 'Never going']) expect(text).not.toContain(line);
  });

  it("keeps the article's bare date and drops a posted stamp", () => {
    const text = articleText(`<p>20 July 2026</p>${BODY}<p>Posted at 02:44 PM ET, 07/20/2026</p>`);
    expect(text).toContain('20 July 2026');
    expect(text).not.toContain('Posted at');
  });

  it('drops a post or edit stamp in German, French, Spanish, Portuguese or Italian as it drops an English one', () => {
    const stamps = [
      'Aktualisiert am 12.05.2021 um 10:32 Uhr',
      'Mis à jour le 12 mai 2021 à 10h32',
      'Actualizado el 3 de marzo de 2021 a las 10:32',
      'Atualizado em 3 de março de 2021 às 10h32',
      'Aggiornato il 3 marzo 2021 alle 10:32',
    ];
    for (const stamp of stamps) {
      const text = articleText(`${BODY}<p>${stamp}</p>`);
      expect(text, stamp).not.toContain(stamp);
      expect(text).toContain(PARAGRAPHS[3]);
    }
  });

  it('drops a stamp that tells the time relatively ("posted 1 hour ago", "vor 3 Stunden") and keeps a sentence that does', () => {
    const text = articleText(`<p>posted 1 hour ago</p>${BODY}<p>Aktualisiert vor 3 Stunden</p>`);
    expect(text).not.toContain('posted 1 hour ago');
    expect(text).not.toContain('vor 3 Stunden');
    expect(text).toContain(PARAGRAPHS[3]);
    // An old story's stamp counts its days in thousands.
    expect(articleText(`<p>- 2286 days ago</p>${BODY}`)).not.toContain('2286 days ago');
    const sentence = articleText(`${BODY}<p>The line opened 2 years ago.</p>`);
    expect(sentence).toContain('The line opened 2 years ago.');
  });

  it('keeps a byline in capitals whose short names could read as time zones', () => {
    const text = articleText(`<p>By SAM LEE</p>${BODY}<p>Reporting by TIM ORR</p>`);
    expect(text).toContain('By SAM LEE');
    expect(text).toContain('Reporting by TIM ORR');
    expect(articleText(`${BODY}<p>Updated 10:32 AM ET</p>`)).not.toContain('Updated');
  });

  it("keeps a post's title that links to the post itself, and drops a linked heading after the text", () => {
    const text = articleText(
      `<h2><a href="/2026/11/trains">Forty trains ordered for the regional lines</a></h2>${BODY}<h3><a href="/2026/10/buses">Bus fares to rise in January</a></h3>`,
    );
    expect(text).toContain('Forty trains ordered for the regional lines');
    expect(text).not.toContain('Bus fares to rise');
  });

  it("keeps an article's own list whose items each open with a link and say two sentences, and still drops teasers", () => {
    const stations = ['North Halt', 'Riverside', 'Old Market', 'Harbour Gate']
      .map(
        (name, index) =>
          `<li><a href="/stations/${index}">${name} station on the coast line</a> gets a longer platform. ` +
          `Work starts in spring.</li>`,
      )
      .join('');
    const teasers = [
      'Bus fares to rise in January',
      'Bridge repairs close the ring road',
      'Airport adds a route to Lisbon',
    ]
      .map((title, index) => `<li><a href="/story/${index}">${title}</a> What it means for commuters.</li>`)
      .join('');
    const text = articleText(`<p>${PARAGRAPHS[0]}</p><ul>${stations}</ul><h3>More news</h3><ul>${teasers}</ul>`);
    expect(text).toContain('Harbour Gate station on the coast line gets a longer platform. Work starts in spring.');
    expect(text).not.toContain('Bus fares to rise');
  });

  it('drops a run of short story cards that kept only their picture link and summary', () => {
    const cards = ['Wrestling, but much bloodier.', 'A regular bedtime is good for you.', 'A rocket seen from orbit.']
      .map(
        (summary, index) =>
          `<article><p><a href="https://other.example/${index}"><img src="/t${index}.jpg" width="312" height="170" alt=""></a></p><div><p>${summary}</p></div></article>`,
      )
      .join('');
    const text = articleText(`${BODY}${cards}`);
    expect(text).toContain(PARAGRAPHS[3]);
    expect(text).not.toContain('regular bedtime');
  });

  it('drops the related story cards under a story, whose picture and headline link to one story, summaries and all', () => {
    const summaries = [
      'The bridge closes for six weeks. Drivers take the coast road.',
      'Bus fares rise in January. Season tickets stay at their price.',
      'Four flights a week go to Lisbon. Tickets go on sale today.',
    ];
    const cards = summaries
      .map(
        (summary, index) =>
          `<li><div><a href="/story/${index}"><img src="/t${index}.jpg" alt=""></a><div>` +
          `<h3><a href="/story/${index}">Story ${index} of the week</a></h3><p>${summary}</p>` +
          `<div>By <a href="/author/${index}">Sam Lee</a><br> On <span>05/02/2026</span></div></div></div></li>`,
      )
      .join('');
    const related = `<div><h2>Related stories</h2><ul>${cards}</ul></div>`;
    const text = articleText(`${BODY}${related}`);
    expect(text).toContain(PARAGRAPHS[3]);
    for (const line of ['coast road', 'Season tickets', 'Related stories']) expect(text).not.toContain(line);
  });

  it('reads the headline of a teaser as its first link with words, after a linked picture', () => {
    const teasers = [
      'Bus fares to rise in January',
      'Bridge repairs close the ring road',
      'Airport adds a route to Lisbon',
    ]
      .map(
        (title, index) =>
          `<li><a href="/story/${index}"><img src="/t${index}.jpg" alt=""></a> <a href="/story/${index}">${title}</a> What it means for the commute.</li>`,
      )
      .join('');
    const text = articleText(`${BODY}<ul>${teasers}</ul>`);
    expect(text).toContain(PARAGRAPHS[3]);
    expect(text).not.toContain('Bridge repairs');
  });

  it('keeps the posts of a live blog, short <article>s that each say two sentences and carry a link', () => {
    const posts = ['09:10', '09:25', '09:40', '10:05']
      .map(
        (time, index) =>
          `<article><p>${time} The minister arrived at the depot. She said the <a href="/doc/${index}">order</a> was signed.</p></article>`,
      )
      .join('');
    const text = articleText(`<p>${PARAGRAPHS[0]}</p>${posts}`);
    expect(text).toContain('10:05 The minister arrived at the depot.');
  });

  it("drops the repeated stamps of a blog's posts and the signature beside each, and keeps the posts", () => {
    const posts = PARAGRAPHS.map(
      (paragraph, index) =>
        `<h2>(March ${10 + index}, 2026 -- 0${index + 1}:15 PM EDT // <a href="/post/${index}">link</a>)</h2><p>${paragraph}</p><p>-- Ann Cole</p>`,
    ).join('');
    const text = articleText(posts);
    expect(text).not.toContain('EDT');
    expect(text).not.toContain('-- Ann Cole');
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
  });

  it("drops a blog's repeated stamps whatever language names their months", () => {
    // Stamps at the story's edges go by themselves: the middle ones are left to the repetition.
    const months = ['enero', 'agosto', 'diciembre', 'abril', 'mayo', 'octubre', 'junio', 'marzo'];
    const posts = [...PARAGRAPHS, ...PARAGRAPHS]
      .map(
        (paragraph, index) =>
          `<h2>Publicado por Ana el ${10 + index} de ${months[index]} de 2026 a las 0${index + 1}:15</h2><p>${paragraph}</p>`,
      )
      .join('');
    const text = articleText(posts);
    expect(text).not.toContain('Publicado por Ana');
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
  });

  it("drops a blog's repeated stamps that spell a date with no time, day or month first, in any language", () => {
    const stamps: Array<(day: number) => string> = [
      (day) => `Publicado por Ana el ${day} de marzo de 2026`,
      (day) => `Veröffentlicht von Jan am ${day}. März 2026`,
      (day) => `Publié par Léa le ${day} mars 2026`,
      (day) => `Posted by Ann on ${day} March 2026`,
    ];
    for (const stamp of stamps) {
      const posts = [...PARAGRAPHS, ...PARAGRAPHS]
        .map((paragraph, index) => `<h2>${stamp(10 + index)}</h2><p>${paragraph}</p>`)
        .join('');
      const text = articleText(posts);
      expect(text, stamp(10)).not.toContain(stamp(12));
      for (const paragraph of PARAGRAPHS) expect(text, stamp(10)).toContain(paragraph);
    }
  });

  it('drops a thread of short replies headed by stamps, named by a different commenter each time', () => {
    const replies = [
      '欢迎欢迎，热烈欢迎。',
      'Welcome! Looking forward to the trains.',
      '高手来了。',
      'Great news for the region.',
    ]
      .map(
        (reply, index) =>
          `<div><h4># re: 新列车 2026-03-1${index} 12:4${index} commenter${index}</h4><p>${reply}</p></div>`,
      )
      .join('');
    const text = articleText(`${BODY}${replies}`);
    expect(text).not.toContain('# re:');
    expect(text).not.toContain('Looking forward');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('keeps the long posts of a blog whose stamps close each post', () => {
    const posts = [0, 1, 2, 3]
      .map(
        (index) =>
          `${BODY.replace(/forty/g, `forty-${index}`)}<p>Posted by Ann on March ${10 + index}, 2026 10:1${index} AM</p>`,
      )
      .join('');
    const text = articleText(posts);
    expect(text).not.toContain('Posted by Ann');
    expect(text).toContain('forty-3 new trains');
  });

  it('keeps a schedule whose lines open with their date, and lines that open with a date and tell what happened', () => {
    const schedule = ['12月10日 代表注册', '12月11日上午 开幕式', '12月11日下午 专题讨论', '12月12日上午 闭幕式']
      .map((line) => `<p>${line}</p>`)
      .join('');
    const history = [
      '2001年4月3日，金锺国正式离开前经纪公司。',
      '2004年6月19日，发行了个人第二张专辑。',
      '2005年7月1日，发行了第三张个人专辑。',
    ]
      .map((line) => `<p>${line}</p>`)
      .join('');
    const text = articleText(`${BODY}${schedule}${history}`);
    expect(text).toContain('12月11日上午 开幕式');
    expect(text).toContain('2004年6月19日，发行了个人第二张专辑。');
  });

  it('drops headings left with nothing under them after the story, and keeps a section that opens onto a sub-heading', () => {
    const widgets =
      "<h2>Don't Miss</h2><h2>Featured Posts</h2><h2>Connect With Us</h2><ul><li><h4>Facebook</h4></li><li><h4>Twitter</h4></li><li><h4>Newsletters</h4></li></ul>";
    const schedule =
      '<h2>Playoff schedule</h2><h2>Saturday</h2><p>Seattle at Green Bay, 4:30 p.m.</p><h2>Sunday</h2><p>San Diego at Indianapolis, 1 p.m.</p>';
    const text = articleText(`${BODY}${schedule}${widgets}`);
    expect(text).toContain('Playoff schedule');
    expect(text).toContain('Saturday');
    expect(text).not.toContain('Featured Posts');
    expect(text).not.toContain('Twitter');
  });

  it('drops an app pitch that closes the text after an emptied widget heading, and keeps a closing correction', () => {
    const social =
      '<section><h2>Connect With Us</h2><ul><li><a href="https://social.example/us"><h4>Facebook</h4></a></li><li><a href="/rss"><h4>RSS</h4></a></li></ul></section>';
    const apps =
      '<h2>Mobile Apps</h2><img src="/devices.png" alt="On the go"><p>News On The Go.<br>Download the native app for the platform of your choice.</p><div><a href="/get">Download Now</a></div>';
    const pitched = articleText(`${BODY}${social}${apps}`);
    expect(pitched).toContain(PARAGRAPHS[3]);
    expect(pitched).not.toContain('Connect With Us');
    expect(pitched).not.toContain('Mobile Apps');
    expect(pitched).not.toContain('Download the native app');
    const corrected = articleText(
      `${BODY}<h2>Correction</h2><p>An earlier version of this story misstated the number of trains.</p>`,
    );
    expect(corrected).toContain('Correction');
    expect(corrected).toContain('misstated the number of trains');
  });

  it("drops a box's bold title that closes the text with nothing under it, and the colon's label over a lone bold headline", () => {
    const boxed = articleText(`${BODY}<div><font size="2"><strong>News by Category</strong></font></div>`);
    expect(boxed).toContain(PARAGRAPHS[3]);
    expect(boxed).not.toContain('News by Category');
    const related = articleText(`${BODY}<p>Related coverage:</p><p><b>Rail strike ends</b></p>`);
    expect(related).toContain(PARAGRAPHS[3]);
    expect(related).not.toContain('Related coverage');
    expect(related).not.toContain('Rail strike ends');
    // A bold label over its section stays, and so does a colon's label that closes the text by itself.
    const sectioned = articleText(
      `${PARAGRAPHS.slice(0, 2)
        .map((text) => `<p>${text}</p>`)
        .join('')}<p><b>What comes next</b></p>` +
        `${PARAGRAPHS.slice(2)
          .map((text) => `<p>${text}</p>`)
          .join('')}<p>Watch the video below:</p>`,
    );
    expect(sectioned).toContain('What comes next');
    expect(sectioned).toContain('Watch the video below:');
  });

  it("drops a breadcrumb's trail before the story, its page's name after it, and keeps a line with words between its links", () => {
    const trail =
      '<p><a href="/">Home</a> - <a href="/region">Region</a> » <a href="/rail">Rail</a> - Forty new trains for the region</p>';
    const credited = '<p><a href="/a">Alice Martin</a> and <a href="/b">Bob Lee</a> report from the depot</p>';
    const text = articleText(`${trail}${credited}${BODY}`);
    expect(text).not.toContain('Home - Region');
    expect(text).toContain('Alice Martin and Bob Lee report from the depot');
    expect(text).toContain(PARAGRAPHS[0]);
  });

  it('drops a line that opens with "click here" or holds it without being a sentence, and keeps a sentence with one', () => {
    const sentence = 'The timetable may still change, click here to read the full plan.';
    const text = articleText(
      `${BODY}<p>${sentence.replace('click here', '<a href="/plan">click here</a>')}</p>` +
        '<p><a href="/profiles">Click here</a> to return to the main profiles menu.</p>' +
        '<p>Alertes par e-mail <a href="/alertes">cliquez ici</a></p>',
    );
    expect(text).toContain(sentence);
    expect(text).not.toContain('return to the main profiles menu');
    expect(text).not.toContain('Alertes par e-mail');
  });

  it('drops the note of the headline a republished story first ran under, and keeps a sentence that names it', () => {
    const note = '原标题：春季学期开学，织密返校疫情防控网';
    const sentence = '据了解，这篇课文来自《读者》1995年第2期，原标题为《宇航员之死》。';
    const text = articleText(`${BODY}<p>${note}</p><p>${sentence}</p>`);
    expect(text).not.toContain(note);
    expect(text).toContain(sentence);
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops lines without a word or a figure (a lone bullet, stars, a guillemet), and keeps dashes and a silence', () => {
    const text = articleText(
      `<p>${PARAGRAPHS[0]}</p><p>•</p><p>${PARAGRAPHS[1]}</p><p>* * *</p><p>»</p><p>${PARAGRAPHS[2]}</p>` +
        `<p>—————</p><p>“……”</p><p>${PARAGRAPHS[3]}</p>`,
    );
    expect(text).not.toMatch(/^•$/mu);
    expect(text).not.toContain('* * *');
    expect(text).not.toMatch(/^»$/mu);
    expect(text).toContain('—————');
    expect(text).toContain('“……”');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops a photo credit that opens with the copyright sign, and keeps a sentence that opens with one', () => {
    const figure =
      '<figure><img src="/train.jpg" width="800" height="450" alt="A new train"></figure><p>© Rail Photo/Ann Cole</p>';
    const sentence = '<p>© marks on the trains will be painted over before they enter service next year.</p>';
    const text = articleText(`${figure}${sentence}${BODY}`);
    expect(text).not.toContain('Ann Cole');
    expect(text).toContain('© marks on the trains');
  });

  it('drops the stamps of a post in a script written without spaces, and keeps a sentence that opens with a date and time', () => {
    const paragraphs = [
      '地区铁路公司周一宣布，将在未来五年内购买四十列新列车，以替换已经服役三十多年的旧车队。',
      '交通部长表示，新列车将首先投入连接该地区两座最大城市的线路，预计二零二八年开始载客。',
      '工会对这笔订单表示欢迎，但要求维修工作继续留在现有的车辆段进行，而不是转移到别处。',
      '2026年6月5日 10:32，首批列车的设计方案在发布会上正式公布，市民可以在网上查看。',
    ];
    const body = paragraphs.map((text) => `<p>${text}</p>`).join('');
    const top = '<p>2026-06-05 10:40更新 来源：转载文章</p>';
    const bottom = '<p>发表于 2026年6月5日 12:40 - (阅读:3727;评论:63)</p>';
    const text = extractArticle(
      parseHtml(
        `<!doctype html><html lang="zh"><head><title>新列车</title></head><body><article><h1>地区将购买四十列新列车</h1>${top}${body}${bottom}</article></body></html>`,
        'https://news.example/trains-zh',
      ).document,
    )?.text;
    expect(text).toBeDefined();
    expect(text).not.toContain('转载文章');
    expect(text).not.toContain('发表于');
    expect(text).toContain(paragraphs[3]);
  });

  it('drops a photo credit led by a credit label in any language, and keeps a sentence that opens with one', () => {
    const figure = '<figure><img src="/train.jpg" width="800" height="450" alt="A new train"></figure>';
    const credits = [
      '<p>Foto: unsplash/Bill Mead</p>',
      '<p>(crédito: Minervino Júnior/CB)</p>',
      '<p>Crédits photos : Bestimage</p>',
      '<p>Fot. Jan Nowak</p>',
    ];
    const sentence = '<p>Photo: the operator showed a picture of the first train at the depot on Monday.</p>';
    const text = articleText(
      `${figure}${credits[0]}${credits[1]}${BODY}${figure}${credits[2]}${sentence}${figure}${credits[3]}`,
    );
    for (const holder of ['Bill Mead', 'Minervino', 'Bestimage', 'Jan Nowak'])
      expect(text, holder).not.toContain(holder);
    expect(text).toContain('the operator showed a picture of the first train');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops a caption that says only where its picture comes from, and keeps a caption about a file photo', () => {
    const figure = (caption: string) =>
      `<figure><img src="/train.jpg" width="800" height="450" alt="A train"><figcaption>${caption}</figcaption></figure>`;
    const notes = [
      'Imágenes capturadas de video',
      'Foto de archivo / EFE',
      '资料图（图片来源：网络）',
      'Capture d’écran',
    ];
    const kept = 'A file photo of the old trains, which broke down twice as often as the new ones will.';
    const text = articleText(
      `${figure(notes[0]!)}${BODY}${figure(notes[1]!)}${figure(notes[2]!)}${figure(kept)}${figure(notes[3]!)}<p>${PARAGRAPHS[0]}</p>`,
    );
    for (const note of notes) expect(text, note).not.toContain(note);
    expect(text).toContain(kept);
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops a credit written out with "by" or "courtesy of", and keeps a sentence about a photographer', () => {
    const figure = '<figure><img src="/train.jpg" width="800" height="450" alt="A new train"></figure>';
    const credits = [
      '<p>Photograph by Stephen Voss/Redux. Portrait illustration by Cristiano Siqueira.</p>',
      '<p>Photos courtesy of the Rail Archive and Transport Museum</p>',
    ];
    const sentences = [
      '<p>Photographs by Ansel Adams hang in the new station hall.</p>',
      '<p>Photo by the river at dusk</p>',
    ];
    const text = articleText(`${figure}${credits[0]}${BODY}${figure}${credits[1]}${sentences.join('')}`);
    for (const holder of ['Stephen Voss', 'Cristiano Siqueira', 'Transport Museum'])
      expect(text, holder).not.toContain(holder);
    expect(text).toContain('Photographs by Ansel Adams hang in the new station hall.');
    expect(text).toContain('Photo by the river at dusk');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops a notice that the story was updated, in any language, and keeps a sentence that goes on', () => {
    const notices = [
      '<p>This post has been updated since it was first published.</p>',
      '<p>Dieser Artikel wurde aktualisiert.</p>',
    ];
    const sentence =
      '<p>This story was updated on Monday to include the response of the unions, who said the order came late and asked for more depots.</p>';
    const text = articleText(`${notices[0]}${BODY}${sentence}${notices[1]}`);
    expect(text).not.toContain('has been updated since');
    expect(text).not.toContain('wurde aktualisiert');
    expect(text).toContain('the response of the unions');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops a caption that closes with its credit, and keeps lines that go on after a credit word or a slash', () => {
    const picture = '<img src="/train.jpg" width="800" height="450" alt="A new train">';
    const text = articleText(
      '<p>Tickets for the new line go on sale in May (the order covers the © Regional Rail brand):</p>' +
        `<figure>${picture}<figcaption>The new train at the depot, photo: Regional Rail Archive</figcaption></figure>${BODY}` +
        `<figure>${picture}<figcaption>The minister on the platform. © AFP / JANE DOE</figcaption></figure>` +
        `<figure>${picture}<figcaption>Passengers boarding / Photononstop</figcaption></figure>` +
        '<p>Fares: 10 euros / Month</p><p>North / South</p>' +
        '<p>The first train of 1912 /domena publiczna</p><p>The old station / public domain</p>',
    );
    for (const holder of ['Regional Rail Archive', 'JANE DOE', 'Photononstop', 'domena publiczna', 'public domain'])
      expect(text, holder).not.toContain(holder);
    expect(text).toContain('North / South');
    expect(text).toContain('Fares: 10 euros / Month');
    expect(text).toContain('Tickets for the new line go on sale in May');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops the label over an ad slot in any language, alone or before a dash, and keeps a sentence about ads', () => {
    const half = PARAGRAPHS.length / 2;
    const first = PARAGRAPHS.slice(0, half)
      .map((text) => `<p>${text}</p>`)
      .join('');
    const second = PARAGRAPHS.slice(half)
      .map((text) => `<p>${text}</p>`)
      .join('');
    const ads =
      '<div class="slot"><p>Advertisement - Continue Reading Below</p></div><p>ANZEIGE</p><p>Reklama</p><p>广告</p>';
    const sentence =
      '<p>Advertisement revenue from the stations will pay for part of the order, the operator said.</p>';
    const text = articleText(`${first}${ads}${second}${sentence}`);
    for (const label of ['Continue Reading Below', 'ANZEIGE', 'Reklama', '广告'])
      expect(text, label).not.toContain(label);
    expect(text).toContain('Advertisement revenue from the stations');
    expect(text).toContain(PARAGRAPHS[half]);
  });

  it('drops the label a table of contents leaves behind in any language, and keeps a sentence that names one', () => {
    const [one, two, three, four] = PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`);
    const sentence = '<p>The table of contents of the report lists forty new trains.</p>';
    const text = articleText(
      `${one}<p class="toc-title">Inhaltsverzeichnis</p>${two}<h2>Table of Contents [hide]</h2>${three}<p>Índice:</p>${four}${sentence}`,
    );
    for (const label of ['Inhaltsverzeichnis', 'Table of Contents', 'Índice']) expect(text, label).not.toContain(label);
    expect(text).toContain('The table of contents of the report');
    expect(text).toContain(PARAGRAPHS[1]);
  });

  it('drops a closing line that sends the reader to two social networks, and keeps the story that names them', () => {
    const named =
      '<p>The operator will post the timetable on Facebook and Twitter as well as on its own site, a spokesman said.</p>';
    const promo = '<p>You can follow the Transport desk on Twitter and on Facebook</p>';
    const text = articleText(`${named}${BODY}${promo}`);
    expect(text).not.toContain('follow the Transport desk');
    expect(text).toContain('post the timetable on Facebook and Twitter');
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it("keeps a ranked list's linked headings over their sections, and drops a lone linked heading with no text of its own", () => {
    const titles = ['21) Star Wars: The Last Jedi', '“Until Dawn: Rush of Blood” ($20)', '19) Ingrid Goes West'];
    const sections = titles
      .map(
        (title, index) => `<h3><a href="https://films.example/${index}">${title}</a></h3><p>${PARAGRAPHS[index]}</p>`,
      )
      .join('');
    const text = articleText(`<p>${PARAGRAPHS[3]}</p>${sections}`);
    for (const title of titles) expect(text, title).toContain(title);
    const lone = articleText(
      `${BODY}<h3><a href="https://news.example/other">Forty old trains go to a museum in the north</a></h3>`,
    );
    expect(lone).not.toContain('old trains go to a museum');
  });

  it("drops a long closing promo that links a network or gives a handle, and keeps the story's closing sentence about two networks", () => {
    const closing =
      '<p>It was not clear why the offer failed with Snapchat, whose founder <a href="/news/rebuffed">famously rebuffed</a> a $3 billion bid from Facebook in 2013.</p>';
    const linked =
      '<p>Want up-to-the-minute transport news and features? Just hit Like on our <a href="https://facebook.example/desk">Transport Facebook page</a> and Follow on our Twitter account.</p>';
    const handle =
      '<p>Follow us on Facebook, on Twitter @TransportDesk, or on Instagram at transportdesk. If you have a story suggestion, write to the desk.</p>';
    expect(articleText(`${BODY}${closing}`)).toContain('famously rebuffed a $3 billion bid from Facebook');
    for (const promo of [linked, handle]) {
      const text = articleText(`${BODY}${closing}${promo}`);
      expect(text).toContain('famously rebuffed');
      expect(text).not.toMatch(/Just hit Like|@TransportDesk/u);
    }
  });

  it("drops the labels of the story's controls at its edges or in a run, and keeps a lone one inside the story and sentences that say them", () => {
    const head =
      '<ul class="tools"><li><a href="?print=1">Print</a></li><li><a href="/reprints">Reprints</a></li></ul><p>facebook</p><p>google+</p><p>Email »</p>';
    const run = '<p>Print Subscribe<br>E-mail Toolbar</p>';
    const lone = '<p>Share</p>';
    const sentence = '<p>Print the timetable and share it with your neighbours, the operator asked its riders.</p>';
    const tail = '<p>Send to a Friend</p><p>Kommentare</p>';
    const [one, two, three, four] = PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`);
    const text = articleText(`${head}${one}${two}${run}${three}${lone}${four}${sentence}${tail}`);
    for (const label of [
      'Reprints',
      'facebook',
      'google+',
      'Email »',
      'Print Subscribe',
      'E-mail Toolbar',
      'Send to a Friend',
      'Kommentare',
    ])
      expect(text, label).not.toContain(label);
    expect(text.split('\n\n')).toContain('Share');
    expect(text).toContain('Print the timetable and share it');
    expect(text).toContain(PARAGRAPHS[0]);
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops the label of a rating control and of a comment box, in a run inside the text or after it', () => {
    const [one, two, three, four] = PARAGRAPHS.map((paragraph) => `<p>${paragraph}</p>`);
    const text = articleText(
      `${one}${two}<p>Valora esta noticia</p><p>Tus comentarios</p>${three}${four}<p>Rate this article:</p>`,
    );
    for (const label of ['Valora esta noticia', 'Tus comentarios', 'Rate this article'])
      expect(text, label).not.toContain(label);
    expect(text).toContain(PARAGRAPHS[2]);
    expect(text).toContain(PARAGRAPHS[3]);
  });

  it('drops the label of a comment box after the story in a script written without spaces', () => {
    const text = articleText(`${BODY}<p>发表评论</p>`);
    expect(text).not.toContain('发表评论');
    expect(text).toContain(PARAGRAPHS[3]);
  });
});

describe('reply threads', () => {
  const NAMES = ['Anna K.', 'jsmith', 'Marco Rossi', 'old_timer', 'Priya', 'Tomasz W.'];
  const REPLIES = ['Great news for commuters.', 'About time!', 'Will fares go up?', 'Forty is not enough.'];
  const comments = (count: number) =>
    Array.from(
      { length: count },
      (_, index) =>
        `<div class="c"><a href="/u/${index}">${NAMES[index % NAMES.length]}</a> <span>June ${index + 1}, 2026 at 9:${String(10 + index).padStart(2, '0')} am</span><p>${REPLIES[index % REPLIES.length]}</p><a href="#r${index}">Reply</a></div>`,
    ).join('');

  it('drops a thread of stamped replies under a story that stands by itself, with its label', () => {
    const text = articleText(`${BODY}<h3>8 comments</h3><div>${comments(8)}</div>`);
    expect(text).toContain(PARAGRAPHS[3]);
    expect(text).not.toContain('Will fares go up?');
    expect(text).not.toContain('Marco Rossi');
    expect(text).not.toContain('8 comments');
  });

  it("drops readers' comments, each with its reply control, under a story too short to stand by itself", () => {
    const shortStory = PARAGRAPHS.slice(0, 3)
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('');
    const text = articleText(`${shortStory}<h3>40 comments</h3><div>${comments(40)}</div>`);
    expect(text).toContain(PARAGRAPHS[2]);
    expect(text).not.toContain('Will fares go up?');
    // Without their reply controls, the same stamped posts under a short lede are a live blog's entries.
    const entries = comments(40).replace(/<a href="#r\d+">Reply<\/a>/gu, '');
    expect(articleText(`${shortStory}<div>${entries}</div>`)).toContain('Will fares go up?');
  });

  it("drops the story's posted stamp right before a thread it drops", () => {
    const stamp = '<p>Posted by Editor at 10:32 AM ET, Mon June 5, 2026</p>';
    const text = articleText(`${BODY}${stamp}<h3>8 comments</h3><div>${comments(8)}</div>`);
    expect(text).toContain(PARAGRAPHS[3]);
    expect(text).not.toContain('Will fares go up?');
    expect(text).not.toContain('Posted by Editor');
  });

  it('keeps a timeline whose entries open with their date and time', () => {
    const entries = [
      'Ministers agree on the budget for the new fleet.',
      'The tender opens to manufacturers across Europe.',
      'Three bids arrive before the deadline closes.',
      'The winning bid is announced at a press conference.',
      'The contract is signed in the regional capital.',
    ]
      .map((entry, index) => `<li>March ${index + 3}, 2026, 10:${index}5: ${entry}</li>`)
      .join('');
    const text = articleText(`${BODY}<h3>Timeline</h3><ul>${entries}</ul>`);
    expect(text).toContain('The winning bid is announced');
  });

  it('keeps a list of references, dated without a time of day', () => {
    const references = Array.from(
      { length: 6 },
      (_, index) =>
        `<li>Rail Review, issue ${index + 1}. Transport Ministry. 2026-0${index + 1}-12. Retrieved 2026-07-01.</li>`,
    ).join('');
    const text = articleText(`${BODY}<h3>References</h3><ol>${references}</ol>`);
    expect(text).toContain('Rail Review, issue 4');
  });

  it('reads the page again when Readability settled on the thread beside a short story', () => {
    const page = `<!doctype html><html lang="en"><head><title>New trains</title></head><body>
      <table><tr><td><h1>Forty new trains for the region</h1><font>${PARAGRAPHS.join('<br><br>')}</font></td></tr></table>
      <div id="thread">${comments(40)}</div></body></html>`;
    const text = extractArticle(parseHtml(page, 'https://news.example/trains').document)?.text ?? '';
    expect(text).toContain(PARAGRAPHS[2]);
    expect(text).not.toContain('Will fares go up?');
  });
});

describe('body boilerplate: counters, dated titles and counted entries', () => {
  const STORY_ZH = [
    '地区铁路公司周一宣布，将在未来五年内购买四十列新列车，以替换已经服役三十多年的旧车队。',
    '交通部长表示，新列车将首先投入连接该地区两座最大城市的线路，预计二零二八年开始载客。',
    '工会对这笔订单表示欢迎，但要求维修工作继续留在现有的车辆段进行，而不是转移到别处。',
    '报道发表后，网站收到了三百多条评论，大多数读者支持这项计划，也有人担心票价上涨。',
  ];
  const zhText = (before: string, after: string) =>
    extractArticle(
      parseHtml(
        `<!doctype html><html lang="zh"><head><title>新列车</title></head><body><article><h1>地区将购买四十列新列车</h1>${before}${STORY_ZH.map((text) => `<p>${text}</p>`).join('')}${after}</article></body></html>`,
        'https://news.example/trains-zh',
      ).document,
    )?.text ?? '';

  it('drops the lines that count readers and comments, and keeps a sentence that counts them', () => {
    const text = zhText(
      '<p>阅读(2031) 评论(12)</p>',
      '<p>(本文发表于铁路新闻栏目, 已被阅读402次)</p><p>您是本文第 87 个访问者</p>',
    );
    expect(text).not.toContain('阅读(2031)');
    expect(text).not.toContain('已被阅读402次');
    expect(text).not.toContain('访问者');
    expect(text).toContain('三百多条评论');
    const english = articleText(`${BODY}<p>Views: 2,031 | Comments: 12</p><p>Why 3 views matter</p>`);
    expect(english).not.toContain('Views: 2,031');
    expect(english).toContain('Why 3 views matter');
  });

  it("drops the editor's credit at the story's end and a trackback address, and keeps sentences that name them", () => {
    const text = zhText('', '<p>（ 责任编辑：魏喆 ）</p><p>本文通告引用(Trackback)链接: /wp-trackback.php?p=1700</p>');
    expect(text).not.toContain('责任编辑');
    expect(text).not.toContain('Trackback');
    expect(text).toContain('也有人担心票价上涨');
    const early = zhText('<p>编辑：山石</p>', '');
    expect(early).toContain('编辑：山石');
    const english = articleText(
      `<p>Editor: the trains will be ordered this year, the minister told reporters on Monday.</p>${BODY}<p>Editor: Jane Doe</p><p>Trackback: https://blog.example/trackback/12</p>`,
    );
    expect(english).not.toContain('Editor: Jane Doe');
    expect(english).not.toContain('Trackback:');
    expect(english).toContain('Editor: the trains will be ordered');
  });

  it('drops related stories run together on one line, each with its date, and the label before them', () => {
    const related =
      '<p>相关新闻：</p><p>·地铁票价明年上调（2026-03-02 09:15AM） ·环城路桥梁维修封闭（2026-03-01 18:40PM） ·机场新增飞往里斯本的航线（2026-02-28 07:05AM）</p>';
    const timeline = '<p>2026年3月1日 签约 2026年3月2日 部长视察 2026年3月3日 工厂开工</p>';
    const text = zhText('', `${timeline}${related}`);
    expect(text).not.toContain('相关新闻');
    expect(text).not.toContain('环城路桥梁维修封闭');
    expect(text).toContain('2026年3月2日 部长视察');
    expect(text).toContain(STORY_ZH[3]);
  });

  it('drops a run of lines that each give a title, a name and a stamp, and keeps a schedule of times', () => {
    const followUps = [
      '新车什么时候到 小林 09:12:44 3/14/26 (12)',
      '票价会涨吗 [图] 老王 10:01:09 3/14/26 (无内容)',
      '支持 阿明 22:40:31 3/15/26 (3)',
    ]
      .map((line) => `<p>${line}</p>`)
      .join('');
    const schedule = ['开幕式 9:30', '部长讲话 10:00', '参观新车 11:15'].map((line) => `<p>${line}</p>`).join('');
    const text = zhText('', `${schedule}<p>本帖相关回复:</p>${followUps}`);
    expect(text).not.toContain('新车什么时候到');
    expect(text).not.toContain('阿明');
    expect(text).not.toContain('本帖相关回复');
    expect(text).toContain('部长讲话 10:00');
  });

  it('leaves the same runs alone inside a quote: an embedded post is story text', () => {
    const followUps = [
      '新车什么时候到 小林 09:12:44 3/14/26 (12)',
      '支持 阿明 22:40:31 3/15/26 (3)',
      '票价会涨吗 老王 10:01:09 3/14/26 (5)',
    ]
      .map((line) => `<p>${line}</p>`)
      .join('');
    const text = zhText('', `<blockquote>${followUps}</blockquote>`);
    expect(text).toContain('新车什么时候到');
    expect(text).toContain('阿明');
  });

  it("drops a blog's categories and archive with their counts after the story, and keeps such a list before prose", () => {
    const tail = [
      '<p>分类目录</p>',
      '<p>铁路 (14)</p>',
      '<p>公路交通 (9)</p>',
      '<p>2026年2月 (6)</p>',
      '<p>2026年1月 (11)</p>',
    ].join('');
    const fleet = ['<p>旧列车 (31)</p>', '<p>新列车 (40)</p>', '<p>备用车 (4)</p>'].join('');
    const text = zhText(fleet, tail);
    expect(text).not.toContain('公路交通 (9)');
    expect(text).not.toContain('2026年1月 (11)');
    expect(text).not.toContain('分类目录');
    expect(text).toContain('新列车 (40)');
    expect(text).toContain(STORY_ZH[3]);
  });

  it('drops a trail opened by its label ("当前位置：", "You are here:"), and keeps a credit line of links', () => {
    const trail = '<p>当前位置：<a href="/">首页</a>-&gt;<a href="/rail">铁路新闻</a></p>';
    const credit = '<p>记者：<a href="/a">张三</a> <a href="/b">李四</a></p>';
    const text = zhText(`${trail}${credit}`, '');
    expect(text).not.toContain('当前位置');
    expect(text).toContain('记者：张三 李四');
    expect(text).toContain(STORY_ZH[0]);
    const en = articleText(`<p>You are here: <a href="/">Home</a> » <a href="/rail">Rail</a></p>${BODY}`);
    expect(en).not.toContain('You are here');
    expect(en).toContain(PARAGRAPHS[0]);
  });

  it("drops a forum's note of who posted or edited the post, and keeps a sentence that says who gave a speech when", () => {
    const notes = ['本帖最后由 大卫 于 2026-1-12 16:12 编辑', '本贴由大卫于2005年8月12日16:12:21在〖铁路论坛〗发表.'];
    const sentence = '本文由记者于2026年1月12日在北京发表的演讲整理而成，内容有删节。';
    // Away from the text's edges, where a stamp goes anyway: a post quoted in another's reply.
    const after = [notes[0], notes[1], sentence, ...STORY_ZH].map((line) => `<p>${line}</p>`).join('');
    const text = zhText('', after);
    for (const note of notes) expect(text, note).not.toContain(note);
    expect(text).toContain(sentence);
    expect(text).toContain(STORY_ZH[3]);
  });

  it('drops the citation of where a reposted text was taken from, and keeps a closing sentence that quotes a source', () => {
    const citations = ['(摘自《铁路季刊》2026年第2期，原文约15，000字)', '“铁路论坛”网站搜集整理于2026-01-25'];
    const sentence = '摘自当年日记的这段话，后来被收入了中学课本。';
    const text = zhText('', `<p>${sentence}</p>${citations.map((line) => `<p>${line}</p>`).join('')}`);
    for (const citation of citations) expect(text, citation).not.toContain(citation);
    expect(text).toContain(sentence);
  });

  it('drops a heading that counts the comments when no prose follows it, with the lines under it', () => {
    const tail = '<h3>《地区将购买四十列新列车》已有2件评论</h3><p>小李</p><p>[作者简介] (个人情况保密)</p>';
    const text = zhText('', tail);
    expect(text).not.toContain('已有2件评论');
    expect(text).not.toContain('作者简介');
    expect(text).toContain(STORY_ZH[3]);
    const en = articleText(`${BODY}<h3>12 Comments</h3><p>Jane Doe</p>`);
    expect(en).not.toContain('12 Comments');
    expect(en).not.toContain('Jane Doe');
    // With prose under it, the count heads a text that may be the story's own.
    const more = '读者的意见主要集中在票价和车站位置上，铁路公司表示将在下个月举行听证会，听取各方意见。';
    const prose = zhText('', `<h3>《地区将购买四十列新列车》已有2件评论</h3><p>${more}</p>`);
    expect(prose).toContain(more);
  });

  it('drops a disclaimer under the story with the rules it heads, even letter-spaced, and keeps one that opens the text', () => {
    const rules = '<p>郑 重 声 明</p><p>1. 任何言论纯属作者个人观点；</p><p>2. 禁止发表恶意攻击他人的言论；</p>';
    const text = zhText('', rules);
    expect(text).not.toContain('郑 重 声 明');
    expect(text).not.toContain('禁止发表');
    expect(text).toContain(STORY_ZH[3]);
    const opening = zhText('<h2>免责声明</h2>', '');
    expect(opening).toMatch(/^免责声明$/mu);
  });

  it('drops a note on the author under the story, and keeps a section so headed that tells more', () => {
    const note = '【作者单位：铁路研究院、交通大学运输学院】';
    const text = zhText('', `<p>${note}</p>`);
    expect(text).not.toContain('作者单位');
    expect(text).toContain(STORY_ZH[3]);
    const section = zhText('', `<h2>作者简介</h2>${STORY_ZH.map((line) => `<p>${line}</p>`).join('')}`);
    expect(section).toContain('作者简介');
  });

  it("drops the writer's signature closing the story with the address of the writer's site, and keeps a credit alone", () => {
    const signature = '<p>文：眉间尺</p><p>我的博客 眉间尺梦蝶 http://blog.example.cn/user9/index.html</p>';
    const text = zhText('', signature);
    expect(text).not.toContain('文：眉间尺');
    expect(text).not.toContain('我的博客');
    expect(text).toContain(STORY_ZH[3]);
    expect(zhText('', '<p>文：眉间尺</p>')).toContain('文：眉间尺');
    // An address the story closes on alone is the writer's pointer to more.
    expect(zhText('', '<p>我的博客 眉间尺梦蝶 http://blog.example.cn/user9/index.html</p>')).toContain('我的博客');
  });

  it('keeps once a headline said twice before the story, and keeps figures a table repeats', () => {
    const headline = '社会资本、人力资本与铁路职工的再就业';
    const text = zhText(`<p>${headline}</p><p>${headline}</p>`, '');
    expect(text.split(headline).length - 1).toBe(1);
    expect(text).toContain(STORY_ZH[0]);
  });

  it('drops a breadcrumb of one-word links over the story, and keeps a list of linked words among unlinked ones', () => {
    const crumbs =
      '<ul><li><a href="/">Example</a></li><li><a href="/news">News</a></li><li><a href="/news/rail">Rail</a></li></ul>';
    const ownList = '<ul><li><a href="/wiki/Lisbon">Lisbon</a></li><li>Porto</li><li>Faro</li></ul>';
    const text = articleText(`${crumbs}${BODY}${ownList}<p>${PARAGRAPHS[0]}</p>`);
    expect(text).not.toMatch(/^News$/mu);
    expect(text).not.toMatch(/^Rail$/mu);
    expect(text).toMatch(/^Lisbon$/mu);
    expect(text).toMatch(/^Porto$/mu);
    expect(text).toContain(PARAGRAPHS[3]);
  });
  it('drops a teaser for another story set in emphasis between paragraphs, and keeps a sentence in italics that ends in a link', () => {
    const teaser =
      '<p><em>Old depots under review: <a href="https://news.example/depots">what the unions want</a></em></p>';
    const quoted =
      '<p><em>The full order is listed in <a href="https://news.example/order">the ministry\'s notice</a>.</em></p>';
    const text = articleText(
      `<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>${teaser}<p>${PARAGRAPHS[2]}</p>${quoted}<p>${PARAGRAPHS[3]}</p>`,
    );
    expect(text).not.toContain('Old depots under review');
    expect(text).not.toContain('what the unions want');
    expect(text).toContain("The full order is listed in the ministry's notice.");
    const pointer =
      '<p><strong>The ministry asked riders for their views. <a href="https://survey.example/">See the survey</a></strong></p>';
    expect(articleText(`${BODY}${pointer}<p>${PARAGRAPHS[0]} Again.</p>`)).toContain(
      'The ministry asked riders for their views. See the survey',
    );
    expect(text).toContain(PARAGRAPHS[3]);
  });
});

describe('publication stamps', () => {
  it("reads a date under its publication label as the story's own date, and no edit's stamp or named post", () => {
    expect(isPublicationStamp('Published: December 29, 2007')).toBe(true);
    expect(isPublicationStamp('Posted : Mon, 31 Dec 2007 16:00:00 GMT')).toBe(true);
    expect(isPublicationStamp('Published: December 31 2007 00:29 | Last updated: December 31 2007 00:29')).toBe(true);
    expect(isPublicationStamp('December 29, 2007')).toBe(false);
    expect(isPublicationStamp('Updated 11:40 AM ET, March 4, 2025')).toBe(false);
    expect(isPublicationStamp('Posted by Sam on June 5, 2012')).toBe(false);
    expect(isPublicationStamp('Posted at 02:44 PM ET')).toBe(false);
  });
});

describe('date stamps in other languages', () => {
  it('reads their months, weekdays, clock words and joining words, and no sentence or bare date', () => {
    for (const stamp of [
      'Aktualisiert am 12.05.2021 um 10:32 Uhr',
      'Veröffentlicht am Mittwoch, 12. Mai 2021',
      'Mis à jour le 12 mai 2021 à 10h32',
      'Publié le mardi 3 mars 2021',
      'Actualizado el 3 de marzo de 2021 a las 10:32',
      'Atualizado em 3 de março de 2021 às 10h32',
      'Pubblicato il 3 marzo 2021 alle 10:32',
    ]) {
      expect(isDateStamp(stamp), stamp).toBe(true);
    }
    for (const line of [
      '12. Mai 2021',
      'El 3 de marzo de 2021 el gobierno de España aprobó la ley.',
      'Die Regierung hat am 12. Mai 2021 um 10 Uhr entschieden.',
      'De 2019 a 2021',
      '3 de marzo de 2021',
      'martes, 3 de marzo de 2021',
    ]) {
      expect(isDateStamp(line), line).toBe(false);
    }
  });

  it('reads a date whose parts are joined by words as a bare date, as an English one is', () => {
    for (const date of ['3 de marzo de 2021', 'martes, 3 de marzo de 2021', '3 de março de 2021', '12. Mai 2021']) {
      expect(isBareDate(date), date).toBe(true);
    }
    for (const line of ['De 2019 a 2021', '3 de marzo de', 'de marzo de 2021', 'Actualizado el 3 de marzo de 2021']) {
      expect(isBareDate(line), line).toBe(false);
    }
  });

  it("reads a date under its publication label as the story's own date, and no edit's stamp", () => {
    expect(isPublicationStamp('Veröffentlicht am 12.05.2021')).toBe(true);
    expect(isPublicationStamp('Publié le 12 mai 2021')).toBe(true);
    expect(isPublicationStamp('Publicado el 3 de marzo de 2021')).toBe(true);
    expect(isPublicationStamp('Publicado em 3 de março de 2021')).toBe(true);
    expect(isPublicationStamp('Aktualisiert am 12.05.2021 um 10:32 Uhr')).toBe(false);
    expect(isPublicationStamp('Actualizado el 3 de marzo de 2021')).toBe(false);
  });

  it('reads the words that join the date to its time alike in every language', () => {
    for (const stamp of [
      'Publié le 12 mai 2021 à 10h32',
      'Publicado el 3 de marzo de 2021 a las 10:32',
      'Publicado em 3 de março de 2021 às 10h32',
      'Published on March 5, 2021 at 10:27 am',
      'Veröffentlicht am 12.05.2021 um 10:32 Uhr',
    ]) {
      expect(isPublicationStamp(stamp), stamp).toBe(true);
    }
    expect(isPublicationStamp('Posted at 02:44 PM ET')).toBe(false);
    expect(isPublicationStamp('Published on March 5, 2021 at the depot')).toBe(false);
  });
});

describe('stamps that name their writer', () => {
  it('reads a post or edit stamp with a byline in it, and no byline with a bare date or sentence', () => {
    for (const stamp of [
      'Posted by Jane Doe at 10:32 AM',
      'Posted by Marty Baron on March 25, 2013 at 7:05 am',
      'Updated 10:32 AM ET by Sam Lee',
      'Posted 3 hours ago by Sam Lee',
      'Veröffentlicht von Anna Müller am 12.05.2021',
    ]) {
      expect(isBylinedStamp(stamp), stamp).toBe(true);
    }
    for (const line of [
      'By Sam Lee, March 5, 2013',
      'By Sam Lee',
      'Posted by the ministry on Monday, the plan was approved by the council.',
      'Published by Penguin in 2019.',
      'Posted by Jane Doe in News, Trains',
    ]) {
      expect(isBylinedStamp(line), line).toBe(false);
    }
  });

  it("drops a post's footer stamp under the story, and keeps the story", () => {
    const text = articleText(`${BODY}<div class="post-footer"><p>Posted by Jane Doe at 10:32 AM</p></div>`);
    expect(text).not.toContain('Posted by Jane Doe');
    expect(text).toContain(PARAGRAPHS[3]);
  });
});

describe('story cards under the story', () => {
  const card = (index: number) =>
    `<td><div><img src="/p${index}.jpg"><p>The council of town ${index} met on Tuesday to discuss the budget of the coming year and the new roads, and then the...</p>` +
    `<p><a href="/story/${index}">See more</a></p><p>03/05/2022 Region</p>` +
    `<p><a href="/story/${index}">Council of town ${index} discusses its budget</a></p></div></td>`;
  const grid = (rows: number) =>
    `<table><tbody>${Array.from({ length: rows }, (_, row) => `<tr>${[0, 1, 2, 3].map((col) => card(row * 4 + col)).join('')}</tr>`).join('')}</tbody></table>`;

  it('drops a grid of cards that link their story twice, however much they say beside the story', () => {
    const more = [
      'The operator said the new trains would cut the journey between the two towns by a quarter of an hour.',
      'Passengers will find more seats, wider doors and room for bicycles in every carriage of the new fleet.',
    ];
    const text = articleText(`${BODY}${more.map((line) => `<p>${line}</p>`).join('')}${grid(4)}`);
    for (const paragraph of [...PARAGRAPHS, ...more]) expect(text).toContain(paragraph);
    expect(text).not.toContain('The council of town');
    expect(text).not.toContain('03/05/2022 Region');
  });

  it("keeps an article's own list that links each entry once", () => {
    const entries = [0, 1, 2, 3]
      .map(
        (index) =>
          `<li>The council of town ${index} met on Tuesday to discuss the budget of the coming year and the new roads. <a href="/budget/${index}">Read the budget of town ${index}</a></li>`,
      )
      .join('');
    const text = articleText(`${BODY}<ul>${entries}</ul>`);
    expect(text).toContain('The council of town 3 met on Tuesday');
  });
});

describe('tables of links after the story', () => {
  const lines = [
    'North Line',
    'South Line',
    'Harbour Line',
    'Airport Express',
    'Valley Line',
    'Coast Line',
    'Lake Line',
  ];
  const former = ['Old Mill Line (closed in 1998 after the bridge failed)', 'Quarry Line (closed in 2004)'];
  const linked = (name: string) =>
    `<a href="https://news.example/lines/${name.split(' ')[0]!.toLowerCase()}">${name}</a>`;
  const formerEntry = (entry: string) => {
    const [name, rest] = entry.split(' (');
    return `${linked(name!)} (${rest}`;
  };
  const navigation = `<table><tr><th>Regional rail</th></tr><tr><th>Lines</th><td><ul>${lines
    .map((name) => `<li>${linked(name)}</li>`)
    .join('')}</ul></td></tr><tr><th>Former</th><td><ul>${former
    .map((entry) => `<li>${formerEntry(entry)}</li>`)
    .join('')}</ul></td></tr><tr><th>See</th><td>${linked('Timetables')} ${linked('Fares')}</td></tr></table>`;

  it('drops a table whose links hold most of its letters, entries with words beside their link too', () => {
    const text = articleText(`${BODY}${navigation}`);
    expect(text).toContain(PARAGRAPHS[3]);
    for (const entry of former) expect(text, entry).not.toContain(entry);
    expect(text).not.toContain('Regional rail');
  });

  it('keeps such a table before the story ends, and a table of few links after it', () => {
    const closing = 'The operator will publish the new timetable in the autumn, once the unions have agreed to it.';
    const before = articleText(`${BODY}${navigation}<p>${closing}</p>`);
    expect(before).toContain(former[0]);
    const fares = `<table><tr><th>Line</th><th>Fare</th></tr><tr><td>${linked('North Line')}</td><td>4.20 euros a single ticket</td></tr><tr><td>Old Mill Line (closed in 1998 after the bridge failed)</td><td>none</td></tr></table>`;
    expect(articleText(`${BODY}${fares}`)).toContain(former[0]);
  });
});

describe('a press contact closing the text', () => {
  it('drops the label and the short lines under it when one of them gives a way to reach the person', () => {
    const contact = [
      'For further information, contact:',
      'Bill Burtis, Communications Manager',
      'press@rail.example',
      '1-603-502-8164, cell',
    ];
    const text = articleText(`${BODY}${contact.map((line) => `<p>${line}</p>`).join('')}`);
    for (const line of contact) expect(text, line).not.toContain(line);
    expect(text).toContain(PARAGRAPHS[3]);
    const presse = articleText(`${BODY}<p>Pressekontakt:</p><p>Anna Müller</p><p>Tel. +49 30 1234567</p>`);
    expect(presse).not.toContain('Anna Müller');
  });

  it('keeps a contact label with prose under it, or with no address or number', () => {
    const prose = 'Readers who took the old trains can write to the operator, which promises to answer every letter.';
    expect(articleText(`${BODY}<p>Contact:</p><p>${prose}</p><p>press@rail.example</p>`)).toContain(prose);
    expect(articleText(`${BODY}<p>Media contact</p><p>Bill Burtis</p>`)).toContain('Bill Burtis');
  });
});

describe('phrase tables as regex alternations', () => {
  const table = { en: ['see also', 'read more'], zh: ['相关阅读'] };

  it('lists every phrase of every language, in table order', () => {
    expect(phrasesOf(table)).toEqual(['see also', 'read more', '相关阅读']);
  });

  it('joins the phrases as they stand unless a writer is given', () => {
    expect(alternationOf(table)).toBe('see also|read more|相关阅读');
    expect(alternationOf({ en: ['fot.', '(c)'] }, escapeRegExp)).toBe('fot\\.|\\(c\\)');
  });

  it('takes a plain list as well as a table', () => {
    expect(alternationOf(['a.b', 'c'], escapeRegExp)).toBe('a\\.b|c');
  });
});
