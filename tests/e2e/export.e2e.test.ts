// Exports through the UI, in every format: the files on disk pass the leak guard.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLeaks } from '../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../shared/anonymise/sensitive';
import { laurentExample } from '../../shared/examples/laurent';
import { createVault } from './pages/vault-pages';
import { launchChromium, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const sensitive = sensitiveStrings(laurentExample());
const MAGIC: Record<string, (b: Buffer) => boolean> = {
  SVG: (b) => b.toString('utf8').startsWith('<?xml') && b.includes('<svg'),
  PNG: (b) => b.subarray(1, 4).toString() === 'PNG',
  PDF: (b) => b.subarray(0, 5).toString() === '%PDF-',
  JSON: (b) => JSON.parse(b.toString('utf8')).schemaVersion === 2,
};

describe('export through the UI', () => {
  it('writes an anonymised file in every format, each passing the leak guard; blocks a leaking label', async () => {
    const app = await openApp(browser, { viewport: { width: 1500, height: 950 } });
    const { page } = app;
    await createVault(page);
    await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await page.locator('[data-name="Sophie Laurent"]').waitFor();
    await page.getByRole('button', { name: 'Organiser' }).click();
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('anonymised-preview').waitFor();
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/export-dialog.png' });

    for (const format of ['SVG', 'PNG', 'PDF', 'JSON']) {
      await dialog.getByLabel(format, { exact: true }).check();
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: `Exporter en ${format}` }).click()]);
      expect(download.suggestedFilename()).toBe(`formation-situation-a.${format.toLowerCase()}`);
      const bytes = readFileSync(await download.path());
      expect(MAGIC[format]?.(bytes), format).toBe(true);
      expect(findLeaks(new Uint8Array(bytes), sensitive), format).toEqual([]);
    }

    // A label typed by the user that is a name: blocked, with where it was found.
    await dialog.getByText('Libellés (modifiables)').click();
    await dialog.locator('.label-overrides li').filter({ hasText: 'Sophie Laurent' }).getByRole('textbox').fill('Sophie');
    await dialog.getByLabel('SVG', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Exporter en SVG' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Export bloqué' }).waitFor();
    expect(await dialog.getByRole('alert').textContent()).toContain('« Sophie » trouvé');

    // The full export exists, behind a warning.
    await dialog.getByRole('tab', { name: 'Pour la pratique (complet)' }).click();
    expect(await dialog.getByRole('button', { name: 'Exporter en SVG' }).isDisabled()).toBe(true);
    await dialog.getByLabel('J’exporte des données nominatives').check();
    const [full] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exporter en SVG' }).click()]);
    expect(full.suggestedFilename()).toBe('situation.svg');
    expect(readFileSync(await full.path(), 'utf8')).toContain('Sophie Laurent');
    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });
});
