// Exports through the UI, in every format: the files on disk pass the leak guard, the PNG is the
// SVG as Chromium draws it, and the PDF prints with its embedded fonts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
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

/**
 * The share of points, on a grid over the drawing, where two images of it at twice its size have
 * the same colour (a neighbour up to 2 pixels away counts: edges may fall half a pixel apart).
 */
function samePixels(a: PNG, b: PNG): number {
  const colour = (png: PNG, x: number, y: number) => {
    const i = (png.width * y + x) * 4;
    return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
  };
  let same = 0;
  let total = 0;
  for (let y = 6; y < Math.min(a.height, b.height) - 6; y += 17) {
    for (let x = 6; x < Math.min(a.width, b.width) - 6; x += 17) {
      const expected = colour(a, x, y);
      let matched = false;
      for (let dy = -2; dy <= 2 && !matched; dy++) for (let dx = -2; dx <= 2 && !matched; dx++) matched = colour(b, x + dx, y + dy).every((v, k) => Math.abs(v - (expected[k] as number)) <= 24);
      total++;
      if (matched) same++;
    }
  }
  return same / total;
}
const MAGIC: Record<string, (b: Buffer) => boolean> = {
  SVG: (b) => b.toString('utf8').startsWith('<?xml') && b.includes('<svg'),
  PNG: (b) => b.subarray(1, 4).toString() === 'PNG',
  PDF: (b) => b.subarray(0, 5).toString() === '%PDF-',
  JSON: (b) => JSON.parse(b.toString('utf8')).schemaVersion === 2,
};

describe('export through the UI', () => {
  it('writes an anonymised file in every format, each passing the leak guard; blocks a leaking label', { timeout: 180_000 }, async () => {
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

    const files = new Map<string, Buffer>();
    for (const format of ['SVG', 'PNG', 'PDF', 'JSON']) {
      await dialog.getByLabel(format, { exact: true }).check();
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: `Exporter en ${format}` }).click()]);
      expect(download.suggestedFilename()).toBe(`formation-situation-a.${format.toLowerCase()}`);
      const bytes = readFileSync(await download.path());
      expect(MAGIC[format]?.(bytes), format).toBe(true);
      expect(await findLeaks(new Uint8Array(bytes), sensitive), format).toEqual([]);
      files.set(format, bytes);
    }
    // What the dialog says belongs to the export it describes: another format, and it is gone.
    await dialog.getByRole('status').filter({ hasText: 'Fichier enregistré : formation-situation-a.json' }).waitFor();
    await dialog.getByLabel('SVG', { exact: true }).check();
    expect(await dialog.getByRole('status').count()).toBe(0);

    // The PNG, decoded, against the SVG file drawn by the same engine (Chromium) at twice its size.
    const svg = (files.get('SVG') as Buffer).toString('utf8');
    const [width, height] = [Number(/width="(\d+)"/.exec(svg)?.[1]), Number(/height="(\d+)"/.exec(svg)?.[1])];
    const png = PNG.sync.read(files.get('PNG') as Buffer);
    expect([png.width, png.height]).toEqual([width * 2, height * 2]);
    const viewer = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 2 });
    const view = await viewer.newPage();
    await view.setContent(`<body style="margin:0;background:#fff"><img src="data:image/svg+xml;base64,${(files.get('SVG') as Buffer).toString('base64')}" width="${width}" height="${height}" style="display:block"></body>`);
    await view.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const drawn = PNG.sync.read(await view.locator('img').screenshot());
    await viewer.close();
    expect(samePixels(png, drawn)).toBeGreaterThan(0.99);
    // Not two blank pictures: the same points of a white page differ from the PNG.
    const white = new PNG({ width: png.width, height: png.height });
    white.data.fill(255);
    expect(samePixels(png, white)).toBeLessThan(0.97);

    // The PDF prints with its embedded fonts: what pdftotext reads is the anonymised diagram.
    writeFileSync('test-results/export-ui.pdf', files.get('PDF') as Buffer);
    const printed = execFileSync('pdftotext', ['test-results/export-ui.pdf', '-'], { encoding: 'utf8' });
    expect(printed).toContain('Situation A');
    expect(printed).toContain('Grand-mère');
    expect(execFileSync('pdffonts', ['test-results/export-ui.pdf'], { encoding: 'utf8' })).toMatch(/NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);

    // Kinship read from the children (how the worked example reads), or from the index person.
    await dialog.getByText('Libellés (modifiables)').click();
    const monique = dialog.locator('.label-overrides li').filter({ hasText: 'Monique Laurent' }).getByRole('textbox');
    expect(await monique.inputValue()).toBe('Grand-mère maternelle');
    await dialog.getByLabel('Liens de parenté vus par').selectOption({ label: 'la personne concernée' });
    expect(await monique.inputValue()).toBe('Mère');
    await page.screenshot({ path: 'test-results/export-dialog-viewpoint.png' });

    // A label typed by the user that is a name: blocked, saying in French which label holds it.
    const sophie = dialog.locator('.label-overrides li').filter({ hasText: 'Sophie Laurent' }).getByRole('textbox');
    await sophie.fill('Sophie');
    await dialog.getByLabel('SVG', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Exporter en SVG' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'Export bloqué' }).waitFor();
    const said = (await dialog.getByRole('alert').textContent()) ?? '';
    expect(said).toContain('« Sophie » trouvé dans le libellé de la personne « Personne concernée »');
    expect(said).not.toMatch(/nodes|typed|name\b/);
    expect(await sophie.getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: 'test-results/export-dialog-blocked.png' });
    // The block stays while it is true: another label changed, still there; the label fixed, gone.
    await monique.fill('Grand-mère');
    expect(await dialog.getByRole('alert').textContent()).toContain('« Sophie » trouvé');
    await sophie.fill('Mère isolée');
    expect(await dialog.getByRole('alert').count()).toBe(0);

    // Closed and reopened in the same session: the title and the labels are kept; the last
    // export's status is not shown in the other tab.
    await dialog.getByLabel('Titre neutre').fill('Situation B');
    const [named] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exporter en SVG' }).click()]);
    expect(named.suggestedFilename()).toBe('formation-situation-b.svg');
    await dialog.getByRole('status').filter({ hasText: 'formation-situation-b.svg' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+e');
    await dialog.getByTestId('anonymised-preview').waitFor();
    expect(await dialog.getByLabel('Titre neutre').inputValue()).toBe('Situation B');
    await dialog.getByText('Libellés (modifiables)').click();
    expect(await sophie.inputValue()).toBe('Mère isolée');
    expect(await monique.inputValue()).toBe('Grand-mère');

    // The full export exists, behind a warning.
    await dialog.getByRole('tab', { name: 'Pour la pratique (complet)' }).click();
    expect(await dialog.getByRole('status').count()).toBe(0);
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
