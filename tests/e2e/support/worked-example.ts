// The worked example of DOMAIN.md as the canvas must show it once drawn, whatever the way it was
// drawn (mouse and quick entry, or the keyboard alone): one description for every test that draws it.
import { expect } from 'vitest';
import type { Diagram } from '../pages/editor-page';

/** The worked example said as a clinician would in the command palette, line by line. */
export const WORKED_EXAMPLE_SAID: readonly string[] = [
  '+ Sophie Laurent, 34, femme, personne concernée',
  '+ Julien Moreau, 38, ex-mari de Sophie',
  '+ Enzo Moreau, 14, fils de Sophie et Julien',
  '+ Léa Moreau, 9, fille de Sophie et Julien',
  '+ David Petit, 36, compagnon de Sophie',
  '+ Noah Petit, 3, fils de Sophie et David',
  '+ Monique Laurent, 61, mère de Sophie',
  'Monique soutient Sophie',
  'Julien et Sophie en conflit',
  '+ Mme Rossi, voisine',
  'Mme Rossi soutient Noah',
  '+ foyer Sophie, Enzo, Léa et Noah',
  '+ Claire Dubois, AS, Conseil départemental, pour Sophie',
  '+ Thomas Girard, éducateur AEMO pour Enzo, Service d’AEMO',
  '+ Marc Lefèvre, CPE pour Enzo, Collège',
  '+ Nadia Haddad, psychologue pour Léa, CMP',
  '+ Paul Martin, conseiller pour Sophie, Bailleur social',
  '+ CAF pour le foyer',
  'Claire Dubois et Thomas Girard partenariat formel',
  'CMP et Collège ne se connaissent pas',
];

const sorted = <T>(items: T[]): T[] => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

export function expectWorkedExample(diagram: Diagram): void {
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
  // David, added after Julien (on Sophie's right), comes on her left: each couple line joins neighbours.
  has('couple', 'cohabiting', 'David Petit', 'Sophie Laurent');
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
}
