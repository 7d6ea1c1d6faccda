/**
 * Ways real sites write the same story differently, applied to a parsed page in place. The
 * article isolated from a perturbed page should be the same text as from the page itself: the
 * words are all still there, only the markup around them (or a block of page furniture beside
 * them) differs. Used by the unit test over committed pages (tests/unit/article-robustness.test.ts)
 * and by `npm run eval:article-robustness` over the dev split of ../shared/corpus/extraction-dev.
 */

export type PerturbationName =
  | 'div-paragraphs'
  | 'section-paragraphs'
  | 'bare-text-br'
  | 'span-br'
  | 'sentence-paragraphs'
  | 'list-items'
  | 'extra-wrappers'
  | 'comments-block'
  | 'related-block';

export interface Perturbation {
  name: PerturbationName;
  /** Whether the words of the page stay the same (furniture blocks add words that are not article). */
  keepsWords: boolean;
  apply: (doc: Document, lang: string) => void;
}

/** Paragraphs of the page in document order; a <p> inside another (invalid, but parsed) is left to the outer one. */
function paragraphs(doc: Document): HTMLElement[] {
  return Array.from(doc.body?.querySelectorAll('p') ?? []).filter((p) => !p.parentElement?.closest('p'));
}

/** The element `el` renamed to `tag`, its children and attributes moved over. */
function renameTo(el: Element, tag: string): Element {
  const doc = el.ownerDocument;
  const renamed = doc.createElement(tag);
  for (const attribute of Array.from(el.attributes)) renamed.setAttribute(attribute.name, attribute.value);
  while (el.firstChild) renamed.appendChild(el.firstChild);
  el.replaceWith(renamed);
  return renamed;
}

/** The children of `el` put in its place, followed by `after` (a line break, a newline). */
function unwrap(el: Element, after: Node[]): void {
  el.replaceWith(...Array.from(el.childNodes), ...after);
}

const SENTENCE_SPLIT = /(?<=[.!?]["'”’»)]*)\s+(?=["'“‘«(]?\p{Lu})|(?<=[。！？])(?=\S)/u;

/** One paragraph per sentence: text paragraphs (no markup inside) split where a sentence ends. */
function splitSentences(doc: Document): void {
  for (const p of paragraphs(doc)) {
    if (p.children.length > 0) continue;
    const sentences = (p.textContent ?? '')
      .split(SENTENCE_SPLIT)
      .map((sentence) => sentence.trim())
      .filter(Boolean);
    if (sentences.length < 2) continue;
    const replacements = sentences.map((sentence) => {
      const single = doc.createElement('p');
      single.textContent = sentence;
      return single;
    });
    p.replaceWith(...replacements.flatMap((single) => [single, doc.createTextNode('\n')]));
  }
}

/** Runs of sibling paragraphs (two or more) turned into the items of a list. */
function listItems(doc: Document): void {
  const runs = new Map<Element, HTMLElement[][]>();
  for (const p of paragraphs(doc)) {
    const parent = p.parentElement;
    if (!parent) continue;
    const parentRuns = runs.get(parent) ?? [];
    const last = parentRuns.at(-1);
    if (last && p.previousElementSibling === last.at(-1)) last.push(p);
    else parentRuns.push([p]);
    runs.set(parent, parentRuns);
  }
  for (const parentRuns of runs.values()) {
    for (const run of parentRuns) {
      if (run.length < 2) continue;
      const list = doc.createElement('ul');
      run[0]!.before(list);
      for (const p of run) list.appendChild(renameTo(p, 'li'));
    }
  }
}

/** The element holding the most paragraph text among its own children: where the story is. */
function storyContainer(doc: Document): Element | null {
  const byParent = new Map<Element, number>();
  for (const p of paragraphs(doc)) {
    const parent = p.parentElement;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + (p.textContent ?? '').trim().length);
  }
  let best: Element | null = null;
  let bestLength = 0;
  for (const [parent, length] of byParent) {
    if (length > bestLength) [best, bestLength] = [parent, length];
  }
  return best;
}

/** Put `block` right after the story's container, or at its end when the container is the page's body. */
function placeAfterStory(doc: Document, block: Element): void {
  const container = storyContainer(doc);
  if (!container) return;
  if (container === doc.body || container === doc.documentElement) container.appendChild(block);
  else container.after(block);
}

const CJK_LANGS = new Set(['zh', 'ja']);

const COMMENT_TEXTS: Record<'latin' | 'cjk', string[]> = {
  latin: [
    'Great read, thanks for writing this up.',
    'I disagree with most of this. The numbers do not add up.',
    'Where can I find the original report?',
    'This happened in my town too last year. Nobody talked about it then.',
    'First!',
    'Well said. I shared it with my whole team.',
    'Can someone explain what the second chart means?',
    'Typical. Same story every winter.',
  ],
  cjk: [
    '写得很好，谢谢分享。',
    '我不同意，数据对不上。',
    '原始报告在哪里可以找到？',
    '去年我们这里也发生过，当时没人关心。',
    '沙发！',
    '说得对，已转给同事。',
    '第二张图是什么意思？',
    '每年冬天都是一样的新闻。',
  ],
};

const COMMENT_AUTHORS = [
  'Anna K.',
  'jsmith',
  'Marco Rossi',
  'old_timer',
  'Priya',
  'Tomasz W.',
  'lee',
  'Dan the Man',
  'R. Okafor',
];

const RELATED_HEADLINES: Record<'latin' | 'cjk', string[]> = {
  latin: [
    'City council approves new budget after long debate',
    'Five things to know before the holiday weekend',
    'Storm leaves thousands without power across the region',
    'Local team wins third straight title in overtime thriller',
    'Opinion: why the new rules will not fix the housing market',
    'Photos: the best of this year’s winter festival',
    'Police seek witnesses after late-night crash on highway',
    'School district announces changes to bus routes',
    'Review: a quiet film that stays with you for days',
    'Markets close higher as investors shrug off rate fears',
  ],
  cjk: [
    '市议会经过长时间辩论通过新预算',
    '假期前需要知道的五件事',
    '暴风雨致全区数千户停电',
    '本地球队加时获胜实现三连冠',
    '评论：新规为何无法解决住房问题',
    '图集：今年冬季节日精彩瞬间',
    '警方寻找深夜高速车祸目击者',
    '学区宣布调整校车路线',
    '影评：一部让人久久难忘的安静电影',
    '投资者无视加息担忧，股市收高',
  ],
};

/** A thread of 40 short reader comments (name link, stamp, text, reply link) right after the story. */
function appendComments(doc: Document, lang: string): void {
  const texts = COMMENT_TEXTS[CJK_LANGS.has(lang) ? 'cjk' : 'latin'];
  const thread = doc.createElement('div');
  thread.setAttribute('class', 'thread');
  const heading = doc.createElement('h3');
  heading.textContent = CJK_LANGS.has(lang) ? '40 条评论' : '40 Comments';
  thread.appendChild(heading);
  for (let index = 0; index < 40; index++) {
    const comment = doc.createElement('div');
    const author = doc.createElement('a');
    author.setAttribute('href', `/user/${index}`);
    author.textContent = COMMENT_AUTHORS[index % COMMENT_AUTHORS.length]!;
    const stamp = doc.createElement('span');
    stamp.textContent = ` March ${(index % 27) + 1}, 2015 at ${(index % 12) + 1}:${String(index % 60).padStart(2, '0')} pm`;
    const body = doc.createElement('p');
    body.textContent = texts[index % texts.length]!;
    const reply = doc.createElement('a');
    reply.setAttribute('href', `#reply-${index}`);
    reply.textContent = CJK_LANGS.has(lang) ? '回复' : 'Reply';
    comment.append(author, stamp, body, reply);
    thread.appendChild(comment);
  }
  placeAfterStory(doc, thread);
}

/** A "Related stories" box of linked headlines right after the story. */
function appendRelated(doc: Document, lang: string): void {
  const headlines = RELATED_HEADLINES[CJK_LANGS.has(lang) ? 'cjk' : 'latin'];
  const box = doc.createElement('div');
  const heading = doc.createElement('h3');
  heading.textContent = CJK_LANGS.has(lang) ? '相关新闻' : 'Related stories';
  const list = doc.createElement('ul');
  headlines.forEach((headline, index) => {
    const item = doc.createElement('li');
    const link = doc.createElement('a');
    link.setAttribute('href', `/news/related-${index}`);
    link.textContent = headline;
    item.appendChild(link);
    list.appendChild(item);
  });
  box.append(heading, list);
  placeAfterStory(doc, box);
}

export const PERTURBATIONS: readonly Perturbation[] = [
  {
    name: 'div-paragraphs',
    keepsWords: true,
    apply: (doc) => paragraphs(doc).forEach((p) => renameTo(p, 'div')),
  },
  {
    name: 'section-paragraphs',
    keepsWords: true,
    apply: (doc) => paragraphs(doc).forEach((p) => renameTo(p, 'section')),
  },
  {
    // The story's text written straight into its container, lines split by <br><br>.
    name: 'bare-text-br',
    keepsWords: true,
    apply: (doc) =>
      paragraphs(doc).forEach((p) =>
        unwrap(p, [doc.createElement('br'), doc.createElement('br'), doc.createTextNode('\n')]),
      ),
  },
  {
    // A Blogger post: each paragraph a <span> and a line break.
    name: 'span-br',
    keepsWords: true,
    apply: (doc) =>
      paragraphs(doc).forEach((p) => {
        const span = renameTo(p, 'span');
        span.after(doc.createElement('br'), doc.createElement('br'), doc.createTextNode('\n'));
      }),
  },
  { name: 'sentence-paragraphs', keepsWords: true, apply: splitSentences },
  { name: 'list-items', keepsWords: true, apply: listItems },
  {
    name: 'extra-wrappers',
    keepsWords: true,
    apply: (doc) =>
      paragraphs(doc).forEach((p) => {
        const outer = doc.createElement('div');
        const inner = doc.createElement('div');
        p.replaceWith(outer);
        outer.appendChild(inner);
        inner.appendChild(p);
      }),
  },
  { name: 'comments-block', keepsWords: false, apply: appendComments },
  { name: 'related-block', keepsWords: false, apply: appendRelated },
];
