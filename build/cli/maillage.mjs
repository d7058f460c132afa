#!/usr/bin/env node
// `npx maillage ...`: the command line for trainers preparing exports without a browser.
// The code is TypeScript shared with the app; tsx compiles it on the fly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./maillage.ts');
process.exitCode = await main(process.argv.slice(2));
