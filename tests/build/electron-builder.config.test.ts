import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Configuration } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const rootDir = fileURLToPath(new URL('../..', import.meta.url));
const config = require('../../build/electron-builder.config.cjs') as {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  win: { target: string[] };
  mac: { target: string[] };
};

/** The packaged file list as electron-builder sees it: include patterns, then `!` exclusions. */
function isPackaged(file: string): boolean {
  let included = false;
  for (const pattern of config.files) {
    const negated = pattern.startsWith('!');
    if (path.matchesGlob(file, negated ? pattern.slice(1) : pattern)) included = !negated;
  }
  return included;
}

describe('electron-builder configuration', () => {
  it('names the app', () => {
    expect(config.appId).toBe('org.maillage.editor');
    expect(config.productName).toBe('Maillage');
  });

  it('sets every fuse: the seven security fuses, and the V8 snapshot one at its default', () => {
    // Every fuse electron-builder knows (resetAdHocDarwinSignature is a signing option, not a
    // fuse): a fuse added by an upgrade fails the type check here until it is decided.
    const expected: Required<Omit<NonNullable<Configuration['electronFuses']>, 'resetAdHocDarwinSignature'>> = {
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    };
    expect(config.electronFuses).toEqual(expected);
  });

  it('packs the app into an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb, nsis, and dmg', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toContain('nsis');
    expect(config.mac.target).toContain('dmg');
  });

  it('packages the built app but no tests, sources or source maps', () => {
    expect(isPackaged('dist/electron/main.cjs')).toBe(true);
    expect(isPackaged('dist/renderer/index.html')).toBe(true);
    expect(isPackaged('dist/renderer/assets/index-abc.js')).toBe(true);
    expect(isPackaged('package.json')).toBe(true);
    for (const file of [
      'dist/renderer/assets/index-abc.js.map',
      'dist/electron/main.cjs.map',
      'tests/electron/main/app.test.ts',
      'renderer/main.tsx',
      'shared/model/case.ts',
      'electron/main/app.ts',
      'node_modules/react/index.js',
    ]) {
      expect(isPackaged(file), file).toBe(false);
    }
  });

  it('runs on one pinned Electron 45 release, installed without any download', () => {
    const pinned = (JSON.parse(readFileSync(path.join(rootDir, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron;
    expect(pinned).toMatch(/^45\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string; scripts?: Record<string, string> };
    expect(installed.version).toBe(pinned);
    // Electron 45 fetches its binary on first launch (build/scripts/electron-binary.ts), not on
    // install: `npm ci` works on a machine that reaches only the npm registry.
    expect(Object.keys(installed.scripts ?? {}).filter((name) => /^(pre|post)?install$/.test(name))).toEqual([]);
  });
});
