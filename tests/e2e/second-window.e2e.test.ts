// One editor per case (issue 12, finding 3): the same case opened in two windows of one browser
// (two pages of one context: same origin, same vault). The second opens it read-only, follows the
// first live and can take over; a window that loses the case with changes not yet saved continues
// in a copy, visibly, and never writes over the original.
import { describe, expect, it } from 'vitest';
import { openFromLibrary, openInAnotherWindow, unlock } from './pages/vault-pages';
import { useChromium, type AppPage } from './support/browser';
import { inspectorField as field, openExampleWithFaults, saveStatus } from './support/example';
import { failWrites } from './support/faults';

const browser = useChromium();
const openExample = () => openExampleWithFaults(browser());
/** Two windows unlock the vault (Argon2id twice) and draw the case: more than the usual minute on a busy machine. */
const TWO_WINDOWS_MS = 120_000;

describe('one editor per case (finding 3)', () => {
  const secondWindow = (app: AppPage) => openInAnotherWindow(app, 'Situation Laurent');

  it('opens the case read-only in a second window, which follows the first live and can take over', async () => {
    const { app, page: first, ui } = await openExample();
    const second = await secondWindow(app);
    const banner = second.getByTestId('read-only-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('en cours de modification dans une autre fenêtre');
    expect(await second.locator('.top-bar').getByRole('button', { name: '+ Personne' }).isDisabled()).toBe(true);
    await second.locator('[data-name="Enzo Moreau"]').click({ position: { x: 60, y: 20 } });
    expect(await second.getByTestId('inspector').getByLabel('Année de naissance').isDisabled()).toBe(true);
    await second.screenshot({ path: 'test-results/second-window-read-only.png' });

    // The first window changes a child's birth year: the second shows it without a reload.
    await ui.clickNode('Enzo Moreau');
    await field(first, 'Année de naissance').fill('2011');
    await field(first, 'Année de naissance').press('Enter');
    await expect.poll(() => second.getByTestId('inspector').getByLabel('Année de naissance').inputValue()).toBe('2011');

    // The second window takes over: the first becomes the read-only one.
    await second.getByRole('button', { name: 'Modifier ici' }).click();
    await banner.waitFor({ state: 'detached' });
    await first.getByTestId('read-only-banner').waitFor();
    await second.locator('.top-bar').getByRole('button', { name: '+ Personne' }).click();
    await second.locator('.inline-rename').fill('Zoé Martin');
    await second.locator('.inline-rename').press('Enter');
    await first.locator('[data-name="Zoé Martin"]').waitFor();
    await second.keyboard.press('Control+z');
    await expect.poll(() => first.locator('[data-name="Zoé Martin"]').count()).toBe(0);

    // The first goes back to the library and reopens the case: it shows the latest version.
    await second.keyboard.press('Control+y');
    await expect.poll(() => saveStatus(second)).toBe('Enregistré');
    await second.close();
    await first.locator('.top-bar').getByRole('button', { name: /Situations/ }).click();
    await openFromLibrary(first, 'Situation Laurent');
    await first.locator('[data-name="Zoé Martin"]').waitFor();
    await expect.poll(() => first.getByTestId('read-only-banner').count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  }, TWO_WINDOWS_MS);

  it('a lock in one window locks every window of the vault, each keeping what was being typed in it', async () => {
    const { app, page: first, ui } = await openExample();
    const second = await secondWindow(app);
    await second.getByTestId('read-only-banner').waitFor();
    // The first window is typing notes (the field keeps the focus) when the second is locked.
    await ui.clickNode('Sophie Laurent');
    await field(first, 'Notes').click();
    await first.keyboard.type('vue au CMP');
    await second.keyboard.press('Control+l');
    await second.getByRole('heading', { name: 'Déverrouiller Maillage' }).waitFor();
    await first.getByRole('heading', { name: 'Déverrouiller Maillage' }).waitFor();
    for (const window of [first, second]) expect(await window.content()).not.toContain('Sophie Laurent');
    await unlock(first);
    await openFromLibrary(first, 'Situation Laurent');
    await ui.clickNode('Sophie Laurent');
    expect(await field(first, 'Notes').inputValue()).toBe('vue au CMP');
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  }, TWO_WINDOWS_MS);

  it('a window whose changes are not saved when it loses the case continues in a copy, visibly, and never writes over the original', async () => {
    const { app, page: first, ui } = await openExample();
    await ui.clickNode('Sophie Laurent');
    await failWrites(first, 'all');
    await field(first, 'Nom').fill('Sophie Première');
    await field(first, 'Nom').press('Enter');
    await expect.poll(() => saveStatus(first)).toBe('Échec de l’enregistrement');
    await failWrites(first, null);

    const second = await secondWindow(app);
    await second.getByRole('button', { name: 'Modifier ici' }).click();
    const moved = first.getByTestId('copy-banner');
    await moved.waitFor();
    expect(await moved.textContent()).toContain('Situation Laurent (autre fenêtre)');
    await expect.poll(() => first.locator('.title-field input').inputValue()).toBe('Situation Laurent (autre fenêtre)');
    await first.locator('.top-bar').getByRole('button', { name: '+ Personne' }).click();
    await first.locator('.inline-rename').fill('Zoé Copie');
    await first.locator('.inline-rename').press('Enter');
    await expect.poll(() => saveStatus(first)).toBe('Enregistré');
    await first.screenshot({ path: 'test-results/lost-lock-copy.png' });

    // The original, edited in the second window, has neither change.
    await second.locator('.top-bar').getByRole('button', { name: /Situations/ }).click();
    const cards = second.getByTestId('case-card');
    await expect.poll(() => cards.count()).toBe(2);
    await second.getByLabel('Rechercher (titre ou nom)').fill('Zoé Copie');
    expect(await cards.count()).toBe(1);
    expect(await cards.textContent()).toContain('(autre fenêtre)');
    await second.getByLabel('Rechercher (titre ou nom)').fill('Sophie Première');
    expect(await cards.count()).toBe(1);
    expect(await cards.textContent()).toContain('(autre fenêtre)');
    await app.context.close();
  }, TWO_WINDOWS_MS);
});
