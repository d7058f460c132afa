// Printing the sheets of a meeting in one action: every reader's pages, each already through the
// guard, are laid out for the printer (one A4 page per sheet page) and the system print dialog
// opens. The print-only layer is dropped after printing; nothing is written to disk.
import type { CaseDocument } from '../../shared/model/case';
import { sheetPageSvgs, type SheetRequest } from '../../shared/synthese/sheet';
import { printPictures } from '../print/print-layer';

/** Throws (LeakError among others) before anything is shown or printed. */
export function printSheets(requests: readonly SheetRequest[], doc: CaseDocument): void {
  // Every sheet is built (and guarded) before the page changes at all.
  const pages = requests.flatMap((request) => sheetPageSvgs(doc, request));
  printPictures(pages, 'print-sheets', 'print-sheet');
}
