import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/fixtures/load';
import { analyzePage } from '../analyze';
import { findArticleHeader, isDatedByline } from './article-header';
import { collectBlocks, type TextBlock } from './blocks';
import { extractArticle } from './extract';

const sanitizeWith = new JSDOM('').window as never;

const STORY = [
  'The harbour authority approved the new ferry terminal on Tuesday after two years of hearings and objections from residents.',
  'Construction starts in the spring and the terminal should open to passengers by the summer of 2028, the authority said.',
  'Residents of the old quay had asked for a noise study, which the authority agreed to publish before work begins there.',
  'The terminal will serve four routes to the islands and replace the wooden pier that has stood at the quay since 1962.',
  'Local shops welcomed the decision, saying the current pier turns away visitors whenever the wind blows from the west.',
  'The ferry company said it would add a night crossing once the terminal opens, which the islands have asked for since 2019.',
  'Two councillors voted against the plan, arguing that the cost had doubled since the first estimate was published in 2022.',
  'The authority said the extra cost came from a deeper foundation needed after the survey found soft clay under the quay.',
  'A public meeting on the building works is planned for next month at the town hall, where the contractors will answer questions.',
  'The old pier will be kept as a fishing platform, the authority said, after a petition signed by more than 3,000 people.',
]
  .map((line) => `<p>${line}</p>`)
  .join('');

const TITLE = 'Harbour authority approves new ferry terminal | The Coast Gazette';

/** A page whose story-top holds `header`, and `between` sits between it and the story's body. */
const page = (header: string, title = TITLE, between = '') =>
  parseHtml(
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
      <div class="story-top">${header}</div>${between}
      <div class="story-body">${STORY}</div>
      <footer>© The Coast Gazette</footer>
    </body></html>`,
    'https://coast.example/news/ferry',
  ).document;

const HEADER = `
  <h1>Harbour authority approves new ferry terminal</h1>
  <figure><img src="/quay.jpg"><figcaption>Photo: Jane Roe</figcaption></figure>
  <div class="meta"><span>By Sam Lee</span></div>
  <div class="date">March 4, 2025 10:12 AM</div>
  <div class="tags">Posted in:</div>
  <ul class="share"><li><a href="/s/fb">Facebook</a></li><li><a href="/s/x">X</a></li><li><a href="/s/mail">Email</a></li></ul>`;

/** The header found for the story of `page(header)`, its story being the blocks of .story-body. */
function headerOf(header: string, title = TITLE, between = ''): string[] {
  const document = page(header, title, between);
  const story = collectBlocks(document.querySelector('.story-body')!);
  const isChrome = (element: Element) => !!element.closest('nav, footer');
  return findArticleHeader(document.body, story, { titles: [title], isChrome }).map((block) => block.text);
}

/**
 * The header found for a story whose top holds `top` before the story's paragraphs, when the
 * isolated text lacks the lines of `dropped` (by default its headings and its byline, as
 * Readability drops them) and holds the rest; `before` sits before the story's container.
 */
function headerInside(top: string, dropped?: string[], title = TITLE, before = ''): string[] {
  const { document } = parseHtml(
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${before}
      <div class="story">${top}${STORY}</div></body></html>`,
    'https://coast.example/news/ferry',
  );
  const blocks = collectBlocks(document.querySelector('.story')!);
  const lacks = (block: TextBlock) =>
    dropped ? dropped.includes(block.text) : /^H\d$/u.test(block.element.tagName) || block.text.startsWith('By ');
  const story = blocks.filter((block) => !lacks(block));
  const read = new Set(story.map((block) => block.text));
  return findArticleHeader(document.body, story, { titles: [title], isChrome: () => false, read }).map(
    (block) => block.text,
  );
}

describe('article header', () => {
  it('puts the headline, byline and date that Readability left beside the story before it', () => {
    const article = extractArticle(page(HEADER), { sanitizeWith });
    const lines = article!.text.split('\n\n');
    expect(lines.slice(0, 4)).toEqual([
      'Harbour authority approves new ferry terminal',
      'By Sam Lee',
      'March 4, 2025 10:12 AM',
      expect.stringContaining('The harbour authority approved'),
    ]);
    for (const chrome of ['Photo: Jane Roe', 'Posted in', 'Facebook', 'Email', 'Home']) {
      expect(article!.text, chrome).not.toContain(chrome);
    }
    expect(article!.html).toMatch(/^<h1>Harbour authority approves new ferry terminal<\/h1><p>By Sam Lee<\/p>/u);
  });

  it('leaves out a header line built around a "click here" link, and keeps the byline beside it', () => {
    const header = headerOf(
      `<h1>Harbour authority approves new ferry terminal</h1><div>By Sam Lee</div>` +
        `<div><b>News Alerts</b> by Email <a href="/alerts">click here</a> )</div>`,
    );
    expect(header).toEqual(['Harbour authority approves new ferry terminal', 'By Sam Lee']);
  });

  it("leaves out the site's address line over the story, alone or after the site's name, and keeps the byline", () => {
    for (const site of ['www.coast.example', 'The Coast Gazette online www.coast.example']) {
      const header = headerOf(
        `<h1>Harbour authority approves new ferry terminal</h1><div>${site}</div><div>By Sam Lee</div>`,
      );
      expect(header, site).toEqual(['Harbour authority approves new ferry terminal', 'By Sam Lee']);
    }
  });

  it('leaves out a caption under the headline that closes on its credit, its picture set by style, and keeps the byline', () => {
    for (const caption of [
      'The old pier at dusk /domena publiczna',
      'The old pier at dusk / dominio público',
      'The old pier at dusk, photo: Jane Roe',
    ]) {
      const header = headerOf(
        `<h1>Harbour authority approves new ferry terminal</h1><div class="photo-title">${caption}</div><div>By Sam Lee</div>`,
      );
      expect(header, caption).toEqual(['Harbour authority approves new ferry terminal', 'By Sam Lee']);
    }
    // A slash before a capitalised name is a credit only beside a picture.
    const header = headerOf(
      `<h1>Harbour authority approves new ferry terminal</h1><div>Coast / Islands</div><div>By Sam Lee</div>`,
    );
    expect(header).toContain('Coast / Islands');
  });

  it("leaves out a read-aloud player's label and a loading placeholder over the story, and keeps the byline", () => {
    for (const line of ['Listen to this article', "Durée de l'audio 4:22", 'Loading...']) {
      const header = headerOf(
        `<h1>Harbour authority approves new ferry terminal</h1><div>By Sam Lee</div><div>${line}</div>`,
      );
      expect(header, line).toEqual(['Harbour authority approves new ferry terminal', 'By Sam Lee']);
    }
  });

  it('says where the story starts, and claims come from the story, anchored in the whole text', () => {
    const headline = 'Harbour authority said on Tuesday it will open the terminal by 2028';
    const document = page(`<h1>${headline}</h1>`, headline);
    const analysis = analyzePage(document, 'https://coast.example/news/ferry');
    const { text, storyStart } = analysis.article!;
    expect(text.slice(0, storyStart)).toBe(`${headline}\n\n`);
    expect(analysis.claims.length).toBeGreaterThan(0);
    for (const claim of analysis.claims) {
      expect(claim.text).not.toBe(headline);
      expect(claim.anchor.start).toBeGreaterThanOrEqual(storyStart);
      expect(text.slice(claim.anchor.start, claim.anchor.end)).toBe(claim.anchor.exact);
    }
    const withoutHeader = analyzePage(page('', headline), 'https://coast.example/news/ferry');
    expect(withoutHeader.article!.storyStart).toBe(0);
    expect(analysis.claims.map((claim) => claim.id)).toEqual(withoutHeader.claims.map((claim) => claim.id));
  });

  it('takes the byline and date right above the story when a feed of teasers parts it from its headline', () => {
    const teasers = Array.from(
      { length: 12 },
      (_, n) =>
        `<div><a href="/t${n}">Council opens the new library wing after ${n + 2} years of delays</a></div><div>${n + 1} hours ago</div>`,
    ).join('');
    const top = (meta: string) => `<h1>Harbour authority approves new ferry terminal</h1>${teasers}${meta}`;
    expect(
      headerOf(
        top('<div class="byline">By Sam Lee</div><div class="date">March 4, 2025 10:12 AM</div><div>Shares</div>'),
      ),
    ).toEqual(['By Sam Lee', 'March 4, 2025 10:12 AM']);
    // No byline, no date, or a line that says more between them and the story: nothing is taken.
    expect(headerOf(top('<div class="date">March 4, 2025 10:12 AM</div><div>Shares</div>'))).toEqual([]);
    expect(headerOf(top('<div class="byline">By Sam Lee</div><div>Shares</div>'))).toEqual([]);
    expect(
      headerOf(
        top(
          '<div class="byline">By Sam Lee</div><div class="date">March 4, 2025</div><div>Sign up for our morning newsletter today</div>',
        ),
      ),
    ).toEqual([]);
  });

  it('puts back the headline Readability dropped from the story as a repeat of the title', () => {
    const standfirst = 'Work on the quay begins in the spring, two years after the first plans were drawn up';
    const header = `<h1>Harbour authority approves new ferry terminal</h1><div class="standfirst">${standfirst}</div>`;
    const lines = extractArticle(page(header), {})!.text.split('\n\n');
    expect(lines.slice(0, 2)).toEqual(['Harbour authority approves new ferry terminal', standfirst]);
  });

  it('leaves out the labels of controls set in list items beside the date, and keeps the date', () => {
    const controls =
      '<ul><li><button data-action="less"><span>Smaller text</span></button></li><li><button data-action="more"><span>Larger text</span></button></li></ul>';
    const header = `<h1>Harbour authority approves new ferry terminal</h1><div class="date">March 4, 2025 10:12 AM</div>${controls}`;
    const text = extractArticle(page(header), {})!.text;
    expect(text).toContain('March 4, 2025 10:12 AM');
    expect(text).not.toContain('Smaller text');
    expect(text).not.toContain('Larger text');
  });

  it('takes nothing when the story opens with its headline', () => {
    const body = `<div class="story-body"><h1>Harbour authority approves new ferry terminal</h1>${STORY}</div>`;
    const { document } = parseHtml(
      `<!doctype html><html lang="en"><head><title>Harbour authority approves new ferry terminal</title></head><body>
        <div><h2>Harbour authority approves new ferry terminal</h2><div>Sam Lee, March 4</div></div>${body}</body></html>`,
      'https://coast.example/news/ferry',
    );
    const text = extractArticle(document, {})!.text;
    expect(text).not.toContain('Sam Lee');
  });

  it("reads past one long line between the headline and the story (an author's bio in a dropdown), not past two", () => {
    const bio =
      'Sam Lee covers transport and the harbour for the Gazette and has written about the islands and their ferries for twelve years, ' +
      'after working as a deckhand on the night crossing and as a clerk in the harbour office, where he learnt how the timetables are made ' +
      'and why they change every spring, which he still explains to readers who write in about missed connections and the price of tickets.';
    const header = (bios: number) =>
      `<h1>Harbour authority approves new ferry terminal</h1><div class="byline">By Sam Lee</div>${`<div class="bio"><p>${bio}</p></div>`.repeat(bios)}<div class="date">March 4, 2025 10:12 AM</div>`;
    expect(headerOf(header(1))).toEqual([
      'Harbour authority approves new ferry terminal',
      'By Sam Lee',
      'March 4, 2025 10:12 AM',
    ]);
    expect(headerOf(header(2))).toEqual([]);
  });

  it('takes the bare date right above a headline the story opens with, past a control or two, and no stamp', () => {
    const story = (above: string) => {
      const { document } = parseHtml(
        `<!doctype html><html lang="en"><head><title>Harbour authority approves new ferry terminal</title></head><body>
          <div class="heading">${above}<ul class="tools"><li><a href="/print">Print</a></li><li>Text</li></ul></div>
          <div class="story-body"><h1>Harbour authority approves new ferry terminal</h1>${STORY}</div></body></html>`,
        'https://coast.example/news/ferry',
      );
      return extractArticle(document, {})!.text.split('\n\n');
    };
    expect(story('<div class="date">July 24, 2012 11:25 AM</div>').slice(0, 2)).toEqual([
      'July 24, 2012 11:25 AM',
      'Harbour authority approves new ferry terminal',
    ]);
    expect(story('<div class="date">Updated July 24, 2012 11:25 AM</div>')[0]).toBe(
      'Harbour authority approves new ferry terminal',
    );
    expect(story('<div class="date">Posted : Tue, 24 Jul 2012 11:25:00 GMT</div>').slice(0, 2)).toEqual([
      'Posted : Tue, 24 Jul 2012 11:25:00 GMT',
      'Harbour authority approves new ferry terminal',
    ]);
    expect(story('<div class="date">Veröffentlicht am 24. Juli 2012</div>').slice(0, 2)).toEqual([
      'Veröffentlicht am 24. Juli 2012',
      'Harbour authority approves new ferry terminal',
    ]);
    expect(story('<div class="date">Publicado el 24 de julio de 2012</div>').slice(0, 2)).toEqual([
      'Publicado el 24 de julio de 2012',
      'Harbour authority approves new ferry terminal',
    ]);
    expect(story('<div class="date">Mis à jour le 24 juillet 2012 à 11h25</div>')[0]).toBe(
      'Harbour authority approves new ferry terminal',
    );
    expect(story('<div class="date">July 24, 2012 11:25 AM</div><p>More from the Gazette</p>')[0]).toBe(
      'Harbour authority approves new ferry terminal',
    );
  });

  it('takes the byline Readability took out from under the headline the story opens with, and its date', () => {
    const below = (meta: string, byline: string | null) => {
      const { document } = parseHtml(
        `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body>
          <div class="story"><h1>Harbour authority approves new ferry terminal</h1>${meta}${STORY}</div></body></html>`,
        'https://coast.example/news/ferry',
      );
      const story = collectBlocks(document.querySelector('.story')!).filter(
        (block) => block.element.tagName === 'H1' || block.element.tagName === 'P',
      );
      const read = new Set(story.map((block) => block.text));
      return findArticleHeader(document.body, story, { titles: [TITLE], isChrome: () => false, read, byline }).map(
        (block) => block.text,
      );
    };
    expect(below('<div class="byline">By Sam Lee</div><div class="date">March 4, 2025</div>', null)).toEqual([
      'Harbour authority approves new ferry terminal',
      'By Sam Lee',
      'March 4, 2025',
    ]);
    // A name alone is a byline when Readability read it as one.
    expect(below('<h4 class="author"><a href="#">Sam Lee</a></h4>', ' Sam  Lee ')).toEqual([
      'Harbour authority approves new ferry terminal',
      'Sam Lee',
    ]);
    expect(below('<h4 class="author"><a href="#">Sam Lee</a></h4>', null)).toEqual([]);
    expect(below('<div class="date">March 4, 2025</div>', null)).toEqual([]);
    // The date under its publication label goes with the byline as a bare date does, and not alone.
    const published = '<div class="date">Published: March 4, 2025 10:12</div>';
    expect(below(`<div class="byline">By Sam Lee</div>${published}`, null)).toEqual([
      'Harbour authority approves new ferry terminal',
      'By Sam Lee',
      'Published: March 4, 2025 10:12',
    ]);
    expect(below(published, null)).toEqual([]);
    // A date line that ends in a control's link gives its date, without the control.
    const follow = '<div class="date">March 4, 2025 10:12 AM <a href="/follow">Follow @samlee</a></div>';
    expect(below(`<div class="byline">By Sam Lee</div>${follow}`, null)).toEqual([
      'Harbour authority approves new ferry terminal',
      'By Sam Lee',
      'March 4, 2025 10:12 AM',
    ]);
    // A link that says more, a second link, or more than a date before it: no date line.
    for (const meta of [
      '<div class="date">March 4, 2025 <a href="/more">Read more stories by our writer</a></div>',
      '<div class="date"><a href="/archive">March 4</a>, 2025 <a href="/follow">Follow @samlee</a></div>',
      '<div class="date">Posted March 4, 2025 <a href="/follow">Follow @samlee</a></div>',
    ]) {
      expect(below(`<div class="byline">By Sam Lee</div>${meta}`, null)).toEqual([
        'Harbour authority approves new ferry terminal',
        'By Sam Lee',
      ]);
    }
  });

  it("reads the name Readability took for the byline as the header's line, though it links to the author's card", () => {
    const { document } = parseHtml(
      `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body>
        <div class="story-top"><h1>Harbour authority approves new ferry terminal</h1>
        <h4 class="author"><a href="#">Sam Lee</a></h4></div><div class="story-body">${STORY}</div></body></html>`,
      'https://coast.example/news/ferry',
    );
    const story = collectBlocks(document.querySelector('.story-body')!);
    const header = (byline: string | null) =>
      findArticleHeader(document.body, story, { titles: [TITLE], isChrome: () => false, byline }).map(
        (block) => block.text,
      );
    expect(header('Sam Lee')).toEqual(['Harbour authority approves new ferry terminal', 'Sam Lee']);
    expect(header(null)).toEqual(['Harbour authority approves new ferry terminal']);
  });

  it('takes a dateline (the date, then the byline, on one line) right above the headline as the date is taken', () => {
    const story = (above: string) => {
      const { document } = parseHtml(
        `<!doctype html><html lang="en"><head><title>Harbour authority approves new ferry terminal</title></head><body>
          <p class="byline">${above}</p>
          <div class="story-body"><h1>Harbour authority approves new ferry terminal</h1>${STORY}</div></body></html>`,
        'https://coast.example/news/ferry',
      );
      return extractArticle(document, {})!.text.split('\n\n')[0];
    };
    expect(story('<time>August 30, 2018</time> <span>12:00pm PT by <span>Rick Porter</span></span>')).toBe(
      'August 30, 2018 12:00pm PT by Rick Porter',
    );
    // A line that says more than a date and a name is no dateline.
    expect(story('August 30, 2018 by the council, which met twice.')).toBe(
      'Harbour authority approves new ferry terminal',
    );
  });

  it('takes a dateline under its publication label from a row of controls under the headline', () => {
    const tools = (posted: string) =>
      `<h1>Harbour authority approves new ferry terminal</h1><ul class="tools"><li>${posted}</li>` +
      '<li><a href="javascript:print()">Print »</a></li><li><a href="mailto:?subject=Ferry">Email »</a></li></ul>';
    expect(headerOf(tools('Posted on March 4, 2025 at 10:12am by <a href="/author/sam">Sam Lee</a>'))).toEqual([
      'Harbour authority approves new ferry terminal',
      'Posted on March 4, 2025 at 10:12am by Sam Lee',
    ]);
    // An edit's stamp before the byline dates the edit, not the story.
    expect(isDatedByline('Posted on March 4, 2025 at 10:12am by Sam Lee')).toBe(true);
    expect(isDatedByline('Updated March 4, 2025 by Sam Lee')).toBe(false);
  });

  it('takes a byline written on two lines, its word on the first, though its name is all link', () => {
    const meta = (by: string) =>
      `<h1>Harbour authority approves new ferry terminal</h1><dl class="meta"><dt>${by}</dt><dd><a href="/people/sam-lee">Sam Lee</a></dd>` +
      '<dt>Topics</dt><dd><a href="/topics/harbour">Harbour</a></dd></dl>';
    expect(headerOf(meta('By'))).toEqual(['Harbour authority approves new ferry terminal', 'By', 'Sam Lee']);
    // A term that is no byline's word leaves the linked name out, as a row of links.
    expect(headerOf(meta('Filed'))).toEqual(['Harbour authority approves new ferry terminal']);
  });

  it('takes the byline set under a standfirst the story opens with, the standfirst with it', () => {
    const standfirst = 'Work on the quay begins in the spring, two years after the first plans were drawn up';
    const top = (meta: string) =>
      parseHtml(
        `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body>
          <header><h1>Harbour authority approves new ferry terminal</h1><p>${standfirst}</p></header>
          ${meta}<div class="story-body">${STORY}</div></body></html>`,
        'https://coast.example/news/ferry',
      ).document;
    const header = (meta: string) => {
      const document = top(meta);
      const story = [
        ...collectBlocks(document.querySelector('header')!).slice(1),
        ...collectBlocks(document.querySelector('.story-body')!),
      ];
      return findArticleHeader(document.body, story, { titles: [TITLE], isChrome: () => false }).map(
        (block) => block.text,
      );
    };
    expect(header('<div class="author"><a href="/people/sam-lee">by Sam Lee</a></div>')).toEqual([
      'Harbour authority approves new ferry terminal',
      standfirst,
      'by Sam Lee',
    ]);
    expect(header('<div class="note">Read the plans online</div>')).toEqual([
      'Harbour authority approves new ferry terminal',
    ]);
  });

  it('reads back from the story to a heading that says what the title says', () => {
    // A stamp of an edit goes, as it does at the story's own edge.
    const updated = '<div class="updated">Updated 11:40 AM ET, March 4, 2025</div>';
    expect(headerOf(HEADER + updated)).toEqual([
      'Harbour authority approves new ferry terminal',
      'By Sam Lee',
      'March 4, 2025 10:12 AM',
    ]);
    // The story's own date under its publication label is the header's, as a bare date is.
    const published = '<div class="updated">Published: March 4, 2025 10:12 | Last updated: March 4, 2025 11:40</div>';
    expect(headerOf(HEADER.replace('<div class="date">March 4, 2025 10:12 AM</div>', published))).toEqual([
      'Harbour authority approves new ferry terminal',
      'By Sam Lee',
      'Published: March 4, 2025 10:12 | Last updated: March 4, 2025 11:40',
    ]);
    // A date written in figures is no counter, and a date in a row of short items is no control.
    const row =
      '<h1>Harbour authority approves new ferry terminal</h1><div class="meta"><span>By Sam Lee</span></div>' +
      '<ul class="info"><li><div class="date">4 March 2025</div></li><li><a href="/uk">UK</a></li><li><a href="/eu">Europe</a></li></ul>';
    expect(headerOf(row)).toEqual(['Harbour authority approves new ferry terminal', 'By Sam Lee', '4 March 2025']);
    const figures = '<div class="date">2025-03-04 10:12:00</div>';
    expect(headerOf(HEADER.replace('<div class="date">March 4, 2025 10:12 AM</div>', figures))).toEqual([
      'Harbour authority approves new ferry terminal',
      'By Sam Lee',
      '2025-03-04 10:12:00',
    ]);
    // A headline with a kicker, a title with the site's name: most words are shared.
    expect(headerOf('<h1>Exclusive: harbour authority approves new ferry terminal</h1><div>By Sam Lee</div>')).toEqual([
      'Exclusive: harbour authority approves new ferry terminal',
      'By Sam Lee',
    ]);
  });

  it("takes an old page's headline set in a styled div when the title holds its words", () => {
    const header =
      '<div class="hed">Harbour authority approves new ferry terminal</div><div class="by">By Sam Lee</div>';
    expect(headerOf(header, 'Coast Gazette - Harbour authority approves new ferry terminal')).toEqual([
      'Harbour authority approves new ferry terminal',
      'By Sam Lee',
    ]);
    // A short label the title holds by chance is no headline.
    expect(headerOf('<div>Ferry terminal</div><div>By Sam Lee</div>')).toEqual([]);
  });

  it('reads a first line that closes on a colon as a label, not the headline, and takes the headline above it', () => {
    const { document } = parseHtml(
      `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body>
        <h1>Harbour authority approves new ferry terminal</h1><div class="by">By Sam Lee</div>
        <div class="story-body"><p>Harbour authority approves new ferry terminal:</p><p>Four routes</p>${STORY}</div>
      </body></html>`,
      'https://coast.example/news/ferry',
    );
    const story = collectBlocks(document.querySelector('.story-body')!);
    const header = findArticleHeader(document.body, story, { titles: [TITLE], isChrome: () => false });
    expect(header.map((block) => block.text)).toEqual(['Harbour authority approves new ferry terminal', 'By Sam Lee']);
  });

  it("keeps a byline whose name links to the author's page, and leaves out the author's other links", () => {
    const headline = '<h1>Harbour authority approves new ferry terminal</h1>';
    const linked = (byline: string) =>
      headerOf(
        `${headline}<div class="byline">${byline}</div><div class="handle"><a href="/x/samlee">@samlee</a></div>`,
      );
    expect(linked('By <a href="/staff/sam-lee">SAM LEE</a>')).toEqual([
      'Harbour authority approves new ferry terminal',
      'By SAM LEE',
    ]);
    expect(linked('<a href="/staff/sam-lee">by Sam Lee</a>')).toEqual([
      'Harbour authority approves new ferry terminal',
      'by Sam Lee',
    ]);
    expect(linked('Von <a href="/autor/sam-lee">Sam Lee</a>')).toEqual([
      'Harbour authority approves new ferry terminal',
      'Von Sam Lee',
    ]);
    // A linked line that names no one after the word is a link elsewhere, not a byline.
    for (const elsewhere of [
      'By the numbers: ten charts',
      'By the numbers: the ferry in ten charts, from 1962 to now',
    ]) {
      expect(linked(`<a href="/archive">${elsewhere}</a>`)).toEqual(['Harbour authority approves new ferry terminal']);
    }
  });

  it('reads past rows of links but leaves out the notes of the widget holding them', () => {
    const share = ['Facebook', 'X', 'Email', 'LinkedIn', 'WhatsApp', 'Reddit', 'Pinterest', 'Telegram', 'Threads']
      .map((name) => `<li><a href="/share/${name}">Share this with ${name}</a></li>`)
      .join('');
    const header =
      '<h1>Harbour authority approves new ferry terminal</h1><div class="by">By Sam Lee</div><div>March 4, 2025</div>';
    const panel = `<div class="panel"><ul>${share}</ul><p>These links open in a new window</p></div>`;
    expect(headerOf(header, TITLE, panel)).toEqual([
      'Harbour authority approves new ferry terminal',
      'By Sam Lee',
      'March 4, 2025',
    ]);
  });

  it("leaves out the header's lines that only name controls, and keeps a byline that counts views", () => {
    const header =
      '<h1>Harbour authority approves new ferry terminal</h1><div class="by">by Sam Lee | 80 views | 0 Comments</div>' +
      '<div class="tools"><span>Print</span> <span>Email</span></div>';
    expect(headerOf(header)).toEqual([
      'Harbour authority approves new ferry terminal',
      'by Sam Lee | 80 views | 0 Comments',
    ]);
  });

  it('leaves out counters of views and comments standing alone in the header, and keeps the byline and date', () => {
    const header =
      '<h1>Harbour authority approves new ferry terminal</h1><div class="by">By Sam Lee</div>' +
      '<div class="stats"><span>12,400 views</span></div><div class="replies">Comments (35)</div>' +
      '<div class="date">March 4, 2025</div>';
    expect(headerOf(header)).toEqual(['Harbour authority approves new ferry terminal', 'By Sam Lee', 'March 4, 2025']);
    const headline = 'Harbour authority approves new ferry terminal';
    const below = headerInside(`<h1>${headline}</h1><div>35 comments</div><div>By Sam Lee</div>`, [
      headline,
      '35 comments',
      'By Sam Lee',
    ]);
    expect(below).toEqual(['Harbour authority approves new ferry terminal', 'By Sam Lee']);
  });

  it("leaves out the counts of a writer's card standing alone in the header (followers, posts)", () => {
    const headline = 'Harbour authority approves new ferry terminal';
    const below = headerInside(`<h1>${headline}</h1><div>By Sam Lee</div><div>1,204 followers</div>`, [
      headline,
      'By Sam Lee',
      '1,204 followers',
    ]);
    expect(below).toEqual([headline, 'By Sam Lee']);
    const card = headerInside(
      `<h1>${headline}</h1><div>魑皇</div><div><span>粉丝：</span><span>23</span><span>文章：</span><span>11</span></div>`,
      [headline, '魑皇', '粉丝：23文章：11'],
    );
    expect(card).toEqual([headline, '魑皇']);
  });

  it('puts back the headline and byline Readability dropped inside the story, after lines of the masthead', () => {
    const top =
      '<div class="masthead">Coast Gazette</div><div class="section">Harbour news</div>' +
      '<h1>Harbour authority approves new ferry terminal</h1><div class="byline">By Sam Lee</div>';
    const { document } = parseHtml(
      `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="story">${top}${STORY}</div></body></html>`,
      'https://coast.example/news/ferry',
    );
    const article = extractArticle(document, { sanitizeWith })!;
    expect(article.text.split('\n\n').slice(0, 3)).toEqual([
      'Harbour authority approves new ferry terminal',
      'By Sam Lee',
      'Coast Gazette',
    ]);
    expect(article.text.slice(article.storyStart)).toMatch(/^Coast Gazette\n\nHarbour news\n\nThe harbour authority/u);
    expect(article.html).toMatch(/^<h1>Harbour authority approves new ferry terminal<\/h1><p>By Sam Lee<\/p>/u);
  });

  it("looks for a dropped headline only before the story's first paragraph", () => {
    const headline = '<h2>Harbour authority approves new ferry terminal</h2>';
    expect(headerInside(`<div>Harbour news</div>${headline}<div>By Sam Lee</div>`)).toEqual([
      'Harbour authority approves new ferry terminal',
      'By Sam Lee',
    ]);
    const firstParagraph =
      '<p>The harbour authority met on Tuesday to vote on the terminal, its last vote of the year.</p>';
    expect(headerInside(`<div>Harbour news</div>${firstParagraph}${headline}<div>By Sam Lee</div>`)).toEqual([]);
    // Only a line the isolated text lacks: one it holds stays where it is.
    expect(headerInside(`<div>Harbour news</div>${headline}<div>By Sam Lee</div>`, [])).toEqual([]);
  });

  it("prefers, to a heading before the story that is the site's name, the headline dropped inside it", () => {
    const title = 'Coast Gazette | Harbour authority approves new ferry terminal';
    const inside = '<div>March 4, 2025</div><h1>Harbour authority approves new ferry terminal</h1>';
    expect(headerInside(inside, undefined, title, '<h2>Coast Gazette</h2>')).toEqual([
      'Harbour authority approves new ferry terminal',
    ]);
    expect(headerInside('<div>March 4, 2025</div>', undefined, title, '<h2>Coast Gazette</h2>')).toEqual([
      'Coast Gazette',
    ]);
  });

  it("takes the headline and byline from the story's <header> when no <article> marks it as the story's", () => {
    // The page's own <header> (its masthead) is chrome; a <header> holding the headline is the story's.
    const story = `<header class="post-header"><h1>Harbour authority approves new ferry terminal</h1>
      <address class="byline">By <a href="/staff/sam-lee">Sam Lee</a></address></header>`;
    const { document } = parseHtml(
      `<!doctype html><html lang="en"><head><title>${TITLE}</title></head><body>
        <header class="masthead"><a href="/">The Coast Gazette</a> <a href="/news">News</a></header>
        <div class="post">${story}<div class="entry">${STORY}</div></div></body></html>`,
      'https://coast.example/news/ferry',
    );
    const lines = extractArticle(document, {})!.text.split('\n\n');
    expect(lines.slice(0, 3)).toEqual([
      'Harbour authority approves new ferry terminal',
      'By Sam Lee',
      expect.stringContaining('The harbour authority approved'),
    ]);
    expect(lines.join('\n')).not.toContain('The Coast Gazette');
  });

  it('reads past a standfirst heading that holds the words of a short title to the headline that is the title', () => {
    const standfirst = 'The harbour authority says the ferry terminal was approved after two years of hearings';
    const header = `<h1>Ferry terminal approved</h1><div>By Sam Lee</div><h2>${standfirst}</h2>`;
    expect(headerOf(header, 'Ferry terminal approved')).toEqual(['Ferry terminal approved', 'By Sam Lee', standfirst]);
  });

  it('takes the heading right before the story as its headline when the page has no title', () => {
    const header = '<h2>Harbour authority approves new ferry terminal</h2><p>By Sam Lee</p>';
    expect(headerOf(header, '')).toEqual(['Harbour authority approves new ferry terminal', 'By Sam Lee']);
    expect(headerOf('<div>Harbour authority approves new ferry terminal</div><p>By Sam Lee</p>', '')).toEqual([]);
  });

  it('takes nothing when the heading before the story is not the page title', () => {
    expect(headerOf('<h2>Most read this week</h2><div>Tide tables for March</div>')).toEqual([]);
  });

  it('takes nothing when the lines between the headline and the story say too much', () => {
    const teasers = Array.from(
      { length: 6 },
      (_, index) =>
        `<div>Teaser ${index}: the council met again on the budget and the parking plan for the old town</div>`,
    ).join('');
    expect(headerOf(`<h1>Harbour authority approves new ferry terminal</h1>${teasers}`)).toEqual([]);
  });
});

describe('article header: the standfirst', () => {
  // A long standfirst: more than a header line says (MAX_HEADER_LINE_WEIGHT), as a paper's deck often is.
  const SUMMARY =
    'The vote ends two years of hearings in which residents of the old quay, the ferry company, the fishermen and the ' +
    'islands argued over the cost, the noise and the route of the lorries, and the authority now says the terminal ' +
    'should open to passengers by the summer of 2028, with four routes to the islands, a night crossing and a ' +
    'new fishing platform where the wooden pier has stood since 1962.';
  const headerWith = (deck: string, summary: string | null) => {
    const document = page(
      `${HEADER}<div class="count">12,400 views</div><figure><img src="/pier.jpg"><figcaption>The old pier at dusk</figcaption></figure>${deck}` +
        `<div class="social">share</div><ul><li><a href="#comments">Comments</a></li></ul>`,
    );
    const story = collectBlocks(document.querySelector('.story-body')!);
    const isChrome = (element: Element) => !!element.closest('nav, footer, aside');
    return findArticleHeader(document.body, story, { titles: [TITLE], isChrome, summary }).map((block) => block.text);
  };

  it('takes the line under the headline that the page also gives as its summary', () => {
    expect(headerWith(`<p class="deck">${SUMMARY}</p>`, SUMMARY)).toContain(SUMMARY);
    expect(headerWith(`<p class="deck">${SUMMARY}</p>`, `${SUMMARY.slice(0, 60)}…`)).toContain(SUMMARY);
    expect(headerWith(`<p class="deck">${SUMMARY}</p>`, null)).not.toContain(SUMMARY);
  });

  it('takes the whole summary set apart in an aside under the headline, not its opening alone', () => {
    const aside = `<aside class="deck"><div class="social"><a href="#fb">Facebook</a></div><div>${SUMMARY}</div></aside>`;
    expect(headerWith(aside, SUMMARY)).toContain(SUMMARY);
    expect(headerWith(aside, `${SUMMARY.slice(0, 60)}…`)).not.toContain(SUMMARY);
  });

  it('leaves a caption or a link that repeats the summary', () => {
    expect(headerWith(`<figure><figcaption>${SUMMARY}</figcaption></figure>`, SUMMARY)).not.toContain(SUMMARY);
    expect(headerWith(`<p><a href="/news/other">${SUMMARY}</a></p>`, SUMMARY)).not.toContain(SUMMARY);
  });
});
