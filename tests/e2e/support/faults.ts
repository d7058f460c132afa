// Faults injected into the page from the outside, as the browser itself would raise them: a full
// disk makes IndexedDB writes throw QuotaExceededError; a faulty version of the app seals a record
// that does not pass validation (the text is edited just before it is encrypted, so the record is
// authentic). Installed before any script of the app runs.
import type { BrowserContext, Page } from 'playwright-core';

type Target = 'all' | 'cases' | null;

declare global {
  var __maillageFailWrites: Target | undefined;
  var __maillageSealEdit: { from: string; to: string } | null | undefined;
}

/** From now on, every page of the context can be told to fail its IndexedDB writes (see failWrites) or to seal edited records (see editSeals). */
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
    const encrypt = SubtleCrypto.prototype.encrypt;
    Object.defineProperty(SubtleCrypto.prototype, 'encrypt', {
      configurable: true,
      writable: true,
      value(this: SubtleCrypto, algorithm: AlgorithmIdentifier, key: CryptoKey, data: BufferSource) {
        const edit = globalThis.__maillageSealEdit;
        if (edit) {
          const text = new TextDecoder().decode(data);
          if (text.includes(edit.from)) data = new TextEncoder().encode(text.split(edit.from).join(edit.to)) as Uint8Array<ArrayBuffer>;
        }
        return encrypt.call(this, algorithm, key, data);
      },
    });
  });
}

/** Writes to every table ('all'), to the case records only ('cases'), or none (null) fail in this page. */
export async function failWrites(page: Page, target: Target): Promise<void> {
  await page.evaluate((value) => {
    globalThis.__maillageFailWrites = value;
  }, target);
}

/** From now on, every record this page seals has `from` replaced by `to` in its text (null: sealed as it is). */
export async function editSeals(page: Page, edit: { from: string; to: string } | null): Promise<void> {
  await page.evaluate((value) => {
    globalThis.__maillageSealEdit = value;
  }, edit);
}
