// Serves the built renderer (dist/renderer) on localhost: the "web mode". Used by `npm run web`,
// by `npm start` when Electron is unavailable, and by the end-to-end tests and the benchmark.
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';

const configFile = fileURLToPath(new URL('../vite.renderer.config.ts', import.meta.url));

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/** Port 0 picks a free port (tests); a fixed port fails loudly if it is taken. */
export async function startWebServer(port = 0): Promise<WebServer> {
  const server: PreviewServer = await preview({
    configFile,
    logLevel: 'warn',
    preview: { port, strictPort: port !== 0, host: '127.0.0.1', open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('The web server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  };
}
