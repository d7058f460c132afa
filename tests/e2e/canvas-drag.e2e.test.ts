// Dragging a person: the links and the household outline follow the pointer at every step (drawn in
// their own layer while the drag lasts) and are back in place once dropped.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from './pages/vault-pages';
import { boxOf, contains, overlaps, type Box } from './support/boxes';
import { launchChromium, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('dragging a person', () => {
  it('moves their links with them during the drag and leaves everything in place when dropped', async () => {
    const app = await openApp(browser, { viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    await createVault(page);
    await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await expect.poll(() => page.getByTestId('link-edge').count()).toBeGreaterThan(20);
    const links = await page.getByTestId('link-edge').count();
    const noah = '.react-flow__node:has([data-name="Noah Petit"])';
    const start = await boxOf(page, noah);

    await page.mouse.move(start.x + start.width / 2, start.y + 15);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(start.x + start.width / 2 + i * 10, start.y + 15 + i * 6);
    const during = await boxOf(page, noah);
    expect(during.x).toBeGreaterThan(start.x + 60);
    // Noah's links (to his parents' couple, from Mme Rossi) are drawn where Noah is now.
    const layer = page.getByTestId('moving-layer');
    await expect.poll(() => layer.getByTestId('moving-link').count()).toBeGreaterThanOrEqual(2);
    const drawn = await layer.getByTestId('moving-link').evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect().toJSON() as Box));
    expect(drawn.every((link) => overlaps(link, during, 30))).toBe(true);
    // His household's outline is drawn around where he is now, and only there.
    const outline = await layer.getByTestId('moving-household').evaluateAll((gs) => gs.map((g) => g.getBoundingClientRect().toJSON() as Box));
    expect(outline).toHaveLength(1);
    expect(contains(outline[0] as Box, during)).toBe(true);
    const households = await page.locator('.react-flow__node-household').count();
    expect(await page.locator('.react-flow__node-household svg').count()).toBe(households - 1);

    await page.mouse.up();
    await expect.poll(() => layer.count()).toBe(0);
    await expect.poll(() => page.getByTestId('link-edge').count()).toBe(links);
    const dropped = await boxOf(page, noah);
    expect(dropped.x).toBeCloseTo(during.x, 0);
    // The household outline has caught up with its moved member.
    await expect.poll(async () => contains(await boxOf(page, '.react-flow__node-household'), dropped)).toBe(true);
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  });
});
