// A PDF's text as a reader extracts it, with pdf.js (the library behind Firefox's viewer): what
// the leak guard reads in a PDF, whatever its fonts (embedded, subset, standard) and however the
// text is encoded in its content streams. Loaded on demand: it is large, and only a PDF export
// or check needs it.

import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

type PdfJs = typeof PdfJsModule;
let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js with its worker run in the same thread ("fake worker"). Why: the same code then runs in
 * the renderer (no worker file to serve under the CSP) and in Node; a one-page diagram is read in
 * a few milliseconds. The legacy build is the one pdf.js supports in Node.
 */
function pdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    const scope = globalThis as { pdfjsWorker?: unknown };
    scope.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * One line of text per line of the page, as a reader would copy it. Pieces of one line are joined
 * as a reader joins them: with nothing when they touch (one word drawn in two fonts, "Ł" + "ukasz"),
 * with a space when there is a gap.
 */
function joinItems(items: readonly TextItem[]): string {
  let out = '';
  let previous: TextItem | undefined;
  for (const item of items) {
    if (previous) {
      const size = Math.max(Math.abs(item.height), Math.abs(previous.height), 1);
      const sameLine = Math.abs((item.transform[5] ?? 0) - (previous.transform[5] ?? 0)) < size * 0.5;
      const gap = (item.transform[4] ?? 0) - ((previous.transform[4] ?? 0) + previous.width);
      out += !sameLine || previous.hasEOL ? '\n' : Math.abs(gap) < size * 0.15 ? '' : ' ';
    }
    out += item.str;
    previous = item;
  }
  return out;
}

/** The text of every page of a PDF. Throws if the bytes are not a PDF pdf.js can open. */
export async function readPdfText(bytes: Uint8Array): Promise<string[]> {
  const { getDocument } = await pdfjs();
  // pdf.js takes ownership of the buffer it is given: a copy keeps the caller's bytes intact.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(joinItems(content.items.filter((item): item is TextItem => 'str' in item)));
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
