import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

// Electron main and preload, each bundled to one CommonJS file (built twice: `--mode main` and
// `--mode preload`). A sandboxed preload cannot be an ES module and may require nothing but
// 'electron', so it must not share chunks with main.
export default defineConfig(({ mode }) => {
  const entry = mode === 'preload' ? 'preload' : 'main';
  return {
    root: rootDir,
    build: {
      ssr: true,
      outDir: `${rootDir}dist/electron`,
      emptyOutDir: entry === 'main',
      sourcemap: false,
      target: 'node22',
      minify: false,
      rollupOptions: {
        input: { [entry]: `${rootDir}electron/${entry}/index.ts` },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
    ssr: { noExternal: true, target: 'node' },
  };
});
