/**
 * Marks Marginalia's own elements on the page (UI hosts, style elements), which the text index
 * and the watcher ignore. UI hosts must be `div`s or custom elements (a '-' in the name): the
 * text index looks the attribute up on those only.
 */
export const UI_ATTRIBUTE = 'data-marginalia-ui';
/** `data-marginalia-ui="mark"`: the fallback painter's wrappers, whose text is the page's own and stays indexed. */
export const PAINT_MARK_VALUE = 'mark';
/**
 * On a page element whose text the Highlight API painter paints: the `::highlight()` rules apply
 * under such elements only, so that installing them restyles those subtrees instead of the whole
 * page. Not a change of the page: the watchers and the serializer leave it out.
 */
export const PAINTED_ATTRIBUTE = 'data-marginalia-painted';

/** A mutation that only set or removed PAINTED_ATTRIBUTE: ours, not a change of the page. */
export function isPaintedMarking(record: MutationRecord): boolean {
  return record.type === 'attributes' && record.attributeName === PAINTED_ATTRIBUTE;
}
