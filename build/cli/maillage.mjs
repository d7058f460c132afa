#!/usr/bin/env node
// `npx maillage ...`: the command line for trainers preparing exports without a browser.
// The code is TypeScript shared with the app; tsx compiles it on the fly.
import { register } from 'tsx/esm/api';

// pdf.js is loaded here, before tsx, when a PDF is to be read. Why: through tsx's loader its
// 3 MB of JavaScript took several seconds more to load; the shared code's own import of it then
// finds it already loaded.
if (process.argv.slice(2).some((arg) => /pdf/i.test(arg))) {
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  await import('pdfjs-dist/legacy/build/pdf.mjs');
}
register();
const { main } = await import('./maillage.ts');
process.exitCode = await main(process.argv.slice(2));
