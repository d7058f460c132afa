import type { Locator, Page } from 'playwright-core';
import type { EditorPage } from './editor-page';

/**
 * The "Synthèse" panel as a user sees it. Every method is one user action, counted on the editor's
 * page object so a test reports the whole preparation in one figure.
 */
export class SynthesePage {
  readonly panel: Locator;
  readonly page: Page;

  constructor(readonly editor: EditorPage) {
    this.page = editor.page;
    this.panel = this.page.getByTestId('synthese-panel');
  }

  async open(): Promise<void> {
    await this.page.locator('.top-bar').getByRole('button', { name: 'Synthèse', exact: true }).click();
    this.editor.count();
    await this.panel.waitFor();
  }

  async click(label: string | RegExp): Promise<void> {
    await this.panel.getByRole('button', { name: label }).click();
    this.editor.count();
  }

  async choose(label: string, option: string): Promise<void> {
    await this.panel.getByLabel(label, { exact: true }).selectOption({ label: option });
    this.editor.count();
  }

  /** A "who is missing" item, read as the panel shows it. */
  async missing(): Promise<string[]> {
    return this.panel.getByTestId('missing-list').locator('li').allTextContents();
  }

  /** Downloads the sheet chosen in "Fiche pour" as a file; returns its path. */
  async downloadSheet(format: 'PDF' | 'SVG'): Promise<{ path: string; name: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.panel.getByRole('button', { name: `Télécharger en ${format}` }).click()]);
    this.editor.count();
    return { path: await download.path(), name: download.suggestedFilename() };
  }
}
