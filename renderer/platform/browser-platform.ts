import { FileTooLargeError, type OpenFileOptions, type Platform } from './platform';

declare const __APP_VERSION__: string;

/** The web mode: downloads for saving, the browser's file picker for opening. */
export function createBrowserPlatform(): Platform {
  return {
    appVersion: () => Promise.resolve(__APP_VERSION__),
    openFile: pickFile,
    async saveFile({ suggestedName, data }) {
      const bytes = await data();
      const url = URL.createObjectURL(new Blob([bytes as BlobPart]));
      try {
        const anchor = document.createElement('a');
        anchor.href = url;
        anchor.download = suggestedName;
        anchor.rel = 'noopener';
        anchor.click();
      } finally {
        // Revoke after the download has started; revoking at once cancels it in some browsers.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
      return suggestedName;
    },
    print: () => window.print(),
    printToPdf: null,
    setLocale: () => undefined,
    // The web mode has no application menu: shortcuts come from the keyboard only.
    onMenuCommand: () => () => undefined,
  };
}

function pickFile(options: OpenFileOptions): Promise<{ name: string; data: Uint8Array } | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = options.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.addEventListener('cancel', () => resolve(null));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return resolve(null);
      if (file.size > options.maxBytes) return reject(new FileTooLargeError(file.size, options.maxBytes));
      file.arrayBuffer().then((buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }), reject);
    });
    input.click();
  });
}
