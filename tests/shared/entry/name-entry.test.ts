import { describe, expect, it } from 'vitest';
import { applyNameEntry, nameEntryFields, parseNameEntry } from '../../../shared/entry/name-entry';
import { emptyCase } from '../../../shared/model/case';
import type { CaseNode, ProfessionalNode } from '../../../shared/model/nodes';
import { addNode, institution, linkBetween, person, professional, updateNode } from '../../../shared/model/operations';

describe('quick name entry', () => {
  it.each([
    ['Enzo, 14', { name: 'Enzo', age: 14 }],
    ['Enzo 14 ans', { name: 'Enzo', age: 14 }],
    ['Léa (9)', { name: 'Léa', age: 9 }],
    ['Sophie Laurent, 34', { name: 'Sophie Laurent', age: 34 }],
    ['Monique, 1963', { name: 'Monique', birthYear: 1963 }],
    ['Louis, †2019', { name: 'Louis', deathYear: 2019 }],
    ['  Mme   Rossi  ', { name: 'Mme Rossi' }],
    ["Jean-Marc d'Almeida", { name: "Jean-Marc d'Almeida" }],
    ['14', { name: '14' }],
    ['Louis XIV', { name: 'Louis XIV' }],
    // Only an explicit form gives an age: a number after a plain space is part of the name.
    ['Temp 3', { name: 'Temp 3' }],
    ['Chambre 12', { name: 'Chambre 12' }],
    ['Enzo 14 ans', { name: 'Enzo', age: 14 }],
    ['Enzo, 14 ans', { name: 'Enzo', age: 14 }],
    ['Noah 1 an', { name: 'Noah', age: 1 }],
    ['Enzo, 14 years', { name: 'Enzo', age: 14 }],
    ['Bâtiment 2019', { name: 'Bâtiment 2019' }],
    ['Louis †2019', { name: 'Louis', deathYear: 2019 }],
    ['Monique (1963)', { name: 'Monique', birthYear: 1963 }],
  ])('%j', (text, expected) => {
    expect(parseNameEntry(text)).toEqual(expected);
  });
});

describe('applyNameEntry: what typing in an element’s name field does', () => {
  const start = () => emptyCase('Test');
  const withNode = (node: CaseNode) => addNode(start(), node);

  it('a person: name and age; a civility gives the gender when it is not known', () => {
    const { doc, created } = withNode(person({ position: { x: 0, y: 0 } }));
    const id = created[0] as string;
    const next = applyNameEntry(doc, id, 'Mme Rossi, 70').doc;
    expect(next.nodes[0]).toMatchObject({ name: 'Mme Rossi', age: 70, gender: 'woman' });
    const man = applyNameEntry(applyNameEntry(doc, id, 'M. Dupont').doc, id, 'Mme Dupont').doc;
    // The gender said first stays: only an unknown one is filled.
    expect(man.nodes[0]).toMatchObject({ name: 'Mme Dupont', gender: 'man' });
  });

  it('typing the same name changes nothing (no undo step)', () => {
    const { doc, created } = withNode(person({ name: 'Enzo', position: { x: 0, y: 0 } }));
    expect(applyNameEntry(doc, created[0] as string, ' Enzo ').doc).toBe(doc);
  });

  it('an institution named by its kind takes that type, and its interventions the mandate it implies', () => {
    const { doc, created } = withNode(institution({ position: { x: 0, y: 0 } }));
    const id = created[0] as string;
    const withPerson = addNode(doc, person({ name: 'Sophie', position: { x: 0, y: 300 } }));
    const linked = linkBetween(withPerson.doc, id, withPerson.created[0] as string).doc;
    const next = applyNameEntry(linked, id, 'CAF').doc;
    expect(next.nodes.find((n) => n.id === id)).toMatchObject({ name: 'CAF', type: 'caf', category: 'benefits' });
    expect(next.links[0]).toMatchObject({ kind: 'intervention', mandate: 'administrative' });
    // A name that is no kind leaves the type alone.
    expect(applyNameEntry(doc, id, 'Les Amis du Quartier').doc.nodes[0]).toMatchObject({ name: 'Les Amis du Quartier', type: '' });
  });

  it('a professional: "name, role, institution" fills the role from the presets and finds or creates the institution', () => {
    const { doc, created } = withNode(professional({ position: { x: 0, y: 0 } }));
    const id = created[0] as string;
    const change = applyNameEntry(doc, id, 'Nadia Haddad, psychologue, CMP');
    const pro = change.doc.nodes.find((n) => n.id === id) as ProfessionalNode;
    expect(pro).toMatchObject({ name: 'Nadia Haddad', role: 'psychologue', field: 'soin' });
    const cmp = change.doc.nodes.find((n) => n.id === pro.institutionId);
    expect(cmp).toMatchObject({ kind: 'institution', name: 'CMP', type: 'cmp' });
    expect(change.created).toEqual([cmp?.id]);
    // A colleague typed into the same institution joins it rather than creating a second CMP.
    const second = addNode(change.doc, professional({ position: { x: 400, y: 0 } }));
    const after = applyNameEntry(second.doc, second.created[0] as string, 'Yann Le Gall, infirmier, cmp').doc;
    expect(after.nodes.filter((n) => n.kind === 'institution')).toHaveLength(1);
    expect(after.nodes.find((n) => n.id === second.created[0])).toMatchObject({ institutionId: cmp?.id });
  });

  it('a new institution named after its kind ("MDS de Roubaix", "UDAF du Nord") takes that kind', () => {
    for (const [typed, type] of [['Claire Morel, assistante sociale, MDS de Roubaix', 'mds'], ['Sophie Marchand, curatrice, UDAF du Nord', 'udaf']] as const) {
      const { doc, created } = withNode(professional({ position: { x: 0, y: 0 } }));
      const next = applyNameEntry(doc, created[0] as string, typed).doc;
      const pro = next.nodes.find((n) => n.id === created[0]) as ProfessionalNode;
      expect(next.nodes.find((n) => n.id === pro.institutionId), typed).toMatchObject({ name: typed.split(', ')[2], type });
      // Typed in either gender, the role is the preset (stored as its key), not free text.
      expect(pro.role, typed).toBe(type === 'mds' ? 'as' : 'curateur');
    }
  });

  it('a role that is no preset is kept as typed', () => {
    const { doc, created } = withNode(professional({ position: { x: 0, y: 0 } }));
    expect(applyNameEntry(doc, created[0] as string, 'Jo, coach sportif').doc.nodes[0]).toMatchObject({ name: 'Jo', role: 'coach sportif' });
  });
});

describe('nameEntryFields: written at every key, from the element as it was', () => {
  it('"Enzo, 1" then "Enzo, 14" then "Enzo" leaves the age as it was', () => {
    const base = person({ name: 'Enzo', age: 13, position: { x: 0, y: 0 } });
    expect(nameEntryFields(base, 'Enzo, 1')).toMatchObject({ name: 'Enzo', age: 1 });
    expect(nameEntryFields(base, 'Enzo, 14')).toMatchObject({ name: 'Enzo', age: 14 });
    expect(nameEntryFields(base, 'Enzo')).toMatchObject({ name: 'Enzo', age: 13 });
  });

  it('a professional’s institution waits for the end: no institution "C", "CM" while "CMP" is typed', () => {
    const { doc, created } = addNode(emptyCase('Test'), professional({ position: { x: 0, y: 0 } }));
    const base = doc.nodes[0] as CaseNode;
    let typing = doc;
    for (const text of ['Nadia, psychologue, C', 'Nadia, psychologue, CM', 'Nadia, psychologue, CMP']) typing = updateNode(typing, created[0] as string, nameEntryFields(base, text));
    expect(typing.nodes).toHaveLength(1);
    const done = applyNameEntry(typing, created[0] as string, 'Nadia, psychologue, CMP', base).doc;
    expect(done.nodes.filter((n) => n.kind === 'institution').map((n) => n.name)).toEqual(['CMP']);
  });

  it('Enter with nothing typed changes nothing (no undo step)', () => {
    const { doc, created } = addNode(emptyCase('Test'), professional({ name: 'Claire', role: 'as', position: { x: 0, y: 0 } }));
    expect(applyNameEntry(doc, created[0] as string, 'Claire').doc).toBe(doc);
  });
});
