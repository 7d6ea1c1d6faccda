import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnnotation, quoteOf, type HighlightAnnotation } from '../../shared/highlights/model';
import { convertV1, INDEX_KEY, pageStorageKey, UNREADABLE_V1_KEY } from './storage-format';
import type { HighlightStore } from '../../shared/highlights/store-types';
import { createHighlightStore } from './store';
import { toJsonLd } from '../../shared/highlights/export';

const PAGE = 'https://news.example.com/ai/model-launch';
const OTHER = 'https://blog.example.org/post?id=7';

const v1Fixture = JSON.parse(
  readFileSync(resolve(__dirname, '../../../tests/fixtures/storage/highlights-v1.json'), 'utf8'),
) as Record<string, unknown>;

function highlight(exact: string, start: number, pageKey = PAGE, note = ''): HighlightAnnotation {
  const pageTitle = pageKey === PAGE ? 'Model launch' : 'Other post';
  return createAnnotation({
    pageKey,
    pageTitle,
    exact,
    prefix: 'before ',
    suffix: ' after',
    start,
    end: start + exact.length,
    note,
  });
}

async function localSnapshot(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error.message}`);
  return result.value;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('highlight store', () => {
  let store: HighlightStore;
  beforeEach(() => {
    store = createHighlightStore();
  });

  it('adds, lists in page order, updates and lists pages', async () => {
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('second', 50)));
    const first = expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('first', 10)));
    expectOk(await store.add(OTHER, { title: 'Other post' }, highlight('elsewhere', 0, OTHER)));

    const page = expectOk(await store.list(PAGE));
    expect(page.highlights.map((a) => quoteOf(a).exact)).toEqual(['first', 'second']);

    const updated = expectOk(await store.update(PAGE, first.id, { note: '  a note ', colour: 'pink' }));
    expect(updated.body?.value).toBe('a note');
    expect(updated.marginalia.colour).toBe('pink');
    const cleared = expectOk(await store.update(PAGE, first.id, { note: '' }));
    expect(cleared.body).toBeUndefined();

    const pages = expectOk(await store.listPages());
    expect(pages.map((p) => [p.pageKey, p.count]).sort()).toEqual([
      [OTHER, 1],
      [PAGE, 2],
    ]);
  });

  it('rejects a highlight whose target is another page or that is malformed', async () => {
    const result = await store.add(OTHER, { title: 'x' }, highlight('text', 0, PAGE));
    expect(result.ok).toBe(false);
    const broken = { ...highlight('text', 0), id: 'not-a-urn' };
    const second = await store.add(PAGE, { title: 'x' }, broken);
    expect(second.ok ? '' : second.error.message).toMatch(/id must be a urn:uuid/);
  });

  it('remove returns the item and restore brings it back', async () => {
    const added = expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('keep me', 3, PAGE, 'note')));
    const removed = expectOk(await store.remove(PAGE, added.id));
    expect(removed.annotation).toEqual(added);
    expect(expectOk(await store.list(PAGE)).highlights).toEqual([]);
    expect(expectOk(await store.listPages())).toEqual([]);
    expectOk(await store.restore(removed));
    expect(expectOk(await store.list(PAGE)).highlights).toEqual([added]);
    expect(expectOk(await store.listPages())[0]).toMatchObject({ pageKey: PAGE, title: 'Model launch', count: 1 });
  });

  it('removePage and restore of the whole page', async () => {
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('one', 1)));
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('two', 20)));
    const removed = expectOk(await store.removePage(PAGE));
    expect(removed.annotations).toHaveLength(2);
    expect(await localSnapshot()).not.toHaveProperty(pageStorageKey(PAGE).slice('local:'.length));
    expect(expectOk(await store.listPages())).toEqual([]);
    expectOk(await store.restore(removed));
    expect(expectOk(await store.list(PAGE)).highlights).toHaveLength(2);
  });

  it('serializes concurrent writes so none is lost', async () => {
    const writes = Array.from({ length: 25 }, (_, n) =>
      store.add(PAGE, { title: 'Model launch' }, highlight(`quote ${n}`, n * 10)),
    );
    const results = await Promise.all(writes);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(expectOk(await store.list(PAGE)).highlights).toHaveLength(25);
    expect(expectOk(await store.listPages())[0]!.count).toBe(25);
  });

  it('a write rejected for quota reports a typed error and keeps what was there', async () => {
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('existing', 0)));
    const before = await localSnapshot();
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const result = await store.add(PAGE, { title: 'Model launch' }, highlight('too much', 40));
    set.mockRestore();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe('quota');
    expect(await localSnapshot()).toEqual(before);
    // The queue keeps working after a failure.
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('later', 80)));
    expect(expectOk(await store.list(PAGE)).highlights).toHaveLength(2);
  });

  it('a corrupted page gives a clear error and the other pages still load', async () => {
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('fine', 0)));
    expectOk(await store.add(OTHER, { title: 'Other' }, highlight('also fine', 0, OTHER)));
    await fakeBrowser.storage.local.set({ [pageStorageKey(OTHER).slice(6)]: 'garbage' });

    const broken = await store.list(OTHER);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error).toMatchObject({ kind: 'corrupt', pageKey: OTHER });
    expect(expectOk(await store.list(PAGE)).highlights).toHaveLength(1);
    const all = expectOk(await store.listAll());
    expect(all.find((p) => p.pageKey === PAGE)!.highlights).toHaveLength(1);
    expect(all.find((p) => p.pageKey === OTHER)!.problems[0]).toMatch(/unreadable/);
    // Writing to the damaged page is refused instead of overwriting what is there.
    const add = await store.add(OTHER, { title: 'Other' }, highlight('new', 5, OTHER));
    expect(add.ok).toBe(false);
    expect((await localSnapshot())[pageStorageKey(OTHER).slice(6)]).toBe('garbage');
  });

  it('one unreadable annotation is reported, kept in storage, and the rest of the page loads', async () => {
    const good = expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('good', 0)));
    const key = pageStorageKey(PAGE).slice(6);
    const record = (await fakeBrowser.storage.local.get(key))[key] as { annotations: unknown[] };
    record.annotations.push({ id: 'urn:uuid:broken', type: 'Annotation' });
    await fakeBrowser.storage.local.set({ [key]: record });

    const page = expectOk(await store.list(PAGE));
    expect(page.highlights).toEqual([good]);
    expect(page.problems).toHaveLength(1);
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('more', 9)));
    const after = (await fakeBrowser.storage.local.get(key))[key] as { annotations: unknown[] };
    expect(after.annotations).toContainEqual({ id: 'urn:uuid:broken', type: 'Annotation' });
  });

  it('a damaged index is rebuilt from the page items', async () => {
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('fine', 0)));
    await fakeBrowser.storage.local.set({ highlights: { pages: 'nope' } });
    const pages = expectOk(await store.listPages());
    expect(pages.map((p) => p.pageKey)).toEqual([PAGE]);
  });
});

describe('migrations', () => {
  it('upgrades the frozen version-1 fixture', async () => {
    await fakeBrowser.storage.local.set(v1Fixture);
    const store = createHighlightStore();
    const pages = expectOk(await store.listPages());
    expect(pages.map((p) => [p.pageKey, p.count])).toEqual([
      ['https://example.org/ai/scaling?a=1&b=2', 1],
      ['https://www.gate.com/pt-br/news/detail/openai-novo-modelo-123', 2],
    ]);
    const gate = expectOk(await store.list('https://www.gate.com/pt-br/news/detail/openai-novo-modelo-123'));
    expect(
      gate.highlights.map((a) => [quoteOf(a).exact, a.marginalia.colour, a.body?.value ?? null, a.created]),
    ).toEqual([
      [
        'OpenAI lançou um novo modelo de linguagem',
        'yellow',
        'Check the benchmark numbers',
        '2024-05-01T10:00:00.000Z',
      ],
      ['o custo de treinamento caiu pela metade', 'green', null, '2024-05-01T10:01:00.000Z'],
    ]);
    expect(gate.highlights.every((a) => a.target.selector.length === 1)).toBe(true);
    const scaling = expectOk(await store.list('https://example.org/ai/scaling?a=1&b=2'));
    expect(scaling.highlights[0]!.marginalia.colour).toBe('yellow');

    const snapshot = await localSnapshot();
    expect(snapshot['highlights$']).toEqual({ v: 2 });
    // The two records that could not be upgraded are kept aside, not dropped.
    expect(snapshot[UNREADABLE_V1_KEY.slice(6)]).toHaveLength(2);
  });

  it('running the migration twice changes nothing', async () => {
    await fakeBrowser.storage.local.set(v1Fixture);
    expectOk(await createHighlightStore().listPages());
    const once = await localSnapshot();

    // A second store (next start-up) sees version 2 and leaves everything as it is.
    expectOk(await createHighlightStore().listPages());
    expect(await localSnapshot()).toEqual(once);

    // Even if the version marker were lost after the pages were written, re-running adds no duplicates.
    await fakeBrowser.storage.local.remove('highlights$');
    await fakeBrowser.storage.local.set({ highlights: v1Fixture.highlights });
    expectOk(await createHighlightStore().listPages());
    expect(await localSnapshot()).toEqual(once);
  });

  it('converts version-1 records to the same ids every time', async () => {
    const records = v1Fixture.highlights as unknown[];
    const a = await convertV1(records);
    const b = await convertV1(records);
    expect([...a.pages]).toEqual([...b.pages]);
    expect(a.skipped).toHaveLength(2);
  });

  it('a version-1 value that is not a list is kept aside and the store starts empty', async () => {
    await fakeBrowser.storage.local.set({ highlights: 'corrupted' });
    const store = createHighlightStore();
    expect(expectOk(await store.listPages())).toEqual([]);
    expect((await localSnapshot())[UNREADABLE_V1_KEY.slice(6)]).toBe('corrupted');
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('fresh start', 0)));
    expect((await localSnapshot())[INDEX_KEY.slice(6)]).toMatchObject({ pages: { [PAGE]: { count: 1 } } });
  });
});

describe('import and export through the store', () => {
  it('export → import into empty storage is lossless, and importing twice does not duplicate', async () => {
    const store = createHighlightStore();
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('one', 1, PAGE, 'my note')));
    expectOk(await store.add(OTHER, { title: 'Other post' }, highlight('two', 2, OTHER)));
    const exported = expectOk(await store.exportAll());
    const json = toJsonLd(exported);

    fakeBrowser.reset();
    const fresh = createHighlightStore();
    expect(expectOk(await fresh.importAnnotations(json))).toEqual({
      added: 2,
      duplicates: 0,
      pages: 2,
      changedPages: [expect.any(String), expect.any(String)],
    });
    const reExported = expectOk(await fresh.exportAll());
    expect(reExported.first.items).toEqual(exported.first.items);
    expect(
      expectOk(await fresh.listPages())
        .map((p) => p.title)
        .sort(),
    ).toEqual(['Model launch', 'Other post']);

    const before = await localSnapshot();
    expect(expectOk(await fresh.importAnnotations(json))).toEqual({
      added: 0,
      duplicates: 2,
      pages: 2,
      changedPages: [],
    });
    expect(await localSnapshot()).toEqual(before);
  });

  it('a malformed or foreign file changes nothing and says what is wrong', async () => {
    const store = createHighlightStore();
    expectOk(await store.add(PAGE, { title: 'Model launch' }, highlight('one', 1)));
    const before = await localSnapshot();
    const cases: [string, RegExp][] = [
      ['{ not json', /not valid JSON/],
      ['[1,2,3]', /holds a list/],
      ['{"@context":"https://schema.org","type":"Article"}', /@context/],
      [
        '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation"}',
        /"Annotation", not an AnnotationCollection/,
      ],
    ];
    for (const [json, message] of cases) {
      const result = await store.importAnnotations(json);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toMatch(message);
    }
    expect(await localSnapshot()).toEqual(before);
  });
});
