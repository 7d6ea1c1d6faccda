import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisOf, freshDb, type ClaimSpec } from '../../../tests/fixtures/library';
import { seededRandom } from '../../../scripts/seeded-random';
import { tokenize } from '../../shared/library/tokenize';
import type { SearchQuery } from '../../shared/library/types';
import type { ClaimKind } from '../../shared/types';
import type { LibraryDb, SearchEntry } from './db';
import { createLibrary, openLibraryDb } from './library';
import { findEntryKeys, type SearchTuning } from './search';

/**
 * The search reads index lists in batches, skips ahead and checks entries; whatever path it
 * takes, the answer must be the one a plain scan of every entry gives: the newest `wanted`
 * entries that have every word and meet every filter.
 */
const random = seededRandom(18);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const WORDS = ['model', 'compute', 'scaling', 'agents', 'chips', 'safety', 'revenue', 'cloud', 'energy', 'benchmark'];
const RARE = ['quantum', 'robotics'];
const PT = ['inteligência', 'artificial', 'energia', 'previsão', 'mercado'];
const ZH = ['模型', '算力', '芯片', '数据中心', '阿尔特曼'];
const SPEAKERS = ['Sam Altman', 'Dario Amodei', 'Demis Hassabis', 'Lisa Su', null];
const SITES = ['techcrunch.com', 'www.gate.com', 'tecnoblog.net', 'www.binance.com'];
const KINDS: ClaimKind[] = ['quote', 'figure', 'prediction', 'plan', 'opinion', 'fact'];
const TERMS = ['agi', 'inference', 'open-weights', 'scaling-laws'];

function sentence(lang: string): string {
  if (lang === 'zh') return Array.from({ length: 5 }, () => pick(ZH)).join('') + '。';
  const words = lang === 'pt' ? PT : WORDS;
  const chosen = Array.from({ length: 5 }, () => pick(words));
  if (random() < 0.05) chosen.push(pick(RARE));
  return `${chosen.join(' ')}.`;
}

let db: LibraryDb;

beforeAll(async () => {
  ({ db } = freshDb());
  expect(await openLibraryDb(db)).toEqual({ ok: true });
  const library = createLibrary(db, async () => ({}));
  for (let n = 0; n < 160; n++) {
    const lang = random() < 0.6 ? 'en' : random() < 0.6 ? 'pt' : 'zh';
    const url = `https://${pick(SITES)}/news/${n}`;
    const claims: ClaimSpec[] = Array.from({ length: 5 }, () => ({
      text: sentence(lang),
      speaker: pick(SPEAKERS),
      kind: pick(KINDS),
    }));
    const terms = [pick(TERMS), pick(TERMS)]
      .filter((term, i, all) => all.indexOf(term) === i)
      .map((termId) => ({ termId, label: termId.replace(/-/g, ' '), forms: [termId] }));
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 120) * 86_400_000).toISOString();
    const kept = await library.keepAnalysis(
      url,
      analysisOf(url, { title: sentence(lang), lang, publishedTime: day, claims, terms }),
    );
    expect(kept.ok).toBe(true);
  }
  all = await db.entries.toArray();
  vocabulary = [...new Set(all.flatMap((entry) => entry.tokens))].sort();
}, 60_000);
afterAll(() => db?.close());

const dayOf = (iso: string) => iso.slice(0, 10);

/** The answer by brute force: every entry, newest first, checked one by one. */
let all: SearchEntry[] = [];
let vocabulary: string[] = [];
function scan(query: SearchQuery, wanted: number): string[] {
  const tokens = [...new Set(tokenize(query.text))];
  const last = tokens.length - 1;
  let prefixWords: string[] | null = null;
  if (last >= 0 && !/\s$/.test(query.text) && tokens[last]!.length >= 2 && !vocabulary.includes(tokens[last]!)) {
    const words = vocabulary.filter((word) => word.startsWith(tokens[last]!)).slice(0, 64);
    prefixWords = words.length ? words : [tokens[last]!];
  }
  const hasWords = (entry: SearchEntry) =>
    tokens.every((token, i) =>
      i === last && prefixWords
        ? prefixWords.some((word) => entry.tokens.includes(word))
        : entry.tokens.includes(token),
    );
  const meets = (entry: SearchEntry) =>
    (!query.kind || entry.kind === query.kind) &&
    (!query.speakerKey || entry.speakerKey === query.speakerKey) &&
    (!query.claimKind || entry.claimKind === query.claimKind) &&
    (!query.site || entry.site === query.site) &&
    (!query.lang || entry.lang === query.lang) &&
    (!query.termId || entry.termIds.includes(query.termId)) &&
    (!query.from || dayOf(entry.date) >= query.from) &&
    (!query.to || dayOf(entry.date) <= query.to);
  return all
    .filter((entry) => hasWords(entry) && meets(entry))
    .slice(0, wanted)
    .map((entry) => entry.key);
}

const TINY: SearchTuning = { firstBatch: 3, maxBatch: 12, checkChunk: 4, entryCost: 20, indexKeyCost: 4, scanChunk: 5 };
/** Checks entries whenever it can, to walk that path too. */
const CHECKING: SearchTuning = {
  firstBatch: 2,
  maxBatch: 8,
  checkChunk: 3,
  entryCost: 0.01,
  indexKeyCost: 4,
  scanChunk: 3,
};

function randomQuery(): SearchQuery {
  const query: SearchQuery = { text: '' };
  const words = Math.floor(random() * 4);
  const vocabulary = [...WORDS, ...RARE, ...PT, ...ZH, 'altman', 'sam', 'amodei'];
  query.text = Array.from({ length: words }, () => pick(vocabulary)).join(' ');
  if (random() < 0.15) query.text = `${query.text} ${pick(['bench', 'ener', 'sca', 'intel', 'zz'])}`.trim();
  if (random() < 0.3) query.speakerKey = pick(['altman', 'amodei', 'hassabis', 'su']);
  if (random() < 0.25) query.claimKind = pick(KINDS);
  if (random() < 0.25) query.site = pick(SITES).replace(/^www\./, '');
  if (random() < 0.25) query.lang = pick(['en', 'pt', 'zh']);
  if (random() < 0.25) query.termId = pick(TERMS);
  if (random() < 0.25) query.kind = pick(['claim', 'highlight', 'term', 'page'] as const);
  if (random() < 0.2) query.from = pick(['2025-01-15', '2025-02-01', '2025-03-10']);
  if (random() < 0.2) query.to = pick(['2025-02-20', '2025-03-31', '2025-04-30']);
  return query;
}

describe('search finds what a scan of every entry finds', () => {
  const cases: { name: string; query: SearchQuery }[] = [
    { name: 'one common word', query: { text: 'model' } },
    { name: 'three common words', query: { text: 'revenue cloud energy' } },
    { name: 'a rare word and a common one', query: { text: 'quantum model' } },
    { name: 'a speaker alone', query: { text: '', speakerKey: 'amodei' } },
    { name: 'a word and a claim type', query: { text: 'safety', claimKind: 'prediction' } },
    { name: 'a word in a date range', query: { text: 'compute', from: '2025-02-01', to: '2025-02-28' } },
    { name: 'a word and a term', query: { text: 'chips', termId: 'inference' } },
    { name: 'diacritics folded', query: { text: 'inteligencia artificial' } },
    { name: 'Chinese inside a sentence', query: { text: '阿尔特曼' } },
    { name: 'a word being typed', query: { text: 'benchm' } },
    { name: 'pages only, nothing typed', query: { text: '', kind: 'page' } },
    { name: 'a date range alone', query: { text: '', from: '2025-03-01', to: '2025-03-05' } },
    { name: 'nothing matches', query: { text: 'nothingmatchesthis' } },
    { name: 'words of two languages', query: { text: 'model 模型' } },
    { name: 'two rare words seldom together', query: { text: 'quantum robotics' } },
    { name: 'a name and a word seldom beside it', query: { text: 'sam altman robotics' } },
    { name: 'a name and a common word, in a date range', query: { text: 'altman energy', from: '2025-02-01' } },
  ];
  for (const { name, query } of cases) {
    it(name, async () => {
      for (const wanted of [1, 7, 51]) {
        const expected = scan(query, wanted);
        expect(await findEntryKeys(db, query, wanted)).toEqual(expected);
        expect(await findEntryKeys(db, query, wanted, TINY)).toEqual(expected);
        expect(await findEntryKeys(db, query, wanted, CHECKING)).toEqual(expected);
      }
    });
  }

  it('150 random queries with random filters', async () => {
    let nonEmpty = 0;
    for (let n = 0; n < 150; n++) {
      const query = randomQuery();
      const wanted = pick([1, 5, 20, 51]);
      const expected = scan(query, wanted);
      if (expected.length) nonEmpty++;
      const context = JSON.stringify({ query, wanted });
      expect(await findEntryKeys(db, query, wanted), context).toEqual(expected);
      expect(await findEntryKeys(db, query, wanted, TINY), context).toEqual(expected);
      expect(await findEntryKeys(db, query, wanted, CHECKING), context).toEqual(expected);
    }
    // The random queries must not all be empty, or they would prove little.
    expect(nonEmpty).toBeGreaterThan(50);
  }, 120_000);
});
