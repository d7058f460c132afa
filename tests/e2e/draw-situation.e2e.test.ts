// Draws a situation like the one issue 17 was measured on (an index person, his ex-partner, their
// son, his mother, a neighbour, eight professionals in seven institutions, three partnerships, a
// note) through the UI only, as a clinician would while people talk: quick actions, the name field
// that takes "name, role, institution", a new institution named in place, the command palette.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EditorPage } from './pages/editor-page';
import { useChromium, WALK_TIMEOUT } from './support/browser';

const browser = useChromium();

describe('drawing a situation as it is told', () => {
  it(
    'takes fewer than 80 interactions',
    async () => {
      const { app, ui } = await EditorPage.inNewCase(browser());

      // The family and the neighbour.
      await ui.addFromPalette('+ Personne');
      await ui.typeName('Karim Benali, 42, homme');
      await ui.check('Personne concernée');
      await ui.action('Partenaire');
      await ui.typeName('Julie Martin, 38');
      await ui.choose('Couple avec Karim Benali', 'Séparés');
      await ui.action('Enfant');
      await ui.typeName('Yanis Benali, 12, garçon');
      await ui.clickNode('Karim Benali');
      await ui.action('Mère');
      await ui.typeName('Fatima Benali, 68');
      await ui.addFromPalette('+ Personne');
      await ui.typeName('M. Dupuis, voisin');
      await ui.linkSelectionTo('Karim Benali');
      await ui.choose('Qualité de la relation', 'Soutien');

      // Karim's professionals: "name, role, institution" in the name field.
      const professional = async (forWhom: string, entry: string) => {
        await ui.clickNode(forWhom);
        await ui.action('Professionnel·le');
        await ui.typeName(entry);
      };
      await professional('Karim Benali', 'Sophie Marchand, curatrice, UDAF');
      await professional('Karim Benali', 'Marc Lenoir, CPIP, SPIP');
      await professional('Karim Benali', 'Anne Roche, psychiatre, CMP');
      // The relationship with the psychiatrist is conflictual: said on the intervention itself.
      await ui.choose('Qualité de la relation', 'Conflictuels');
      // Her colleague nurse joins the same work with Karim.
      await ui.action('Collègue');
      await ui.typeName('Luc Petit, infirmier');
      await professional('Karim Benali', 'Kevin Durand, conseiller, France Travail');
      // Yanis's.
      await professional('Yanis Benali', 'Thomas Girard, éducateur AEMO, Service d’AEMO');
      await professional('Yanis Benali', 'Marc Lefèvre, CPE, Collège');
      // Julie's AS: the institution chosen from the list, then named in place.
      await professional('Julie Martin', 'Claire Morel, AS');
      await ui.choose('Institution', '+ Nouvelle : MDS');
      await ui.typeName('MDS de Roubaix');

      // Three partnerships, said in the palette.
      await ui.say('Sophie Marchand et Marc Lenoir partenariat formel');
      await ui.say('Claire Morel et Thomas Girard partenariat formel');
      await ui.say('CMP et SPIP se connaissent');

      // A note on Karim.
      await ui.clickNode('Karim Benali');
      await ui.writeNote('Demande une synthèse avant l’audience de mars.');

      console.log(`Drawing the situation took ${ui.interactions} interactions.`);
      expect(ui.interactions).toBeLessThan(80);

      const diagram = await ui.readDiagram();
      expect(diagram.people.map((p) => `${p.name} ${p.gender} ${p.age} ${p.circle}${p.index ? ' index' : ''}`).sort()).toEqual(
        ['Fatima Benali woman 68 family', 'Julie Martin woman 38 family', 'Karim Benali man 42 family index', 'M. Dupuis man  neighbour', 'Yanis Benali man 12 family'].sort(),
      );
      expect(diagram.professionals.map((p) => `${p.name} @ ${p.institution}`).sort()).toEqual(
        [
          'Anne Roche @ CMP',
          'Claire Morel @ MDS de Roubaix',
          'Kevin Durand @ France Travail',
          'Luc Petit @ CMP',
          'Marc Lefèvre @ Collège',
          'Marc Lenoir @ SPIP',
          'Sophie Marchand @ UDAF',
          'Thomas Girard @ Service d’AEMO',
        ].sort(),
      );
      expect(diagram.institutions.map((i) => i.type).sort()).toEqual(['cmp', 'college', 'france-travail', 'mds', 'service-aemo', 'spip', 'udaf']);
      const has = (kind: string, detail: string, from: string, to: string) =>
        expect(diagram.links, `${kind} ${detail} ${from} → ${to}`).toContainEqual({ kind, detail, from, to });
      has('couple', 'separated', 'Karim Benali', 'Julie Martin');
      has('relation', 'support:forward', 'M. Dupuis', 'Karim Benali');
      // Mandates read from the institutions and the measure; the quality drawn on the intervention.
      has('intervention', 'judicial:', 'Sophie Marchand', 'Karim Benali');
      has('intervention', 'judicial:', 'Marc Lenoir', 'Karim Benali');
      has('intervention', 'voluntary::conflictual', 'Anne Roche', 'Karim Benali');
      has('intervention', 'voluntary:', 'Luc Petit', 'Karim Benali');
      has('intervention', 'judicial:aemo', 'Thomas Girard', 'Yanis Benali');
      has('intervention', 'administrative:', 'Claire Morel', 'Julie Martin');
      has('partnership', 'formal', 'Sophie Marchand', 'Marc Lenoir');
      has('partnership', 'formal', 'Claire Morel', 'Thomas Girard');
      has('partnership', 'informal', 'CMP', 'SPIP');
      await expect.poll(() => ui.inspector.getByLabel('Notes', { exact: true }).inputValue()).toBe('Demande une synthèse avant l’audience de mars.');

      mkdirSync('test-results', { recursive: true });
      await app.page.screenshot({ path: 'test-results/situation-drawn.png' });
      await app.page.getByRole('button', { name: 'Organiser' }).click();
      await app.page.waitForTimeout(600);
      await app.page.screenshot({ path: 'test-results/situation-organised.png' });
      expect(app.consoleErrors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
      await app.context.close();
    },
    WALK_TIMEOUT,
  );
});
