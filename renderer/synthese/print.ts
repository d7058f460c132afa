// Printing the sheets of a meeting in one action: every reader's pages, each already through the
// guard, are laid out for the printer (one A4 page per sheet page) and the system print dialog
// opens. The print-only layer is dropped after printing; nothing is written to disk.
import type { CaseDocument } from '../../shared/model/case';
import { sheetPageSvgs, type SheetRequest } from '../../shared/synthese/sheet';
import { getPlatform } from '../platform';

const LAYER_ID = 'print-sheets';

/** Throws (LeakError among others) before anything is shown or printed. */
export function printSheets(requests: readonly SheetRequest[], doc: CaseDocument): void {
  // Every sheet is built (and guarded) before the page changes at all.
  const pages = requests.flatMap((request) => sheetPageSvgs(doc, request));
  document.getElementById(LAYER_ID)?.remove();
  const layer = document.createElement('div');
  layer.id = LAYER_ID;
  layer.className = 'print-sheets';
  layer.setAttribute('aria-hidden', 'true');
  for (const svg of pages) {
    const img = document.createElement('img');
    img.className = 'print-sheet';
    img.alt = '';
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    layer.append(img);
  }
  document.body.append(layer);
  document.body.classList.add('is-printing-sheets');
  const done = () => {
    document.body.classList.remove('is-printing-sheets');
    layer.remove();
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  // Printed once the images are decoded, so no page comes out blank.
  void Promise.all([...layer.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined))).then(() => {
    getPlatform().print();
    // Where print() returns at once (no dialog), the layer is still removed.
    setTimeout(done, 60_000);
  });
}
