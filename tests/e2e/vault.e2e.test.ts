// The vault seen from the browser: what is stored is encrypted, survives a reload, opens only
// with the passphrase, and locks itself when nobody is there.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EditorPage } from './pages/editor-page';
import { createVault, dumpIndexedDb, E2E_PASSPHRASE, unlock } from './pages/vault-pages';
import { launchChromium, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh page whose clock the test moves (idle lock, revision interval), vault created. */
async function clockedPageWithVault() {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 }, locale: 'fr-FR' });
  await context.clock.install();
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await createVault(page);
  return { context, page };
}

const SECRETS = ['Karine Vasseur', 'Karine', 'Vasseur', 'Maëlys Vasseur', 'Maëlys', 'Dossier Vasseur', 'placement envisagé'];

describe('the encrypted vault', () => {
  it('draws the thumbnails of a long library as the cards are scrolled to', async () => {
    const app = await openApp(browser, { viewport: { width: 1000, height: 700 } });
    const { page } = app;
    await createVault(page);
    await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await page.locator('[data-name="Sophie Laurent"]').waitFor();
    await page.getByRole('button', { name: /Situations/ }).first().click();
    const cards = page.getByTestId('case-card');
    for (let n = 2; n <= 30; n++) {
      await cards.first().getByRole('button', { name: 'Dupliquer' }).click();
      await page.getByRole('tab', { name: `Situations (${n})` }).waitFor();
    }
    // As after a morning's unlock: 30 cases, the first ones on screen.
    await page.reload();
    await unlock(page);
    await page.getByRole('tab', { name: 'Situations (30)' }).waitFor();
    const drawn = (card: typeof cards) => card.locator('img.case-thumbnail').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
    await expect.poll(() => cards.first().locator('img.case-thumbnail').count()).toBe(1);
    await expect.poll(() => drawn(cards.first())).toBe(true);
    // Far below the screen, the last card holds a placeholder of the thumbnail's size, not the diagram.
    const last = cards.last();
    expect(await last.locator('img.case-thumbnail').count()).toBe(0);
    expect((await last.getByTestId('case-thumbnail-pending').boundingBox())?.height).toBe((await cards.first().locator('img.case-thumbnail').boundingBox())?.height);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.locator('img.case-thumbnail').count()).toBe(1);
    await expect.poll(() => drawn(last)).toBe(true);
    expect(await last.getByTestId('case-thumbnail-pending').count()).toBe(0);
    await app.context.close();
  }, 120_000);

  it('keeps a drawn case across a reload, behind the passphrase, and stores nothing readable', async () => {
    const app = await openApp(browser, { viewport: { width: 1500, height: 950 } });
    const { page } = app;
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/vault-create.png' });
    const code = await createVault(page);
    expect(code).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);

    // Draw a small case through the UI.
    const ui = new EditorPage(page);
    await ui.startNewCase();
    await ui.addFromPalette('+ Personne');
    await ui.typeName('Karine Vasseur, 41');
    await ui.action('Enfant');
    await ui.typeName('Maëlys Vasseur, 6');
    await page.locator('.title-field input').fill('Dossier Vasseur');
    await page.locator('.title-field input').press('Enter');
    await page.getByTestId('inspector').getByLabel('Notes', { exact: true }).fill('placement envisagé');
    await page.getByTestId('inspector').getByLabel('Notes', { exact: true }).blur();
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Enregistré');

    // The raw IndexedDB holds no name, title or note.
    const raw = await dumpIndexedDb(page);
    expect(raw).toContain('maillage-vault');
    for (const secret of SECRETS) expect(raw, secret).not.toContain(secret);
    // Nor does any other storage of the page.
    const local = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    for (const secret of SECRETS) expect(local).not.toContain(secret);

    // Reload: the vault is locked; a wrong passphrase is refused with a clear message.
    await page.reload();
    await page.getByRole('heading', { name: 'Déverrouiller Maillage' }).waitFor();
    await page.screenshot({ path: 'test-results/vault-unlock.png' });
    // Argon2id runs in a Web Worker of its own, not on the window's thread.
    const derivation = page.waitForEvent('worker');
    await unlock(page, 'ce n’est pas la bonne phrase');
    expect((await derivation).url()).toMatch(/argon2/);
    await page.getByRole('alert').filter({ hasText: 'Phrase secrète incorrecte.' }).waitFor();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Nouvel essai possible dans \d+ s/);
    expect(await page.getByRole('button', { name: 'Déverrouiller', exact: true }).isDisabled()).toBe(true);
    await page.screenshot({ path: 'test-results/vault-unlock-wrong.png' });

    await page.waitForTimeout(1100);
    await unlock(page, E2E_PASSPHRASE);
    await page.getByRole('heading', { name: 'Situations', level: 1 }).waitFor();
    const card = page.getByTestId('case-card').filter({ hasText: 'Dossier Vasseur' });
    await card.waitFor();
    expect(await card.textContent()).toMatch(/2 personne\(s\), 0 professionnel·le\(s\)/);

    // Search finds the case by a name inside it, accents ignored.
    await page.getByLabel('Rechercher (titre ou nom)').fill('maelys');
    expect(await page.getByTestId('case-card').count()).toBe(1);
    await page.getByLabel('Rechercher (titre ou nom)').fill('personne');
    expect(await page.getByTestId('case-card').count()).toBe(0);
    await page.getByLabel('Rechercher (titre ou nom)').fill('');
    await page.screenshot({ path: 'test-results/library.png' });

    await card.getByRole('button', { name: /Ouvrir/ }).click();
    await page.locator('[data-name="Maëlys Vasseur"]').waitFor();
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });

  it('locks after the idle time: the case leaves the screen and the unlock screen shows', async () => {
    const { context, page } = await clockedPageWithVault();
    await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await page.locator('[data-name="Sophie Laurent"]').waitFor();

    await context.clock.fastForward('06:00');
    await page.getByRole('heading', { name: 'Déverrouiller Maillage' }).waitFor();
    expect(await page.getByText('Verrouillé après une période d’inactivité.').count()).toBe(1);
    expect(await page.locator('[data-name]').count()).toBe(0);
    expect(await page.content()).not.toContain('Sophie Laurent');

    await unlock(page);
    await page.getByTestId('case-card').filter({ hasText: 'Situation Laurent' }).waitFor();
    await context.close();
  });

  it('shows the history of a case and restores an earlier version, undoably', async () => {
    const { context, page } = await clockedPageWithVault();
    await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await page.locator('[data-name="Mme Rossi"]').waitFor();
    // Two minutes later, Mme Rossi is removed: a second version.
    await context.clock.fastForward('02:00');
    await page.locator('[data-name="Mme Rossi"]').click({ position: { x: 60, y: 20 } });
    await page.keyboard.press('Delete');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Enregistré');
    await page.getByRole('button', { name: 'Historique' }).click();
    const versions = page.getByTestId('history').locator('.revision');
    await expect.poll(() => versions.count()).toBe(2);
    await versions.nth(1).click();
    await page.getByRole('img', { name: 'Aperçu de la version' }).waitFor();
    await page.screenshot({ path: 'test-results/history.png' });
    await page.getByRole('button', { name: 'Restaurer cette version' }).click();
    await page.locator('[data-name="Mme Rossi"]').waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-name="Mme Rossi"]').count()).toBe(0);
    await context.close();
  });

  it('exports a case encrypted, imports it back, and names the problem with a foreign file', async () => {
    const app = await openApp(browser, { viewport: { width: 1500, height: 950 } });
    const { page } = app;
    await createVault(page);
    await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await page.locator('[data-name="Sophie Laurent"]').waitFor();
    await page.getByRole('button', { name: /Situations/ }).first().click();
    const card = page.getByTestId('case-card').filter({ hasText: 'Situation Laurent' });
    await card.getByRole('button', { name: 'Exporter…' }).click();
    await page.getByLabel(/Phrase de transfert/).fill('phrase de transfert sûre');
    await page.getByLabel('Confirmer la phrase secrète').fill('phrase de transfert sûre');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter', exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/^situation-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await download.path();
    const { readFileSync, writeFileSync } = await import('node:fs');
    const text = readFileSync(file, 'utf8');
    for (const secret of ['Laurent', 'Sophie', 'Enzo', 'Situation']) expect(text).not.toContain(secret);

    await page.getByRole('button', { name: 'Importer…' }).click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choisir un fichier…' }).click()]);
    await chooser.setFiles(file);
    await page.getByLabel('Phrase de transfert de ce fichier').fill('phrase de transfert sûre');
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Situation importée : « Situation Laurent (importée) ».' }).waitFor();
    await expect.poll(() => page.getByTestId('case-card').filter({ hasText: 'Situation Laurent' }).count()).toBe(2);

    const foreign = `${file}.csv`;
    writeFileSync(foreign, 'Nom;Prénom\nLaurent;Sophie\n');
    await page.getByRole('button', { name: 'Importer…' }).click();
    const [second] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choisir un fichier…' }).click()]);
    await second.setFiles(foreign);
    await page.getByRole('alert').filter({ hasText: 'Ce fichier n’est pas un fichier Maillage. Rien n’a été importé.' }).waitFor();
    await page.getByRole('button', { name: 'Annuler' }).click();
    expect(await page.getByTestId('case-card').count()).toBe(2);
    await app.context.close();
  });
});
