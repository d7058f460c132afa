// Presentation for a room, at 1920×1080: the legend a strip clear of the map, a focus mode driven
// by click and keyboard, Échap giving the whole map back, then leaving.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createVault } from './pages/vault-pages';
import { overlaps, type Box } from './support/boxes';
import { openApp, useChromium } from './support/browser';

const browser = useChromium();

const dimmed = (page: Page, name: string) => page.locator(`.react-flow__node:has([data-name="${name}"])`).first().evaluate((e) => e.hasAttribute('data-dimmed'));

describe('presentation mode', () => {
  it('projects the map with a legend strip, focuses on one person and their links, gives the whole map back on Échap, then leaves', async () => {
    const app = await openApp(browser(), { viewport: { width: 1920, height: 1080 } });
    const { page } = app;
    await createVault(page);
    await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await page.locator('[data-name="Sophie Laurent"]').waitFor();
    await page.getByRole('button', { name: 'Organiser' }).click();
    await page.waitForTimeout(600);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/presentation-edit-1920.png' });
    await page.getByRole('button', { name: 'Présentation' }).click();
    await page.getByRole('button', { name: /Quitter la présentation/ }).waitFor();
    await page.waitForTimeout(600);
    await page.screenshot({ path: 'test-results/presentation-1920.png' });

    // The legend: a strip along the bottom, over nothing of the map.
    const legend = (await page.getByTestId('legend').boundingBox()) as Box;
    expect(legend.width).toBeGreaterThan(1000);
    expect(legend.height).toBeLessThan(200);
    const nodes = await page.locator('.react-flow__node').evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().toJSON() as Box));
    expect(nodes.filter((box) => overlaps(legend, box))).toEqual([]);
    // Names as they are projected (the figure of issue 16, reported, not asserted: see the issue).
    const nameSize = await page.locator('[data-name="Sophie Laurent"] text[font-weight="600"]').first().evaluate((t) => t.getBoundingClientRect().height);
    console.log(`Presentation at 1920×1080: a name's line is ${Math.round(nameSize)} px high on screen.`);

    // Focus: Sophie, her links and who they lead to; the rest dims.
    await page.locator('[data-name="Sophie Laurent"]').first().click();
    await expect.poll(() => dimmed(page, 'Sophie Laurent')).toBe(false);
    await expect.poll(() => dimmed(page, 'Monique Laurent')).toBe(false);
    await expect.poll(() => dimmed(page, 'Nadia Haddad')).toBe(true);
    await page.screenshot({ path: 'test-results/presentation-focus-1920.png' });
    // The arrows go from one to the next, and move nothing.
    const before = await page.locator('[data-name="Sophie Laurent"]').first().boundingBox();
    const selected = () => page.locator('.react-flow__node.selected').evaluateAll((elements) => elements.map((e) => e.querySelector('[data-name]')?.getAttribute('data-name')));
    expect(await selected()).toEqual(['Sophie Laurent']);
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected).not.toEqual(['Sophie Laurent']);
    expect(await selected()).toHaveLength(1);
    expect(await page.locator('[data-name="Sophie Laurent"]').first().boundingBox()).toEqual(before);
    // Échap: the whole map again, still projected; Échap again: back to editing.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-dimmed]').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Quitter la présentation/ }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Organiser' }).waitFor();
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  });
});
