// pdf.js's worker, loaded into the page itself (see anonymise/pdf-reader.ts): only its presence matters.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
