import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../../shared/examples/laurent';
import type { ProfessionalNode } from '../../../../shared/model/nodes';
import { addColleague, allowedLinkKinds, changeLinkKind, linkBetween } from '../../../../shared/model/operations';

const doc = laurentExample();
const byName = (name: string) => {
  const node = doc.nodes.find((n) => n.name === name);
  if (!node) throw new Error(`no ${name}`);
  return node.id;
};

describe('linkBetween: the link a user means when joining two elements', () => {
  it('two people: a relation', () => {
    const { doc: next, created } = linkBetween(doc, byName('Enzo Moreau'), byName('Léa Moreau'));
    expect(next.links.find((l) => l.id === created[0])?.kind).toBe('relation');
  });

  it('a person and a professional, in either order: an intervention from the professional', () => {
    for (const [a, b] of [
      [byName('Claire Dubois'), byName('Noah Petit')],
      [byName('Noah Petit'), byName('Claire Dubois')],
    ] as const) {
      const { doc: next, created } = linkBetween(doc, a, b);
      expect(next.links.find((l) => l.id === created[0])).toMatchObject({ kind: 'intervention', from: byName('Claire Dubois'), to: byName('Noah Petit') });
    }
  });

  it('two services: a partnership', () => {
    const { doc: next, created } = linkBetween(doc, byName('CAF'), byName('Marc Lefèvre'));
    expect(next.links.find((l) => l.id === created[0])?.kind).toBe('partnership');
  });

  it('an element with itself: nothing', () => {
    expect(linkBetween(doc, byName('CAF'), byName('CAF')).doc).toBe(doc);
  });

  it('turns a partnership into a referral between the same ends', () => {
    const partnership = doc.links.find((l) => l.kind === 'partnership');
    if (!partnership) throw new Error('example changed');
    expect(allowedLinkKinds(doc, partnership)).toEqual(['partnership', 'referral']);
    const next = changeLinkKind(doc, partnership.id, 'referral');
    expect(next.links.find((l) => l.id === partnership.id)).toMatchObject({ kind: 'referral', from: partnership.a, to: partnership.b });
  });
});

describe('addColleague', () => {
  it('adds the colleague in the same institution, with the same intervention as the professional', () => {
    const educ = byName('Thomas Girard');
    const { doc: next, created } = addColleague(doc, educ);
    const colleague = next.nodes.find((n) => n.id === created[0]);
    const institutionOf = (id: string) => (doc.nodes.find((n) => n.id === id) as ProfessionalNode).institutionId;
    expect(institutionOf(educ)).toBeTruthy();
    expect(colleague).toMatchObject({ kind: 'professional', institutionId: institutionOf(educ) });
    expect(next.links.find((l) => l.id === created[1])).toMatchObject({ kind: 'intervention', from: created[0], to: byName('Enzo Moreau'), mandate: 'judicial', measure: 'aemo' });
  });

  it('a colleague of a professional who intervenes with nobody: no intervention', () => {
    const { doc: next, created } = addColleague(doc, byName('Juge Bernard'));
    expect(created).toHaveLength(1);
    expect(next.links).toHaveLength(doc.links.length);
  });
});
