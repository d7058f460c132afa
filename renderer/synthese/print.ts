// Printing the sheets of a meeting in one action: every reader's pages, each already through the
// guard, are laid out for the printer (one A4 page per sheet page) while the print preview is open,
// and the system print dialog opens. Nothing is written to disk.
import type { CaseDocument } from '../../shared/model/case';
import { sheetPageSvgs, type SheetRequest } from '../../shared/synthese/sheet';
import { mountPrintLayer } from '../print/print-layer';

/** Every reader's pages as A4 SVG documents; throws (LeakError among others) before anything is shown. */
export function sheetsToPrint(requests: readonly SheetRequest[], doc: CaseDocument): string[] {
  return requests.flatMap((request) => sheetPageSvgs(doc, request));
}

/** The sheets' pages in the print layer (one A4 page each), while the preview is open. */
export const mountSheetsLayer = (pages: readonly string[]) => mountPrintLayer(pages, 'print-sheets', 'print-sheet');
