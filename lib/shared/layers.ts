import { localItem } from './local-item';

/** The annotation layers painted on the page, each switched on and off by the reader. */
export type PaintLayer = 'claims' | 'terms' | 'disclaimer' | 'highlights';
export const PAINT_LAYERS: readonly PaintLayer[] = ['claims', 'terms', 'disclaimer', 'highlights'];

/** The manifest's command that turns every layer off or on (Alt+Shift+L unless the reader changed it). */
export const ALL_LAYERS_COMMAND = 'toggle-all-layers';

/** The manifest's command that turns one layer off or on (no key until the reader sets one). */
export function layerCommand(layer: PaintLayer): string {
  return `toggle-${layer}`;
}

export type LayerVisibility = Record<PaintLayer, boolean>;

export const DEFAULT_LAYERS: LayerVisibility = { claims: true, terms: true, disclaimer: true, highlights: true };

/** Which layers the reader shows, per site (hostname), remembered across reloads. */
export const layersBySiteItem = localItem<Record<string, LayerVisibility>>('layers-by-site', {});

export function siteKey(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export async function getLayers(url: string): Promise<LayerVisibility> {
  const all = await layersBySiteItem.getValue();
  return { ...DEFAULT_LAYERS, ...all[siteKey(url)] };
}

export async function setLayers(url: string, change: Partial<LayerVisibility>): Promise<LayerVisibility> {
  const all = await layersBySiteItem.getValue();
  const key = siteKey(url);
  const next = { ...DEFAULT_LAYERS, ...all[key], ...change };
  await layersBySiteItem.setValue({ ...all, [key]: next });
  return next;
}

export function watchLayers(url: string, onChange: (layers: LayerVisibility) => void): () => void {
  const key = siteKey(url);
  return layersBySiteItem.watch((all) => onChange({ ...DEFAULT_LAYERS, ...all[key] }));
}
