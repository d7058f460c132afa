// `npm start`: the desktop app when Electron can run here, the web mode otherwise.
// The build has already run (see package.json).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findOrFetchElectronBinary } from './electron-binary';
import { startWebServer } from './web-server';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));
const electron = findOrFetchElectronBinary();

if (electron) {
  const child = spawn(electron, [rootDir], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const port = Number(process.env.PORT ?? 5173);
  const server = await startWebServer(port);
  console.log(`Electron n'est pas disponible sur cette machine (binaire absent, téléchargement impossible) : mode web sur ${server.url}`);
}
