/**
 * A reader's highlight is a W3C Web Annotation (https://www.w3.org/TR/annotation-model/)
 * with a `marginalia` extension object for what the model has no term for (colour, page title).
 */
import * as v from 'valibot';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

const isoDate = v.pipe(v.string(), v.isoTimestamp('must be an ISO 8601 date-time'));
const nonNegativeInt = v.pipe(v.number(), v.integer(), v.minValue(0));

const textQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1, 'exact must not be empty')),
  prefix: v.string(),
  suffix: v.string(),
});

const textPositionSelectorSchema = v.pipe(
  v.object({
    type: v.literal('TextPositionSelector'),
    start: nonNegativeInt,
    end: nonNegativeInt,
  }),
  v.check((selector) => selector.end > selector.start, 'end must be greater than start'),
);

const noteBodySchema = v.object({
  type: v.literal('TextualBody'),
  value: v.string(),
  format: v.literal('text/plain'),
  purpose: v.literal('commenting'),
});

const httpUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.check((value) => /^https?:/i.test(value), 'must be an http(s) URL'),
);

export const highlightAnnotationSchema = v.object({
  '@context': v.literal(ANNOTATION_CONTEXT),
  id: v.pipe(
    v.string(),
    v.regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'id must be a urn:uuid'),
  ),
  type: v.literal('Annotation'),
  motivation: v.literal('highlighting'),
  created: isoDate,
  modified: isoDate,
  body: v.optional(noteBodySchema),
  target: v.object({
    source: httpUrl,
    selector: v.union(
      [v.strictTuple([textQuoteSelectorSchema]), v.strictTuple([textQuoteSelectorSchema, textPositionSelectorSchema])],
      'selector must be [TextQuoteSelector] or [TextQuoteSelector, TextPositionSelector]',
    ),
  }),
  marginalia: v.object({
    colour: v.picklist(HIGHLIGHT_COLOURS, `colour must be one of ${HIGHLIGHT_COLOURS.join(', ')}`),
    pageTitle: v.string(),
  }),
});

export type TextQuoteSelector = v.InferOutput<typeof textQuoteSelectorSchema>;
export type TextPositionSelector = v.InferOutput<typeof textPositionSelectorSchema>;
export type NoteBody = v.InferOutput<typeof noteBodySchema>;
/**
 * `id` is `urn:uuid:…`; `target.source` is the normalized page URL (see normalizePageUrl); the
 * quote selector always comes first, and highlights migrated from version 1 have no position.
 */
export type HighlightAnnotation = v.InferOutput<typeof highlightAnnotationSchema>;
export type HighlightSelectors = HighlightAnnotation['target']['selector'];

/** Human-readable reason for a valibot failure: "target.selector: …". */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}

export function parseAnnotation(
  value: unknown,
): { ok: true; value: HighlightAnnotation } | { ok: false; message: string } {
  const result = v.safeParse(highlightAnnotationSchema, value);
  return result.success ? { ok: true, value: result.output } : { ok: false, message: describeIssues(result.issues) };
}

export interface NewHighlight {
  pageKey: string;
  pageTitle: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** Absent when the position is unknown. */
  start?: number;
  end?: number;
  colour?: HighlightColour;
  note?: string;
}

export function createAnnotation(
  input: NewHighlight,
  now: Date = new Date(),
  id = `urn:uuid:${crypto.randomUUID()}`,
): HighlightAnnotation {
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: input.exact,
    prefix: input.prefix,
    suffix: input.suffix,
  };
  const selector: HighlightSelectors =
    input.start !== undefined && input.end !== undefined
      ? [quote, { type: 'TextPositionSelector', start: input.start, end: input.end }]
      : [quote];
  const timestamp = now.toISOString();
  return withNote(
    {
      '@context': ANNOTATION_CONTEXT,
      id,
      type: 'Annotation',
      motivation: 'highlighting',
      created: timestamp,
      modified: timestamp,
      target: { source: input.pageKey, selector },
      marginalia: { colour: input.colour ?? 'yellow', pageTitle: input.pageTitle },
    },
    input.note ?? '',
  );
}

/** Returns a copy whose body holds `note`; an empty note removes the body. */
export function withNote(annotation: HighlightAnnotation, note: string): HighlightAnnotation {
  const { body: _previous, ...rest } = annotation;
  const trimmed = note.trim();
  return trimmed
    ? { ...rest, body: { type: 'TextualBody', value: trimmed, format: 'text/plain', purpose: 'commenting' } }
    : rest;
}

export function quoteOf(annotation: HighlightAnnotation): TextQuoteSelector {
  return annotation.target.selector[0];
}

export function positionOf(annotation: HighlightAnnotation): TextPositionSelector | null {
  return annotation.target.selector[1] ?? null;
}

export function noteOf(annotation: HighlightAnnotation): string {
  return annotation.body?.value ?? '';
}

/** Page order: by position when known, then by creation time (positionless ones last). */
export function sortInPageOrder(annotations: readonly HighlightAnnotation[]): HighlightAnnotation[] {
  return [...annotations].sort((a, b) => {
    const pa = positionOf(a);
    const pb = positionOf(b);
    if (pa && pb && pa.start !== pb.start) return pa.start - pb.start;
    if (pa && !pb) return -1;
    if (!pa && pb) return 1;
    return a.created.localeCompare(b.created);
  });
}
