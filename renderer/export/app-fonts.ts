// The fonts of the app's PDFs (exports and sheets), loaded with the PDF code: only when a PDF is made.
import type { FontFiles } from '../../shared/export/fonts';

export const appFontFiles: FontFiles = async (file) => (await import('./fonts')).bundledFontFiles(file);
