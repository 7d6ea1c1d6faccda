import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import './spinner.css';

/** The panel's one line of status (analyzing, failed, nothing to show…), announced as it changes. */
export function Status({ kind, children }: { kind: string; children: ComponentChildren }) {
  return (
    <div class={`panel__status panel__status--${kind}`} data-testid="status" data-status={kind} role="status">
      {children}
    </div>
  );
}

/** The analysis under way. */
export function Analyzing() {
  return (
    <Status kind="analyzing">
      <span class="panel__spinner" aria-hidden="true" /> {i18n.t('panel.analyzing')}
    </Status>
  );
}
