// "Tout voir" and opening a case frame the whole diagram: every element on screen, none hidden
// under the legend in the bottom-left corner.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from './pages/vault-pages';
import { contains, overlaps, type Box } from './support/boxes';
import { launchChromium, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** What a viewer would complain about: elements cut by the canvas edge or under the legend. */
async function framingProblems(page: Page): Promise<string[]> {
  // Let the fit's animation end.
  await page.waitForTimeout(400);
  const canvas = (await page.getByTestId('canvas').boundingBox()) as Box;
  const legend = (await page.getByTestId('legend').boundingBox()) as Box;
  const nodes = await page.locator('.react-flow__node').evaluateAll((elements) =>
    elements.map((e) => ({ id: (e as HTMLElement).dataset.id ?? '', box: e.getBoundingClientRect().toJSON() as Box })),
  );
  expect(nodes.length).toBeGreaterThan(10);
  return nodes.flatMap(({ id, box }) => [...(contains(canvas, box) ? [] : [`${id} outside the canvas`]), ...(overlaps(legend, box) ? [`${id} under the legend`] : [])]);
}

describe('framing the whole diagram', () => {
  for (const viewport of [{ width: 1600, height: 1000 }, { width: 1280, height: 800 }]) {
    it(`keeps every element on screen and clear of the legend (${viewport.width}×${viewport.height})`, async () => {
      const app = await openApp(browser, { viewport });
      const { page } = app;
      await createVault(page);
      await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
      await page.getByTestId('legend').waitFor();
      expect(await framingProblems(page)).toEqual([]);

      // Zoomed in, then "Tout voir".
      await page.getByTestId('canvas').hover();
      for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
      await page.getByRole('button', { name: 'Tout voir' }).click();
      expect(await framingProblems(page)).toEqual([]);
      expect(app.consoleErrors).toEqual([]);
      await app.context.close();
    });
  }

  it('gives the whole diagram back, clear of the legend, when the Synthèse panel closes', async () => {
    const app = await openApp(browser, { viewport: { width: 1500, height: 950 } });
    const { page } = app;
    await createVault(page);
    await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await page.getByTestId('legend').waitFor();
    await page.locator('.top-bar').getByRole('button', { name: 'Synthèse', exact: true }).click();
    // "Qui manque ?": the view goes to the people an item names...
    await page.getByTestId('missing-list').getByRole('button', { name: /CMP et Collège/ }).click();
    await page.waitForTimeout(400);
    const legend = (await page.getByTestId('legend').boundingBox()) as Box;
    const shown = await page.locator('.react-flow__node.selected').evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().toJSON() as Box));
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.filter((box) => overlaps(legend, box))).toEqual([]);
    // ...and the panel closed, the map is whole again.
    await page.getByRole('button', { name: 'Fermer la synthèse' }).click();
    expect(await framingProblems(page)).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  });
});
