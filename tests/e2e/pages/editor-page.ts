import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, openApp, type AppPage } from '../support/browser';
import { createVault } from './vault-pages';

/**
 * The editor as a user sees it. Every method is one user action (a click, a typed entry, a
 * choice in a list, a key) and is counted, so a test can report how many it took.
 */
export class EditorPage {
  interactions = 0;
  readonly inspector: Locator;
  readonly contextActions: Locator;

  /** A first run (a new vault) up to an empty new case, opened with a click (or Ctrl+N). */
  static async inNewCase(browser: Browser, how: { keyboard?: boolean } = {}): Promise<{ app: AppPage; ui: EditorPage }> {
    const app = await openApp(browser, { viewport: { width: 1600, height: 1000 } });
    await createVault(app.page);
    const ui = new EditorPage(app.page);
    if (how.keyboard) {
      await ui.press('Control+n');
      await app.page.getByTestId('canvas').waitFor();
    } else await ui.startNewCase();
    return { app, ui };
  }

  /** A first run (a new vault) up to the worked example, opened from the library. */
  static async inExample(browser: Browser, viewport = { width: 1500, height: 950 }): Promise<{ app: AppPage; ui: EditorPage }> {
    const app = await openApp(browser, { viewport });
    await createVault(app.page);
    await app.page.getByRole('button', { name: /Ouvrir l’exemple/ }).click();
    await app.page.locator('[data-name="Sophie Laurent"]').waitFor();
    return { app, ui: new EditorPage(app.page) };
  }

  constructor(readonly page: Page) {
    this.inspector = page.getByTestId('inspector');
    this.contextActions = page.locator('.context-actions');
  }

  /** Counts one user action done outside these helpers (a page object of a panel). */
  count(): void {
    this.interactions += 1;
  }

  node(name: string): Locator {
    return this.page.locator(`.react-flow__node:has([data-name="${name}"])`);
  }

  async startNewCase(): Promise<void> {
    await this.page.getByRole('button', { name: /Nouvelle situation/ }).click();
    this.count();
    await this.page.getByTestId('canvas').waitFor();
  }

  /** A palette button in the top bar ("+ Personne", "+ Institution"...). */
  async addFromPalette(label: string): Promise<void> {
    await this.page.locator('.top-bar').getByRole('button', { name: label, exact: true }).click();
    this.count();
  }

  async clickNode(name: string, options: { shift?: boolean } = {}): Promise<void> {
    const target = this.page.locator(`[data-name="${name}"]`).first();
    if (options.shift) {
      await this.page.keyboard.down('Shift');
      await target.click({ position: { x: 60, y: 20 } });
      await this.page.keyboard.up('Shift');
    } else {
      await target.click({ position: { x: 60, y: 20 } });
    }
    this.count();
  }

  async clickInstitutionHeader(name: string): Promise<void> {
    await this.page.locator(`[data-name="${name}"] .institution-drag`).click();
    this.count();
  }

  async clickHousehold(): Promise<void> {
    await this.page.getByTestId('household-tab').first().click();
    this.count();
  }

  /** A button of the contextual actions above the selection. */
  async action(label: string): Promise<void> {
    await this.contextActions.getByRole('button', { name: label, exact: true }).click();
    this.count();
  }

  /** Types in the name field that opens in place on a new element, and confirms with Enter. */
  async typeName(text: string): Promise<void> {
    const input = this.page.locator('.inline-rename');
    await input.fill(text);
    await input.press('Enter');
    await input.waitFor({ state: 'detached' });
    this.count();
  }

  async choose(label: string, option: string): Promise<void> {
    await this.inspector.getByLabel(label, { exact: true }).selectOption({ label: option });
    this.count();
  }

  async check(label: string): Promise<void> {
    await this.inspector.getByLabel(label, { exact: true }).check();
    this.count();
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.count();
  }

  /**
   * A line said in the command palette: Ctrl+K (one key), then the line typed and Enter (one
   * entry). The palette closes and does its first proposal.
   */
  async say(line: string): Promise<void> {
    await this.press('Control+k');
    const field = this.page.getByRole('combobox', { name: 'Ce qu’il faut faire' });
    await field.waitFor();
    await this.page.keyboard.type(line);
    await this.page.getByRole('listbox', { name: 'Propositions' }).getByRole('option').first().waitFor();
    await this.page.keyboard.press('Enter');
    await field.waitFor({ state: 'detached' });
    this.count();
  }

  /** Types in the notes of the selected element (one typed entry), then leaves the field. */
  async writeNote(text: string): Promise<void> {
    const notes = this.inspector.getByLabel('Notes', { exact: true });
    await notes.fill(text);
    await notes.blur();
    this.count();
  }

  /** "Relier à…" on the selected element, then a click on the other end. */
  async linkSelectionTo(name: string): Promise<void> {
    await this.action('Relier à…');
    await this.clickNode(name);
  }

  /** The drawn diagram, read back from the canvas. */
  async readDiagram(): Promise<Diagram> {
    return this.page.evaluate(() => {
      const nameOf = new Map<string, string>();
      const people: Diagram['people'] = [];
      const professionals: Diagram['professionals'] = [];
      const institutions: Diagram['institutions'] = [];
      for (const wrapper of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
        const id = wrapper.dataset.id ?? '';
        const el = wrapper.querySelector<HTMLElement>('[data-name]');
        if (!el) continue;
        const name = el.dataset.name ?? '';
        nameOf.set(id, name);
        if (el.dataset.testid === 'person-node') people.push({ name, gender: el.dataset.gender ?? '', age: el.dataset.age ?? '', index: el.dataset.index === 'true', circle: el.dataset.circle ?? '' });
        if (el.dataset.testid === 'professional-node') professionals.push({ name, role: el.dataset.role ?? '', institution: el.dataset.institution ?? '' });
        if (el.dataset.testid === 'institution-node') institutions.push({ id, name, type: el.dataset.type ?? '' });
      }
      for (const wrapper of document.querySelectorAll<HTMLElement>('.react-flow__node-household')) nameOf.set(wrapper.dataset.id ?? '', 'household');
      for (const p of professionals) p.institution = nameOf.get(p.institution) ?? '';
      const links = [...document.querySelectorAll<SVGElement>('[data-testid="link-edge"]')].map((g) => ({
        kind: g.dataset.kind ?? '',
        detail: g.dataset.detail ?? '',
        from: nameOf.get(g.dataset.from ?? '') ?? '?',
        to: nameOf.get(g.dataset.to ?? '') ?? '?',
      }));
      return { people, professionals, institutions: institutions.map(({ name, type }) => ({ name, type })), links, households: document.querySelectorAll('.react-flow__node-household').length };
    }) as Promise<Diagram>;
  }
}

/**
 * The worked example open in a new vault for the tests of a file, one after another on the same
 * page: opened before them, closed after.
 */
export function useExampleEditor(viewport?: { width: number; height: number }): () => { app: AppPage; page: Page; ui: EditorPage } {
  let browser: Browser | undefined;
  let opened: { app: AppPage; ui: EditorPage } | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    opened = await EditorPage.inExample(browser, viewport);
  });
  afterAll(async () => {
    await opened?.app.context.close();
    await browser?.close();
  });
  return () => {
    if (!opened) throw new Error('The example is opened before the tests run.');
    return { ...opened, page: opened.app.page };
  };
}

export interface Diagram {
  people: Array<{ name: string; gender: string; age: string; index: boolean; circle: string }>;
  professionals: Array<{ name: string; role: string; institution: string }>;
  institutions: Array<{ id?: string; name: string; type: string }>;
  links: Array<{ kind: string; detail: string; from: string; to: string }>;
  households: number;
}
