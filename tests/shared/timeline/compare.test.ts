import { describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../../shared/model/case';
import { addProfessionalFor, createHousehold, deleteElements, setHouseholdMembership, setIndexPerson } from '../../../shared/model/operations';
import { compareStates, type Change } from '../../../shared/timeline/compare';
import { stateOfCase } from '../../../shared/timeline/state';
import { idOf, laurent, linkBetweenNamed, withLink, withNode } from './fixtures';

const compare = (before: CaseDocument, after: CaseDocument) => compareStates(stateOfCase(before), stateOfCase(after));
const summary = (changes: readonly Change[]) => changes.map((c) => ({ type: c.type, record: c.record, id: c.id, fields: c.fields }));

describe('compareStates', () => {
  it('finds nothing between a state and itself', () => {
    const doc = laurent();
    expect(compare(doc, doc).changes).toEqual([]);
  });

  it('a professional who left takes their intervention with them', () => {
    const before = laurent();
    const martin = idOf(before, 'Paul Martin');
    const intervention = linkBetweenNamed(before, 'intervention', 'Paul Martin', 'Sophie Laurent');
    const { changes } = compare(before, deleteElements(before, [martin]));
    expect(summary(changes)).toEqual([
      { type: 'left', record: 'node', id: martin, fields: [] },
      { type: 'left', record: 'link', id: intervention.id, fields: [] },
    ]);
    expect(changes[0]?.before).toMatchObject({ name: 'Paul Martin' });
  });

  it('a professional who arrived comes with their intervention', () => {
    const before = laurent();
    const change = addProfessionalFor(before, idOf(before, 'Léa Moreau'), { name: 'Dr Roux', role: 'medecin' }, { mandate: 'voluntary', measure: 'soins' });
    const { changes } = compare(before, change.doc);
    expect(changes.map((c) => [c.type, c.record])).toEqual([
      ['arrived', 'node'],
      ['arrived', 'link'],
    ]);
    expect(changes[0]?.after).toMatchObject({ name: 'Dr Roux' });
    expect(changes[1]?.after).toMatchObject({ kind: 'intervention', mandate: 'voluntary', to: idOf(before, 'Léa Moreau') });
  });

  it('an intervention whose mandate, measure, quality, dates or ends change', () => {
    const before = laurent();
    const aemo = linkBetweenNamed(before, 'intervention', 'Thomas Girard', 'Enzo Moreau');
    const after = withLink(before, aemo.id, { mandate: 'administrative', measure: 'aed', quality: 'close', since: '2025-09', until: '2026-10', to: idOf(before, 'Léa Moreau') });
    expect(summary(compare(before, after).changes)).toEqual([
      {
        type: 'changed',
        record: 'link',
        id: aemo.id,
        fields: [
          { field: 'to', before: idOf(before, 'Enzo Moreau'), after: idOf(before, 'Léa Moreau') },
          { field: 'mandate', before: 'judicial', after: 'administrative' },
          { field: 'measure', before: 'aemo', after: 'aed' },
          { field: 'quality', before: undefined, after: 'close' },
          { field: 'since', before: undefined, after: '2025-09' },
          { field: 'until', before: undefined, after: '2026-10' },
        ],
      },
    ]);
  });

  it('a relation, a couple, a partnership, a filiation and a referral that change', () => {
    const before = laurent();
    const conflict = linkBetweenNamed(before, 'relation', 'Julien Moreau', 'Sophie Laurent');
    const couple = linkBetweenNamed(before, 'couple', 'Sophie Laurent', 'David Petit');
    const partnership = linkBetweenNamed(before, 'partnership', 'Claire Dubois', 'Thomas Girard');
    const filiation = linkBetweenNamed(before, 'filiation', 'David Petit', 'Noah Petit');
    const referral = linkBetweenNamed(before, 'referral', 'Juge Bernard', 'Thomas Girard');
    let after = withLink(before, conflict.id, { quality: 'distant', direction: 'forward', intensity: 1 });
    after = withLink(after, couple.id, { status: 'separated', startYear: 2021, endYear: 2026 });
    after = withLink(after, partnership.id, { formality: 'informal' });
    after = withLink(after, filiation.id, { type: 'adoptive' });
    after = withLink(after, referral.id, { date: '2025-09' });
    const byId = new Map(compare(before, after).changes.map((c) => [c.id, c.fields]));
    expect(byId.get(conflict.id)).toEqual([
      { field: 'quality', before: 'conflictual', after: 'distant' },
      { field: 'direction', before: 'none', after: 'forward' },
      { field: 'intensity', before: 2, after: 1 },
    ]);
    expect(byId.get(couple.id)).toEqual([
      { field: 'status', before: 'cohabiting', after: 'separated' },
      { field: 'startYear', before: undefined, after: 2021 },
      { field: 'endYear', before: undefined, after: 2026 },
    ]);
    expect(byId.get(partnership.id)).toEqual([{ field: 'formality', before: 'formal', after: 'informal' }]);
    expect(byId.get(filiation.id)).toEqual([{ field: 'type', before: 'biological', after: 'adoptive' }]);
    expect(byId.get(referral.id)).toEqual([{ field: 'date', before: undefined, after: '2025-09' }]);
    expect(byId.size).toBe(5);
  });

  it('a link drawn as another kind', () => {
    const before = laurent();
    const partnership = linkBetweenNamed(before, 'partnership', 'Claire Dubois', 'Thomas Girard');
    const after = { ...before, links: before.links.map((l) => (l.id === partnership.id ? { id: l.id, kind: 'referral' as const, from: partnership.kind === 'partnership' ? partnership.a : '', to: partnership.kind === 'partnership' ? partnership.b : '', notes: '' } : l)) };
    expect(summary(compare(before, after).changes)).toEqual([{ type: 'changed', record: 'link', id: partnership.id, fields: [{ field: 'kind', before: 'partnership', after: 'referral' }] }]);
  });

  it('people, professionals and institutions whose status, role or institution change', () => {
    const before = laurent();
    const [monique, sophie, rossi, girard, college] = ['Monique Laurent', 'Sophie Laurent', 'Mme Rossi', 'Thomas Girard', 'Collège Jean Jaurès'].map((name) => idOf(before, name)) as [string, string, string, string, string];
    let after = withNode(before, monique, { deceased: true });
    after = setIndexPerson(after, idOf(before, 'Enzo Moreau'), true);
    after = withNode(after, rossi, { circle: 'friend', gender: 'unknown' });
    after = withNode(after, girard, { role: 'cesf', field: 'aide', referent: true, institutionId: idOf(before, 'Conseil départemental') });
    after = withNode(after, college, { name: 'Lycée Jean Jaurès', type: 'lycee', category: 'education' });
    const byId = new Map(compare(before, after).changes.map((c) => [c.id, c.fields]));
    expect(byId.get(monique)).toEqual([{ field: 'deceased', before: false, after: true }]);
    expect(byId.get(sophie)).toEqual([{ field: 'index', before: true, after: false }]);
    expect(byId.get(idOf(before, 'Enzo Moreau'))).toEqual([{ field: 'index', before: false, after: true }]);
    expect(byId.get(rossi)).toEqual([
      { field: 'gender', before: 'woman', after: 'unknown' },
      { field: 'circle', before: 'neighbour', after: 'friend' },
    ]);
    expect(byId.get(girard)).toEqual([
      { field: 'role', before: 'educateur', after: 'cesf' },
      { field: 'institutionId', before: idOf(before, 'Service d’AEMO'), after: idOf(before, 'Conseil départemental') },
      { field: 'field', before: 'education', after: 'aide' },
      { field: 'referent', before: undefined, after: true },
    ]);
    expect(byId.get(college)).toEqual([
      { field: 'name', before: 'Collège Jean Jaurès', after: 'Lycée Jean Jaurès' },
      { field: 'type', before: 'college', after: 'lycee' },
    ]);
  });

  it('who lives with whom: a member leaves a household, a new household forms', () => {
    const before = laurent();
    const enzo = idOf(before, 'Enzo Moreau');
    const household = before.households[0]?.id as string;
    const moved = setHouseholdMembership(before, enzo, null);
    const { doc: after, created } = createHousehold(moved, [enzo, idOf(before, 'Julien Moreau')], 'Chez son père');
    const { changes } = compare(before, after);
    expect(summary(changes)).toEqual([
      { type: 'arrived', record: 'household', id: created[0], fields: [] },
      {
        type: 'changed',
        record: 'household',
        id: household,
        fields: [{ field: 'members', before: before.households[0]?.members, after: before.households[0]?.members.filter((m) => m !== enzo) }],
      },
    ]);
  });

  it('dated events that happen or are corrected', () => {
    const before: CaseDocument = { ...laurent(), events: [{ id: 'e1', kind: 'move', subject: 'x', date: '2025', label: '', notes: '' }] };
    const after: CaseDocument = {
      ...before,
      events: [
        { id: 'e1', kind: 'move', subject: 'x', date: '2025-06', label: 'Déménagement', notes: '' },
        { id: 'e2', kind: 'placement', subject: 'x', date: '2026-02', label: '', notes: '' },
      ],
    };
    expect(summary(compare(before, after).changes)).toEqual([
      { type: 'arrived', record: 'event', id: 'e2', fields: [] },
      {
        type: 'changed',
        record: 'event',
        id: 'e1',
        fields: [
          { field: 'date', before: '2025', after: '2025-06' },
          { field: 'label', before: '', after: 'Déménagement' },
        ],
      },
    ]);
  });

  it('two files of one situation whose ids differ are matched by names, and links by their ends', () => {
    const before = laurent();
    const fresh = new Map<string, string>();
    const rename = (id: string) => fresh.get(id) ?? (fresh.set(id, `n${fresh.size}`), `n${fresh.size - 1}`);
    const reIded = JSON.parse(JSON.stringify(before, (key, value: unknown) => (['id', 'a', 'b', 'parent', 'child', 'from', 'to', 'institutionId'].includes(key) && typeof value === 'string' ? rename(value) : key === 'members' ? (value as string[]).map(rename) : value))) as CaseDocument;
    const aemo = linkBetweenNamed(reIded, 'intervention', 'Thomas Girard', 'Enzo Moreau');
    const result = compare(before, withLink(reIded, aemo.id, { mandate: 'administrative' }));
    expect(summary(result.changes)).toEqual([{ type: 'changed', record: 'link', id: aemo.id, fields: [{ field: 'mandate', before: 'judicial', after: 'administrative' }] }]);
    expect(result.matched.get(idOf(before, 'Sophie Laurent'))).toBe(idOf(reIded, 'Sophie Laurent'));
  });

  it('lists arrivals, then departures, then changes', () => {
    const before = laurent();
    let after = deleteElements(before, [idOf(before, 'Mme Rossi')]);
    after = withNode(after, idOf(before, 'Sophie Laurent'), { circle: 'other' });
    after = addProfessionalFor(after, idOf(before, 'Noah Petit'), { name: 'Puéricultrice' }).doc;
    expect(compare(before, after).changes.map((c) => c.type)).toEqual(['arrived', 'arrived', 'left', 'left', 'changed']);
  });
});
