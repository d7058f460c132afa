// Font files for exports made in Node (the command line, tests): read from node_modules, where
// the app's build takes them from too.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontFiles } from '../../shared/export/fonts';

const require = createRequire(import.meta.url);

export const nodeFontFiles: FontFiles = async (file) => new Uint8Array(await readFile(require.resolve(file)));
