import { anchorAll, indexOf } from '../anchoring/anchor';
import { MAX_PAGE_HTML, type AnalyzeReply, type ContentMessage, type RevealTarget } from '../messages';
import { createPainter, installHighlightStyles, type PaintLayer, type Painter } from '../paint/highlights';
import type { PageAnalysis, TextAnchor } from '../types';
import { getLayers, watchLayers, type LayerVisibility } from './layers';

type Send = (message: ContentMessage) => Promise<unknown>;

interface Anchored {
  claims: Map<string, Range>;
  terms: Map<string, Range[]>;
  disclaimer: Range | null;
}

const EMPTY: Anchored = { claims: new Map(), terms: new Map(), disclaimer: null };

/**
 * Marginalia's life on one page: send the page off for analysis, find the results on the live
 * page, paint the layers the reader has on, and answer the panel's "show me" requests.
 */
export class PageSession {
  private painter: Painter;
  private removeStyles: () => void;
  private anchored: Anchored = EMPTY;
  private layers: LayerVisibility | null = null;
  private analysis: PageAnalysis | null = null;
  private stopWatching: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly send: Send,
  ) {
    this.painter = createPainter(doc);
    this.removeStyles = installHighlightStyles(doc);
  }

  async start(): Promise<void> {
    const url = this.doc.location.href;
    if (!/html/i.test(this.doc.contentType)) {
      await this.send({ type: 'page-unsupported', url, reason: 'not-html' });
      return;
    }
    const html = this.doc.documentElement.outerHTML;
    if (html.length > MAX_PAGE_HTML) {
      await this.send({ type: 'page-unsupported', url, reason: 'too-large' });
      return;
    }
    const reply = (await this.send({ type: 'analyze-page', url, html })) as AnalyzeReply | undefined;
    if (!reply?.ok) return;
    this.analysis = reply.analysis;
    this.anchored = this.anchor(reply.analysis);
    this.layers = await getLayers(url);
    this.paint();
    this.stopWatching = watchLayers(url, (layers) => {
      this.layers = layers;
      this.paint();
    });
    const missing = this.missing(reply.analysis);
    if (missing.length > 0) await this.send({ type: 'anchor-report', url, missing });
  }

  reveal(target: RevealTarget): boolean {
    const range = this.rangeFor(target);
    if (!range) return false;
    this.painter.flash(range);
    return true;
  }

  dispose(): void {
    this.stopWatching?.();
    this.painter.dispose();
    this.removeStyles();
  }

  private rangeFor(target: RevealTarget): Range | null {
    switch (target.kind) {
      case 'claim':
        return this.anchored.claims.get(target.id) ?? null;
      case 'term':
        return this.anchored.terms.get(target.id)?.[0] ?? null;
      case 'disclaimer':
        return this.anchored.disclaimer;
      case 'highlight':
        return null;
    }
  }

  private anchor(analysis: PageAnalysis): Anchored {
    const root = this.doc.body;
    if (!root) return EMPTY;
    const index = indexOf(root);
    const claims = new Map<string, Range>();
    const claimResults = anchorAll(index, analysis.claims.map((claim) => claim.anchor));
    analysis.claims.forEach((claim, i) => {
      const range = claimResults[i]?.range;
      if (range) claims.set(claim.id, range);
    });

    const terms = new Map<string, Range[]>();
    const text = analysis.article?.text ?? '';
    for (const entry of analysis.glossary) {
      const targets: TextAnchor[] = entry.occurrences.map((o) => ({
        start: o.start,
        end: o.end,
        exact: text.slice(o.start, o.end),
        prefix: text.slice(Math.max(0, o.start - 32), o.start),
        suffix: text.slice(o.end, o.end + 32),
      }));
      const ranges = anchorAll(index, targets, { windowOnly: true })
        .map((r) => r.range)
        .filter((r): r is Range => r !== null);
      if (ranges.length > 0) terms.set(entry.termId, ranges);
    }

    const disclaimer = analysis.disclaimer ? anchorAll(index, [{ exact: analysis.disclaimer.anchor.exact, prefix: analysis.disclaimer.anchor.prefix, suffix: analysis.disclaimer.anchor.suffix }])[0]?.range ?? null : null;
    return { claims, terms, disclaimer };
  }

  private missing(analysis: PageAnalysis): Extract<ContentMessage, { type: 'anchor-report' }>['missing'] {
    return [
      ...analysis.claims.filter((c) => !this.anchored.claims.has(c.id)).map((c) => ({ kind: 'claim' as const, id: c.id })),
      ...analysis.glossary.filter((g) => !this.anchored.terms.has(g.termId)).map((g) => ({ kind: 'term' as const, id: g.termId })),
      ...(analysis.disclaimer && !this.anchored.disclaimer ? [{ kind: 'disclaimer' as const, id: 'disclaimer' }] : []),
    ];
  }

  private paint(): void {
    const layers = this.layers;
    if (!layers) return;
    const ranges: Record<Exclude<PaintLayer, 'highlights'>, Range[]> = {
      claims: [...this.anchored.claims.values()],
      terms: [...this.anchored.terms.values()].flat(),
      disclaimer: this.anchored.disclaimer ? [this.anchored.disclaimer] : [],
    };
    for (const layer of ['claims', 'terms', 'disclaimer'] as const) {
      if (layers[layer]) this.painter.set(layer, ranges[layer]);
      else this.painter.clear(layer);
    }
  }
}
