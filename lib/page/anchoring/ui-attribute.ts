/**
 * Marks Marginalia's own elements on the page (UI hosts, style elements), which the text index
 * and the watcher ignore. UI hosts must be `div`s or custom elements (a '-' in the name): the
 * text index looks the attribute up on those only.
 */
export const UI_ATTRIBUTE = 'data-marginalia-ui';
/** `data-marginalia-ui="mark"`: the fallback painter's wrappers, whose text is the page's own and stays indexed. */
export const PAINT_MARK_VALUE = 'mark';
