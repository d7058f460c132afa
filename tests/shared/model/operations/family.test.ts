import { describe, expect, it } from 'vitest';
import { emptyCase, type CaseDocument } from '../../../../shared/model/case';
import type { CoupleLink, FiliationLink } from '../../../../shared/model/links';
import type { PersonNode } from '../../../../shared/model/nodes';
import {
  addChild,
  addNode,
  addParent,
  addParents,
  addPartner,
  addSibling,
  childLinksOf,
  parentLinksOf,
  person,
  setIndexPerson,
} from '../../../../shared/model/operations';

function withPerson(fields: Partial<PersonNode> = {}): { doc: CaseDocument; id: string } {
  const change = addNode(emptyCase('Test'), person({ name: 'Sophie', gender: 'woman', position: { x: 0, y: 0 }, ...fields }));
  return { doc: change.doc, id: change.created[0] as string };
}

const node = (doc: CaseDocument, id: string) => doc.nodes.find((n) => n.id === id) as PersonNode;

describe('addPartner', () => {
  it('adds a person of the other gender beside, joined by a couple line', () => {
    const { doc, id } = withPerson();
    const { doc: next, created } = addPartner(doc, id);
    const partner = node(next, created[0] as string);
    expect(partner.gender).toBe('man');
    expect(partner.position.y).toBe(node(next, id).position.y);
    expect(partner.position.x).toBeGreaterThan(node(next, id).position.x);
    const couple = next.links.find((l): l is CoupleLink => l.kind === 'couple');
    expect([couple?.a, couple?.b].sort()).toEqual([id, partner.id].sort());
  });
});

describe('addChild', () => {
  it('links a child of a couple to both parents', () => {
    const { doc, id } = withPerson();
    const couple = addPartner(doc, id);
    const partner = couple.created[0] as string;
    const { doc: next, created } = addChild(couple.doc, [id, partner]);
    const child = created[0] as string;
    expect(parentLinksOf(next, child).map((l) => l.parent).sort()).toEqual([id, partner].sort());
    expect(node(next, child).position.y).toBeGreaterThan(node(next, id).position.y);
  });

  it('puts a younger child to the right of its siblings', () => {
    const { doc, id } = withPerson();
    const first = addChild(doc, [id]);
    const second = addChild(first.doc, [id]);
    const [a, b] = [first.created[0], second.created[0]] as string[];
    expect(node(second.doc, b as string).position.x).toBeGreaterThan(node(second.doc, a as string).position.x);
  });

  it('puts the child in its parent’s household', () => {
    const { doc, id } = withPerson();
    const withHousehold = { ...doc, households: [{ id: 'h', name: '', members: [id], notes: '' }] };
    const { doc: next, created } = addChild(withHousehold, [id]);
    expect(next.households[0]?.members).toContain(created[0]);
  });

  it('refuses three parents', () => {
    const { doc, id } = withPerson();
    expect(() => addChild(doc, [id, id, id])).toThrow(/one or two parents/);
  });
});

describe('addParents and addSibling', () => {
  it('adds a father and a mother as a couple above the person', () => {
    const { doc, id } = withPerson();
    const { doc: next } = addParents(doc, id);
    const parents = parentLinksOf(next, id).map((l) => node(next, l.parent));
    expect(parents.map((p) => p.gender).sort()).toEqual(['man', 'woman']);
    for (const p of parents) expect(p.position.y).toBeLessThan(node(next, id).position.y);
    expect(next.links.filter((l) => l.kind === 'couple')).toHaveLength(1);
    expect(() => addParents(next, id)).toThrow(/already has parents/);
  });

  it('gives a sibling the same parents, creating them when missing', () => {
    const { doc, id } = withPerson();
    const { doc: next, created } = addSibling(doc, id);
    const sibling = created[0] as string;
    const parentsOf = (x: string) => parentLinksOf(next, x).map((l: FiliationLink) => l.parent).sort();
    expect(parentsOf(sibling)).toEqual(parentsOf(id));
    expect(parentsOf(id)).toHaveLength(2);
    expect(childLinksOf(next, parentsOf(id)[0] as string)).toHaveLength(2);
  });
});

describe('setIndexPerson', () => {
  it('keeps a single index person', () => {
    const { doc, id } = withPerson({ index: true });
    const { doc: next, created } = addPartner(doc, id);
    const after = setIndexPerson(next, created[0] as string, true);
    expect(after.nodes.filter((n) => n.kind === 'person' && n.index).map((n) => n.id)).toEqual([created[0]]);
  });
});

describe('addParent', () => {
  it('adds the mother alone, above, with a filiation link and no father', () => {
    const { doc, id } = withPerson();
    const { doc: next, created } = addParent(doc, id, 'woman');
    const mother = node(next, created[0] as string);
    expect(mother.gender).toBe('woman');
    expect(mother.position.y).toBeLessThan(node(next, id).position.y);
    expect(parentLinksOf(next, id).map((l) => l.parent)).toEqual([mother.id]);
    expect(next.nodes).toHaveLength(2);
    expect(next.links.filter((l) => l.kind === 'couple')).toHaveLength(0);
  });

  it('then the father beside her, on her left, as a couple', () => {
    const { doc, id } = withPerson();
    const withMother = addParent(doc, id, 'woman');
    const mother = node(withMother.doc, withMother.created[0] as string);
    const { doc: next, created } = addParent(withMother.doc, id, 'man');
    const father = node(next, created[0] as string);
    expect(father.position.y).toBe(mother.position.y);
    expect(father.position.x).toBeLessThan(mother.position.x);
    expect(parentLinksOf(next, id).map((l) => l.parent).sort()).toEqual([mother.id, father.id].sort());
    expect(next.links.find((l): l is CoupleLink => l.kind === 'couple')).toMatchObject({ a: father.id, b: mother.id });
    expect(() => addParent(next, id, 'woman')).toThrow();
  });
});
