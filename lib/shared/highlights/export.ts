/**
 * Export formats: Markdown for Obsidian, W3C Web Annotation JSON-LD and Readwise CSV.
 * Everything quoted from a page is untrusted text and is escaped for the target format.
 */
import { notAStoryKindOf, type NotAStoryKind } from '../not-a-story';
import type { PageAnalysis } from '../types';
import { ANNOTATION_CONTEXT, noteOf, quoteOf, sortInPageOrder, type HighlightAnnotation } from './model';
import { siteLabel } from './url';

export interface ExportPage {
  pageKey: string;
  title: string;
  highlights: readonly HighlightAnnotation[];
  /** Shown in the CSV's Author column when known. */
  author?: string | null;
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: {
    type: 'AnnotationPage';
    startIndex: 0;
    items: HighlightAnnotation[];
  };
}

export function toAnnotationCollection(
  annotations: readonly HighlightAnnotation[],
  options: { id?: string; label?: string } = {},
): AnnotationCollection {
  return {
    '@context': ANNOTATION_CONTEXT,
    id: options.id ?? `urn:uuid:${crypto.randomUUID()}`,
    type: 'AnnotationCollection',
    label: options.label ?? 'Marginalia highlights',
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: [...annotations] },
  };
}

export function toJsonLd(collection: AnnotationCollection): string {
  return `${JSON.stringify(collection, null, 2)}\n`;
}

// ---------------------------------------------------------------- Markdown

/** A YAML double-quoted scalar: safe for any string, including ones that look like YAML syntax. */
export function yamlString(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (
      code < 0x20 ||
      code === 0x7f ||
      (code >= 0x80 && code < 0xa0) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0xfeff
    ) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return `${out}"`;
}

/** Escapes characters Markdown or Obsidian would read as syntax (links, embeds, tags, math, comments, highlights). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~=$%^{}!]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([-+])(?=\s|$)/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, '$1\\$2');
}

function blockquote(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.trim() ? `> ${escapeMarkdown(line.trim())}` : '>'))
    .join('\n');
}

function autolink(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

function oneLine(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}

function tagOf(value: string): string | null {
  const tag = value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_/-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return tag && !/^\d+$/.test(tag) ? tag : null;
}

function firstCreated(highlights: readonly HighlightAnnotation[]): string | null {
  const dates = highlights.map((annotation) => annotation.created).sort();
  return dates[0] ?? null;
}

/** What the page reads as, for the note's line on why it lists no claims (the note is written in English). */
const NOT_A_STORY_READS_AS: Readonly<Record<NotAStoryKind, string>> = {
  guide: 'a guide or instructions to the reader',
  lists: 'mostly lists, tables or short lines',
  technical: 'documentation or a technical post',
  reference: 'a reference entry or an explainer',
  offers: 'offers and prices',
  personal: 'a personal post',
  fiction: 'fiction or rhetoric',
};

/** Why an article that reads as no news story has no claims, as the panel says it. */
function noClaimsLine(analysis: PageAnalysis): string {
  const kind = notAStoryKindOf(analysis.noStoryRule);
  return kind
    ? `_No claims: the page reads as ${NOT_A_STORY_READS_AS[kind]}, not as a news story._`
    : '_No claims: the page is not a news story._';
}

/**
 * One Obsidian note for one page. `date` is the article's publication date when the analysis
 * knows it, otherwise the day of the first highlight. Tags are "marginalia" plus the page's
 * top glossary terms.
 */
export function toMarkdown(page: ExportPage, analysis?: PageAnalysis | null): string {
  const article = analysis?.article ?? null;
  const title = article?.title || page.title || page.pageKey;
  const author = article?.byline ?? page.author ?? null;
  const date = article?.publishedTime ?? firstCreated(page.highlights)?.slice(0, 10) ?? null;
  const tags = ['marginalia', ...(analysis?.glossary ?? []).slice(0, 5).map((entry) => tagOf(entry.termId))].filter(
    (tag, position, all): tag is string => tag !== null && all.indexOf(tag) === position,
  );

  const front = [
    '---',
    `title: ${yamlString(title)}`,
    `url: ${yamlString(page.pageKey)}`,
    `site: ${yamlString(article?.siteName || siteLabel(page.pageKey))}`,
  ];
  if (author) front.push(`author: ${yamlString(author)}`);
  if (date) front.push(`date: ${yamlString(date)}`);
  front.push('tags:', ...tags.map((tag) => `  - ${yamlString(tag)}`), '---');

  const body = [`# ${oneLine(title)}`, '', autolink(page.pageKey), '', '## Highlights', ''];
  const ordered = sortInPageOrder(page.highlights);
  if (!ordered.length) body.push('_No highlights._', '');
  for (const annotation of ordered) {
    body.push(blockquote(quoteOf(annotation).exact), '');
    const note = noteOf(annotation);
    if (note) body.push(`**Note:** ${oneLine(note)}`, '');
  }
  if (analysis?.claims.length) {
    body.push('## Key claims', '');
    for (const claim of analysis.claims)
      body.push(`- ${oneLine(claim.text)}${claim.speaker ? ` — ${oneLine(claim.speaker)}` : ''}`);
    body.push('');
  } else if (analysis?.article && analysis.story === false) {
    body.push('## Key claims', '', noClaimsLine(analysis), '');
  }
  if (analysis?.disclaimer) {
    const flag = analysis.disclaimer;
    body.push(
      '## Disclaimer',
      '',
      blockquote(flag.text),
      '',
      `Kinds: ${flag.kinds.join(', ')}${flag.host ? ` · Host: ${oneLine(flag.host)}` : ''}`,
      '',
    );
  }
  return `${front.join('\n')}\n\n${body.join('\n').replace(/\n+$/, '')}\n`;
}

/** Every page in one note ("export all" from the library): one section per page. */
export function toMarkdownBundle(pages: readonly ExportPage[], title = 'Marginalia highlights'): string {
  const sections = pages.map((page) => {
    const lines = [`## ${oneLine(page.title || page.pageKey)}`, '', autolink(page.pageKey), ''];
    for (const annotation of sortInPageOrder(page.highlights)) {
      lines.push(blockquote(quoteOf(annotation).exact), '');
      const note = noteOf(annotation);
      if (note) lines.push(`**Note:** ${oneLine(note)}`, '');
    }
    return lines.join('\n');
  });
  return `---\ntitle: ${yamlString(title)}\ntags:\n  - "marginalia"\n---\n\n# ${oneLine(title)}\n\n${sections.join('\n')}`.replace(
    /\n+$/,
    '\n',
  );
}

// ---------------------------------------------------------------- CSV

export const READWISE_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'] as const;

/** Spreadsheet apps run cells that start with these as formulas (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const neutral = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(neutral) || neutral !== neutral.trim() ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}

function readwiseDate(iso: string): string {
  return iso
    .replace('T', ' ')
    .replace(/(\.\d+)?Z$/, '')
    .slice(0, 19);
}

/** CSV in the column layout Readwise imports; Location is the highlight's place in page order (1-based). */
export function toReadwiseCsv(pages: readonly ExportPage[]): string {
  const rows: string[][] = [[...READWISE_COLUMNS]];
  for (const page of pages) {
    sortInPageOrder(page.highlights).forEach((annotation, position) => {
      rows.push([
        quoteOf(annotation).exact,
        page.title || annotation.marginalia.pageTitle || page.pageKey,
        page.author ?? '',
        page.pageKey,
        noteOf(annotation),
        String(position + 1),
        readwiseDate(annotation.created),
      ]);
    });
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A file name for downloads: the page title reduced to safe characters. */
export function exportFileName(title: string, extension: 'md' | 'json' | 'csv'): string {
  // Accents come off Latin letters (NFKD, then NFC so kana keep their voicing marks); letters of
  // every script stay, so a Chinese or Japanese title still names its file. Cut by characters, not
  // UTF-16 units, so no surrogate pair is split.
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}_.-]+/gu, '-');
  const base = Array.from(words.replace(/^[-.]+/, ''))
    .slice(0, 80)
    .join('')
    .replace(/[-.]+$/, '');
  return `${base || 'marginalia-highlights'}.${extension}`;
}
