import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StartScreen } from './pages/start-screen';
import { launchChromium, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('web mode first screen (creating the vault)', () => {
  it('shows the first screen in French, with no console error and no request leaving localhost', async () => {
    const app = await openApp(browser);
    const start = new StartScreen(app.page);
    await start.waitUntilShown();
    expect(await start.heading.textContent()).toBe('Créer votre coffre chiffré');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('fr');

    mkdirSync('test-results', { recursive: true });
    await app.page.screenshot({ path: 'test-results/start-screen.png' });

    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });

  it('is served under the strict Content-Security-Policy', async () => {
    const app = await openApp(browser);
    const response = await app.page.request.get(app.baseUrl);
    expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
    // An inline script is refused by the policy: the app works without one.
    const ranInline = await app.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ranInline).toBe(false);
    await app.context.close();
  });

  it('switches to English and remembers the choice after a reload', async () => {
    const app = await openApp(browser);
    const start = new StartScreen(app.page);
    await start.waitUntilShown();
    await start.chooseLanguage('English');
    expect(await start.heading.textContent()).toBe('Create your encrypted vault');
    await app.page.reload();
    await start.waitUntilShown();
    expect(await start.heading.textContent()).toBe('Create your encrypted vault');
    expect(await app.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await app.context.close();
  });
});
