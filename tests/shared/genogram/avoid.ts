// libavoid for tests in Node: its package finds its WebAssembly file beside itself.
import { AvoidLib } from 'libavoid-js';
import type { Avoid } from '../../../shared/genogram/routing';

export async function loadAvoid(): Promise<Avoid> {
  await AvoidLib.load();
  // Its own typings do not match its API (shared/genogram/routing.ts says what is used).
  return AvoidLib.getInstance() as unknown as Avoid;
}
