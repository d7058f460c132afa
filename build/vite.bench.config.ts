import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

// The benchmark's baseline page (a bare React Flow canvas), built apart from the app.
export default defineConfig({
  root: `${rootDir}tests/bench/baseline`,
  base: './',
  plugins: [react()],
  build: { outDir: `${rootDir}dist/bench-baseline`, emptyOutDir: true, sourcemap: false, target: 'chrome130' },
  logLevel: 'warn',
});
