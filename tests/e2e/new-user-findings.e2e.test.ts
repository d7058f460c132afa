// What a new user drawing a situation ran into (#17): the name field of a new institution hidden
// under the action bar, a "⋯" menu deaf to Échap and the arrows, a link that only the mouse could
// finish, a case card whose title did not open the case.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExampleEditor } from './pages/editor-page';

// A laptop's width: some tools of the top bar go into the "⋯" menu.
const opened = useExampleEditor({ width: 1280, height: 800 });

/** Whether a user sees the element: in the window, and what is drawn at its centre is the element itself. */
function seenAtItsCentre(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const inWindow = box.width > 0 && box.height > 0 && x >= 0 && y >= 0 && x <= window.innerWidth && y <= window.innerHeight;
    return inWindow && document.elementFromPoint(x, y) === el;
  });
}

const linksBetween = async (a: string, b: string) => (await opened().ui.readDiagram()).links.filter((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));

describe('what a new user ran into', () => {
  it('the name field of a new institution chosen in the list is seen, not hidden under the action bar', async () => {
    const { page, ui } = opened();
    await ui.clickNode('Julien Moreau');
    await ui.action('Professionnel·le');
    await ui.typeName('Claire Morel, AS');
    await ui.choose('Institution', '+ Nouvelle : MDS');
    const field = page.locator('.inline-rename');
    await field.waitFor();
    expect(await seenAtItsCentre(field)).toBe(true);
    await field.fill('MDS de Roubaix');
    await field.press('Enter');
    const diagram = await ui.readDiagram();
    expect(diagram.professionals).toContainEqual({ name: 'Claire Morel', role: 'as', institution: 'MDS de Roubaix' });
    expect(diagram.institutions).toContainEqual({ name: 'MDS de Roubaix', type: 'mds' });
  });

  it('the "⋯" menu: ↓ ↑ move in it, Échap closes it and gives the focus back to "⋯"', async () => {
    const { page } = opened();
    const more = page.getByRole('button', { name: 'Plus d’outils' });
    const menu = page.getByRole('menu', { name: 'Plus d’outils' });
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    await more.click();
    await menu.waitFor();
    const items = (await menu.getByRole('button').allTextContents()).map((text) => text.trim());
    expect(items.length).toBeGreaterThan(1);
    expect(await focused()).toBe(items[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(items[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(items[items.length - 1]);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await more.evaluate((button) => button === document.activeElement)).toBe(true);
    // From "⋯" itself, ↓ opens the menu on its first item; Échap closes it again.
    await page.keyboard.press('ArrowDown');
    await menu.waitFor();
    expect(await focused()).toBe(items[0]);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
  });

  it('L then a name typed and Entrée links the selection to that element, without the mouse', async () => {
    const { page, ui } = opened();
    expect(await linksBetween('Mme Rossi', 'Monique Laurent')).toEqual([]);
    await ui.clickNode('Mme Rossi');
    await page.keyboard.press('l');
    const picker = page.getByRole('combobox', { name: 'ou tapez son nom' });
    await expect.poll(() => picker.evaluate((input) => input === document.activeElement)).toBe(true);
    await page.keyboard.type('moniq');
    await page.getByRole('option', { name: 'Monique Laurent' }).waitFor();
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    expect(await linksBetween('Mme Rossi', 'Monique Laurent')).toEqual([{ kind: 'relation', detail: 'close:none', from: 'Mme Rossi', to: 'Monique Laurent' }]);

    // Or chosen with the arrows (or Tab) among the elements; Échap cancels and links nothing.
    const before = (await ui.readDiagram()).links.length;
    await ui.clickNode('Mme Rossi');
    await page.keyboard.press('l');
    await page.keyboard.press('ArrowDown');
    const options = page.getByRole('listbox', { name: 'Éléments à relier' }).getByRole('option');
    await options.first().waitFor();
    await page.keyboard.press('Tab');
    const second = (await options.nth(1).textContent()) ?? '';
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'detached' });
    expect((await ui.readDiagram()).links.length).toBe(before);
    await page.keyboard.press('l');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    expect(await linksBetween('Mme Rossi', second)).toHaveLength(1);
  });

  it('a click on a case card’s title opens the case', async () => {
    const { app, page } = opened();
    await page.getByRole('button', { name: /Situations/ }).first().click();
    const card = page.getByTestId('case-card').first();
    // Where the user clicks: on the title's words (whatever element takes the click there).
    const title = await card.getByRole('heading', { level: 2 }).boundingBox();
    if (!title) throw new Error('No title on the card');
    await page.mouse.click(title.x + title.width / 2, title.y + title.height / 2);
    await page.locator('[data-name="Sophie Laurent"]').waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
