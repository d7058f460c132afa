import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Path of the Electron binary, downloading it first if the npm package has not yet done so
 * (Electron 45 fetches its binary on first launch). Returns null, without printing anything,
 * when the binary is missing and cannot be downloaded, as on an offline machine.
 */
export function findOrFetchElectronBinary(): string | null {
  const packageDir = path.dirname(require.resolve('electron/package.json'));
  const located = (): string | null => {
    const pathFile = path.join(packageDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  };
  const found = located();
  if (found) return found;
  const install = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    stdio: 'pipe',
    timeout: 5 * 60_000,
  });
  return install.status === 0 ? located() : null;
}
