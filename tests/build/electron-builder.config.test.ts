import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
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

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
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
});
