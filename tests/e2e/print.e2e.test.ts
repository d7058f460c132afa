// Ctrl+P prints the map, not the window: checked on the page Chromium prints (its PDF, read by
// poppler as a reader would read the paper).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVault } from './pages/vault-pages';
import { launchChromium, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('printing the map', () => {
  it('Ctrl+P prints the diagram alone on one landscape A4 page, with its title block, legend and judicial mark', async () => {
    const app = await openApp(browser, { viewport: { width: 1500, height: 950 } });
    const { page } = app;
    await createVault(page);
    await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await page.locator('[data-name="Sophie Laurent"]').waitFor();
    await page.getByRole('button', { name: 'Organiser' }).click();
    // The system's print dialog is not opened in a test: print() only counts its calls.
    await page.evaluate(() => {
      const counted = window as unknown as { printed: number };
      counted.printed = 0;
      window.print = () => void counted.printed++;
    });
    await page.keyboard.press('Control+p');
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/print-map.pdf', pdf);
    const info = execFileSync('pdfinfo', ['test-results/print-map.pdf'], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    // A4 landscape: 842 × 595 points.
    const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? [];
    expect([Math.round(Number(width)), Math.round(Number(height))]).toEqual([842, 595]);

    const text = execFileSync('pdftotext', ['-layout', 'test-results/print-map.pdf', '-'], { encoding: 'utf8' });
    for (const words of ['Situation Laurent', 'Document confidentiel', 'Légende', 'Sophie Laurent', 'Foyer de Sophie', 'Champ : Aide', '⚖']) expect(text).toContain(words);
    // Not the window: no toolbar, no inspector.
    for (const words of ['Organiser', 'Inspecteur', 'Exporter']) expect(text).not.toContain(words);

    // The page as a picture, to look at.
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', 'test-results/print-map.pdf', 'test-results/print-map']);
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  });
});
