import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../../shared/examples/laurent';
import { linkEnds } from '../../../../shared/model/links';
import { deleteElements } from '../../../../shared/model/operations';
import { absolutePosition } from '../../../../shared/genogram/metrics';

describe('deleteElements', () => {
  const doc = laurentExample();
  const sophie = doc.nodes.find((n) => n.name === 'Sophie Laurent');
  if (!sophie) throw new Error('example changed');

  it('removes the links of a deleted person, and the person from its household', () => {
    const next = deleteElements(doc, [sophie.id]);
    expect(next.nodes.some((n) => n.id === sophie.id)).toBe(false);
    expect(next.links.filter((l) => linkEnds(l).includes(sophie.id))).toEqual([]);
    expect(next.links.length).toBeLessThan(doc.links.length);
    expect(next.households[0]?.members).not.toContain(sophie.id);
    expect(next.households[0]?.members).toHaveLength(3);
  });

  it('keeps the professionals of a deleted institution where they were on screen', () => {
    const cmp = doc.nodes.find((n) => n.kind === 'institution' && n.name === 'CMP');
    const psy = doc.nodes.find((n) => n.name === 'Nadia Haddad');
    if (!cmp || !psy) throw new Error('example changed');
    const before = absolutePosition(psy, new Map(doc.nodes.map((n) => [n.id, n])));
    const next = deleteElements(doc, [cmp.id]);
    const after = next.nodes.find((n) => n.id === psy.id);
    expect(after && after.kind === 'professional' && after.institutionId).toBeFalsy();
    expect(after?.position).toEqual(before);
  });

  it('drops a household left empty', () => {
    const household = doc.households[0];
    if (!household) throw new Error('example changed');
    expect(deleteElements(doc, household.members).households).toEqual([]);
  });

  it('does not touch the input document', () => {
    const copy = JSON.parse(JSON.stringify(doc));
    deleteElements(doc, [sophie.id]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(copy);
  });
});
