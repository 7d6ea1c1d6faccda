import type { Locator } from 'playwright-core';

interface Luminances {
  text: number;
  ring: number;
  /** The first opaque background at or behind the element (white when there is none: the canvas). */
  backdrop: number;
  /** The same behind its parent, where an outline (drawn outside the element) is seen. */
  parentBackdrop: number;
}

/** WCAG relative luminances of an element's colours, as the browser computed them. */
function luminancesOf(element: Locator): Promise<Luminances> {
  return element.first().evaluate((node) => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const linear = (channel: number) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
    };
    const backdrop = (from: Element | null) => {
      for (let behind = from; behind; behind = behind.parentElement) {
        const colour = rgb(getComputedStyle(behind).backgroundColor);
        if (colour.length === 3 || colour[3] === 1) return luminance(colour.slice(0, 3));
      }
      return 1;
    };
    const style = getComputedStyle(node);
    return {
      text: luminance(rgb(style.color)),
      ring: luminance(rgb(style.outlineColor)),
      backdrop: backdrop(node),
      parentBackdrop: backdrop(node.parentElement),
    };
  });
}

const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

/**
 * WCAG contrast ratio of an element's colour against the first opaque background behind it:
 * `text` reads its text colour against its own backdrop, `ring` its outline against its parent's
 * (the ring is drawn outside the element).
 */
export async function contrastOf(element: Locator, what: 'text' | 'ring'): Promise<number> {
  const luminances = await luminancesOf(element);
  return what === 'text'
    ? ratio(luminances.text, luminances.backdrop)
    : ratio(luminances.ring, luminances.parentBackdrop);
}

/**
 * The relative luminance of what an element's text is read on: near 0 on a dark page, 1 on a
 * white one. A contrast ratio alone does not tell a page that follows the dark scheme from one
 * that stays black on white.
 */
export async function backdropLuminance(element: Locator): Promise<number> {
  return (await luminancesOf(element)).backdrop;
}
