/**
 * Reading a W3C Web Annotation `AnnotationCollection` back. All or nothing: the first problem
 * is reported with where it is, and no annotation is accepted from a file that has one.
 */
import { errorMessage, type ImportRefusal } from '../result';
import { ANNOTATION_CONTEXT, parseAnnotation, type HighlightAnnotation } from './model';
import { normalizePageUrl } from './url';

/** Bigger files are refused before parsing; a reader's highlights are far smaller. */
export const MAX_IMPORT_CHARS = 20_000_000;

export const HIGHLIGHTS_TOO_LARGE = 'The file is too large to be a highlights export.';

export type ImportParse =
  { ok: true; value: HighlightAnnotation[] } | { ok: false; message: string; refusal: ImportRefusal };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function hasAnnotationContext(context: unknown): boolean {
  return context === ANNOTATION_CONTEXT || (Array.isArray(context) && context.includes(ANNOTATION_CONTEXT));
}

/**
 * Items embedded in a collection may leave out `@context`, and annotations from other tools have
 * no Marginalia fields: fill those in before validating. The page URL is normalized like ours.
 */
function completeItem(item: Record<string, unknown>): Record<string, unknown> {
  const marginalia = isRecord(item.marginalia) ? item.marginalia : {};
  const target =
    isRecord(item.target) && typeof item.target.source === 'string'
      ? { ...item.target, source: normalizeOrKeep(item.target.source) }
      : item.target;
  return {
    ...item,
    '@context': item['@context'] ?? ANNOTATION_CONTEXT,
    motivation: item.motivation ?? 'highlighting',
    modified: item.modified ?? item.created,
    target,
    marginalia: { colour: marginalia.colour ?? 'yellow', pageTitle: marginalia.pageTitle ?? '' },
  };
}

function normalizeOrKeep(url: string): string {
  try {
    return normalizePageUrl(url);
  } catch {
    return url;
  }
}

/** A file that does not parse as JSON, worded once for both importers (highlights and library). */
export function notJsonRefusal(error: unknown): { ok: false; refusal: 'not-json'; message: string } {
  return { ok: false, refusal: 'not-json', message: `The file is not valid JSON (${errorMessage(error)}).` };
}

export function parseAnnotationCollection(json: string): ImportParse {
  if (json.length > MAX_IMPORT_CHARS) return { ok: false, refusal: 'too-large', message: HIGHLIGHTS_TOO_LARGE };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return notJsonRefusal(error);
  }
  if (!isRecord(data))
    return {
      ok: false,
      refusal: 'not-an-export',
      message: `The file holds ${describe(data)}, not a W3C Web Annotation collection.`,
    };
  if (!hasAnnotationContext(data['@context'])) {
    return {
      ok: false,
      refusal: 'not-an-export',
      message: `The file is not W3C Web Annotation JSON-LD: its @context is not ${ANNOTATION_CONTEXT}.`,
    };
  }
  if (data.type !== 'AnnotationCollection') {
    return {
      ok: false,
      refusal: 'not-an-export',
      message: `The file is ${typeof data.type === 'string' ? `an "${data.type}"` : 'untyped'}, not an AnnotationCollection.`,
    };
  }
  const first = data.first;
  if (!isRecord(first) || !Array.isArray(first.items)) {
    return {
      ok: false,
      refusal: 'bad-entry',
      message: 'The collection has no embedded page of annotations (first.items).',
    };
  }
  const annotations: HighlightAnnotation[] = [];
  const seen = new Set<string>();
  for (const [position, item] of first.items.entries()) {
    const label = `Annotation ${position + 1}${isRecord(item) && typeof item.id === 'string' ? ` (${item.id})` : ''}`;
    if (!isRecord(item))
      return { ok: false, refusal: 'bad-entry', message: `${label} is ${describe(item)}, not an annotation.` };
    const parsed = parseAnnotation(completeItem(item));
    if (!parsed.ok)
      return { ok: false, refusal: 'bad-entry', message: `${label} is not a highlight: ${parsed.message}.` };
    if (seen.has(parsed.value.id)) continue;
    seen.add(parsed.value.id);
    annotations.push(parsed.value);
  }
  return { ok: true, value: annotations };
}
