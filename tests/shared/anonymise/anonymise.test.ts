import { describe, expect, it } from 'vitest';
import { anonymiseCase } from '../../../shared/anonymise/anonymise';
import { findLeaks } from '../../../shared/anonymise/leak-guard';
import { laurentExample } from '../../../shared/examples/laurent';
import { utf8 } from '../../../shared/crypto/bytes';
import { CaseDocument } from '../../../shared/model/case';
import { renderDiagramSvg } from '../../../shared/render/diagram';
import { exportVocabulary } from '../../../shared/export/export';

const doc = laurentExample();
const labelOf = (result: ReturnType<typeof anonymiseCase>, name: string) => {
  const node = doc.nodes.find((n) => n.name === name);
  return node ? result.labels.get(node.id) : undefined;
};

describe('anonymised export of the worked example', () => {
  const result = anonymiseCase(doc, { locale: 'fr' });

  it('names people by their place in the family, from the children’s point of view', () => {
    expect(labelOf(result, 'Sophie Laurent')).toBe('Mère');
    expect(labelOf(result, 'Julien Moreau')).toBe('Père des aînés');
    expect(labelOf(result, 'David Petit')).toBe('Père du fils cadet');
    expect(labelOf(result, 'Enzo Moreau')).toBe('Fils aîné');
    expect(labelOf(result, 'Léa Moreau')).toBe('Fille');
    expect(labelOf(result, 'Noah Petit')).toBe('Fils cadet');
    expect(labelOf(result, 'Monique Laurent')).toBe('Grand-mère maternelle');
    expect(labelOf(result, 'Mme Rossi')).toBe('Voisine');
  });

  it('names professionals by role (their institution’s box says where), institutions by their kind', () => {
    expect(labelOf(result, 'Claire Dubois')).toBe('AS');
    expect(labelOf(result, 'Thomas Girard')).toBe('Éducateur·rice');
    expect(labelOf(result, 'Habitat 59')).toBe('Bailleur social');
    expect(labelOf(result, 'Collège Jean Jaurès')).toBe('Collège');
    expect(labelOf(result, 'CMP')).toBe('CMP');
  });

  it('keeps the structure and the layout, replaces every id, and drops dates, notes and free text', () => {
    const a = result.doc;
    expect(a.nodes).toHaveLength(doc.nodes.length);
    expect(a.links.map((l) => l.kind)).toEqual(doc.links.map((l) => l.kind));
    expect(a.nodes.map((n) => n.position)).toEqual(doc.nodes.map((n) => n.position));
    const originalIds = new Set([doc.id, ...doc.nodes.map((n) => n.id), ...doc.links.map((l) => l.id), ...doc.households.map((h) => h.id)]);
    for (const id of [a.id, ...a.nodes.map((n) => n.id), ...a.links.map((l) => l.id), ...a.households.map((h) => h.id)]) expect(originalIds.has(id)).toBe(false);
    expect(a.title).toBe('Situation A');
    expect(a.notes).toBe('');
    expect(a.createdAt).toBe('2000-01-01T00:00:00.000Z');
    for (const n of a.nodes) {
      expect(n.notes).toBe('');
      if (n.kind === 'person') expect([n.age, n.birthYear, n.deathYear, n.ageAtDeath]).toEqual([undefined, undefined, undefined, undefined]);
    }
    expect(CaseDocument.safeParse(a).success).toBe(true);
  });

  it('leaves no name in the SVG or the JSON', async () => {
    const svg = utf8(renderDiagramSvg(result.doc, { locale: 'fr', title: result.doc.title, ageLabels: result.ageLabels }));
    expect(await findLeaks(svg, result.sensitive)).toEqual([]);
    expect(await findLeaks(utf8(JSON.stringify(result.doc)), result.sensitive)).toEqual([]);
  });

  it('lets the user override a label, and the leak guard checks the override too', async () => {
    const sophie = doc.nodes.find((n) => n.name === 'Sophie Laurent')?.id as string;
    const renamed = anonymiseCase(doc, { locale: 'fr', overrides: new Map([[sophie, 'Madame X']]) });
    expect(renamed.labels.get(sophie)).toBe('Madame X');
    const leaky = anonymiseCase(doc, { locale: 'fr', overrides: new Map([[sophie, 'Sophie']]) });
    expect((await findLeaks(utf8(JSON.stringify(leaky.doc)), leaky.sensitive)).map((l) => l.text)).toContain('Sophie');
  });

  it('keeps a kinship label that holds a word of a surname ("Mme Fils" and "Fils aîné"), avoids one that is a whole name', async () => {
    const fils = { ...doc, nodes: doc.nodes.map((n) => (n.name === 'Mme Rossi' ? { ...n, name: 'Mme Fils' } : n)) };
    const out = anonymiseCase(fils, { locale: 'fr' });
    expect(labelOf(out, 'Enzo Moreau')).toBe('Fils aîné');
    // The app's own words are not her name (the guard is given them, as every export gives them)...
    expect(await findLeaks(utf8(JSON.stringify(out.doc)), out.sensitive, { vocabulary: exportVocabulary() })).toEqual([]);
    // ...but someone recorded under that word alone is avoided.
    const named = anonymiseCase({ ...doc, nodes: doc.nodes.map((n) => (n.name === 'Mme Rossi' ? { ...n, name: 'Fils aîné' } : n)) }, { locale: 'fr' });
    expect(labelOf(named, 'Enzo Moreau')).not.toMatch(/Fils/);
  });

  it('speaks English too', () => {
    const en = anonymiseCase(doc, { locale: 'en' });
    expect(labelOf(en, 'Monique Laurent')).toBe('Maternal grandmother');
    expect(en.doc.title).toBe('Case A');
  });
});
