import { afterEach, describe, expect, it } from 'vitest';
import { analysisOf, freshDb, highlightOn } from '../../../tests/fixtures/library';
import { createLibrary, openLibraryDb } from './library';
import type { LibraryDb } from './db';

const GATE = 'https://www.gate.com/pt-br/news/detail/altman-1';
const VERGE = 'https://www.theverge.com/ai/altman-interview';
const ZH = 'https://www.binance.com/zh-CN/square/post/123';

let db: LibraryDb;
afterEach(() => db?.close());

async function library() {
  ({ db } = freshDb());
  expect(await openLibraryDb(db)).toEqual({ ok: true });
  return createLibrary(db, async () => ({ usage: 1234, quota: 100_000 }));
}

async function seeded() {
  const lib = await library();
  await lib.keepAnalysis(
    GATE,
    analysisOf(GATE, {
      title: 'Altman fala sobre inteligência artificial',
      lang: 'pt',
      publishedTime: '2026-03-01T10:00:00Z',
      claims: [
        {
          text: 'A inteligência artificial geral chegará em 2030.',
          speaker: 'o CEO da OpenAI, Sam Altman',
          kind: 'prediction',
        },
        { text: 'O custo caiu pela metade.', speaker: null, kind: 'figure' },
      ],
      terms: [{ termId: 'agi', label: 'Inteligência artificial geral', forms: ['IAG'] }],
    }),
  );
  await lib.keepAnalysis(
    VERGE,
    analysisOf(VERGE, {
      title: 'An interview with Sam Altman',
      lang: 'en',
      publishedTime: '2026-04-02T10:00:00Z',
      claims: [{ text: 'We will keep scaling our models.', speaker: 'OpenAI CEO Sam Altman', kind: 'plan' }],
      terms: [{ termId: 'scaling-laws', label: 'Scaling laws', forms: ['scaling'] }],
    }),
  );
  await lib.keepAnalysis(
    ZH,
    analysisOf(ZH, {
      title: '阿尔特曼谈模型',
      lang: 'zh',
      publishedTime: '2026-02-01T10:00:00Z',
      claims: [{ text: 'OpenAI首席执行官阿尔特曼表示，模型成本将继续下降。', speaker: '阿尔特曼', kind: 'prediction' }],
    }),
  );
  return lib;
}

describe('the library', () => {
  it('keeps a page with its claims, speaker keys and terms, and keeping again replaces them', async () => {
    const lib = await seeded();
    const page = await lib.getPage(GATE);
    expect(page).toMatchObject({
      ok: true,
      value: {
        title: 'Altman fala sobre inteligência artificial',
        site: 'gate.com',
        lang: 'pt',
        claimCount: 2,
        termCount: 1,
      },
    });
    const claims = await db.claims.where('pageUrl').equals(GATE).toArray();
    expect(claims.map((claim) => claim.speakerKey)).toEqual(['altman', null]);

    const firstKept = (await db.pages.get(GATE))!.keptAt;
    await lib.keepAnalysis(
      GATE,
      analysisOf(GATE, { title: 'Altman', lang: 'pt', claims: [{ text: 'Só uma.', speaker: 'Altman' }] }),
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(await db.claims.where('pageUrl').equals(GATE).count()).toBe(1);
    expect(await db.terms.where('pageUrl').equals(GATE).count()).toBe(0);
    expect((await db.pages.get(GATE))!.keptAt).toBe(firstKept);
    const search = await lib.search({ text: 'metade' });
    expect(search.ok && search.value.hits).toEqual([]);
  });

  it('keeping the same analysis again writes only the page record, and a changed claim only its rows', async () => {
    const lib = await library();
    const analysis = analysisOf(VERGE, {
      title: 'An interview with Sam Altman',
      publishedTime: '2026-04-02T10:00:00Z',
      claims: [
        { text: 'We will keep scaling our models.', speaker: 'Sam Altman', kind: 'plan' },
        { text: 'Compute is scarce.', speaker: 'Sam Altman', kind: 'opinion' },
      ],
      terms: [{ termId: 'scaling-laws', label: 'Scaling laws', forms: ['scaling'] }],
    });
    await lib.keepAnalysis(VERGE, analysis);
    const entriesBefore = await db.entries.toArray();
    const writes: string[] = [];
    for (const table of [db.claims, db.terms, db.entries, db.pages] as const)
      table.hook('creating', () => void writes.push(`${table.name} created`));
    for (const table of [db.claims, db.terms, db.entries, db.pages] as const)
      table.hook('updating', () => void writes.push(`${table.name} updated`));
    for (const table of [db.claims, db.terms, db.entries, db.pages] as const)
      table.hook('deleting', () => void writes.push(`${table.name} deleted`));

    await lib.keepAnalysis(VERGE, analysis);
    expect(writes).toEqual(['pages updated']);
    expect(await db.entries.toArray()).toEqual(entriesBefore);

    writes.length = 0;
    const changed = structuredClone(analysis);
    changed.claims[1]!.text = 'Compute is very scarce.';
    await lib.keepAnalysis(VERGE, changed);
    expect(writes.sort()).toEqual(['claims updated', 'entries updated', 'pages updated']);
    const search = await lib.search({ text: 'very scarce' });
    expect(search.ok && search.value.hits.map((hit) => hit.text)).toEqual(['Compute is very scarce.']);
  });

  it('searches full text without diacritics, across languages, CJK-aware, newest first', async () => {
    const lib = await seeded();
    const accentless = await lib.search({ text: 'inteligencia' });
    expect(accentless.ok && accentless.value.hits.map((hit) => [hit.kind, hit.pageUrl])).toEqual([
      ['claim', GATE],
      ['page', GATE],
      ['term', GATE],
    ]);
    const chinese = await lib.search({ text: '阿尔特曼' });
    expect(chinese.ok && new Set(chinese.value.hits.map((hit) => hit.pageUrl))).toEqual(new Set([ZH]));
    // The Latin name finds what he said in Chinese too: a claim's entry holds its speaker's key.
    const name = await lib.search({ text: 'Altman', kind: 'claim' });
    expect(name.ok && name.value.hits.map((hit) => hit.pageUrl)).toEqual([VERGE, GATE, ZH]);
    const prefix = await lib.search({ text: 'scal' });
    expect(prefix.ok && prefix.value.hits.length).toBeGreaterThan(0);
  });

  it('filters by speaker, claim type, site, language, term and date range', async () => {
    const lib = await seeded();
    const hitsOf = async (query: Parameters<typeof lib.search>[0]) => {
      const result = await lib.search(query);
      if (!result.ok) throw new Error(result.error.message);
      return result.value.hits.map((hit) => `${hit.kind}:${hit.pageUrl}`);
    };
    expect(await hitsOf({ text: '', speakerKey: 'altman' })).toEqual([
      `claim:${VERGE}`,
      `claim:${GATE}`,
      `claim:${ZH}`,
    ]);
    expect(await hitsOf({ text: '', claimKind: 'prediction' })).toEqual([`claim:${GATE}`, `claim:${ZH}`]);
    expect(await hitsOf({ text: '', site: 'theverge.com', kind: 'claim' })).toEqual([`claim:${VERGE}`]);
    expect(await hitsOf({ text: '', lang: 'zh', kind: 'page' })).toEqual([`page:${ZH}`]);
    expect(await hitsOf({ text: '', termId: 'scaling-laws', kind: 'page' })).toEqual([`page:${VERGE}`]);
    expect(await hitsOf({ text: '', from: '2026-02-15', to: '2026-03-31', kind: 'page' })).toEqual([`page:${GATE}`]);
  });

  it('lists a speaker’s claims from other pages, newest first', async () => {
    const lib = await seeded();
    const history = await lib.speakerHistory(['altman'], VERGE);
    expect(history.ok && history.value.map((item) => [item.page.url, item.claim.kind])).toEqual([
      [GATE, 'prediction'],
      [ZH, 'prediction'],
    ]);
  });

  it('forgets one page completely, and everything on request, but keeps the reader’s setting', async () => {
    const lib = await seeded();
    await lib.setKeeping(false);
    expect(await lib.forgetPage(GATE)).toEqual({ ok: true, value: true });
    for (const table of [db.claims, db.terms, db.entries])
      expect(await table.where('pageUrl').equals(GATE).count()).toBe(0);
    expect(await db.pages.get(GATE)).toBeUndefined();
    expect(await lib.forgetEverything()).toEqual({ ok: true, value: undefined });
    expect(await db.entries.count()).toBe(0);
    expect(await lib.isKeeping()).toBe(false);
  });

  it('opens with counts, recent pages, filters and storage use', async () => {
    const lib = await seeded();
    await db.highlights.put({
      id: highlightOn(VERGE, 'scaling').id,
      pageUrl: VERGE,
      annotation: highlightOn(VERGE, 'scaling'),
    });
    const overview = await lib.overview();
    expect(overview).toMatchObject({
      ok: true,
      value: {
        pages: 3,
        claims: 4,
        terms: 2,
        highlights: 1,
        usage: 1234,
        quota: 100_000,
        keeping: true,
        langs: ['en', 'pt', 'zh'],
      },
    });
    expect(overview.ok && overview.value.speakers.map((speaker) => speaker.key)).toEqual(['altman']);
  });
});
