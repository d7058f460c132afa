import type { Browser, Page } from 'playwright-core';
import { EditorPage } from '../pages/editor-page';
import { createVault } from '../pages/vault-pages';
import { openApp, type AppPage } from './browser';
import { installWriteFaults } from './faults';

export const WIDE = { width: 1600, height: 1000 };

/** A new vault with the worked example open in the editor; its pages can be told to fail their writes. */
export async function openExampleWithFaults(browser: Browser): Promise<{ app: AppPage; page: Page; ui: EditorPage }> {
  const app = await openApp(browser, { viewport: WIDE });
  await installWriteFaults(app.context);
  await app.page.reload();
  await createVault(app.page);
  await app.page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
  await app.page.locator('[data-name="Sophie Laurent"]').waitFor();
  return { app, page: app.page, ui: new EditorPage(app.page) };
}

export const saveStatus = (page: Page) => page.getByTestId('save-status').textContent();
export const inspectorField = (page: Page, label: string) => page.getByTestId('inspector').getByLabel(label, { exact: true });
