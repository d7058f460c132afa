import type { Locator, Page } from 'playwright-core';

/** The first screen a user sees. */
export class StartScreen {
  readonly heading: Locator;
  readonly newCaseButton: Locator;
  readonly languageSelect: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.newCaseButton = page.getByRole('button', { name: /Nouvelle situation|New case/ });
    this.languageSelect = page.getByLabel(/Langue|Language/);
  }

  async waitUntilShown(): Promise<void> {
    await this.heading.waitFor({ state: 'visible' });
  }

  async chooseLanguage(label: 'Français' | 'English'): Promise<void> {
    await this.languageSelect.selectOption({ label });
  }
}
