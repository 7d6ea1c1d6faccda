import { unzipSync, strFromU8 } from 'fflate';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { analysisOf, freshDb, highlightOn } from '../../../tests/fixtures/library';
import type { LibraryDb } from '../../background/library/db';
import { parseAnnotationCollection } from '../highlights/import';
import { parseLibraryImport, readSnapshot, toLibraryExport, toMarkdownZip } from './export';
import { createLibrary, openLibraryDb } from '../../background/library/library';

const URL_A = 'https://www.theverge.com/ai/altman-interview';
const URL_B = 'https://br.cointelegraph.com/news/altman-agi';
const dbs: LibraryDb[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

async function filled() {
  const { db, factory, name } = freshDb();
  dbs.push(db);
  await openLibraryDb(db);
  const library = createLibrary(db);
  await library.keepAnalysis(
    URL_A,
    analysisOf(URL_A, {
      title: 'Altman: [AGI] soon',
      publishedTime: '2026-04-02T10:00:00Z',
      claims: [{ text: 'AGI is near.', speaker: 'Sam Altman', kind: 'prediction' }],
      terms: [{ termId: 'agi', label: 'AGI', forms: ['AGI'] }],
      disclaimer: true,
    }),
  );
  await library.keepAnalysis(
    URL_B,
    analysisOf(URL_B, { title: 'Altman fala', lang: 'pt', claims: [{ text: 'A IAG está perto.', speaker: 'Altman' }] }),
  );
  const highlight = highlightOn(URL_A, 'AGI is near', 'check in 2030');
  await db.highlights.put({ id: highlight.id, pageUrl: URL_A, annotation: highlight });
  return { db, library, snapshot: await readSnapshot(name, { indexedDB: factory, IDBKeyRange }) };
}

describe('library export and import', () => {
  it('exports JSON-LD highlights beside pages, claims and terms, and imports it losslessly, merging', async () => {
    const { snapshot } = await filled();
    const exported = toLibraryExport(snapshot);
    expect(exported.highlights).toMatchObject({ type: 'AnnotationCollection', total: 1 });
    expect(exported.claims).toHaveLength(2);
    const parsed = parseLibraryImport(JSON.stringify(exported));
    if (!parsed.ok) throw new Error(parsed.message);

    const { db } = freshDb();
    dbs.push(db);
    await openLibraryDb(db);
    const library = createLibrary(db);
    expect(await library.importRecords(parsed.value)).toEqual({
      ok: true,
      value: { pages: 2, claims: 2, terms: 1, highlights: 1, duplicates: 0 },
    });
    expect(await library.importRecords(parsed.value)).toEqual({
      ok: true,
      value: { pages: 0, claims: 0, terms: 0, highlights: 0, duplicates: 6 },
    });
    const search = await library.search({ text: 'altman', kind: 'claim' });
    expect(search.ok && search.value.hits.map((hit) => hit.pageUrl).sort()).toEqual([URL_B, URL_A].sort());
    const history = await library.speakerHistory(['altman'], URL_B);
    expect(history.ok && history.value.map((item) => item.page.url)).toEqual([URL_A]);
    expect((await db.pages.get(URL_A))?.highlightCount).toBe(1);
  });

  it('imports a plain highlights file too, and refuses a broken one whole', async () => {
    const { snapshot } = await filled();
    const exported = toLibraryExport(snapshot);
    const plain = parseLibraryImport(JSON.stringify(exported.highlights));
    expect(plain.ok && plain.value.highlights).toHaveLength(1);
    const broken = { ...exported, claims: [{ id: 'x' }] };
    expect(parseLibraryImport(JSON.stringify(broken))).toMatchObject({
      ok: false,
      refusal: 'bad-entry',
      message: /Claim 1/,
    });
    expect(parseLibraryImport('{')).toMatchObject({ ok: false, refusal: 'not-json' });
    expect(parseLibraryImport(JSON.stringify({ ...exported, version: 99 }))).toMatchObject({
      ok: false,
      refusal: 'newer-export',
      message: /newer/,
    });
  });

  it('words a file that is not JSON as the highlights importer does, to the letter', () => {
    const truncated = '{"type": "Annotation';
    const library = parseLibraryImport(truncated);
    const highlights = parseAnnotationCollection(truncated);
    expect(library).toMatchObject({ ok: false, refusal: 'not-json' });
    expect(library).toEqual(highlights);
  });

  it('tells a well-formed file that is no export from an export with a bad part, and refuses one without highlights', async () => {
    const { snapshot } = await filled();
    const exported = toLibraryExport(snapshot);
    expect(parseLibraryImport('{"type": "Person", "name": "Ada"}')).toMatchObject({
      ok: false,
      refusal: 'not-an-export',
    });
    const badHighlights = { ...exported, highlights: { ...exported.highlights, first: 'elsewhere' } };
    expect(parseLibraryImport(JSON.stringify(badHighlights))).toMatchObject({ ok: false, refusal: 'bad-entry' });
    // A library export with no highlights collection: a refusal, not a TypeError from the parser.
    const { highlights: _dropped, ...withoutHighlights } = exported;
    expect(parseLibraryImport(JSON.stringify(withoutHighlights))).toMatchObject({ ok: false, refusal: 'bad-entry' });
  });

  it('zips one Markdown note per page, with front matter, claims, terms and highlights', async () => {
    const { snapshot } = await filled();
    const files = unzipSync(toMarkdownZip(snapshot));
    const names = Object.keys(files).sort();
    expect(names).toEqual(['Marginalia/Altman AGI soon.md', 'Marginalia/Altman fala.md']);
    const note = strFromU8(files['Marginalia/Altman AGI soon.md']!);
    expect(note).toMatch(
      /^---\ntitle: "Altman: \[AGI\] soon"\nurl: "https:\/\/www.theverge.com\/ai\/altman-interview"/,
    );
    expect(note).toContain('speakers:\n  - "Sam Altman"');
    expect(note).toContain('- **prediction** AGI is near. — Sam Altman');
    expect(note).toContain('> AGI is near');
    expect(note).toContain('**Note:** check in 2030');
    expect(note).toContain('third-party-content disclaimer');
  });
});
