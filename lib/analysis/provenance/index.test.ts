import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProvenance, isProvenanceLine, nameFromHost, publisherName } from './index';

const SEED_FIXTURE = resolve(__dirname, '../../../tests/fixtures/pages/gate-seed/page.html');
const SEED_URL = 'https://www.gate.com/pt-br/news/detail/openai-ceo-altman-vertical-integration-13659212';

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

describe('findProvenance on the seed page', () => {
  it('names ABMedia and links the "Ver original" URL', () => {
    expect(existsSync(SEED_FIXTURE), `seed fixture missing at ${SEED_FIXTURE}`).toBe(true);
    const doc = new DOMParser().parseFromString(readFileSync(SEED_FIXTURE, 'utf8'), 'text/html');
    const provenance = findProvenance(doc, SEED_URL);
    expect(provenance).toEqual({
      originalPublisher: 'ABMedia',
      originalUrl: 'https://abmedia.io/openai-altman-vertical-integration',
      republishedBy: 'Gate.com',
      text: expect.stringContaining('foi publicado pela primeira vez na ABMedia da Chain News.'),
    });
  });
});

describe('findProvenance', () => {
  it('reads an English line with its own link', () => {
    const doc = page(
      '<meta property="og:site_name" content="Crypto Hub">',
      '<article><p>Text.</p><p><em>This story originally appeared on <a href="https://www.theblock.co/post/1">The Block</a>.</em></p></article>',
    );
    expect(findProvenance(doc, 'https://cryptohub.example/news/1')).toEqual({
      originalPublisher: 'The Block',
      originalUrl: 'https://www.theblock.co/post/1',
      republishedBy: 'Crypto Hub',
      text: 'This story originally appeared on The Block.',
    });
  });

  it('reads a Chinese first-published line and a 查看原文 link', () => {
    const doc = page('', '<p>本文首发于链新闻 ABMedia，经授权转载。</p><a href="https://abmedia.io/x">查看原文</a>');
    const provenance = findProvenance(doc, 'https://www.gate.com/zh/news/1');
    expect(provenance?.originalPublisher).toBe('链新闻 ABMedia');
    expect(provenance?.originalUrl).toBe('https://abmedia.io/x');
    expect(provenance?.republishedBy).toBe('Gate');
  });

  it('uses a canonical URL on another host when nothing else says so', () => {
    const doc = page('<link rel="canonical" href="https://www.businessinsider.com/story">', '<p>Body.</p>');
    const provenance = findProvenance(doc, 'https://www.msn.com/en-us/news/story');
    expect(provenance).toMatchObject({
      originalPublisher: 'Businessinsider',
      originalUrl: 'https://www.businessinsider.com/story',
    });
  });

  it('ignores a canonical URL on the same site and unsafe links', () => {
    const doc = page(
      '<link rel="canonical" href="https://m.example.com/a">',
      '<a href="javascript:alert(1)">View original</a><a href="data:text/html,x">Ver original</a>',
    );
    expect(findProvenance(doc, 'https://www.example.com/a')).toBeNull();
  });

  it('keeps an unsafe link out of originalUrl while still reading the line', () => {
    const doc = page('', '<p>Originally published on <a href="javascript:alert(1)">Decrypt</a>.</p>');
    expect(findProvenance(doc, 'https://www.example.com/a')).toEqual({
      originalPublisher: 'Decrypt',
      originalUrl: null,
      republishedBy: 'Example',
      text: 'Originally published on Decrypt.',
    });
  });

  it('does not take "Archived from the original" reference links', () => {
    const doc = page(
      '',
      '<ol><li>Report. <a href="https://web.archive.org/x">Archived</a> from <a href="https://gov.example/r.pdf">the original</a></li></ol>',
    );
    expect(findProvenance(doc, 'https://en.wikipedia.org/wiki/X')).toBeNull();
  });

  it('says republishedBy is the host when og:site_name is the original outlet', () => {
    const doc = page('<meta property="og:site_name" content="ABMedia">', '<p>Originally published by ABMedia.</p>');
    expect(findProvenance(doc, 'https://www.gate.com/news/1')?.republishedBy).toBe('Gate');
  });
});

describe('isProvenanceLine', () => {
  it.each([
    ['Este artigo foi publicado pela primeira vez na ABMedia.'],
    ['Originally published on CoinDesk.'],
    ['本文首发于链新闻。'],
    ['Este artículo apareció originalmente en El País.'],
    ['Cet article a été publié initialement sur Le Monde.'],
    ['Статья впервые опубликована на РБК.'],
    ['Artikel ini pertama kali diterbitkan di Kompas.'],
    ['この記事は日経に最初に掲載されたものです。'],
    ["Bu makale ilk olarak CoinDesk'te yayınlandı."],
  ])('accepts %s', (text) => {
    expect(isProvenanceLine(text)).toBe(true);
  });

  it.each([
    ['The study, first published in Nature last year, found the opposite.'],
    ['OpenAI published the model weights on Tuesday.'],
  ])('rejects %s', (text) => {
    expect(isProvenanceLine(text)).toBe(false);
  });
});

describe('names', () => {
  it('cuts the publisher at the first lower-case word but keeps joiners inside names', () => {
    expect(publisherName('ABMedia da Chain News.')).toBe('ABMedia');
    expect(publisherName('Folha de S.Paulo em 2024')).toBe('Folha de S.Paulo');
    expect(publisherName('Reuters and is republished here')).toBe('Reuters');
    expect(publisherName('链新闻 ABMedia，经授权转载')).toBe('链新闻 ABMedia');
  });

  it('names a host by its first meaningful label', () => {
    expect(nameFromHost('www.gate.com')).toBe('Gate');
    expect(nameFromHost('folha.uol.com.br')).toBe('Folha');
    expect(nameFromHost('news.bitcoin.com')).toBe('Bitcoin');
  });
});

describe('findProvenance in Chinese and Japanese', () => {
  const cases: Array<[string, string]> = [
    ['<p>本文转载自Gate Learn，原作者：张三。</p>', 'Gate Learn'],
    ['<p>本文轉載自動區 BlockTempo，原文作者：Alex。</p>', '動區 BlockTempo'],
    ['<p>来源：新浪财经</p>', '新浪财经'],
    ['<p>來源：鏈新聞</p>', '鏈新聞'],
    ['<p>来源：新浪财经 作者：张三</p>', '新浪财经'],
    ['<p>出典：CoinPost</p>', 'CoinPost'],
    ['<p>本文首发于PANews。</p>', 'PANews'],
    ['<p>本文首發於鏈新聞 ABMedia。</p>', '鏈新聞 ABMedia'],
    ['<p>この記事はCoinPostに最初に掲載されたものです。</p>', 'CoinPost'],
  ];
  it.each(cases)('%s names %s', (body, publisher) => {
    const provenance = findProvenance(
      page('', `<article><p>正文。</p>${body}</article>`),
      'https://www.gate.com/zh/news/1',
    );
    expect(provenance?.originalPublisher).toBe(publisher);
    expect(provenance?.republishedBy).toBe('Gate');
  });

  it('does not take a source line inside a sentence for one', () => {
    const doc = page('', '<p>该研究的数据来源：多家机构的公开报告，研究人员据此估算了训练成本。</p>');
    expect(findProvenance(doc, 'https://www.gate.com/zh/news/1')).toBeNull();
  });
});

describe('findProvenance from a labelled source line', () => {
  const story = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<p>Paragraph ${i + 1} of the story carries enough words to count as the article's own text, and not as a caption or a credit line.</p>`,
    ).join('');

  it.each([
    ['<p>Por Laura Méndez · 12 de noviembre de 2026 · Fuente: El Diario Tecnológico</p>', 'El Diario Tecnológico'],
    ['<p>2026年11月20日 出典：テック経済新聞</p>', 'テック経済新聞'],
    ['<p>2022年02月13日07:48 | 来源：新华日报</p>', '新华日报'],
    ['<p>2005-04-25 08:24:06 来源: 第一财经日报 网友评论 0 条</p>', '第一财经日报'],
    ['<p>Quelle: Golem</p>', 'Golem'],
  ])('reads the byline %s', (line, publisher) => {
    const provenance = findProvenance(
      page('', `<article><h1>Title</h1>${line}${story(4)}</article>`),
      'https://www.gate.com/news/1',
    );
    expect(provenance?.originalPublisher).toBe(publisher);
    expect(provenance?.republishedBy).toBe('Gate');
  });

  it('reads a source line after the story, with its link', () => {
    const doc = page(
      '',
      `<article>${story(4)}<p><strong>Source: <em><a href="https://www.refinery29.com/story">Refinery29</a></em></strong></p></article>`,
    );
    expect(findProvenance(doc, 'https://www.narcity.com/news/1')).toMatchObject({
      originalPublisher: 'Refinery29',
      originalUrl: 'https://www.refinery29.com/story',
    });
  });

  it.each([
    ['before the story', `<p>Source: Golem</p>${story(4)}`],
    ['with one story paragraph after it', `${story(3)}<div><span>Source: Golem</span></div>${story(1)}`],
    ['with two story paragraphs after it but none before', `<div><span>Source: Golem</span></div>${story(2)}`],
  ])('reads a source line %s (not in the middle of the story)', (_, body) => {
    expect(
      findProvenance(page('', `<article>${body}</article>`), 'https://www.gate.com/news/1')?.originalPublisher,
    ).toBe('Golem');
  });

  it.each([
    ['a picture credit', `${story(1)}<p class="caption">A data centre. <span>Source: Supplied</span></p>${story(3)}`],
    ['a credit in a figure', `<figure><img src="x.png"><figcaption>Source: Reuters</figcaption></figure>${story(4)}`],
    ['a chart in the middle of the story', `${story(2)}<div><span>Source: Statista</span></div>${story(3)}`],
    ['a list of data sources', `${story(4)}<p>Source: CDC, Chicago Department of Public Health</p>`],
    [
      'a headline after "Sources:"',
      `${story(4)}<p>Sources: Despite Huge Sales, Developers Are Getting Stiffed On Bonuses</p>`,
    ],
    [
      'a table note',
      `${story(4)}<table><tr><td>Source: <a href="https://stats.example/">National Statistics Office</a></td></tr></table>`,
    ],
    ['a label inside a sentence', `<p>The data source: a survey by Gallup, run in May.</p>${story(4)}`],
  ])('ignores %s', (_, body) => {
    expect(findProvenance(page('', `<article>${body}</article>`), 'https://www.gate.com/news/1')).toBeNull();
  });
});
