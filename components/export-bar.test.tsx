import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Failure } from '../lib/shared/result';
import { ExportBar } from './export-bar';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, ...rest: unknown[]) => [key, ...rest.flat().map(String)].join('|') },
}));

let blobs: Blob[];
let downloads: { name: string; href: string }[];

beforeEach(() => {
  blobs = [];
  downloads = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return `blob:test/${blobs.length}`;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.href });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A message box's paragraphs, each as its text. */
const lines = (box: HTMLElement) => [...box.children].map((line) => line.textContent);

describe('ExportBar', () => {
  const props = {
    title: 'Story: "AI" news',
    markdown: () => '# md',
    json: async () => '{"a":1}',
    csv: () => 'Highlight\r\n',
  };

  it('names its group for what it holds: export, and import when it has the import button', () => {
    const { unmount } = render(<ExportBar {...props} />);
    expect(screen.getByRole('group').getAttribute('aria-label')).toBe('highlights.exportTitle');
    unmount();
    render(<ExportBar {...props} onImport={async () => ({ ok: true, added: 0, duplicates: 0 })} />);
    expect(screen.getByRole('group').getAttribute('aria-label')).toBe('highlights.exportAndImport');
  });

  it('downloads each format as a file named after the title', async () => {
    render(<ExportBar {...props} />);
    fireEvent.click(screen.getByTestId('export-markdown'));
    fireEvent.click(screen.getByTestId('export-json'));
    fireEvent.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(downloads).toHaveLength(3));
    expect(downloads.map((d) => d.name)).toEqual(['Story-AI-news.md', 'Story-AI-news.json', 'Story-AI-news.csv']);
    expect(await Promise.all(blobs.map((blob) => blob.text()))).toEqual(['# md', '{"a":1}', 'Highlight\r\n']);
    expect(blobs.map((blob) => blob.type)).toEqual([
      'text/markdown;charset=utf-8',
      'application/ld+json;charset=utf-8',
      'text/csv;charset=utf-8',
    ]);
  });

  it('copies to the clipboard and says so, or says why not', async () => {
    const writeText = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<ExportBar {...props} />);
    fireEvent.click(screen.getByTestId('copy-csv'));
    await waitFor(() =>
      expect(screen.getByTestId('export-status').textContent).toBe('highlights.copied|highlights.formatCsv'),
    );
    expect(writeText).toHaveBeenCalledWith('Highlight\r\n');
    fireEvent.click(screen.getByTestId('copy-json'));
    await waitFor(() =>
      expect(lines(screen.getByRole('alert'))).toEqual([
        'highlights.copyFailed|highlights.formatJson',
        'panel.errorDetail',
        'denied',
      ]),
    );
    expect(screen.getByRole('alert').querySelector('code[lang="en"]')?.textContent).toBe('denied');
  });

  it('says in the reader’s language when a file could not be made, the browser’s English words marked apart', async () => {
    render(
      <ExportBar
        {...props}
        json={() => {
          throw new Error('Extension context invalidated.');
        }}
      />,
    );
    fireEvent.click(screen.getByTestId('export-json'));
    const alert = await screen.findByRole('alert');
    expect(lines(alert)).toEqual([
      'highlights.downloadFailed|highlights.formatJson',
      'panel.errorDetail',
      'Extension context invalidated.',
    ]);
    expect(alert.querySelector('code[lang="en"]')?.textContent).toBe('Extension context invalidated.');
    expect(downloads).toEqual([]);
  });

  it('hides Markdown when it is not offered and import when there is no handler', () => {
    render(<ExportBar title="x" json={() => ''} csv={() => ''} />);
    expect(screen.queryByTestId('export-markdown')).toBeNull();
    expect(screen.queryByTestId('import-json')).toBeNull();
  });

  it('imports the chosen file and reports the outcome', async () => {
    const onImport = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, added: 2, duplicates: 1 })
      .mockResolvedValueOnce({
        ok: false,
        error: { kind: 'invalid', refusal: 'not-json', message: 'The file is not valid JSON.' },
      });
    render(<ExportBar {...props} onImport={onImport} />);
    const input = screen.getByTestId<HTMLInputElement>('import-json');
    const file = new File(['{"type":"AnnotationCollection"}'], 'h.json', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByTestId('export-status').textContent).toBe(
        'highlights.imported|highlights.countNew|2|2|library.alreadyHere|1|1',
      ),
    );
    expect(onImport).toHaveBeenCalledWith('{"type":"AnnotationCollection"}');
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() =>
      expect(lines(screen.getByRole('alert'))).toEqual([
        'highlights.notImported',
        'highlights.importNotJson',
        'panel.errorDetail',
        'The file is not valid JSON.',
      ]),
    );
    // The parser's own words are a detail for a bug report, marked as English.
    expect(screen.getByRole('alert').querySelector('code[lang="en"]')?.textContent).toBe('The file is not valid JSON.');
  });

  it('tells a file it could not read from one it read and did not accept, each cause in a sentence of its own', async () => {
    const refusals: [Failure, string[]][] = [
      [
        { kind: 'invalid', refusal: 'not-json', message: 'The file is not valid JSON (Unexpected end).' },
        [
          'highlights.notImported',
          'highlights.importNotJson',
          'panel.errorDetail',
          'The file is not valid JSON (Unexpected end).',
        ],
      ],
      // Well-formed JSON, read: never "could not read this file".
      [
        { kind: 'invalid', refusal: 'not-an-export', message: 'The file is an "Person", not an AnnotationCollection.' },
        [
          'highlights.notImported',
          'highlights.importNotAnExport',
          'panel.errorDetail',
          'The file is an "Person", not an AnnotationCollection.',
        ],
      ],
      [
        { kind: 'invalid', refusal: 'bad-entry', message: 'Annotation 2 is not a highlight: target.selector' },
        [
          'highlights.notImported',
          'highlights.importBadEntry',
          'panel.errorDetail',
          'Annotation 2 is not a highlight: target.selector',
        ],
      ],
      // Sentences that say it all: the English would only repeat them.
      [
        { kind: 'invalid', refusal: 'too-large', message: 'The file is too large to be a highlights export.' },
        ['highlights.notImported', 'highlights.importTooLarge'],
      ],
      [
        {
          kind: 'invalid',
          refusal: 'newer-export',
          message: 'The file was exported by a newer version of Marginalia.',
        },
        ['highlights.notImported', 'highlights.importNewer'],
      ],
    ];
    const onImport = vi.fn();
    render(<ExportBar {...props} onImport={onImport} />);
    const input = screen.getByTestId<HTMLInputElement>('import-json');
    const file = new File(['{"type":"Person"}'], 'h.json', { type: 'application/json' });
    for (const [error, said] of refusals) {
      onImport.mockResolvedValueOnce({ ok: false, error });
      fireEvent.change(input, { target: { files: [file] } });
      await waitFor(() => expect(lines(screen.getByRole('alert'))).toEqual(said));
    }
  });

  it('says why nothing was imported when the library, not the file, refused it', async () => {
    const refusals: [string, Failure, string[]][] = [
      // The library's own sentence says it all, nothing was changed: no "could not read this file", no English.
      [
        'a newer library',
        { kind: 'newer-version', message: 'VersionError: The requested version (60) is less' },
        ['library.newerVersion'],
      ],
      [
        'a full storage',
        { kind: 'quota', message: 'highlighter.storageFull' },
        ['highlights.notImported', 'highlighter.storageFull'],
      ],
      [
        'a bug',
        { kind: 'failed', message: 'TypeError: x is undefined' },
        ['highlights.notImported', 'panel.errorDetail', 'TypeError: x is undefined'],
      ],
    ];
    const onImport = vi.fn();
    render(<ExportBar {...props} onImport={onImport} />);
    const input = screen.getByTestId<HTMLInputElement>('import-json');
    const file = new File(['{"type":"AnnotationCollection"}'], 'h.json', { type: 'application/json' });
    for (const [, error, said] of refusals) {
      onImport.mockResolvedValueOnce({ ok: false, error });
      fireEvent.change(input, { target: { files: [file] } });
      await waitFor(() => expect(lines(screen.getByRole('alert'))).toEqual(said));
    }
  });
});
