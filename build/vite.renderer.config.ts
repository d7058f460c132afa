import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { SECURITY_HEADERS } from '../shared/security/csp.ts';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer: built once, served by app:// in the desktop shell and by `vite preview` in the
// web mode. The preview server sends the same security headers as the desktop shell so the
// end-to-end tests run the app under its real CSP.
export default defineConfig({
  root: `${rootDir}renderer`,
  publicDir: `${rootDir}renderer/public`,
  base: '/',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir: `${rootDir}dist/renderer`,
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome130',
    // Fonts, icons: keep every asset as a file, so the CSP never needs data: for scripts or styles.
    assetsInlineLimit: 0,
  },
  preview: { headers: SECURITY_HEADERS, host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
