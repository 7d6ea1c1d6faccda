import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../tests/fixtures/load';
import { extractArticle } from './extract';
import { cloneWithoutDeclaredChrome, isUiFragment, listNumbers, removeDeclaredChrome } from './page-chrome';

const BODY = [
  'The company reported its results for the third quarter on Thursday, and the figures were better than analysts expected.',
  'Revenue rose by a fifth compared with the same quarter last year, driven by sales of its data-centre products.',
  'The chief executive said demand would stay strong into next year, though supply of some parts remained tight.',
  'Shares rose in early trading after the announcement and closed the day higher than they had been all month.',
]
  .map((text) => `<p>${text}</p>`)
  .join('');

const articleText = (inner: string, lang = 'en') =>
  extractArticle(
    parseHtml(
      `<!doctype html><html lang="${lang}"><head><title>Results</title></head><body><article><h1>Results beat forecasts</h1>${inner}</article></body></html>`,
      'https://news.example/results',
    ).document,
  )?.text ?? '';

describe('page chrome keeps short lines of text', () => {
  it('keeps the byline lines of a story written in one paragraph with a picture further down', () => {
    const story = BODY.replace(/<\/?p>/g, '').replace(/\.(?= )/g, '.<br>');
    const text = articleText(
      `<p><b>Results beat forecasts<br>Ana Ribeiro<br>Business Desk</b><br>${story}<br><img src="/chart.png" width="600" height="400" alt="Chart of revenue"><br>The board meets again in March.</p>`,
    );
    expect(text).toContain('Ana Ribeiro');
    expect(text).toContain('Business Desk');
  });

  it('keeps product lines written as paragraphs and lines split by <br>', () => {
    const text = articleText(
      `${BODY}<p>Model A: 8 GB, 256 GB</p><p>Model B: 16 GB, 512 GB</p><p>Breakfast at 7<br>Lunch at 12<br>Dinner at 7</p>`,
    );
    for (const line of [
      'Model A: 8 GB, 256 GB',
      'Model B: 16 GB, 512 GB',
      'Breakfast at 7',
      'Lunch at 12',
      'Dinner at 7',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('keeps meal timings in <p><em>, all-caps subheads and a Japanese line ending in 、', () => {
    const text = articleText(`${BODY}<p><em>Eat before noon</em></p><p>WHAT COMES NEXT</p>${BODY}<p>そして、</p>`);
    expect(text).toContain('Eat before noon');
    expect(text).toContain('WHAT COMES NEXT');
    expect(text).toContain('そして、');
  });

  it('keeps an embedded post with its attribution', () => {
    const text = articleText(
      `${BODY}<blockquote class="twitter-tweet"><p>We shipped it. Thanks to everyone who tested the beta.</p>— Jane Doe (@janedoe) <a href="https://x.example/janedoe/status/1">November 28, 2026</a></blockquote>`,
    );
    expect(text).toContain('We shipped it.');
    expect(text).toContain('— Jane Doe (@janedoe) November 28, 2026');
  });

  it('drops interface: a lone link, counters, share rows, icon labels', () => {
    const text = articleText(
      `${BODY}<p><a href="https://source.example/story">View original</a></p>` +
        `<div class="counter">0/400</div>` +
        `<div class="share-row"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Email</a></div>` +
        `<div class="reactions"><div class="item"><span class="icon"></span><span>Like</span></div><div class="item"><span class="icon"></span><span>Reply</span></div><div class="item"><span class="icon"></span><span>Save</span></div></div>` +
        `<div class="status"><img alt="" src="data:,"><span>Generating summary</span></div>`,
    );
    const blocks = text.split('\n\n');
    expect(blocks).toHaveLength(5);
    for (const chrome of ['View original', '0/400', 'Share', 'Email', 'Like', 'Reply', 'Save', 'Generating summary']) {
      expect(
        blocks.some((block) => block.includes(chrome) && !block.startsWith('Shares rose')),
        chrome,
      ).toBe(false);
    }
  });
  it('keeps a name closed by a small badge, and drops a label opened by its icon', () => {
    const text = articleText(
      `${BODY}<h2>Members</h2><p><b>Oskar Lindqvist</b> <img src="/badge.gif" alt="" width="18" height="16"></p>` +
        `<p>Telephone: 555 0100</p><p><svg width="20" height="20"></svg> Print this page</p>`,
    );
    expect(text).toContain('Oskar Lindqvist');
    expect(text).not.toContain('Print this page');
  });
});

describe('embedded posts', () => {
  it('keeps a post wrapped in a "social embed" box, its links as text', () => {
    const text = articleText(
      `${BODY}<div class="social-embed"><div class="embed-inner"><blockquote class="twitter-tweet"><p>Launch day. <a href="https://x.example/hashtag/ai">#ai</a> <a href="https://x.example/p/1">pic.x.example/abc</a></p>— Jane Doe (@janedoe) <a href="https://x.example/janedoe/status/1">November 28, 2026</a></blockquote></div></div>${BODY}`,
    );
    expect(text).toContain('Launch day. #ai pic.x.example/abc');
    expect(text).toContain('— Jane Doe (@janedoe) November 28, 2026');
  });

  it("keeps a run of posts set between the story's paragraphs, whose stamps could read as a reply thread", () => {
    const posts = [
      'Launch day for the new team',
      'First practice in the rain today',
      'We won the opener at home',
      'Thank you fans for coming out',
      'On the road again next week',
    ];
    const instagram = posts.map(
      (post, index) =>
        `<blockquote class="instagram-media"><div><p>${post} #team</p><p>A post shared by Jane Doe (@janedoe) on <time>Sep ${index + 1}, 2026 at 10:3${index}am PDT</time></p></div></blockquote>`,
    );
    const tweets = posts.map(
      (post, index) =>
        `<blockquote class="twitter-tweet"><p>${post}. <a href="https://x.example/hashtag/go">#GoTeam</a> <a href="https://t.example/${index}">pic.x.example/${index}</a></p>— Team (@team) <a href="https://x.example/team/status/${index}">September 2${index}, 2026</a></blockquote>`,
    );
    const [first, second, ...rest] = BODY.split('</p>')
      .filter(Boolean)
      .map((line) => `${line}</p>`);
    for (const embeds of [instagram, tweets]) {
      const text = articleText(`${first}${embeds[0]}${embeds[1]}${second}${embeds.slice(2).join('')}${rest.join('')}`);
      for (const post of posts) expect(text).toContain(post);
      expect(text).toContain(rest.at(-1)!.replace(/<\/?p>/g, ''));
    }
  });

  it('keeps a line that introduces the picture after it, and drops a photo credit beside one', () => {
    const text = articleText(
      `${BODY}<p>The chart it showed:<br><img src="/chart.png" alt="Quarterly revenue" width="600" height="400"></p>` +
        `<p><img src="/ceo.jpg" alt="The chief executive" width="600" height="400">Jane Doe/Agency</p>`,
    );
    expect(text).toContain('The chart it showed:');
    expect(text).not.toContain('Jane Doe/Agency');
  });
});

describe('pagers', () => {
  it('drops a row of page numbers, in a paragraph or a table cell, and keeps a sentence that counts', () => {
    const scripted = (label: string) => `<a href="javascript:void(0)" onclick="go(2)">${label}</a>`;
    const pager = `<p>1 | ${scripted('2')} | ${scripted('3')} | ${scripted('4')} | ${scripted('Next&gt;')}</p>`;
    const pages = Array.from({ length: 12 }, (_, i) => `<a href="?page=${i + 1}">Page ${i + 1}</a> `).join('');
    const counting = '<p>Read the <a href="/guide">guide</a>, then do steps 1, 2 and 3 in that order.</p>';
    const text = articleText(`${BODY}${counting}${pager}<table><tr><td>${pages}</td></tr></table>`);
    expect(text).toContain('steps 1, 2 and 3');
    expect(text).not.toContain('Next>');
    expect(text).not.toContain('Page 12');
  });
});

describe('scripted controls', () => {
  it('removes navigation items that act by a click handler, and keeps links with tracking handlers inside sentences', () => {
    const nav = ['Live Scores', 'England', 'Europe', 'Champions League', 'Fantasy', 'Store']
      .map((label) => `<!-- ${label} -->\n<div class="navItem" onclick="goTo('/${label}')">${label}</div>\n`)
      .join('');
    const tracked =
      '<p>Read the full figures on <a href="https://ir.example/q3" onclick="track(\'out\')">the investor site</a>, where the company also posts its slides.</p>';
    const question =
      '<div onclick="toggle(1)">When is the next report due?</div><p>The next report is due in January.</p>';
    const { document } = parseHtml(
      `<!doctype html><html lang="en"><head><title>Results</title></head><body><table><tr><td><div id="topNav">${nav}</div></td></tr>` +
        `<tr><td><h1>Results beat forecasts</h1>${BODY}${tracked}${question}</td></tr></table></body></html>`,
      'https://news.example/results',
    );
    removeDeclaredChrome(document);
    const text = (document.body.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).not.toContain('Champions League');
    expect(text).not.toContain('Live Scores');
    expect(text).toContain('Read the full figures on the investor site, where the company also posts its slides.');
    expect(text).toContain('When is the next report due?');
  });
});

describe('landmarks', () => {
  const directory = `<div class="directory"><ul>${Array.from(
    { length: 30 },
    (_, i) => `<li><a href="/section/${i}">Section ${i} of the paper: business, markets, technology and more</a></li>`,
  ).join('')}</ul></div>`;
  const notice =
    '<div class="legal"><p>All rights reserved by the publisher of this newspaper and its partners in the region. ' +
    'No part of it may be copied without written permission from the holder of the rights. ' +
    'We use cookies of our own and of others to improve our services and to show advertising; by browsing on, you accept them.</p></div>';
  const extract = (html: string) =>
    extractArticle(parseHtml(html, 'https://news.example/results').document)?.text ?? '';

  it('keeps a story inside a site banner that wraps the main region (its end tag misplaced in the source)', () => {
    const text = extract(
      `<!doctype html><html lang="en"><head><title>Results</title></head><body><header role="banner"><a href="/">News</a>` +
        `<main><article><h1>Results beat forecasts</h1>${BODY}</article></main></header>${directory}${notice}</body></html>`,
    );
    expect(text).toContain('Revenue rose by a fifth');
    expect(text).not.toContain('All rights reserved');
  });

  it('still drops a banner that holds no main region', () => {
    const text = extract(
      `<!doctype html><html lang="en"><head><title>Results</title></head><body><header role="banner"><p>The daily paper of the valley, read by its people since the year of its founding, every morning.</p></header>` +
        `<main><article><h1>Results beat forecasts</h1>${BODY}</article></main></body></html>`,
    );
    expect(text).toContain('Revenue rose by a fifth');
    expect(text).not.toContain('daily paper of the valley');
  });
});

describe("an author's box named as such", () => {
  const bio =
    'Born and raised by the sea, she writes about markets, energy and the companies that shape them, and has covered the industry for twelve years.';

  it('drops the box that presents the author after the story, named bio or signature, with its picture and name', () => {
    for (const name of ['article-signature', 'author-bio', 'authorBox', 'about-the-author', 'profile bio']) {
      const text = articleText(
        `${BODY}<div class="${name}"><img src="/face.jpg" width="120" height="120"><a href="/author/ana">Ana Ribeiro</a><span>${bio}</span></div>`,
      );
      expect(text, name).toContain('Shares rose in early trading');
      expect(text, name).not.toContain('Born and raised by the sea');
    }
  });

  it('drops a pitch to the reader named as a call to action or a newsletter box after the story', () => {
    for (const name of ['c-letters-cta', 'call-to-action', 'newsletter-signup']) {
      const text = articleText(
        `${BODY}<section class="${name}"><p>We want to hear what you think about this article. <a href="/letters">Submit a letter</a> to the editor.</p></section>`,
      );
      expect(text, name).toContain('Shares rose in early trading');
      expect(text, name).not.toContain('We want to hear what you think');
    }
  });

  it('keeps a story whose own container carries such a word, and a box that holds most of the page', () => {
    expect(articleText(`<div class="bio-story">${BODY}</div>`)).toContain('Revenue rose by a fifth');
    const page = parseHtml(
      `<!doctype html><html lang="en"><head><title>Ana Ribeiro</title></head><body><div class="biography"><h2>Ana Ribeiro</h2>${BODY}</div></body></html>`,
      'https://news.example/ana',
    ).document;
    expect(extractArticle(page)?.text ?? '').toContain('Revenue rose by a fifth');
  });

  it('keeps a box so named that holds the headline', () => {
    const page = parseHtml(
      `<!doctype html><html lang="en"><head><title>Results</title></head><body><div class="author-box-layout"><h1>Results beat forecasts</h1>${BODY}</div><p>Short note.</p></body></html>`,
      'https://news.example/results',
    ).document;
    expect(extractArticle(page)?.text ?? '').toContain('Revenue rose by a fifth');
  });
});

describe('what the page hides by its own style', () => {
  it('drops a line styled display:none before the byline (a hidden original title) and keeps the visible text', () => {
    const { document } = parseHtml(
      `<!doctype html><html lang="en"><head><title>Results</title></head><body><main><h1>Results beat forecasts</h1>` +
        `<div><p style="display:none">Original title: results beat every forecast</p><p>By Ana Ribeiro</p>${BODY}` +
        `<div style="visibility: hidden;">Menu panel</div></div></main></body></html>`,
      'https://news.example/results',
    );
    const text = extractArticle(document)?.text ?? '';
    expect(text).not.toContain('Original title');
    expect(text).not.toContain('Menu panel');
    expect(text).toContain('By Ana Ribeiro');
    expect(text).toContain('Revenue rose by a fifth');
  });
});

describe('declared chrome after a <template>', () => {
  // A browser gives a <template> no children; happy-dom answers its firstChild with the first node
  // of its content, and a walk that followed it stopped there.
  const page = `<!doctype html><html><head><title>Results</title></head><body>
    <header><template id="menu"><li><a href="/a">Item</a></li></template><a href="/">Home</a></header>
    <article><h1>Results beat forecasts</h1>${BODY}</article>
    <nav><a href="/markets">Markets</a> <a href="/world">World</a></nav>
    <footer><p>Copyright the publisher. All rights reserved.</p></footer>
    </body></html>`;

  it('removes the landmarks that come after a template, in the page and in a copy', () => {
    const { document } = parseHtml(page, 'https://news.example/results');
    const copy = cloneWithoutDeclaredChrome(document);
    for (const doc of [copy, document]) {
      if (doc === document) removeDeclaredChrome(document);
      expect(doc.querySelector('nav'), 'nav').toBeNull();
      expect(doc.querySelector('footer'), 'footer').toBeNull();
      expect(doc.querySelector('template'), 'template').toBeNull();
      expect(doc.querySelector('article')?.textContent).toContain('Revenue rose by a fifth');
    }
  });
});

describe('cloneWithoutDeclaredChrome', () => {
  const hiddenNotice = `<span aria-hidden="true">${'Legal notice of the sign-up form, repeated for screen readers. '.repeat(30)}</span>`;
  const page =
    `<!doctype html><html lang="en"><head><title>Results</title></head><body>` +
    `<nav><ul><li><a href="/">Home</a></li><li><a href="/markets">Markets</a></li></ul></nav>` +
    `<div class="signup"><h3>Newsletter</h3><form>Get the daily briefing ${hiddenNotice}<input type="email"><button>Join</button></form></div>` +
    `<main><article><h1>Results beat forecasts</h1>${BODY}` +
    `<div class="social-embed" id="post-1"><blockquote><p>Great quarter for the team <a href="https://social.example/tags/q3">#q3</a></p></blockquote></div>` +
    `<div class="comments"><textarea>Your comment</textarea><p>Be civil.</p></div>` +
    `<ul><li><a lang="fr" href="/fr">Français</a></li><li><a lang="de" href="/de">Deutsch</a></li><li><a lang="es" href="/es">Español</a></li></ul>` +
    `</article></main><footer><p>© The paper</p></footer></body></html>`;

  it('gives what a whole copy gives once removeDeclaredChrome has run on it, and leaves the page as it was', () => {
    const { document } = parseHtml(page, 'https://news.example/results');
    const before = document.documentElement.outerHTML;
    const expected = document.cloneNode(true) as Document;
    removeDeclaredChrome(expected);
    const copy = cloneWithoutDeclaredChrome(document);
    expect(copy.documentElement.outerHTML).toBe(expected.documentElement.outerHTML);
    expect(document.documentElement.outerHTML).toBe(before);
    const text = copy.body.textContent ?? '';
    expect(text).toContain('Revenue rose by a fifth');
    expect(text).toContain('Great quarter for the team #q3');
    // The form is measured without its hidden notice, removed before it: it is a small widget.
    expect(text).not.toContain('daily briefing');
    expect(text).not.toContain('Markets');
    expect(text).not.toContain('Deutsch');
    expect(copy.querySelector('blockquote a')).toBeNull();
    expect(copy.getElementById('post-1')).toBeNull();
  });

  it("leaves out the head's scripts, styles and links, and keeps its title, metadata and JSON-LD", () => {
    const head =
      `<title>Results</title><meta name="author" content="A. Writer"><link rel="stylesheet" href="/site.css">` +
      `<style>p { color: red }</style><script src="/app.js"></script>` +
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Results beat forecasts"}</script>`;
    const { document } = parseHtml(page.replace('<title>Results</title>', head), 'https://news.example/results');
    const copy = cloneWithoutDeclaredChrome(document);
    expect(copy.title).toBe('Results');
    expect(copy.head.querySelector('meta[name="author"]')).not.toBeNull();
    expect(copy.head.querySelectorAll('script').length).toBe(1);
    expect(copy.head.querySelector('script')?.getAttribute('type')).toBe('application/ld+json');
    expect(copy.head.querySelector('style, link')).toBeNull();
    expect(document.head.querySelectorAll('script, style, link').length).toBe(4);
  });
});

describe('listNumbers', () => {
  const numbered = (lines: string[], fragments: string[] = lines.filter((line) => /^[\d/½]+$/u.test(line))) =>
    Array.from(
      listNumbers(
        lines.map((text) => ({ text })),
        lines.map((line) => fragments.includes(line)),
      ),
    )
      .map((index) => lines[index])
      .join(' ');

  it("keeps a quantity set apart from the words it counts, and a list's step numbers", () => {
    expect(numbered(['2', 'cups kosher salt', '1/2', 'teaspoon thyme'])).toBe('2 1/2');
    expect(numbered(['1', 'Mix the water.', '2', 'Heat the oven.', '3', 'Roast the bird.'])).toBe('1 2 3');
  });

  it('keeps the numbers in the article text, and a lone count still goes', () => {
    const text = articleText(`${BODY}<p>2</p><p>cups kosher salt</p><p>Share</p><p>634</p>`);
    expect(text).toContain('2\n\ncups kosher salt');
    expect(text).not.toContain('634');
  });

  it("leaves a share row's counts, two steps, and figures whose labels went as fragments", () => {
    expect(numbered(['Print', '634', 'Save', '54'], ['Print', '634', 'Save', '54'])).toBe('');
    expect(numbered(['1', 'Mix the water.', '2', 'Heat the oven.'])).toBe('');
    expect(numbered(['1', 'servings', '10', 'minutes'], ['1', 'servings', '10', 'minutes'])).toBe('');
    expect(numbered(['1', '2', '3', '4'])).toBe('');
  });
});

describe("a form's label", () => {
  it('drops a line that is all the label of a widget whose inputs hold no text, and keeps a label beside its value', () => {
    // Between two paragraphs, where no rule for a story's closing widgets reaches it.
    const [first, ...rest] = BODY.split('</p>');
    const text = articleText(
      `${first}</p><p><label>Rate this story</label></p><p><label>Filed by:</label> Ana Ribeiro, Business Desk</p>${rest.join('</p>')}`,
    );
    expect(text).not.toContain('Rate this story');
    expect(text).toContain('Filed by: Ana Ribeiro');
  });
});

describe('short lines closed by a full stop', () => {
  it('reads a short Khmer or Myanmar line closed by its full stop as text, not as one of a row of labels', () => {
    const row = (lines: string[]) =>
      Array.from(
        parseHtml(
          `<html><body><div>${lines.map((line) => `<div>${line}</div>`).join('')}</div></body></html>`,
          'https://news.example/story',
        ).document.querySelectorAll('body > div > div'),
      );
    for (const item of row(['បាទ។', 'ទេ។', 'អរគុណ។']).concat(row(['ဟုတ်ကဲ့။', 'မဟုတ်ဘူး။', 'ကျေးဇူးပါ။'])))
      expect(isUiFragment(item, item.textContent ?? ''), item.textContent ?? '').toBe(false);
    // The same words with no stop are a row of labels.
    const [label] = row(['បាទ', 'ទេ', 'អរគុណ']);
    expect(isUiFragment(label!, 'បាទ')).toBe(true);
  });
});

describe("a section heading's edit link", () => {
  const editLink = (label: string) =>
    `<span class="section-edit"><span>[</span><a href="/w/index.php?action=edit&amp;section=1">${label}</a><span>]</span></span>`;

  it('drops the bracketed edit link a wiki closes its section headings with', () => {
    const text = articleText(`${BODY}<h2><span>History</span>${editLink('edit')}</h2>${BODY}`);
    expect(text.split('\n\n')).toContain('History');
    expect(text).not.toContain('[edit]');
    const zh = articleText(`${BODY}<h2><span>简介</span>${editLink('编辑')}</h2>${BODY}`);
    expect(zh.split('\n\n')).toContain('简介');
  });

  it('keeps a bracket of text or of a note number, and a heading that is a link in brackets alone', () => {
    const text = articleText(
      `${BODY}<h2>Results [updated]</h2>${BODY}<h2>Sources<sup><a href="#note-1">[1]</a></sup></h2>${BODY}<h3>${editLink('Archive')}</h3>${BODY}`,
    );
    expect(text).toContain('Results [updated]');
    expect(text).toContain('Sources[1]');
    expect(text).toContain('[Archive]');
  });
});
