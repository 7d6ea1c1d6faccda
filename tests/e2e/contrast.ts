import type { Locator } from 'playwright-core';

/**
 * WCAG contrast ratio of an element's colour against the first opaque background behind it:
 * `text` reads its text colour against its own backdrop, `ring` its outline against its parent's
 * (the ring is drawn outside the element).
 */
export function contrastOf(element: Locator, what: 'text' | 'ring'): Promise<number> {
  return element.first().evaluate((node, part) => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const linear = (channel: number) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
    };
    let background = [255, 255, 255];
    for (let behind = part === 'ring' ? node.parentElement : node; behind; behind = behind.parentElement) {
      const colour = rgb(getComputedStyle(behind).backgroundColor);
      if (colour.length === 3 || colour[3] === 1) {
        background = colour.slice(0, 3);
        break;
      }
    }
    const style = getComputedStyle(node);
    const [lighter, darker] = [
      luminance(rgb(part === 'ring' ? style.outlineColor : style.color)),
      luminance(background),
    ].sort((a, b) => b - a);
    return (lighter! + 0.05) / (darker! + 0.05);
  }, what);
}
