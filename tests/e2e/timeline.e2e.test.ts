// The worked example over time, through the UI: two snapshots with a professional leaving and a
// mandate changing in between; the comparison shown, in words and on the map, and exported (SVG,
// PDF, in clear and anonymised); the map at a date; the indicators; the case in words.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLeaks } from '../../shared/anonymise/leak-guard';
import { sensitiveStrings } from '../../shared/anonymise/sensitive';
import { laurentExample } from '../../shared/examples/laurent';
import { EditorPage } from './pages/editor-page';
import { TimelineTools } from './pages/timeline-tools';
import { createVault } from './pages/vault-pages';
import { launchChromium, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SHOTS = 'test-results';
const sensitive = sensitiveStrings(laurentExample());
const bytesOf = async (download: Download) => readFileSync(await download.path());

describe('the situation over time', () => {
  it('compares two snapshots of the worked example (a professional left, a mandate changed), shows and exports the comparison', async () => {
    const app = await openApp(browser, { viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    const editor = new EditorPage(page);
    const timeline = new TimelineTools(page);
    mkdirSync(SHOTS, { recursive: true });
    await createVault(page);
    await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await page.locator('[data-name="Sophie Laurent"]').waitFor();
    await page.getByRole('button', { name: 'Organiser' }).click();

    // The AEMO began in September 2025 (a date typed the French way).
    await editor.clickNode('Thomas Girard');
    const aemo = editor.inspector.locator('fieldset', { hasText: 'Intervention auprès de Enzo Moreau' });
    await aemo.getByLabel('Début').fill('09/2025');
    await aemo.getByLabel('Début').press('Enter');
    await expect.poll(() => aemo.getByLabel('Début').inputValue()).toBe('2025-09');
    // A date is short: no "10 / 10" counter under it.
    expect(await aemo.locator('.field-counter').count()).toBe(0);

    await timeline.takeSnapshot('Entrée dans le dispositif', '10/2025');
    await timeline.closeHistory();

    // Since then: the housing adviser left, the AEMO became an administrative measure.
    await editor.clickNode('Paul Martin');
    await editor.press('Delete');
    await page.locator('[data-name="Paul Martin"]').waitFor({ state: 'detached' });
    await editor.clickNode('Thomas Girard');
    await aemo.getByLabel('Mandat').selectOption({ label: 'Administrative' });
    // The change is dated, not a rewrite: the former form is kept, to correct or remove.
    await aemo.getByTestId('intervention-history').getByText('AEMO · Judiciaire').waitFor();

    await timeline.takeSnapshot('Synthèse du 12 mars', '12/03/2026');
    const list = page.getByTestId('snapshots').locator('.snapshot-item');
    expect(await list.allInnerTexts()).toEqual([expect.stringContaining('Entrée dans le dispositif'), expect.stringContaining('Synthèse du 12 mars')]);
    await page.screenshot({ path: `${SHOTS}/timeline-snapshots.png` });

    await timeline.compare('Entrée dans le dispositif', 'Synthèse du 12 mars (12 mars 2026)');
    const dialog = timeline.compareDialog;
    const changes = dialog.getByTestId('comparison-list').locator('li');
    await expect.poll(() => changes.allInnerTexts()).toEqual([
      expect.stringContaining('Paul Martin, conseiller·ère (Habitat 59), a quitté le réseau.'),
      expect.stringContaining('Fin de l’intervention de Paul Martin auprès de Sophie Laurent'),
      expect.stringContaining('L’intervention de Thomas Girard auprès d’Enzo Moreau : mandat judiciaire → administratif.'),
    ]);
    expect(await dialog.textContent()).toContain('De « Entrée dans le dispositif » (octobre 2025) à « Synthèse du 12 mars » (12 mars 2026)');
    await dialog.getByTestId('comparison-map').waitFor();
    await page.screenshot({ path: `${SHOTS}/timeline-compare.png` });

    // Exported in clear: the sheet names who left and marks each change.
    const [svg] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exporter en SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('situation-comparaison.svg');
    const svgText = (await bytesOf(svg)).toString('utf8');
    expect(svgText).toContain('>Paul Martin<');
    expect(svgText).toContain('a quitté le réseau.');
    const [pdf] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exporter en PDF' }).click()]);
    expect((await bytesOf(pdf)).subarray(0, 5).toString()).toBe('%PDF-');

    // Anonymised: nothing of the case's names or dates in either file.
    await dialog.getByLabel('Anonymisé (formation)').check();
    await expect.poll(() => changes.first().innerText()).toContain('Conseiller·ère — Bailleur social a quitté le réseau.');
    await page.screenshot({ path: `${SHOTS}/timeline-compare-anonymised.png` });
    for (const format of ['SVG', 'PDF']) {
      const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: `Exporter en ${format}` }).click()]);
      expect(file.suggestedFilename()).toBe(`formation-situation-a-comparaison.${format.toLowerCase()}`);
      const bytes = await bytesOf(file);
      expect(await findLeaks(new Uint8Array(bytes), [...sensitive, { text: '2025-09', source: 'date' }, { text: '2025', source: 'date' }]), format).toEqual([]);
    }
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The map at a date: in August 2025 the educator and his service were not there yet (the AEMO began in September).
    await timeline.openBar();
    await timeline.showMapOn('2025-08-15');
    await timeline.bar.getByText('Carte au 15 août 2025').waitFor();
    const opacity = (name: string) => editor.node(name).evaluate((el) => Number(getComputedStyle(el).opacity));
    await expect.poll(() => opacity('Thomas Girard')).toBeLessThan(0.5);
    expect(await opacity('Claire Dubois')).toBe(1);
    await page.screenshot({ path: `${SHOTS}/timeline-map-at-date.png` });
    // October 2025: the AEMO as it was then, under a judge's mandate (changing it since did not rewrite the past).
    const girard = await editor.node('Thomas Girard').getAttribute('data-id');
    const aemoLine = page.locator(`[data-testid="link-edge"][data-kind="intervention"][data-from="${girard}"]`);
    await timeline.showMapOn('2025-10-15');
    await expect.poll(() => opacity('Thomas Girard')).toBe(1);
    await expect.poll(() => aemoLine.getAttribute('data-detail')).toBe('judicial:aemo');
    await timeline.bar.getByRole('button', { name: 'Revenir à aujourd’hui' }).click();
    await expect.poll(() => opacity('Thomas Girard')).toBe(1);
    await expect.poll(() => aemoLine.getAttribute('data-detail')).toBe('administrative:aemo');

    // Indicators, with their trend over the two snapshots.
    await timeline.bar.getByRole('button', { name: 'Indicateurs' }).click();
    const indicators = page.getByTestId('indicators');
    const figure = (name: string) => indicators.getByRole('region', { name, exact: true }).locator('.indicator-value');
    // Before: 1 intervention in 6 under a judge's mandate; now none, and one professional fewer.
    await expect.poll(() => figure('Sous mandat judiciaire').textContent()).toBe('0 %');
    expect(await figure('Réseau secondaire').textContent()).toBe('6');
    await expect.poll(() => indicators.getByRole('region', { name: 'Sous mandat judiciaire', exact: true }).getByRole('img').getAttribute('aria-label')).toMatch(/Entrée dans le dispositif \(octobre 2025\) : 17 %.*maintenant : 0 %/);
    await page.screenshot({ path: `${SHOTS}/timeline-indicators.png` });

    // The case in words, and the same words as the canvas's text alternative.
    await timeline.bar.getByRole('button', { name: 'Récit' }).click();
    const narrative = page.getByTestId('narrative-text');
    await narrative.getByText('Sophie Laurent (34 ans) est la personne concernée.', { exact: false }).waitFor();
    await page.screenshot({ path: `${SHOTS}/timeline-narrative.png` });
    const description = await page.getByTestId('canvas').getAttribute('aria-describedby');
    await expect.poll(() => page.locator(`#${description}`).textContent()).toContain('Thomas Girard, éducateur·rice spécialisé·e (Service d’AEMO), intervient auprès d’Enzo Moreau (AEMO, intervention administrative, depuis septembre 2025).');

    // A dated event in the inspector: its kind is read whole ("Déménagement" was cut short).
    await page.getByTestId('narrative').getByRole('button', { name: 'Fermer' }).click();
    await timeline.closeHistory();
    await editor.clickNode('Enzo Moreau');
    await editor.inspector.getByRole('button', { name: '+ Événement' }).click();
    const kind = editor.inspector.getByTestId('event-list').getByLabel('Nature');
    await kind.selectOption({ label: 'Déménagement' });
    const fits = await kind.evaluate((select: HTMLSelectElement) => {
      const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      const style = getComputedStyle(select);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // The text, the select's padding and its arrow.
      return context.measureText(select.selectedOptions[0]?.text ?? '').width + 32 <= select.clientWidth;
    });
    expect(fits).toBe(true);
    await editor.inspector.screenshot({ path: `${SHOTS}/timeline-event-row.png` });

    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
    // One long story, on a machine shared by the team: more time than a single check needs.
  }, 240_000);
});
