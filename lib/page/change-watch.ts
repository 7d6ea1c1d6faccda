import { isPaintedMarking } from './anchoring/ui-attribute';

/**
 * For work done in slices over a live DOM (serializing, indexing): whether anything under `root`
 * changed while the work paused, so it can start over instead of mixing two versions of the page.
 */
export interface ChangeWatch {
  /** True once per batch of changes since the last call. */
  changedSincePause(): boolean;
  stop(): void;
}

export function watchChanges(root: Node): ChangeWatch {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const Observer = doc?.defaultView?.MutationObserver;
  let changed = false;
  // Our own painter's marks on page elements are no change of the page.
  const isChange = (records: MutationRecord[]) => records.some((record) => !isPaintedMarking(record));
  const observer = Observer
    ? new Observer((records) => {
        if (isChange(records)) changed = true;
      })
    : null;
  observer?.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  return {
    changedSincePause() {
      const seen = changed || (observer !== null && isChange(observer.takeRecords()));
      changed = false;
      return seen;
    },
    stop: () => observer?.disconnect(),
  };
}
