// A role typed in the inspector: the role vocabulary is offered as suggestions, and the anonymised
// export keeps the typed function rather than saying "Professionnel·le".
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorPage } from './pages/editor-page';
import { createVault } from './pages/vault-pages';
import { launchChromium, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('typing a role', () => {
  it('suggests the role vocabulary, and the anonymised export keeps the typed function', async () => {
    const app = await openApp(browser, { viewport: { width: 1500, height: 950 } });
    const { page } = app;
    await createVault(page);
    await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await page.locator('[data-name="Paul Martin"]').waitFor();
    const ui = new EditorPage(page);
    await ui.clickNode('Paul Martin');
    await ui.choose('Fonction', 'Autre…');
    const typed = ui.inspector.getByLabel('Fonction (texte libre)', { exact: true });
    expect(await typed.inputValue()).toBe('Conseiller·ère');
    const listId = await typed.getAttribute('list');
    const suggestions = await page.locator(`datalist[id="${listId}"] option`).evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(suggestions).toEqual(expect.arrayContaining(['Curatrice', 'Conseillère Mission locale', 'Infirmière libérale', 'TISF', 'Cheffe de service']));
    await typed.fill('curatrice UDAF');
    await typed.press('Enter');

    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('anonymised-preview').waitFor();
    await dialog.getByText('Libellés (modifiables)').click();
    const label = dialog.locator('.label-overrides li').filter({ hasText: 'Paul Martin' }).getByRole('textbox');
    expect(await label.inputValue()).toBe('Curatrice UDAF');
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  });
});
