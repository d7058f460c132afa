import type { Locator, Page } from 'playwright-core';

/** The over-time tools as a user reaches them: snapshots in the history panel, the bar, the comparison, the panels. */
export class TimelineTools {
  readonly bar: Locator;
  readonly compareDialog: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByTestId('timeline-bar');
    this.compareDialog = page.getByTestId('compare-dialog');
  }

  /** Historique > Instantanés: a name, a date, "Prendre l'instantané". */
  async takeSnapshot(name: string, date: string): Promise<void> {
    const history = this.page.getByTestId('history');
    if (!(await history.isVisible())) await this.page.locator('.top-bar').getByRole('button', { name: 'Historique', exact: true }).click();
    const snapshots = this.page.getByTestId('snapshots');
    await snapshots.getByLabel('Nom de l’instantané').fill(name);
    await snapshots.getByLabel('Date représentée (facultative)').fill(date);
    await snapshots.getByRole('button', { name: 'Prendre l’instantané' }).click();
    await snapshots.locator('.snapshot-item', { hasText: name }).waitFor();
  }

  async closeHistory(): Promise<void> {
    await this.page.getByTestId('history').getByRole('button', { name: 'Fermer' }).click();
  }

  /** "Comparer avec maintenant" beside a snapshot, then (optionally) another state in "À". */
  async compare(from: string, to?: string): Promise<void> {
    await this.page.getByTestId('snapshots').locator('.snapshot-item', { hasText: from }).getByRole('button', { name: 'Comparer avec maintenant' }).click();
    await this.compareDialog.waitFor();
    if (to) await this.compareDialog.getByLabel('À').selectOption({ label: to });
    await this.compareDialog.getByTestId('comparison-list').waitFor();
  }

  async openBar(): Promise<void> {
    await this.page.getByRole('button', { name: 'Évolution ▴', exact: true }).click();
    await this.bar.waitFor();
  }

  /** Moves the slider of the map's date to a day (keyboard: the slider steps one day). */
  async showMapOn(day: string): Promise<void> {
    const slider = this.bar.getByRole('slider', { name: 'Date de la carte' });
    await slider.evaluate((input: HTMLInputElement, target) => {
      const min = new Date(`${input.dataset.first ?? ''}T00:00:00Z`).getTime();
      const value = Math.round((new Date(`${target}T00:00:00Z`).getTime() - min) / 86_400_000);
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(input, String(value));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, day);
  }
}
