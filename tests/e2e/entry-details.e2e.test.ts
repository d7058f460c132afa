// Details of #17 a user notices at once: nothing logged about the security headers, the recovery
// code never cut inside a group, the editor's top bar on one row whatever the title.
import { describe, expect, it } from 'vitest';
import { openApp, useChromium } from './support/browser';

const browser = useChromium();

describe('details', () => {
  it('logs nothing about the headers; the recovery code wraps between groups only; the top bar keeps to one row', async () => {
    const app = await openApp(browser(), { viewport: { width: 560, height: 900 } });
    const { page } = app;
    const logged: string[] = [];
    page.on('console', (message) => logged.push(`${message.type()}: ${message.text()}`));
    await page.reload();

    // The recovery code on a narrow window: several lines, but every group on one line.
    await page.getByLabel('Phrase secrète', { exact: true }).waitFor();
    await page.setViewportSize({ width: 460, height: 900 });
    const passphrase = 'cheval agrafe batterie correcte';
    await page.getByLabel('Phrase secrète', { exact: true }).fill(passphrase);
    await page.getByLabel('Confirmer la phrase secrète').fill(passphrase);
    await page.getByRole('button', { name: 'Créer le coffre' }).click();
    const code = page.getByTestId('recovery-code');
    await code.waitFor({ timeout: 30_000 });
    const lines = await code.evaluate((element) => ({
      groups: [...element.querySelectorAll('.recovery-group')].map((group) => group.getClientRects().length),
      height: element.getBoundingClientRect().height,
      lineHeight: parseFloat(getComputedStyle(element).lineHeight),
    }));
    expect(lines.groups).toHaveLength(8);
    expect(lines.groups.every((rects) => rects === 1)).toBe(true);
    expect(lines.height).toBeGreaterThan(lines.lineHeight * 1.5);
    expect(await code.textContent()).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    await page.getByLabel('J’ai noté ce code en lieu sûr').check();
    await page.getByRole('button', { name: 'Continuer' }).click();

    // A long title: the top bar stays one row, from a laptop to a wide screen.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await page.locator('[data-name="Sophie Laurent"]').waitFor();
    await page.locator('#case-title').fill('Situation Laurent – préparation de la synthèse de janvier avec le collège, le CMP et le service d’AEMO');
    await page.keyboard.press('Enter');
    for (const width of [1280, 1440, 1600, 1920]) {
      await page.setViewportSize({ width, height: 800 });
      await page.waitForTimeout(150);
      const bar = await page.locator('.top-bar').evaluate((element) => {
        const tops = new Set([...element.querySelectorAll('button, select, input')].filter((c) => c.getClientRects().length && !c.closest('[role="menu"]')).map((c) => Math.round(c.getBoundingClientRect().top / 10)));
        return { rows: tops.size, overflows: element.scrollWidth > element.clientWidth + 1 };
      });
      expect(bar, `${width} px`).toEqual({ rows: 1, overflows: false });
    }
    // What does not fit is one click away, in the "⋯" menu.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Plus d’outils' }).click();
    await page.getByRole('menu').getByRole('button', { name: 'Verrouiller' }).waitFor();
    await page.keyboard.press('Escape');

    expect(logged.filter((line) => /Unrecognized feature|Permissions-Policy/i.test(line))).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  });
});
