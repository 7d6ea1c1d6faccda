const HEADING_TAG = /^H[1-6]$/iu;

/** Whether an element's tag name is a heading's (h1 … h6), in whatever case the document gives it. */
export function isHeadingTag(tagName: string): boolean {
  return HEADING_TAG.test(tagName);
}
