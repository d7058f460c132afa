// Draws the worked example of DOMAIN.md through the UI only (clicks, typing, choices in lists,
// keys), then reads the drawing back from the canvas and checks it.
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorPage, type Diagram } from './pages/editor-page';
import { createVault } from './pages/vault-pages';
import { launchChromium, openApp } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const sorted = <T>(items: T[]): T[] => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

describe('drawing the worked example', () => {
  it('takes fewer than 100 interactions and yields the expected sociogenogram', async () => {
    const app = await openApp(browser, { viewport: { width: 1600, height: 1000 } });
    await createVault(app.page);
    const ui = new EditorPage(app.page);
    await ui.startNewCase();

    // The family.
    await ui.addFromPalette('+ Personne');
    await ui.typeName('Sophie Laurent, 34');
    await ui.action('Femme');
    await ui.check('Personne concernée');
    await ui.action('Partenaire');
    await ui.typeName('Julien Moreau, 38');
    await ui.action('Enfant');
    await ui.typeName('Enzo Moreau, 14');
    await ui.action('Homme');
    await ui.clickNode('Julien Moreau');
    await ui.action('Enfant');
    await ui.typeName('Léa Moreau, 9');
    await ui.action('Femme');
    await ui.clickNode('Sophie Laurent');
    await ui.action('Partenaire');
    await ui.typeName('David Petit, 36');
    await ui.action('Enfant');
    await ui.typeName('Noah Petit, 3');
    await ui.action('Homme');
    await ui.clickNode('Sophie Laurent');
    await ui.choose('Couple avec Julien Moreau', 'Divorcés');
    await ui.choose('Couple avec David Petit', 'Vie commune');
    // Her mother: "Parents" adds both; the father is not part of this story.
    await ui.action('Parents');
    await ui.press('Escape');
    await ui.press('Delete');
    await ui.clickNode('');
    await ui.press('Enter');
    await ui.typeName('Monique Laurent, 61');
    await ui.linkSelectionTo('Sophie Laurent');
    await ui.choose('Qualité de la relation', 'Soutien');
    await ui.choose('Sens', 'Dans un sens');
    await ui.clickNode('Julien Moreau');
    await ui.linkSelectionTo('Sophie Laurent');
    await ui.choose('Qualité de la relation', 'Conflictuels');

    // The neighbour who keeps Noah.
    await ui.addFromPalette('+ Personne');
    await ui.typeName('Mme Rossi');
    await ui.action('Femme');
    await ui.choose('Réseau', 'voisinage');
    await ui.linkSelectionTo('Noah Petit');
    await ui.choose('Qualité de la relation', 'Soutien');
    await ui.choose('Sens', 'Dans un sens');

    // The household: Sophie and her three children.
    await ui.clickNode('Sophie Laurent');
    await ui.clickNode('Enzo Moreau', { shift: true });
    await ui.clickNode('Léa Moreau', { shift: true });
    await ui.clickNode('Noah Petit', { shift: true });
    await ui.action('Créer un foyer');

    // The professionals.
    const professional = async (forWhom: string, name: string, role: string, institution: string) => {
      await ui.clickNode(forWhom);
      await ui.action('Professionnel·le');
      await ui.typeName(name);
      await ui.choose('Fonction', role);
      await ui.choose('Institution', `+ Nouvelle : ${institution}`);
    };
    await professional('Sophie Laurent', 'Claire Dubois', 'Assistant·e de service social', 'Conseil départemental');
    await ui.choose('Mandat', 'Administrative');
    await professional('Enzo Moreau', 'Thomas Girard', 'Éducateur·rice spécialisé·e', 'Service d’AEMO');
    await ui.choose('Mandat', 'Judiciaire');
    await ui.choose('Mesure', 'AEMO');
    await professional('Enzo Moreau', 'Marc Lefèvre', 'Conseiller·ère principal·e d’éducation', 'Collège');
    await professional('Léa Moreau', 'Nadia Haddad', 'Psychologue', 'CMP');
    await professional('Sophie Laurent', 'Paul Martin', 'Conseiller·ère', 'Bailleur social');
    await ui.choose('Mandat', 'Contractuelle');

    // The CAF pays benefits to the household.
    await ui.addFromPalette('+ Institution');
    await ui.typeName('CAF');
    await ui.choose('Type d’institution', 'CAF');
    await ui.action('Relier à…');
    await ui.clickHousehold();
    await ui.choose('Mandat', 'Administrative');

    // Between professionals: the AS and the educator work together; the CMP and the school do not know each other.
    await ui.clickNode('Claire Dubois');
    await ui.linkSelectionTo('Thomas Girard');
    await ui.choose('Nature du partenariat', 'Partenariat formel');
    await ui.clickInstitutionHeader('CMP');
    await ui.action('Relier à…');
    await ui.clickInstitutionHeader('Collège');
    await ui.choose('Nature du partenariat', 'Ne se connaissent pas');

    console.log(`Drawing the worked example took ${ui.interactions} interactions.`);
    expect(ui.interactions).toBeLessThan(100);

    const diagram: Diagram = await ui.readDiagram();
    expect(sorted(diagram.people)).toEqual(
      sorted([
        { name: 'Sophie Laurent', gender: 'woman', age: '34', index: true, circle: 'family' },
        { name: 'Julien Moreau', gender: 'man', age: '38', index: false, circle: 'family' },
        { name: 'David Petit', gender: 'man', age: '36', index: false, circle: 'family' },
        { name: 'Enzo Moreau', gender: 'man', age: '14', index: false, circle: 'family' },
        { name: 'Léa Moreau', gender: 'woman', age: '9', index: false, circle: 'family' },
        { name: 'Noah Petit', gender: 'man', age: '3', index: false, circle: 'family' },
        { name: 'Monique Laurent', gender: 'woman', age: '61', index: false, circle: 'family' },
        { name: 'Mme Rossi', gender: 'woman', age: '', index: false, circle: 'neighbour' },
      ]),
    );
    expect(sorted(diagram.professionals)).toEqual(
      sorted([
        { name: 'Claire Dubois', role: 'as', institution: 'Conseil départemental' },
        { name: 'Thomas Girard', role: 'educateur', institution: 'Service d’AEMO' },
        { name: 'Marc Lefèvre', role: 'cpe', institution: 'Collège' },
        { name: 'Nadia Haddad', role: 'psychologue', institution: 'CMP' },
        { name: 'Paul Martin', role: 'conseiller', institution: 'Bailleur social' },
      ]),
    );
    expect(diagram.institutions.map((i) => i.type).sort()).toEqual(['bailleur-social', 'caf', 'cmp', 'college', 'conseil-departemental', 'service-aemo']);
    expect(diagram.households).toBe(1);

    const has = (kind: string, detail: string, from: string, to: string) =>
      expect(diagram.links, `${kind} ${detail} ${from} → ${to}`).toContainEqual({ kind, detail, from, to });
    has('couple', 'divorced', 'Sophie Laurent', 'Julien Moreau');
    has('couple', 'cohabiting', 'Sophie Laurent', 'David Petit');
    for (const child of ['Enzo Moreau', 'Léa Moreau']) for (const parent of ['Sophie Laurent', 'Julien Moreau']) has('filiation', 'biological', parent, child);
    for (const parent of ['Sophie Laurent', 'David Petit']) has('filiation', 'biological', parent, 'Noah Petit');
    has('filiation', 'biological', 'Monique Laurent', 'Sophie Laurent');
    has('relation', 'support:forward', 'Monique Laurent', 'Sophie Laurent');
    has('relation', 'conflictual:none', 'Julien Moreau', 'Sophie Laurent');
    has('relation', 'support:forward', 'Mme Rossi', 'Noah Petit');
    has('intervention', 'administrative:', 'Claire Dubois', 'Sophie Laurent');
    has('intervention', 'judicial:aemo', 'Thomas Girard', 'Enzo Moreau');
    has('intervention', 'voluntary:', 'Marc Lefèvre', 'Enzo Moreau');
    has('intervention', 'voluntary:', 'Nadia Haddad', 'Léa Moreau');
    has('intervention', 'contractual:', 'Paul Martin', 'Sophie Laurent');
    has('intervention', 'administrative:', 'CAF', 'household');
    has('partnership', 'formal', 'Claire Dubois', 'Thomas Girard');
    has('partnership', 'none', 'CMP', 'Collège');
    expect(diagram.links).toHaveLength(20);

    mkdirSync('test-results', { recursive: true });
    await app.page.screenshot({ path: 'test-results/worked-example-drawn.png' });

    // Organiser, then the two views practitioners use: editing, and projected in a session.
    await app.page.getByRole('button', { name: 'Organiser' }).click();
    await app.page.keyboard.press('Escape');
    // The view is fitted to the arranged diagram with a short animation.
    await app.page.waitForTimeout(600);
    await app.page.screenshot({ path: 'test-results/worked-example-edit.png' });
    await app.page.keyboard.press('F5');
    await app.page.getByRole('button', { name: /Quitter la présentation/ }).waitFor();
    expect(await app.page.getByTestId('inspector').count()).toBe(0);
    expect(await app.page.locator('.top-bar').count()).toBe(0);
    await app.page.waitForTimeout(300);
    await app.page.screenshot({ path: 'test-results/worked-example-presentation.png' });
    await app.page.keyboard.press('Escape');
    await app.page.getByTestId('inspector').waitFor();

    expect(app.consoleErrors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });
});
