// The PDF export's fonts in the app: each Fontsource file is bundled as an asset of its own and
// fetched (from the app itself, under the CSP) only when a PDF needs it.
import type { FontFiles } from '../../shared/export/fonts';

const URLS = import.meta.glob<string>(
  [
    '../../node_modules/@fontsource/noto-sans/files/noto-sans-*-{400,700}-{normal,italic}.woff',
    '../../node_modules/@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-{400,700}-normal.woff',
    '../../node_modules/@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-{400,700}-normal.woff',
    '../../node_modules/@fontsource/noto-sans-symbols/files/noto-sans-symbols-symbols-{400,700}-normal.woff',
  ],
  { query: '?url', import: 'default', eager: true },
);

export const bundledFontFiles: FontFiles = async (file) => {
  const url = URLS[`../../node_modules/${file}`];
  if (!url) throw new Error(`Font not bundled with the app: ${file}`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font not found: ${file} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
};
