/**
 * Calls `visit` on every element under `root`, in document order (as `querySelectorAll('*')`
 * lists them), without building that list: each level's child list is iterated in place. DOM
 * emulations answer sibling steps (`nextElementSibling`) by searching the parent's child list,
 * so a walk by siblings costs the square of a wide level; an iterator over `children` does not.
 * The walk keeps its own stack, so a deeply nested page cannot overflow the call stack. `visit`
 * must not change the tree.
 */
export function walkElements(root: ParentNode, visit: (element: Element) => void): void {
  const levels: Iterator<Element>[] = [root.children[Symbol.iterator]()];
  while (levels.length) {
    const next = levels[levels.length - 1]!.next();
    if (next.done) {
      levels.pop();
      continue;
    }
    visit(next.value);
    levels.push(next.value.children[Symbol.iterator]());
  }
}
