import type { Page } from 'playwright-core';

/**
 * The placeholders on `page` wider than the room their field gives them, as the browser measures
 * the text in the field's own font; each with its width and the room. Fields not shown are left out.
 */
export async function placeholdersCutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const context = document.createElement('canvas').getContext('2d')!;
    const cut: string[] = [];
    for (const field of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
      if (field.getClientRects().length === 0) continue;
      const style = getComputedStyle(field);
      context.font = style.font;
      const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const width = context.measureText(field.placeholder).width;
      if (width > room) cut.push(`"${field.placeholder}": ${Math.ceil(width)} px in ${Math.floor(room)}`);
    }
    return cut;
  });
}
