// The map as printed (Ctrl+P): the diagram alone with its title block and legend, fitted to a
// landscape page. A4 unless names would print smaller than they can be read at arm's length,
// then A3 (names printed at 6 pt or more: the worked example prints at 6.4 pt on A4).
import type { Locale } from '../i18n/messages';
import { translate } from '../i18n/messages';
import type { CaseDocument } from '../model/case';
import { renderDiagramSvg, diagramElement, type DiagramOptions } from './diagram';
import type { LinkRoutes } from './links';

export type PrintPage = 'A4' | 'A3';

/** Landscape pages in millimetres, less a margin of 8 mm all round. */
const PRINTABLE: Readonly<Record<PrintPage, { width: number; height: number }>> = {
  A4: { width: 297 - 16, height: 210 - 16 },
  A3: { width: 420 - 16, height: 297 - 16 },
};
/** A name is 13 units high in the drawing; printed smaller than this many points, A4 gives way to A3. */
const SMALLEST_NAME_PT = 6;
const NAME_UNITS = 13;
const MM_PER_PT = 25.4 / 72;

/** The paper a drawing of this size is printed on, and the size its names come out at (pt). */
export function printPage(width: number, height: number): { page: PrintPage; namePt: number } {
  const namePt = (page: PrintPage) => (NAME_UNITS * Math.min(PRINTABLE[page].width / width, PRINTABLE[page].height / height)) / MM_PER_PT;
  return namePt('A4') >= SMALLEST_NAME_PT ? { page: 'A4', namePt: namePt('A4') } : { page: 'A3', namePt: namePt('A3') };
}

export interface PrintedMap {
  svg: string;
  page: PrintPage;
}

/** The printed map of a case: its title, the date and the word that it is confidential, the legend. */
export function printedMap(doc: CaseDocument, options: { locale: Locale; routes?: LinkRoutes; printedOn: string }): PrintedMap {
  const diagram: DiagramOptions = {
    locale: options.locale,
    title: doc.title || translate(options.locale, 'print.untitled'),
    subtitle: translate(options.locale, 'print.subtitle', { date: options.printedOn }),
    ...(options.routes ? { routes: options.routes } : {}),
  };
  const { width, height } = diagramElement(doc, diagram);
  return { svg: renderDiagramSvg(doc, diagram), page: printPage(width, height).page };
}
