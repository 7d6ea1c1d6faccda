import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageAnalysis } from '../types';
import {
  csvCell,
  escapeMarkdown,
  exportFileName,
  toAnnotationCollection,
  toJsonLd,
  toMarkdown,
  toMarkdownBundle,
  toReadwiseCsv,
  yamlString,
  type ExportPage,
} from './export';
import { parseAnnotationCollection } from './import';
import { createAnnotation, type HighlightAnnotation } from './model';

const PAGE_KEY = 'https://www.gate.com/pt-br/news/detail/openai-modelo-123';
const TITLE = 'OpenAI: "novo" modelo — custo cai 50% #IA';

function at(minute: number): Date {
  return new Date(Date.UTC(2024, 4, 1, 10, minute, 0));
}

function fixedId(n: number): string {
  return `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

function annotation(
  n: number,
  exact: string,
  start: number,
  note = '',
  colour: HighlightAnnotation['marginalia']['colour'] = 'yellow',
): HighlightAnnotation {
  return createAnnotation(
    {
      pageKey: PAGE_KEY,
      pageTitle: TITLE,
      exact,
      prefix: 'antes ',
      suffix: ' depois',
      start,
      end: start + exact.length,
      note,
      colour,
    },
    at(n),
    fixedId(n),
  );
}

const highlights: HighlightAnnotation[] = [
  annotation(3, '=HYPERLINK("http://evil.example","click")', 300, '+1 to this'),
  annotation(
    1,
    'A OpenAI lançou um novo modelo, dizem, "mais barato".',
    10,
    'Check the [source](javascript:alert(1)) #todo',
    'green',
  ),
  annotation(2, '-50% no custo de treinamento\nsegundo a empresa', 120),
  annotation(4, '@analyst said <script>alert(1)</script>', 400, '', 'pink'),
  annotation(5, '\tindented cell', 500),
  annotation(6, '\rcarriage', 600),
];

const page: ExportPage = { pageKey: PAGE_KEY, title: TITLE, highlights, author: 'Redação, Gate' };

const anchor = { start: 0, end: 10, exact: 'x', prefix: '', suffix: '' };
const analysis: PageAnalysis = {
  schema: 1,
  url: PAGE_KEY,
  analyzedAt: '2024-05-01T12:00:00.000Z',
  article: {
    title: TITLE,
    byline: 'Maria "Mia" Souza',
    siteName: 'Gate.com',
    publishedTime: '2024-04-30T08:00:00Z',
    lang: 'pt',
    pageLang: 'pt-BR',
    excerpt: null,
    text: '',
    length: 0,
    storyStart: 0,
    html: '',
  },
  claims: [
    { id: 'c1', text: 'O custo de treinamento caiu 50%.', kind: 'figure', speaker: null, score: 0.9, anchor },
    { id: 'c2', text: 'Teremos AGI até 2030.', kind: 'prediction', speaker: 'Sam Altman', score: 0.8, anchor },
  ],
  glossary: [
    {
      termId: 'large-language-model',
      forms: ['LLM'],
      count: 2,
      occurrences: [],
      source: { title: '', url: '' },
      relevance: 1,
    },
  ],
  disclaimer: {
    found: true,
    kinds: ['third-party', 'not-advice'],
    text: 'Este conteúdo é de terceiros e não constitui aconselhamento.',
    location: 'page',
    lang: 'pt',
    host: 'Gate',
    anchor,
  },
  provenance: null,
  timings: {},
};

const GOLDEN_DIR = resolve(__dirname, '__golden__');

/** Compares with the golden file; `UPDATE_GOLDEN=1` rewrites it (review the diff before committing). */
function expectGolden(name: string, actual: string): void {
  const path = resolve(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('Markdown export', () => {
  it('matches the golden file', () => {
    expectGolden('page.md', toMarkdown(page, analysis));
  });

  it('works without an analysis, dated by the first highlight', () => {
    const markdown = toMarkdown(page);
    expect(markdown).toContain('date: "2024-05-01"');
    expect(markdown).toContain('site: "gate.com"');
    expect(markdown).not.toContain('## Key claims');
    expect(markdown).not.toContain('## Disclaimer');
  });

  it('says why an article that reads as no story has no claims, by the kind of page its rule tells', () => {
    const notAStory = (rule: unknown): PageAnalysis =>
      ({ ...analysis, claims: [], story: false, noStoryRule: rule }) as PageAnalysis;
    expect(toMarkdown(page, notAStory('addressed'))).toContain(
      '## Key claims\n\n_No claims: the page reads as a guide or instructions to the reader, not as a news story._\n',
    );
    expect(toMarkdown(page, notAStory('commerce'))).toContain('reads as offers and prices, not as a news story');
    // A rule this version does not know (an analysis stored by another version) still gets the plain reason.
    expect(toMarkdown(page, notAStory('some-later-rule'))).toContain('_No claims: the page is not a news story._');
    // A story with no claims, and a page with no article, say nothing about claims.
    expect(toMarkdown(page, { ...analysis, claims: [], story: true })).not.toContain('## Key claims');
    expect(toMarkdown(page, { ...analysis, article: null, claims: [], story: false })).not.toContain('## Key claims');
  });

  it('bundles every page for "export all"', () => {
    const bundle = toMarkdownBundle([page, { pageKey: 'https://example.org/b', title: '', highlights: [] }]);
    expect(bundle.match(/^## /gm)).toHaveLength(2);
    expect(bundle).toContain('<https://example.org/b>');
  });

  it('YAML-escapes values so none can break out of the front matter', () => {
    expect(yamlString('a "b" \\ c\nd: e\u2028')).toBe('"a \\"b\\" \\\\ c\\nd: e\\u2028"');
    const hostile = toMarkdown({ ...page, title: 'x"\n---\nevil: true' });
    const front = hostile.split('\n---\n')[0]!;
    expect(front).not.toMatch(/^evil:/m);
    expect(hostile.match(/^---$/gm)).toHaveLength(2);
  });

  it('escapes Markdown syntax in page text', () => {
    expect(escapeMarkdown('[x](javascript:1) #tag ==mark== $x$ %%c%%')).toBe(
      '\\[x\\](javascript:1) \\#tag \\=\\=mark\\=\\= \\$x\\$ \\%\\%c\\%\\%',
    );
    expect(escapeMarkdown('- item\n1. first')).toBe('\\- item\n1\\. first');
  });
});

describe('CSV export (Readwise)', () => {
  it('matches the golden file', () => {
    expectGolden('highlights.csv', toReadwiseCsv([page]));
  });

  it('neutralizes every formula start and quotes what needs it', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('plain')).toBe('plain');
    const rows = toReadwiseCsv([page]).split('\r\n');
    expect(rows[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date');
  });
});

describe('JSON-LD export', () => {
  it('is an AnnotationCollection that imports back unchanged', () => {
    const collection = toAnnotationCollection(highlights, { id: fixedId(99) });
    expect(collection).toMatchObject({ type: 'AnnotationCollection', total: 6, first: { type: 'AnnotationPage' } });
    const parsed = parseAnnotationCollection(toJsonLd(collection));
    expect(parsed).toEqual({ ok: true, value: highlights });
  });
});

describe('exportFileName', () => {
  it('keeps only safe characters', () => {
    expect(exportFileName(TITLE, 'md')).toBe('OpenAI-novo-modelo-custo-cai-50-IA.md');
    expect(exportFileName('../../etc/passwd', 'csv')).toBe('etc-passwd.csv');
    expect(exportFileName('???', 'json')).toBe('marginalia-highlights.json');
    expect(exportFileName('OpenAI 发布新模型：成本下降 50%', 'md')).toBe('OpenAI-发布新模型-成本下降-50.md');
    expect(exportFileName('スケーリング則は限界か？', 'md')).toBe('スケーリング則は限界か.md');
    expect(exportFileName('𠀀'.repeat(100), 'csv')).toBe(`${'𠀀'.repeat(80)}.csv`);
  });
});
