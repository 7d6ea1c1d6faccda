/**
 * The whole library out and back in:
 * - JSON: the highlights as a W3C Web Annotation collection (JSON-LD, as the highlights export
 *   has always been) beside the kept pages, claims and terms as plain JSON;
 * - a zip of one Markdown note per page, for an Obsidian vault (fflate);
 * - import merges by id: what is already in the library stays as it is, nothing is doubled.
 *
 * Export reads the database without assuming its version, so it still works when the database
 * was written by a newer Marginalia or cannot be opened for use.
 */
import Dexie from 'dexie';
import type { ImportRefusal } from '../result';
import { strToU8, zipSync } from 'fflate';
import * as v from 'valibot';
import { escapeMarkdown, yamlString } from '../highlights/export';
import { toAnnotationCollection, type AnnotationCollection } from '../highlights/export';
import { notJsonRefusal, parseAnnotationCollection } from '../highlights/import';
import {
  ANNOTATION_CONTEXT,
  noteOf,
  parseAnnotation,
  quoteOf,
  sortInPageOrder,
  type HighlightAnnotation,
} from '../highlights/model';
import type { KeptClaim, KeptPage, KeptTerm } from './types';
import { LIBRARY_DB_NAME, type HighlightRow } from './types';

export const LIBRARY_EXPORT_TYPE = 'MarginaliaLibrary';
export const LIBRARY_EXPORT_VERSION = 1;

export interface LibrarySnapshot {
  pages: unknown[];
  claims: unknown[];
  terms: unknown[];
  highlights: unknown[];
}

/** Every row of the four kept tables, read without a schema: works on any version of the database. */
export async function readSnapshot(
  name = LIBRARY_DB_NAME,
  dependencies: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {},
): Promise<LibrarySnapshot> {
  const raw = new Dexie(name, dependencies);
  try {
    try {
      await raw.open();
    } catch (error) {
      // Nothing was ever kept: an empty library.
      if ((error as { name?: string }).name === Dexie.errnames.NoSuchDatabase)
        return { pages: [], claims: [], terms: [], highlights: [] };
      throw error;
    }
    const read = async (table: string) => (raw.tables.some((t) => t.name === table) ? raw.table(table).toArray() : []);
    const [pages, claims, terms, highlights] = await Promise.all([
      read('pages'),
      read('claims'),
      read('terms'),
      read('highlights'),
    ]);
    return { pages, claims, terms, highlights };
  } finally {
    raw.close();
  }
}

function annotationsOf(rows: readonly unknown[]): HighlightAnnotation[] {
  const annotations: HighlightAnnotation[] = [];
  for (const row of rows) {
    const parsed = parseAnnotation((row as Partial<HighlightRow> | null)?.annotation);
    if (parsed.ok) annotations.push(parsed.value);
  }
  return annotations;
}

export interface LibraryExport {
  '@context': { '@vocab': string; highlights: string };
  type: typeof LIBRARY_EXPORT_TYPE;
  version: typeof LIBRARY_EXPORT_VERSION;
  exportedAt: string;
  highlights: AnnotationCollection;
  pages: unknown[];
  claims: unknown[];
  terms: unknown[];
  /** Highlights kept in the library that could not be read, exactly as stored. */
  unreadableHighlights: unknown[];
}

export function toLibraryExport(snapshot: LibrarySnapshot, now = new Date()): LibraryExport {
  const annotations = annotationsOf(snapshot.highlights);
  const readable = new Set(annotations.map((annotation) => annotation.id));
  return {
    '@context': { '@vocab': 'https://marginalia.dev/ns/library#', highlights: ANNOTATION_CONTEXT },
    type: LIBRARY_EXPORT_TYPE,
    version: LIBRARY_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    highlights: toAnnotationCollection(annotations, { label: 'Marginalia library highlights' }),
    pages: snapshot.pages,
    claims: snapshot.claims,
    terms: snapshot.terms,
    unreadableHighlights: snapshot.highlights
      .filter((row) => !readable.has((row as Partial<HighlightRow> | null)?.id ?? ''))
      .map((row) => (row as Partial<HighlightRow> | null)?.annotation ?? row),
  };
}

const isoString = v.string();
const textAnchorSchema = v.object({
  start: v.number(),
  end: v.number(),
  exact: v.string(),
  prefix: v.string(),
  suffix: v.string(),
});
const httpUrl = v.pipe(
  v.string(),
  v.maxLength(8192),
  v.check((url) => /^https?:\/\//i.test(url), 'must be an http(s) URL'),
);
export const keptPageSchema = v.object({
  url: httpUrl,
  title: v.string(),
  site: v.string(),
  lang: v.string(),
  byline: v.nullable(v.string()),
  publishedAt: v.nullable(isoString),
  keptAt: isoString,
  updatedAt: isoString,
  originalPublisher: v.nullable(v.string()),
  originalUrl: v.nullable(v.string()),
  disclaimer: v.boolean(),
  analyzed: v.optional(v.boolean(), true),
  claimCount: v.number(),
  termCount: v.number(),
  highlightCount: v.number(),
});
export const keptClaimSchema = v.object({
  id: v.string(),
  pageUrl: httpUrl,
  claimId: v.string(),
  kind: v.picklist(['quote', 'figure', 'prediction', 'plan', 'opinion', 'fact']),
  speaker: v.nullable(v.string()),
  speakerKey: v.nullable(v.string()),
  text: v.string(),
  anchor: textAnchorSchema,
});
export const keptTermSchema = v.object({
  id: v.string(),
  pageUrl: httpUrl,
  termId: v.string(),
  label: v.string(),
  forms: v.array(v.string()),
  count: v.number(),
});

export interface ParsedImport {
  pages: KeptPage[];
  claims: KeptClaim[];
  terms: KeptTerm[];
  highlights: HighlightAnnotation[];
}

export type ImportParseResult =
  { ok: true; value: ParsedImport } | { ok: false; message: string; refusal: ImportRefusal };

function parseAll<T>(schema: v.GenericSchema<unknown, T>, list: unknown, what: string): T[] | string {
  if (!Array.isArray(list)) return `${what} must be a list.`;
  const out: T[] = [];
  for (const [position, item] of list.entries()) {
    const parsed = v.safeParse(schema, item);
    if (!parsed.success)
      return `${what} ${position + 1} is not valid: ${v.getDotPath(parsed.issues[0]) ?? ''} ${parsed.issues[0].message}`;
    out.push(parsed.output);
  }
  return out;
}

/** A library export, or a plain highlights export (W3C AnnotationCollection). All or nothing. */
export function parseLibraryImport(json: string): ImportParseResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return notJsonRefusal(error);
  }
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== LIBRARY_EXPORT_TYPE) {
    const highlights = parseAnnotationCollection(json);
    return highlights.ok
      ? { ok: true, value: { pages: [], claims: [], terms: [], highlights: highlights.value } }
      : highlights;
  }
  const record = data as Record<string, unknown>;
  if (typeof record.version !== 'number' || record.version > LIBRARY_EXPORT_VERSION)
    return { ok: false, refusal: 'newer-export', message: 'The file was exported by a newer version of Marginalia.' };
  // The file says it is a library export, so whatever is wrong inside it is a bad entry, not a foreign file.
  const badEntry = (message: string): ImportParseResult => ({ ok: false, refusal: 'bad-entry', message });
  if (record.highlights === undefined) return badEntry('The library export has no highlights collection.');
  const highlights = parseAnnotationCollection(JSON.stringify(record.highlights));
  if (!highlights.ok) return badEntry(`Its highlights: ${highlights.message}`);
  const pages = parseAll(keptPageSchema, record.pages, 'Page');
  if (typeof pages === 'string') return badEntry(pages);
  const claims = parseAll(keptClaimSchema, record.claims, 'Claim');
  if (typeof claims === 'string') return badEntry(claims);
  const terms = parseAll(keptTermSchema, record.terms, 'Term');
  if (typeof terms === 'string') return badEntry(terms);
  return { ok: true, value: { pages, claims, terms, highlights: highlights.value } };
}

// ---------------------------------------------------------------- Markdown zip

function oneLine(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}

function fileNameOf(page: KeptPage, taken: Set<string>): string {
  const base =
    (page.title || page.url)
      // What file systems or Obsidian links refuse.
      .replace(/[\\/:*?"<>|#^[\]\p{Cc}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[-. ]+|[-. ]+$/g, '')
      .slice(0, 80) || 'page';
  let name = `${base}.md`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
  taken.add(name.toLowerCase());
  return name;
}

/** One Obsidian note: front matter, then the page's claims, terms and the reader's highlights. */
export function pageMarkdown(
  page: KeptPage,
  claims: readonly KeptClaim[],
  terms: readonly KeptTerm[],
  highlights: readonly HighlightAnnotation[],
): string {
  const front = [
    '---',
    `title: ${yamlString(page.title)}`,
    `url: ${yamlString(page.url)}`,
    `site: ${yamlString(page.site)}`,
    `lang: ${yamlString(page.lang)}`,
  ];
  if (page.publishedAt) front.push(`date: ${yamlString(page.publishedAt.slice(0, 10))}`);
  front.push(`kept: ${yamlString(page.keptAt.slice(0, 10))}`);
  const speakers = [...new Set(claims.map((claim) => claim.speaker).filter((s): s is string => !!s))];
  if (speakers.length) front.push('speakers:', ...speakers.map((speaker) => `  - ${yamlString(speaker)}`));
  front.push('tags:', '  - "marginalia"', ...terms.map((term) => `  - ${yamlString(term.termId)}`), '---');
  const body = [`# ${oneLine(page.title || page.url)}`, '', `<${page.url}>`, ''];
  if (page.disclaimer) body.push('> [!warning] The page carries a third-party-content disclaimer.', '');
  if (claims.length) {
    body.push('## Key claims', '');
    for (const claim of claims)
      body.push(`- **${claim.kind}** ${oneLine(claim.text)}${claim.speaker ? ` — ${oneLine(claim.speaker)}` : ''}`);
    body.push('');
  }
  if (terms.length) body.push('## Terms', '', ...terms.map((term) => `- ${oneLine(term.label)}`), '');
  if (highlights.length) {
    body.push('## Highlights', '');
    for (const annotation of sortInPageOrder(highlights)) {
      body.push(`> ${oneLine(quoteOf(annotation).exact)}`, '');
      const note = noteOf(annotation);
      if (note) body.push(`**Note:** ${oneLine(note)}`, '');
    }
  }
  return `${front.join('\n')}\n\n${body.join('\n').replace(/\n+$/, '')}\n`;
}

/** A zip with one Markdown file per kept page (valid rows only). */
export function toMarkdownZip(snapshot: LibrarySnapshot): Uint8Array {
  const valid = <T>(schema: v.GenericSchema<unknown, T>, rows: unknown[]) =>
    rows.filter((row): row is T => v.is(schema, row));
  const pages = valid(keptPageSchema, snapshot.pages);
  const group = <T extends { pageUrl: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.pageUrl, [...(map.get(row.pageUrl) ?? []), row]);
    return map;
  };
  const claims = group(valid(keptClaimSchema, snapshot.claims));
  const terms = group(valid(keptTermSchema, snapshot.terms));
  const highlights = new Map<string, HighlightAnnotation[]>();
  for (const annotation of annotationsOf(snapshot.highlights))
    highlights.set(annotation.target.source, [...(highlights.get(annotation.target.source) ?? []), annotation]);
  const files: Record<string, Uint8Array> = {};
  const taken = new Set<string>();
  for (const page of pages) {
    files[`Marginalia/${fileNameOf(page, taken)}`] = strToU8(
      pageMarkdown(page, claims.get(page.url) ?? [], terms.get(page.url) ?? [], highlights.get(page.url) ?? []),
    );
  }
  return zipSync(files, { level: 6 });
}
