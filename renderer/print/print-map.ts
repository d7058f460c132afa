// Ctrl+P: the map alone, as the export draws it (same routes as on screen), with its title block
// and legend, fitted to an A4 or A3 landscape page (shared/render/print.ts) — not the window.
import type { Locale } from '../../shared/i18n/messages';
import type { CaseDocument } from '../../shared/model/case';
import { printedMap } from '../../shared/render/print';
import { routesFor } from '../canvas/router';
import { printPictures } from './print-layer';

export function printMap(doc: CaseDocument, locale: Locale): void {
  const printedOn = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(new Date());
  const routes = routesFor(doc);
  const { svg, page } = printedMap(doc, { locale, printedOn, ...(routes ? { routes } : {}) });
  printPictures([svg], page === 'A3' ? 'print-map-A3' : 'print-map-A4', 'print-map');
}
