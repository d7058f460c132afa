// The create-vault screen applies the shared passphrase rule (shared/security/passphrase.ts): a
// passphrase of 12 characters that is guessed at once is refused, and the screen says why.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault, E2E_PASSPHRASE } from './pages/vault-pages';
import { launchChromium, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the create-vault screen', () => {
  it('refuses a weak passphrase, explains why in French and English, then accepts a good one; so does the encrypted export', async () => {
    const app = await openApp(browser, { viewport: { width: 1100, height: 900 } });
    const { page } = app;
    const passphrase = page.getByLabel('Phrase secrète', { exact: true });
    const confirmation = page.getByLabel('Confirmer la phrase secrète');
    const create = page.getByRole('button', { name: 'Créer le coffre' });
    // The verdict as read, with French typography's no-break spaces as plain ones.
    const verdict = { textContent: async () => (await page.locator('#strength').textContent())?.replace(/\u00a0/g, ' ') };

    // Six emoji are twelve UTF-16 units but six characters.
    await passphrase.fill('🦊🌲🏠🚲🎻🍐');
    await expect.poll(() => verdict.textContent(), { timeout: 10_000 }).toBe('Trop courte : 6 sur 12 caractères.');

    // Twelve characters, guessed at once: refused, with the reason and advice. The first verdict
    // past the length loads the dictionaries (about 1 MB gzipped): seconds on a busy machine.
    await passphrase.fill('aaaaaaaaaaaa');
    await confirmation.fill('aaaaaaaaaaaa');
    await expect.poll(() => verdict.textContent(), { timeout: 30_000 }).toContain('Refusée : des caractères ou des mots répétés');
    expect(await verdict.textContent()).toContain('Ajoutez quelques mots peu courants');
    expect(await create.isDisabled()).toBe(true);
    // Enter in the form does not create the vault either.
    await confirmation.press('Enter');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/vault-create-refused.png' });

    await passphrase.fill('123456789012');
    await confirmation.fill('123456789012');
    await expect.poll(() => verdict.textContent(), { timeout: 10_000 }).toContain('Refusée : elle figure parmi les mots de passe les plus utilisés.');
    expect(await create.isDisabled()).toBe(true);

    // The same refusal in English.
    await page.locator('.language-switch select').selectOption('en');
    await expect.poll(() => verdict.textContent(), { timeout: 10_000 }).toContain('Refused: it is among the most used passwords.');
    await page.screenshot({ path: 'test-results/vault-create-refused-en.png' });
    await page.locator('.language-switch select').selectOption('fr');

    // A good passphrase is accepted and creates the vault.
    await passphrase.fill('');
    await confirmation.fill('');
    await expect.poll(() => verdict.textContent(), { timeout: 10_000 }).toBe('Trop courte : 0 sur 12 caractères.');
    await createVault(page, E2E_PASSPHRASE);

    // A case exported encrypted travels under its transfer passphrase alone: the same rule.
    await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await page.locator('[data-name="Sophie Laurent"]').waitFor();
    await page.getByRole('button', { name: /Situations/ }).first().click();
    await page.getByTestId('case-card').filter({ hasText: 'Situation Laurent' }).getByRole('button', { name: 'Exporter…' }).click();
    await page.getByLabel(/Phrase de transfert/).fill('aaaaaaaaaaaa');
    await page.getByLabel('Confirmer la phrase secrète').fill('aaaaaaaaaaaa');
    const transferVerdict = async () => (await page.locator('#transfer-strength').textContent())?.replace(/\u00a0/g, ' ');
    await expect.poll(transferVerdict, { timeout: 10_000 }).toContain('Refusée : des caractères ou des mots répétés');
    expect(await page.getByRole('button', { name: 'Exporter', exact: true }).isDisabled()).toBe(true);
    await page.screenshot({ path: 'test-results/transfer-passphrase-refused.png' });
    await page.getByLabel(/Phrase de transfert/).fill('phrase de transfert sûre');
    await page.getByLabel('Confirmer la phrase secrète').fill('phrase de transfert sûre');
    await expect.poll(() => page.getByRole('button', { name: 'Exporter', exact: true }).isEnabled(), { timeout: 10_000 }).toBe(true);

    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  });
});
