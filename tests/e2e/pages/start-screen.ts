import type { Locator, Page } from 'playwright-core';

/** The first screen a user sees: on a new machine, creating the vault. */
export class StartScreen {
  readonly heading: Locator;
  readonly languageSelect: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.languageSelect = page.getByLabel(/Langue|Language/);
  }

  async waitUntilShown(): Promise<void> {
    await this.heading.waitFor({ state: 'visible' });
  }

  async chooseLanguage(label: 'Français' | 'English'): Promise<void> {
    await this.languageSelect.selectOption({ label });
  }
}
