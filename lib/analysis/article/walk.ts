/**
 * Whether the walk steps into the element. A <template> holds its nodes in a separate fragment
 * (`content`), not as children: a browser gives it no `firstChild`, but happy-dom answers
 * `firstChild` with the fragment's first node, whose parent chain ends at the fragment, so a
 * walk that stepped in would stop there and never reach the rest of the page.
 */
function stepsInto(element: Element): boolean {
  return element.localName !== 'template';
}

/**
 * Calls `visit` on every element under `root`, in document order (as `querySelectorAll('*')`
 * lists them), without building that list or any other: it steps from an element to its first
 * child, else to its next sibling or its nearest ancestor's. No stack, so a deeply nested page
 * cannot overflow one; and no `children` collections, which a DOM emulation (happy-dom) builds
 * anew, with a proxy, for each element of a fresh clone. `visit` must not change the tree.
 * A <template>'s content is not under it (see stepsInto).
 */
export function walkElements(root: ParentNode, visit: (element: Element) => void): void {
  for (let element = root.firstElementChild; element; element = nextElementUnder(root, element)) visit(element);
}

/**
 * The first element under `root` (in document order, `root` left out) that `test` holds for, as
 * `root.querySelector` finds it, without a selector query; the walk stops there. See walkElements.
 */
export function findElement(root: ParentNode, test: (element: Element) => boolean): Element | null {
  for (let element = root.firstElementChild; element; element = nextElementUnder(root, element))
    if (test(element)) return element;
  return null;
}

/** The element after `element` in a walk of the elements under `root` (see walkElements). */
function nextElementUnder(root: ParentNode, element: Element): Element | null {
  let next = stepsInto(element) ? element.firstElementChild : null;
  for (let at: Element = element; !next;) {
    next = at.nextElementSibling;
    if (next) break;
    const up = at.parentNode;
    if (!up || up === root) break;
    at = up as Element;
  }
  return next;
}

/**
 * `walkElements` that also returns the length of the text inside `measured` (`root` itself, or a
 * node under it), as `measured.textContent.length` would read it before anything changes, from
 * the same walk: it steps through every node instead of only elements (stepping from element to
 * element passes the text nodes between them anyway), so the text is counted, never built.
 * A <template>'s content is neither visited nor counted, as in a browser's `textContent`.
 */
export function walkElementsMeasuringText(
  root: ParentNode,
  measured: Node | null,
  visit: (element: Element) => void,
): number {
  let length = 0;
  let inMeasured = measured === root;
  let node = root.firstChild;
  while (node) {
    let next: ChildNode | null = null;
    if (node.nodeType === 1) {
      if (node === measured) inMeasured = true;
      visit(node as Element);
      next = stepsInto(node as Element) ? node.firstChild : null;
    } else if (inMeasured && node.nodeType === 3) length += (node.nodeValue ?? '').length;
    for (let at: Node = node; !next;) {
      if (at === measured) inMeasured = false;
      next = at.nextSibling;
      if (next) break;
      const up = at.parentNode;
      if (!up || up === root) break;
      at = up;
    }
    node = next;
  }
  return length;
}

/**
 * Whether the element is a <blockquote> or inside one: `element.closest('blockquote')` by a walk
 * up the parents, which a DOM emulation answers without matching a selector at every step.
 */
export function isInBlockquote(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) if (at.localName === 'blockquote') return true;
  return false;
}
