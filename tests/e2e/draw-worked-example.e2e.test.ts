// Draws the worked example of DOMAIN.md through the UI only (clicks, typing, choices in lists,
// keys), then reads the drawing back from the canvas and checks it.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EditorPage } from './pages/editor-page';
import { useChromium, WALK_TIMEOUT } from './support/browser';
import { expectWorkedExample, WORKED_EXAMPLE_SAID } from './support/worked-example';

const browser = useChromium();

describe('drawing the worked example', () => {
  it('takes fewer than 70 interactions and yields the expected sociogenogram', async () => {
    const { app, ui } = await EditorPage.inNewCase(browser());

    // The family: each person named as told ("name, age, gender"), placed by the quick actions.
    await ui.addFromPalette('+ Personne');
    await ui.typeName('Sophie Laurent, 34, femme');
    await ui.check('Personne concernée');
    await ui.action('Partenaire');
    await ui.typeName('Julien Moreau, 38');
    await ui.action('Enfant');
    await ui.typeName('Enzo Moreau, 14, garçon');
    await ui.action('Frère/sœur');
    await ui.typeName('Léa Moreau, 9, fille');
    await ui.clickNode('Sophie Laurent');
    await ui.action('Partenaire');
    await ui.typeName('David Petit, 36');
    await ui.action('Enfant');
    await ui.typeName('Noah Petit, 3, garçon');
    await ui.clickNode('Sophie Laurent');
    await ui.choose('Couple avec Julien Moreau', 'Divorcés');
    await ui.choose('Couple avec David Petit', 'Vie commune');
    // Her mother alone: the father is not part of this story.
    await ui.action('Mère');
    await ui.typeName('Monique Laurent, 61');
    await ui.linkSelectionTo('Sophie Laurent');
    // Support goes from the one who gives it: the direction follows.
    await ui.choose('Qualité de la relation', 'Soutien');
    await ui.clickNode('Julien Moreau');
    await ui.linkSelectionTo('Sophie Laurent');
    await ui.choose('Qualité de la relation', 'Conflictuels');

    // The neighbour who keeps Noah: "Mme" says she is a woman, "voisine" her circle.
    await ui.addFromPalette('+ Personne');
    await ui.typeName('Mme Rossi, voisine');
    await ui.linkSelectionTo('Noah Petit');
    await ui.choose('Qualité de la relation', 'Soutien');

    // The household: Sophie and her three children.
    await ui.clickNode('Sophie Laurent');
    await ui.clickNode('Enzo Moreau', { shift: true });
    await ui.clickNode('Léa Moreau', { shift: true });
    await ui.clickNode('Noah Petit', { shift: true });
    await ui.action('Créer un foyer');

    // The professionals: "name, role, institution" in the name field; the institution is created
    // from its kind, the mandate read from it (the Conseil départemental's is administrative).
    const professional = async (forWhom: string, entry: string) => {
      await ui.clickNode(forWhom);
      await ui.action('Professionnel·le');
      await ui.typeName(entry);
    };
    await professional('Sophie Laurent', 'Claire Dubois, AS, Conseil départemental');
    // "AEMO" is the measure, ordered by the juge des enfants: judicial.
    await professional('Enzo Moreau', 'Thomas Girard, éducateur AEMO, Service d’AEMO');
    await professional('Enzo Moreau', 'Marc Lefèvre, CPE, Collège');
    await professional('Léa Moreau', 'Nadia Haddad, psychologue, CMP');
    await professional('Sophie Laurent', 'Paul Martin, conseiller, Bailleur social');

    // The CAF pays benefits to the household (administrative, from its kind).
    await ui.addFromPalette('+ Institution');
    await ui.typeName('CAF');
    await ui.action('Relier à…');
    await ui.clickHousehold();

    // Between professionals: the AS and the educator work together; the CMP and the school do not know each other.
    await ui.clickNode('Claire Dubois');
    await ui.linkSelectionTo('Thomas Girard');
    await ui.choose('Nature du partenariat', 'Partenariat formel');
    await ui.clickInstitutionHeader('CMP');
    await ui.action('Relier à…');
    await ui.clickInstitutionHeader('Collège');
    await ui.choose('Nature du partenariat', 'Ne se connaissent pas');

    console.log(`Drawing the worked example took ${ui.interactions} interactions.`);
    expect(ui.interactions).toBeLessThan(70);
    expectWorkedExample(await ui.readDiagram());

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
  }, WALK_TIMEOUT);

  it('can be drawn with the keyboard alone, by saying it in the command palette', async () => {
    // From the vault on, no click: keys and typed lines only.
    const { app, ui } = await EditorPage.inNewCase(browser(), { keyboard: true });
    for (const line of WORKED_EXAMPLE_SAID) await ui.say(line);
    console.log(`Drawing the worked example with the keyboard alone took ${ui.interactions} interactions.`);
    expectWorkedExample(await ui.readDiagram());
    // Organise from the keyboard too, and look at it.
    await ui.press('Control+Shift+O');
    await app.page.waitForTimeout(600);
    mkdirSync('test-results', { recursive: true });
    await app.page.screenshot({ path: 'test-results/worked-example-keyboard.png' });
    expect(app.consoleErrors).toEqual([]);
    await app.context.close();
  }, WALK_TIMEOUT);
});
