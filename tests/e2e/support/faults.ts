// Faults injected into the page from the outside, as the browser itself would raise them: a full
// disk makes IndexedDB writes throw QuotaExceededError. Installed before any script of the app runs.
import type { BrowserContext, Page } from 'playwright-core';

type Target = 'all' | 'cases' | null;

declare global {
  var __maillageFailWrites: Target | undefined;
}

/** From now on, every page of the context can be told to fail its IndexedDB writes (see failWrites). */
export async function installWriteFaults(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const store = IDBObjectStore.prototype;
    for (const method of ['put', 'add'] as const) {
      const original = store[method] as (...args: unknown[]) => IDBRequest;
      Object.defineProperty(store, method, {
        configurable: true,
        writable: true,
        value(this: IDBObjectStore, ...args: unknown[]) {
          const target = globalThis.__maillageFailWrites;
          if (target === 'all' || (target && target === this.name)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        },
      });
    }
  });
}

/** Writes to every table ('all'), to the case records only ('cases'), or none (null) fail in this page. */
export async function failWrites(page: Page, target: Target): Promise<void> {
  await page.evaluate((value) => {
    globalThis.__maillageFailWrites = value;
  }, target);
}
