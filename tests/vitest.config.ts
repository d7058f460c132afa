import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: rootDir,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          // A hang guard, not a speed check (speed is the benchmark's job): a vault test derives
          // Argon2id keys and loads the passphrase dictionaries once per file, which takes 2-3 s
          // on an idle machine and over 20 s when the two cores are shared by several test runs.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // One browser, tests one after another: two cores are not enough for parallel Chromiums.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for what the page does next (a save, a route, a dialog): 1 s by
          // default, which a page on two busy cores can miss. A hang guard too, never a timing.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
