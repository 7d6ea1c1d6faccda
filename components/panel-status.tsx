import type { ComponentChildren } from 'preact';

/** The panel's one line of status (analyzing, failed, nothing to show…), announced as it changes. */
export function Status({ kind, children }: { kind: string; children: ComponentChildren }) {
  return (
    <div class={`panel__status panel__status--${kind}`} data-testid="status" data-status={kind} role="status">
      {children}
    </div>
  );
}
