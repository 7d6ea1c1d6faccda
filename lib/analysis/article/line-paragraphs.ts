/**
 * Paragraphs written without <p>, made <p>s on the clone. Readability scores paragraphs; a story
 * written as runs of inline text separated by blank lines (<br><br>), as a blog editor writes it,
 * has paragraphs only where Readability's own <br> rule finds them: it turns the runs after each
 * <br><br> into <p>s but leaves the run before the first one as loose text, and outside a <div>
 * nothing else makes that run a paragraph. And an inline wrapper (a <span>, a <font>) around
 * paragraphs puts them one level further from the container they score, so a page of several
 * stories each in a <span> loses all but one. Both are fixed in one walk over the clone.
 */
import { sentenceCount, textWeight } from './text-measure';

/** A run says at least this much (Latin words; a CJK character half a word) to read as a paragraph. */
const MIN_LINE_WEIGHT = 5;
/** ...and this much of it outside its links: a "Read more: <link>" line or a menu says less. */
const MIN_LINE_OWN_WEIGHT = 4;

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
        brChain ||= followedByBr(child);
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

/** The next sibling of `br`, past blank text, is another <br>. */
function followedByBr(br: Element): boolean {
  let next = br.nextSibling;
  while (next && next.nodeType === 3 && !(next.nodeValue ?? '').trim()) next = next.nextSibling;
  return next?.nodeType === 1 && (next as Element).tagName.toUpperCase() === 'BR';
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
      if (tag === 'BR' && (followedByBr(el) || isChainEnd(el))) {
        endRun();
        continue;
      }
    } else if (node.nodeType !== 3) continue;
    run.push(node);
  }
  endRun();

  let wrapped = false;
  for (const nodes of runs) {
    if (!readsAsParagraph(nodes)) continue;
    const paragraph = doc.createElement('p');
    nodes[0]!.parentNode!.insertBefore(paragraph, nodes[0]!);
    for (const node of nodes) paragraph.appendChild(node);
    wrapped = true;
  }
  return wrapped;
}

/** The previous sibling of `br`, past blank text, is another <br>: the last of a chain. */
function isChainEnd(br: Element): boolean {
  let previous = br.previousSibling;
  while (previous && previous.nodeType === 3 && !(previous.nodeValue ?? '').trim()) previous = previous.previousSibling;
  return previous?.nodeType === 1 && (previous as Element).tagName.toUpperCase() === 'BR';
}

function readsAsParagraph(nodes: Node[]): boolean {
  let text = '';
  let linkWeight = 0;
  for (const node of nodes) {
    const nodeText = node.textContent ?? '';
    text += nodeText;
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName.toUpperCase() === 'A') linkWeight += textWeight(nodeText);
    else for (const link of Array.from(el.getElementsByTagName('a'))) linkWeight += textWeight(link.textContent ?? '');
  }
  const weight = textWeight(text);
  return weight >= MIN_LINE_WEIGHT && weight - linkWeight >= MIN_LINE_OWN_WEIGHT && sentenceCount(text) > 0;
}
