// Proves the lint rules that keep each folder to the process it may run in.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const rootDir = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: rootDir, overrideConfigFile: 'build/eslint.config.js' });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('process boundaries', () => {
  // The first lint loads the TypeScript parser: allow it time on a busy machine.
  it.each([
    ["import { readFileSync } from 'node:fs';", 'Node built-in'],
    ["import path from 'path';", 'Node built-in'],
    ["import { app } from 'electron';", 'Electron'],
    ["import { useState } from 'react';", 'React'],
    ["import Dexie from 'dexie';", 'storage'],
    ["import { getPlatform } from '../renderer/platform';", 'renderer'],
    ["import { runApp } from '../electron/main/app';", 'electron'],
    ['export const title = document.title;', 'DOM global'],
    ['export const win = window.innerWidth;', 'DOM global'],
    ['export const env = process.env.HOME;', 'Node global'],
    ["export const bytes = Buffer.from('x');", 'Node global'],
  ])('shared/ refuses `%s` (%s)', async (code) => {
    expect(await boundaryErrors('shared/model/example.ts', code)).not.toEqual([]);
  }, 30_000);

  it('shared/ accepts plain TypeScript and Zod', async () => {
    const code = "import { z } from 'zod';\nexport const Name = z.string();\nexport const n = new TextEncoder();\n";
    expect(await boundaryErrors('shared/model/example.ts', code)).toEqual([]);
  });

  it('electron/ may not import the renderer', async () => {
    expect(await boundaryErrors('electron/main/example.ts', "import { App } from '../../renderer/app/App';")).not.toEqual([]);
    expect(await boundaryErrors('electron/main/example.ts', "import { z } from 'zod';\nexport const s = z.string();")).toEqual([]);
  });

  it('renderer/ may not import Node, Electron, or electron/ code', async () => {
    for (const code of [
      "import fs from 'node:fs';",
      "import { ipcRenderer } from 'electron';",
      "import { buildMenuTemplate } from '../electron/main/menu';",
    ]) {
      expect(await boundaryErrors('renderer/app/example.ts', code), code).not.toEqual([]);
    }
  });

  // Lints the whole tree: half a minute on a quiet machine; the timeout is only a hang guard.
  it('the real source tree passes these rules', { timeout: 240_000 }, async () => {
    const results = await eslint.lintFiles(['shared', 'electron', 'renderer']);
    const violations = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
        .map((m) => `${r.filePath}: ${m.message}`),
    );
    expect(violations).toEqual([]);
  });
});
