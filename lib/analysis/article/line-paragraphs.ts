/**
 * Paragraphs written without <p>, made <p>s on the clone. Readability scores paragraphs; a story
 * written as runs of inline text separated by blank lines (<br><br>), as a blog editor writes it,
 * has paragraphs only where Readability's own <br> rule finds them: it turns the runs after each
 * <br><br> into <p>s but leaves the run before the first one as loose text, and outside a <div>
 * nothing else makes that run a paragraph. And an inline wrapper (a <span>, a <font>) around
 * paragraphs puts them one level further from the container they score, so a page of several
 * stories each in a <span> loses all but one. Both are fixed in one walk over the clone.
 */
import { readsAsParagraph } from './prose-items';
import { textWeight } from './text-measure';

/** Tags that end a run of inline content. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'MAIN', 'UL', 'OL', 'DL', 'LI', 'TABLE',
  'PRE', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FORM', 'HR', 'CENTER', 'ADDRESS', 'FIELDSET',
]); // prettier-ignore
/** Elements whose runs of text are not paragraphs of a story: they are one already, or are not prose. */
const NOT_A_CONTAINER = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'LI', 'DT', 'A', 'BUTTON', 'LABEL', 'TEXTAREA', 'SELECT', 'OPTION',
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'CODE',
  'CAPTION', 'FIGCAPTION', 'SVG', 'MATH', 'IFRAME', 'OBJECT',
]); // prettier-ignore
/** Inline wrappers that only style what they hold. */
const INLINE_WRAPPERS = new Set(['SPAN', 'FONT', 'B', 'I', 'EM', 'STRONG', 'U', 'SMALL', 'BIG']);

export function splitLineParagraphs(root: Element): void {
  const holdsBlock = new Set<Element>();
  const visit = (el: Element): boolean => {
    let holds = false;
    let brChain = false;
    // Children first: a wrapper whose own wrappers were lifted out holds their blocks itself.
    for (let child = el.firstElementChild; child;) {
      // Taken first: a child lifted out of its place leaves no next sibling.
      const next = child.nextElementSibling;
      const tag = child.tagName;
      if (tag === 'BR') {
        brChain ||= brBeside(child, 'nextSibling');
      } else if (visit(child)) {
        holdsBlock.add(child);
        holds = true;
      } else if (BLOCK_TAGS.has(tag)) holds = true;
      child = next;
    }
    const tag = el.tagName;
    if (brChain && !NOT_A_CONTAINER.has(tag) && wrapRuns(el, holdsBlock)) holds = true;
    if (holds && INLINE_WRAPPERS.has(tag) && el !== root && !el.hasAttribute('class') && !el.id && !inDiv(el)) {
      // An unnamed inline wrapper is no box of its own around blocks: they lay out as its parent's.
      // In a <div>, Readability already makes the wrapper a paragraph of its own that scores the div.
      el.replaceWith(...Array.from(el.childNodes));
    }
    return holds;
  };
  visit(root);
}

function inDiv(el: Element): boolean {
  return el.parentElement?.tagName.toUpperCase() === 'DIV';
}

/** The sibling of `br` on that side, past blank text, is another <br>. */
function brBeside(br: Element, side: 'previousSibling' | 'nextSibling'): boolean {
  let sibling = br[side];
  while (sibling && sibling.nodeType === 3 && !(sibling.nodeValue ?? '').trim()) sibling = sibling[side];
  return sibling?.nodeType === 1 && (sibling as Element).tagName.toUpperCase() === 'BR';
}

/**
 * Wrap in a <p> each run of `container`'s inline content, between blocks and <br><br>s, that
 * reads as a paragraph. Whether any run was wrapped. The <br>s stay: between the runs left
 * alone, Readability's own <br> rule still makes them paragraphs of their own.
 */
function wrapRuns(container: Element, holdsBlock: Set<Element>): boolean {
  const doc = container.ownerDocument;
  const runs: Node[][] = [];
  let run: Node[] = [];
  const endRun = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (let node = container.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName;
      if (BLOCK_TAGS.has(tag) || holdsBlock.has(el)) {
        endRun();
        continue;
      }
      // A <br> before another, or the last of a chain, ends the run.
      if (tag === 'BR' && (brBeside(el, 'nextSibling') || brBeside(el, 'previousSibling'))) {
        endRun();
        continue;
      }
    } else if (node.nodeType !== 3) continue;
    run.push(node);
  }
  endRun();

  let wrapped = false;
  for (const nodes of runs) {
    if (!runReadsAsParagraph(nodes)) continue;
    const paragraph = doc.createElement('p');
    nodes[0]!.parentNode!.insertBefore(paragraph, nodes[0]!);
    for (const node of nodes) paragraph.appendChild(node);
    wrapped = true;
  }
  return wrapped;
}

/** Whether a run of inline nodes reads as a paragraph (see readsAsParagraph). */
function runReadsAsParagraph(nodes: Node[]): boolean {
  const text = nodes.map((node) => node.textContent ?? '').join('');
  return readsAsParagraph(text, () => {
    let weight = 0;
    for (const node of nodes) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.tagName.toUpperCase() === 'A') weight += textWeight(el.textContent ?? '');
      else for (const link of Array.from(el.getElementsByTagName('a'))) weight += textWeight(link.textContent ?? '');
    }
    return weight;
  });
}
