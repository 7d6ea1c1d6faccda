import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { getLayers, setLayers, watchLayers, type LayerVisibility } from '@/lib/shared/layers';
import { PAINT_LAYERS, type PaintLayer } from '@/lib/shared/layers';
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
      <div class="layers__row" role="group" aria-labelledby="layers-title" title={i18n.t('layers.shortcutHint')}>
        {PAINT_LAYERS.map((layer) => (
          <button
            key={layer}
            type="button"
            class={`layers__toggle layers__toggle--${layer}`}
            data-testid={`toggle-${layer}`}
            aria-pressed={layers[layer]}
            onClick={() => toggle({ [layer]: !layers[layer] })}
          >
            <span class="layers__swatch" aria-hidden="true" />
            {LABELS[layer]()}
          </button>
        ))}
        {/* An action named for what it does ("All off", "All on"): a pressed state too would contradict the name. */}
        <button
          type="button"
          class="layers__toggle layers__toggle--all"
          data-testid="toggle-all"
          data-all-off={!anyOn}
          onClick={() => toggle(all(!anyOn))}
        >
          {anyOn ? i18n.t('layers.allOff') : i18n.t('layers.allOn')}
        </button>
      </div>
    </section>
  );
}
