// Dialogs are modal for real: while one is open, no editor shortcut acts behind it, Échap closes it,
// and Tab stays inside it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorPage } from './pages/editor-page';
import { launchChromium, type AppPage } from './support/browser';

let browser: Browser;
let app: AppPage;
let page: Page;
let ui: EditorPage;

beforeAll(async () => {
  browser = await launchChromium();
  ({ app, ui } = await EditorPage.inExample(browser));
  page = app.page;
});
afterAll(async () => {
  await app?.context.close();
  await browser?.close();
});

const people = () => page.locator('[data-testid="person-node"]').count();
const dialogs = () => page.getByRole('dialog').count();
const focusIsInDialog = () => page.evaluate(() => !!document.activeElement?.closest('dialog[open]'));

describe('dialogs', () => {
  it('F1 then Suppr deletes nothing behind the shortcuts list; Échap closes it', async () => {
    await ui.clickNode('Léa Moreau');
    const before = await people();
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: 'Raccourcis clavier' }).waitFor();
    await page.keyboard.press('Delete');
    await page.waitForTimeout(100);
    expect(await people()).toBe(before);
    expect(await page.locator('[data-name="Léa Moreau"]').count()).toBe(1);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('ArrowRight');

    await page.keyboard.press('Escape');
    await expect.poll(dialogs).toBe(0);
    // The selection behind was left as it was: the dialog took the keys, not the editor.
    await expect.poll(() => ui.inspector.getByLabel('Nom', { exact: true }).inputValue()).toBe('Léa Moreau');
  });

  it('Ctrl+E does not open Export over the shortcuts list', async () => {
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: 'Raccourcis clavier' }).waitFor();
    await page.keyboard.press('Control+e');
    await page.keyboard.press('Control+k');
    await page.waitForTimeout(200);
    expect(await dialogs()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(dialogs).toBe(0);
  });

  it('Échap closes the export dialog; Tab stays inside it; Suppr there deletes nothing', async () => {
    await ui.clickNode('Léa Moreau');
    const before = await people();
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: /Exporter/ });
    await dialog.waitFor();
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      expect(await focusIsInDialog(), `after ${i + 1} Tab`).toBe(true);
    }
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusIsInDialog()).toBe(true);
    }
    await page.keyboard.press('Delete');
    expect(await people()).toBe(before);
    await page.keyboard.press('Escape');
    await expect.poll(dialogs).toBe(0);
    expect(await people()).toBe(before);
    expect(app.consoleErrors).toEqual([]);
  });

  it('File commands work from the keyboard: Ctrl+I imports (Échap closes), Ctrl+N opens a new case', async () => {
    await page.keyboard.press('Control+i');
    const importDialog = page.getByRole('dialog', { name: 'Importer' });
    await importDialog.waitFor();
    expect(await page.getByRole('heading', { name: 'Situations', level: 1 }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(dialogs).toBe(0);

    await page.keyboard.press('Control+n');
    await page.getByTestId('canvas').waitFor();
    await expect.poll(() => page.locator('#case-title').inputValue()).toBe('Nouvelle situation');
    expect(await people()).toBe(0);
    await page.keyboard.press('Control+o');
    await page.getByRole('heading', { name: 'Situations', level: 1 }).waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
