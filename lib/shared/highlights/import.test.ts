import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, parseAnnotationCollection } from './import';
import { ANNOTATION_CONTEXT } from './model';

function collection(items: unknown[]): string {
  return JSON.stringify({
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    first: { type: 'AnnotationPage', items },
  });
}

const foreign = {
  id: 'urn:uuid:0b7a3c52-8f0e-4a8c-9e38-2d1c5f4e6a71',
  type: 'Annotation',
  created: '2024-03-01T09:00:00Z',
  target: {
    source: 'https://Example.org/story?utm_source=feed#p2',
    selector: [{ type: 'TextQuoteSelector', exact: 'the quoted words', prefix: '', suffix: '' }],
  },
};

describe('parseAnnotationCollection', () => {
  it('accepts annotations from another tool, filling in what Marginalia adds', () => {
    const result = parseAnnotationCollection(collection([foreign]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value[0]).toMatchObject({
      '@context': ANNOTATION_CONTEXT,
      motivation: 'highlighting',
      modified: '2024-03-01T09:00:00Z',
      target: { source: 'https://example.org/story' },
      marginalia: { colour: 'yellow', pageTitle: '' },
    });
  });

  it('drops repeated ids inside one file', () => {
    const result = parseAnnotationCollection(collection([foreign, foreign]));
    expect(result.ok && result.value.length).toBe(1);
  });

  it('says which annotation is wrong and why', () => {
    const bad = {
      ...foreign,
      id: 'urn:uuid:0b7a3c52-8f0e-4a8c-9e38-2d1c5f4e6a72',
      target: { ...foreign.target, selector: [{ type: 'CssSelector', value: 'p' }] },
    };
    const result = parseAnnotationCollection(collection([foreign, bad]));
    expect(result).toEqual({
      ok: false,
      refusal: 'bad-entry',
      message: expect.stringMatching(/^Annotation 2 \(urn:uuid:[^)]+\) is not a highlight: target\.selector/),
    });
  });

  it('refuses non-http sources and bad colours', () => {
    const script = { ...foreign, target: { ...foreign.target, source: 'javascript:alert(1)' } };
    expect(parseAnnotationCollection(collection([script])).ok).toBe(false);
    const colour = { ...foreign, marginalia: { colour: 'red', pageTitle: '' } };
    const result = parseAnnotationCollection(collection([colour]));
    expect(result.ok ? '' : result.message).toMatch(/colour must be one of yellow, green, blue, pink/);
  });

  it('refuses a collection without embedded items', () => {
    const result = parseAnnotationCollection(
      JSON.stringify({ '@context': ANNOTATION_CONTEXT, type: 'AnnotationCollection', first: 'https://x/page1' }),
    );
    expect(result.ok ? '' : result.message).toMatch(/first\.items/);
  });

  it('says why it refused: not read (too large, not JSON), or read and not accepted (not an export, a bad entry)', () => {
    const refusal = (json: string) => {
      const result = parseAnnotationCollection(json);
      return result.ok ? null : result.refusal;
    };
    expect(refusal(' '.repeat(MAX_IMPORT_CHARS + 1))).toBe('too-large');
    expect(refusal('{"type": "AnnotationCollection", "first": ')).toBe('not-json');
    expect(refusal('[1, 2]')).toBe('not-an-export');
    expect(refusal('{"type": "Person", "name": "Ada"}')).toBe('not-an-export');
    expect(refusal(JSON.stringify({ '@context': ANNOTATION_CONTEXT, type: 'Annotation' }))).toBe('not-an-export');
    expect(refusal(collection([foreign, 'text']))).toBe('bad-entry');
    expect(refusal(collection([{ ...foreign, target: { source: 'https://x/' } }]))).toBe('bad-entry');
  });
});
