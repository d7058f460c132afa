// Printing something other than the window: pictures (SVG documents) laid out for the printer in
// a layer that is the only thing shown when printing (see the print rules in editor.css), then the
// system print dialog. The layer is dropped after printing; nothing is written to disk. Used for
// the map (Ctrl+P) and the sheets of a meeting (whose print preview keeps the layer while it is open).
import { getPlatform } from '../platform';

const LAYER_ID = 'print-layer';

export type PrintLayerKind = 'print-sheets' | 'print-map-A4' | 'print-map-A3';

export const svgSource = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * Puts the layer in place without printing. `ready` once its pictures are decoded, so no page
 * comes out blank; `remove` takes it away.
 * `kind`: the layer's class, which says how each picture is placed on the paper (editor.css).
 */
export function mountPrintLayer(svgs: readonly string[], kind: PrintLayerKind, pictureClass: string): { ready: Promise<void>; remove(): void } {
  document.getElementById(LAYER_ID)?.remove();
  const layer = document.createElement('div');
  layer.id = LAYER_ID;
  layer.className = `print-layer ${kind}`;
  layer.setAttribute('aria-hidden', 'true');
  for (const svg of svgs) {
    const img = document.createElement('img');
    img.className = pictureClass;
    img.alt = '';
    img.src = svgSource(svg);
    layer.append(img);
  }
  document.body.append(layer);
  document.body.classList.add('is-printing');
  const ready = Promise.all([...layer.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined))).then(() => undefined);
  return {
    ready,
    remove: () => {
      document.body.classList.remove('is-printing');
      layer.remove();
    },
  };
}

/** Lays the pictures out and prints them; the layer goes after printing. */
export function printPictures(svgs: readonly string[], kind: PrintLayerKind, pictureClass: string): void {
  const layer = mountPrintLayer(svgs, kind, pictureClass);
  const done = () => {
    layer.remove();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  void layer.ready.then(() => {
    getPlatform().print();
    // Where print() returns at once (no dialog), the layer is still removed.
    setTimeout(done, 60_000);
  });
}
