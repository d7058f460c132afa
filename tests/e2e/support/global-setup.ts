// Serves the built web mode (dist/renderer, built by `npm test` beforehand) once for every e2e file.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startWebServer } from '../../../build/scripts/web-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(new URL('../../../dist/renderer/index.html', import.meta.url))) {
    throw new Error('dist/renderer is missing: run `npm run build:web` first (npm test does it).');
  }
  const server = await startWebServer(0);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
