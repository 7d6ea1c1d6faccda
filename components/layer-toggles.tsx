import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import {
  ALL_LAYERS_COMMAND,
  getLayers,
  layerCommand,
  PAINT_LAYERS,
  setLayers,
  watchLayers,
  type LayerVisibility,
  type PaintLayer,
} from '@/lib/shared/layers';
import { ariaKeyShortcut, useShortcuts, type Shortcuts } from '@/lib/ui/shortcuts';
import { KeySentence } from './key-sentence';
import { spaceBetween } from '../lib/ui/typography';
import './layer-toggles.css';

const LABELS: Record<PaintLayer, () => string> = {
  claims: () => i18n.t('layers.claims'),
  terms: () => i18n.t('layers.terms'),
  disclaimer: () => i18n.t('layers.disclaimer'),
  highlights: () => i18n.t('layers.highlights'),
};

/** Switches for what is painted on the page, remembered per site. */
export function LayerToggles({ url }: { url: string }) {
  const [layers, setState] = useState<LayerVisibility | null>(null);
  const shortcuts = useShortcuts();

  useEffect(() => {
    let live = true;
    void getLayers(url).then((value) => live && setState(value));
    const unwatch = watchLayers(url, setState);
    return () => {
      live = false;
      unwatch();
    };
  }, [url]);

  if (!layers) return null;
  const anyOn = PAINT_LAYERS.some((layer) => layers[layer]);
  const toggle = (change: Partial<LayerVisibility>) => void setLayers(url, change).then(setState);
  const all = (on: boolean) => Object.fromEntries(PAINT_LAYERS.map((layer) => [layer, on])) as LayerVisibility;

  return (
    <section class="layers" aria-labelledby="layers-title">
      <h2 id="layers-title">{i18n.t('layers.title')}</h2>
      <div class="layers__row" role="group" aria-labelledby="layers-title" aria-describedby="layers-keys">
        {PAINT_LAYERS.map((layer) => {
          // Each layer's own command has no key until the reader sets one.
          const key = shortcuts?.[layerCommand(layer)];
          return (
            <button
              key={layer}
              type="button"
              class={`layers__toggle layers__toggle--${layer}`}
              data-testid={`toggle-${layer}`}
              aria-pressed={layers[layer]}
              aria-keyshortcuts={ariaKeyShortcut(key)}
              onClick={() => toggle({ [layer]: !layers[layer] })}
            >
              <span class="layers__swatch" aria-hidden="true" />
              {LABELS[layer]()}
              {/* Said by aria-keyshortcuts; in the name it would be read twice. */}
              {key && (
                <kbd class="layers__key" aria-hidden="true">
                  {key}
                </kbd>
              )}
            </button>
          );
        })}
        {/* An action named for what it does ("All off", "All on"): a pressed state too would contradict the name. */}
        <button
          type="button"
          class="layers__toggle layers__toggle--all"
          data-testid="toggle-all"
          data-all-off={!anyOn}
          aria-keyshortcuts={ariaKeyShortcut(shortcuts?.[ALL_LAYERS_COMMAND])}
          onClick={() => toggle(all(!anyOn))}
        >
          {anyOn ? i18n.t('layers.allOff') : i18n.t('layers.allOn')}
        </button>
      </div>
      <ShortcutHint shortcuts={shortcuts} />
    </section>
  );
}

/**
 * The keyboard way to the layers, on screen rather than in a tooltip a keyboard reader never
 * sees: the shortcut that turns them all off or on (or that none is set), and where to change it.
 */
function ShortcutHint({ shortcuts }: { shortcuts: Shortcuts | null }) {
  const key = shortcuts?.[ALL_LAYERS_COMMAND];
  let sentence: preact.ComponentChildren = null;
  let sentenceText = '';
  if (key) {
    sentence = <KeySentence sentence={(slot) => i18n.t('layers.shortcutAll', [slot])} shortcut={key} />;
    sentenceText = i18n.t('layers.shortcutAll', [key]);
  } else if (shortcuts) {
    sentence = sentenceText = i18n.t('layers.shortcutAllUnset');
  }
  const hint = i18n.t('layers.shortcutHint');
  return (
    <p class="panel__hint layers__keys" id="layers-keys" data-testid="layers-shortcut">
      {sentence}
      {spaceBetween(sentenceText, hint)}
      {hint}
    </p>
  );
}
