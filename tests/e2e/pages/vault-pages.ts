import type { Page } from 'playwright-core';
import type { AppPage } from '../support/browser';

export const E2E_PASSPHRASE = 'cheval agrafe batterie correcte';

/** First run: create the vault, acknowledge the recovery code, reach the library. Returns the code. */
export async function createVault(page: Page, passphrase = E2E_PASSPHRASE): Promise<string> {
  await page.getByLabel('Phrase secrète', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirmer la phrase secrète').fill(passphrase);
  await page.getByRole('button', { name: 'Créer le coffre' }).click();
  const code = (await page.getByTestId('recovery-code').textContent({ timeout: 30_000 })) ?? '';
  await page.getByLabel('J’ai noté ce code en lieu sûr').check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('heading', { name: 'Situations', level: 1 }).waitFor();
  return code;
}

export async function unlock(page: Page, passphrase = E2E_PASSPHRASE): Promise<void> {
  await page.getByLabel('Phrase secrète', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Déverrouiller', exact: true }).click();
}

/** Everything IndexedDB holds for the app, as text (binary fields decoded as Latin-1). */
export async function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    const out: string[] = [];
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        out.push(
          JSON.stringify(rows, (_key, value) => (value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value instanceof ArrayBuffer ? new TextDecoder('latin1').decode(value) : value)),
        );
      }
      db.close();
    }
    return `${names.join(',')}\n${out.join('\n')}`;
  });
}

/** In the library: opens the case with this title and waits for the canvas. */
export async function openFromLibrary(page: Page, title: string): Promise<void> {
  await page.getByTestId('case-card').filter({ hasText: title }).getByRole('button', { name: /Ouvrir/ }).click();
  await page.getByTestId('canvas').waitFor();
}

/** Reloads the page, unlocks the vault and opens the case with this title again. */
export async function reloadAndReopen(page: Page, title: string): Promise<void> {
  await page.reload();
  await page.getByRole('heading', { name: 'Déverrouiller Maillage' }).waitFor();
  await unlock(page);
  await openFromLibrary(page, title);
}

/** The app in another window of the same browser (same origin, same vault): unlocked, the case with this title opened. */
export async function openInAnotherWindow(app: AppPage, title: string): Promise<Page> {
  const page = await app.context.newPage();
  await page.setViewportSize(app.page.viewportSize() ?? { width: 1600, height: 1000 });
  await page.goto(app.baseUrl);
  await unlock(page);
  await openFromLibrary(page, title);
  return page;
}
