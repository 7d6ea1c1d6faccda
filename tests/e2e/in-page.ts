/**
 * Functions the browser tests hand to the page's `evaluate` (Playwright's and Puppeteer's alike). The driver sends each
 * one as source text, so each uses nothing from outside its own body.
 */

/** Whether the page's text `snippet` is inside the viewport (null when it is not on the page). */
export function isTextInViewport(snippet: string): boolean | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue!.indexOf(snippet);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + snippet.length);
    const box = range.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }
  return null;
}

/**
 * Scrolls the first occurrence of `snippet` to the middle of the viewport and gives the centre of its first `length`
 * characters, where a mouse pointer hovers over it (null when it is not on the page).
 */
export function pointOnText({ snippet, length }: { snippet: string; length: number }): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue!.indexOf(snippet);
    if (at < 0) continue;
    node.parentElement!.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + length);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}
