// "Qui manque ?": every rule on the worked example (hand-checked against DOMAIN.md's story), then
// on generated cases, where each rule is held to its definition by changing the case.
import { describe, expect, it } from 'vitest';
import { generateCase, seededRandom } from '../../../shared/examples/generate';
import { laurentExample } from '../../../shared/examples/laurent';
import type { CaseDocument } from '../../../shared/model/case';
import type { Meeting } from '../../../shared/model/meeting';
import { updateLink, updateNode } from '../../../shared/model/operations';
import { addParticipants, createMeeting, intervening, removeParticipant, setConsent, updateParticipant } from '../../../shared/synthese/meetings';
import { describeMissing, whoIsMissing, type MissingItem } from '../../../shared/synthese/missing';

const NOW = new Date('2026-11-15T10:00:00Z');
const idOf = (doc: CaseDocument, name: string) => {
  const node = doc.nodes.find((n) => n.name === name);
  if (!node) throw new Error(`no ${name}`);
  return node.id;
};
const names = (doc: CaseDocument, items: MissingItem[], rule: MissingItem['rule']) =>
  items.filter((i) => i.rule === rule).map((i) => doc.nodes.find((n) => n.id === i.nodeIds[0])?.name ?? i.nodeIds[0]);

function withMeeting(doc: CaseDocument, fields: Partial<Meeting> = {}): { doc: CaseDocument; meeting: Meeting } {
  const next = createMeeting(doc, { date: '2026-11-20', ...fields }).doc;
  return { doc: next, meeting: next.meetings[next.meetings.length - 1] as Meeting };
}
const meetingOf = (doc: CaseDocument) => doc.meetings[doc.meetings.length - 1] as Meeting;

describe('who is missing, on the worked example', () => {
  const base = laurentExample();

  it('without a meeting: the map’s own gaps (no référent, CMP and collège, isolated services)', () => {
    const items = whoIsMissing(base, null, NOW);
    expect(items.map((i) => i.rule)).toEqual(['no-referent', 'unknown-pair', 'isolated', 'isolated', 'isolated', 'isolated']);
    expect(names(base, items, 'isolated').sort()).toEqual(['CAF', 'Marc Lefèvre', 'Nadia Haddad', 'Paul Martin']);
    // Four mandates (judicial or administrative): the AS, the educator, the CPE, the CAF.
    expect(items.find((i) => i.rule === 'no-referent')?.linkIds).toHaveLength(4);
    // The CMP serves Léa, the collège Enzo: the two children of one household.
    const pair = items.find((i) => i.rule === 'unknown-pair') as MissingItem;
    expect(pair.nodeIds.slice(0, 2).sort()).toEqual([idOf(base, 'CMP'), idOf(base, 'Collège Jean Jaurès')].sort());
    expect(pair.nodeIds[2]).toBe(base.households[0]?.id);
    expect(describeMissing(base, pair, 'fr')).toBe('CMP et Collège Jean Jaurès ne se connaissent pas et interviennent auprès du foyer de Sophie');
  });

  it('a new meeting invites everyone the map proposes: only consent and the map’s gaps remain', () => {
    const { doc, meeting } = withMeeting(base);
    const items = whoIsMissing(doc, meeting, NOW);
    expect(items.map((i) => i.rule)).toEqual(['no-consent', 'no-referent', 'unknown-pair', 'isolated', 'isolated', 'isolated', 'isolated']);
    // The adults of the family, to select: not the children.
    expect(items[0]?.nodeIds.map((id) => doc.nodes.find((n) => n.id === id)?.name).sort()).toEqual(['David Petit', 'Julien Moreau', 'Monique Laurent', 'Sophie Laurent']);
  });

  it('judicial-unrepresented: the AEMO educator excused, then removed', () => {
    const { doc, meeting } = withMeeting(base);
    const educ = meeting.participants.find((p) => p.nodeId === idOf(doc, 'Thomas Girard'));
    if (!educ) throw new Error('educator not proposed');
    const excused = updateParticipant(doc, meeting.id, educ.id, { status: 'excused' });
    const items = whoIsMissing(excused, meetingOf(excused), NOW);
    expect(names(excused, items, 'judicial-unrepresented')).toEqual(['Thomas Girard']);
    // Excused is still invited.
    expect(names(excused, items, 'not-invited')).toEqual([]);
    expect(describeMissing(excused, items[0] as MissingItem, 'fr')).toBe('Mandat judiciaire sans représentant : Thomas Girard (auprès d’Enzo Moreau) ne sera pas là');
    const removed = removeParticipant(doc, meeting.id, educ.id);
    const after = whoIsMissing(removed, meetingOf(removed), NOW);
    expect(names(removed, after, 'judicial-unrepresented')).toEqual(['Thomas Girard']);
    expect(names(removed, after, 'not-invited')).toEqual(['Thomas Girard']);
    // A colleague of the same service represents the mandate.
    const withColleague = { ...removed, nodes: [...removed.nodes, { ...(removed.nodes.find((n) => n.name === 'Thomas Girard') as CaseDocument['nodes'][number]), id: 'colleague', name: 'Chef de service' }] };
    const represented = addParticipants(withColleague, meeting.id, ['colleague']);
    expect(names(represented, whoIsMissing(represented, meetingOf(represented), NOW), 'judicial-unrepresented')).toEqual([]);
  });

  it('judicial-unrepresented: an ended mandate needs no one', () => {
    const { doc, meeting } = withMeeting(base);
    const educ = meeting.participants.find((p) => p.nodeId === idOf(doc, 'Thomas Girard'));
    const link = doc.links.find((l) => l.kind === 'intervention' && l.mandate === 'judicial');
    if (!educ || !link) throw new Error('fixture');
    const ended = updateLink(removeParticipant(doc, meeting.id, educ.id), link.id, { until: '2026-06' });
    const items = whoIsMissing(ended, meetingOf(ended), NOW);
    expect(items.map((i) => i.rule)).not.toContain('judicial-unrepresented');
    expect(names(ended, items, 'not-invited')).toEqual([]);
  });

  it('family-not-invited: every member of the family removed', () => {
    const { doc, meeting } = withMeeting(base);
    let next = doc;
    for (const p of meeting.participants.filter((x) => x.part === 'family')) next = removeParticipant(next, meeting.id, p.id);
    const items = whoIsMissing(next, meetingOf(next), NOW);
    const family = items.filter((i) => i.rule === 'family-not-invited');
    expect(family).toHaveLength(1);
    // Selecting it shows the index person.
    expect(family[0]?.nodeIds).toEqual([idOf(next, 'Sophie Laurent')]);
    expect(describeMissing(next, family[0] as MissingItem, 'en')).toBe('The family is not invited');
  });

  it('no-consent: goes once one adult agrees, comes back when the consent is withdrawn', () => {
    const { doc, meeting } = withMeeting(base);
    const agreed = setConsent(doc, idOf(doc, 'Sophie Laurent'), { agreed: true, form: 'oral', date: '2026-11-10' });
    expect(whoIsMissing(agreed, meeting, NOW).map((i) => i.rule)).not.toContain('no-consent');
    const withdrawn = setConsent(agreed, idOf(doc, 'Sophie Laurent'), { withdrawn: true });
    expect(whoIsMissing(withdrawn, meeting, NOW).map((i) => i.rule)).toContain('no-consent');
    const refused = setConsent(doc, idOf(doc, 'Sophie Laurent'), { agreed: false });
    expect(whoIsMissing(refused, meeting, NOW).map((i) => i.rule)).toContain('no-consent');
  });

  it('consent-refused: each adult who refused or withdrew, by name, even when another agreed', () => {
    const { doc, meeting } = withMeeting(base);
    let next = setConsent(doc, idOf(doc, 'Sophie Laurent'), { agreed: true, form: 'oral' });
    next = setConsent(next, idOf(doc, 'Julien Moreau'), { agreed: false });
    next = setConsent(next, idOf(doc, 'David Petit'), { agreed: true, withdrawn: true });
    const items = whoIsMissing(next, meeting, NOW);
    expect(names(next, items, 'consent-refused')).toEqual(['Julien Moreau', 'David Petit']);
    expect(items.filter((i) => i.rule === 'consent-refused').map((i) => describeMissing(next, i, 'fr'))).toEqual(['Julien Moreau a refusé la concertation', 'David Petit a retiré son consentement']);
    expect(names(doc, whoIsMissing(doc, meeting, NOW), 'consent-refused')).toEqual([]);
  });

  it('not-invited: a professional, and an institution that intervenes without a named professional', () => {
    const { doc, meeting } = withMeeting(base);
    let next = doc;
    for (const name of ['Nadia Haddad', 'CAF']) {
      const p = meeting.participants.find((x) => x.nodeId === idOf(doc, name));
      if (!p) throw new Error(`${name} not proposed`);
      next = removeParticipant(next, meeting.id, p.id);
    }
    const items = whoIsMissing(next, meetingOf(next), NOW);
    expect(names(next, items, 'not-invited')).toEqual(['CAF', 'Nadia Haddad']);
    expect(describeMissing(next, items.find((i) => i.rule === 'not-invited') as MissingItem, 'fr')).toBe('CAF intervient mais n’est pas invité·e');
  });

  it('no-referent: goes once a professional is named référent', () => {
    const named = updateNode<'professional'>(base, idOf(base, 'Claire Dubois'), { referent: true });
    expect(whoIsMissing(named, null, NOW).map((i) => i.rule)).not.toContain('no-referent');
  });

  it('no-referent: one mandate alone needs no référent', () => {
    const mandates = base.links.filter((l) => l.kind === 'intervention' && (l.mandate === 'judicial' || l.mandate === 'administrative'));
    let next = base;
    for (const l of mandates.slice(1)) next = updateLink(next, l.id, { mandate: 'voluntary' });
    expect(whoIsMissing(next, null, NOW).map((i) => i.rule)).not.toContain('no-referent');
  });

  it('unknown-pair: gone when they meet, or when they serve no one in common', () => {
    const pair = base.links.find((l) => l.kind === 'partnership' && l.formality === 'none');
    if (!pair) throw new Error('fixture');
    expect(whoIsMissing(updateLink(base, pair.id, { formality: 'informal' }), null, NOW).map((i) => i.rule)).not.toContain('unknown-pair');
    const apart = { ...base, households: [] };
    expect(whoIsMissing(apart, null, NOW).map((i) => i.rule)).not.toContain('unknown-pair');
  });

  it('isolated: a partnership makes both ends known; "ne se connaissent pas" does not', () => {
    const pair = base.links.find((l) => l.kind === 'partnership' && l.formality === 'none');
    if (!pair) throw new Error('fixture');
    const met = updateLink(base, pair.id, { formality: 'formal' });
    expect(names(met, whoIsMissing(met, null, NOW), 'isolated').sort()).toEqual(['CAF', 'Paul Martin']);
  });
});

describe('who is missing, on generated cases', () => {
  const seeds = [1, 2, 3, 4, 5, 6];
  const cases = seeds.map((seed) => generateCase({ people: 30, professionals: 18, seed }));

  it.each(seeds.map((seed, i) => [seed, cases[i] as CaseDocument]))('seed %i: a new meeting invites every service that intervenes and the family', (_seed, doc) => {
    const { doc: next, meeting } = withMeeting(doc);
    const rules = whoIsMissing(next, meeting, NOW).map((i) => i.rule);
    expect(rules).not.toContain('not-invited');
    expect(rules).not.toContain('judicial-unrepresented');
    expect(rules).not.toContain('family-not-invited');
    expect(rules).toContain('no-consent');
  });

  it.each(seeds.map((seed, i) => [seed, cases[i] as CaseDocument]))('seed %i: removing one participant who intervenes makes them missing, and only them', (seed, doc) => {
    const { doc: next, meeting } = withMeeting(doc);
    const acting = new Set(intervening(next, '2026-11-20').map((n) => n.id));
    const candidates = meeting.participants.filter((p) => p.nodeId && acting.has(p.nodeId) && next.nodes.find((n) => n.id === p.nodeId)?.kind === 'professional');
    const random = seededRandom(seed);
    const gone = candidates[Math.floor(random() * candidates.length)];
    if (!gone?.nodeId) throw new Error('no professional intervenes');
    const without = removeParticipant(next, meeting.id, gone.id);
    const items = whoIsMissing(without, meetingOf(without), NOW);
    expect(items.filter((i) => i.rule === 'not-invited').map((i) => i.nodeIds[0])).toEqual([gone.nodeId]);
    const judicial = next.links.some((l) => l.kind === 'intervention' && l.from === gone.nodeId && l.mandate === 'judicial');
    const colleague = without.nodes.some((n) => n.kind === 'professional' && n.id !== gone.nodeId && n.institutionId && n.institutionId === (next.nodes.find((x) => x.id === gone.nodeId) as { institutionId?: string }).institutionId && meetingOf(without).participants.some((p) => p.nodeId === n.id));
    expect(items.some((i) => i.rule === 'judicial-unrepresented' && i.nodeIds[0] === gone.nodeId)).toBe(judicial && !colleague);
  });

  it.each(seeds.map((seed, i) => [seed, cases[i] as CaseDocument]))('seed %i: every isolated service has no tie; every tied one is not reported', (_seed, doc) => {
    const items = whoIsMissing(doc, null, NOW);
    const isolated = new Set(items.filter((i) => i.rule === 'isolated').map((i) => i.nodeIds[0]));
    const byId = new Map(doc.nodes.map((n) => [n.id, n]));
    const serviceOf = (id: string) => {
      const n = byId.get(id);
      if (n?.kind === 'institution') return new Set([id, ...doc.nodes.filter((x) => x.kind === 'professional' && x.institutionId === id).map((x) => x.id)]);
      return new Set(n?.kind === 'professional' && n.institutionId ? [id, n.institutionId] : [id]);
    };
    for (const node of intervening(doc, '2026-11-15')) {
      const service = serviceOf(node.id);
      const tie = doc.links.some((l) => {
        const ends = l.kind === 'partnership' && l.formality !== 'none' ? [l.a, l.b] : l.kind === 'referral' ? [l.from, l.to] : [];
        return ends.length === 2 && ends.some((e) => service.has(e)) && ends.some((e) => !service.has(e) && byId.get(e)?.kind !== 'person');
      });
      const colleague = node.kind === 'professional' && doc.nodes.some((n) => n.kind === 'professional' && n.id !== node.id && !!n.institutionId && service.has(n.institutionId));
      expect(isolated.has(node.id), node.name).toBe(!tie && !colleague);
    }
  });

  it.each(seeds.map((seed, i) => [seed, cases[i] as CaseDocument]))('seed %i: no-referent follows the count of mandates and the référent', (_seed, doc) => {
    const mandates = doc.links.filter((l) => l.kind === 'intervention' && (l.mandate === 'judicial' || l.mandate === 'administrative'));
    expect(whoIsMissing(doc, null, NOW).some((i) => i.rule === 'no-referent')).toBe(mandates.length >= 2);
    const pro = doc.nodes.find((n) => n.kind === 'professional');
    if (!pro) return;
    const named = updateNode<'professional'>(doc, pro.id, { referent: true });
    expect(whoIsMissing(named, null, NOW).some((i) => i.rule === 'no-referent')).toBe(false);
  });

  it.each(seeds.map((seed, i) => [seed, cases[i] as CaseDocument]))('seed %i: a "ne se connaissent pas" between two services of one person is reported', (_seed, doc) => {
    const target = doc.links.find((l) => l.kind === 'intervention');
    if (!target || target.kind !== 'intervention') throw new Error('fixture');
    const other = doc.links.find((l) => l.kind === 'intervention' && l.to === target.to && l.from !== target.from);
    const apart = { ...doc, households: [], links: doc.links.filter((l) => l.kind !== 'partnership' || l.formality !== 'none') };
    expect(whoIsMissing(apart, null, NOW).some((i) => i.rule === 'unknown-pair')).toBe(false);
    const second = other && other.kind === 'intervention' ? other.from : doc.nodes.find((n) => n.kind === 'professional' && n.id !== target.from)?.id;
    if (!second) throw new Error('fixture');
    const links = [...apart.links.filter((l) => l.id !== other?.id), { id: 'x-int', kind: 'intervention' as const, from: second, to: target.to, mandate: 'voluntary' as const, measure: '', notes: '' }, { id: 'x-pair', kind: 'partnership' as const, a: target.from, b: second, formality: 'none' as const, notes: '' }];
    const items = whoIsMissing({ ...apart, links }, null, NOW).filter((i) => i.rule === 'unknown-pair');
    expect(items.map((i) => i.linkIds[0])).toEqual(['x-pair']);
    expect(items[0]?.nodeIds[2]).toBe(target.to);
  });
});
