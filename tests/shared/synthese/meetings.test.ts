// Meeting operations: participants proposed from the map with the defaults of their kind, people
// not on the map, the requester, consent, holding the meeting.
import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../shared/examples/laurent';
import type { CaseDocument } from '../../../shared/model/case';
import { CaseDocument as CaseSchema } from '../../../shared/model/case';
import type { Meeting } from '../../../shared/model/meeting';
import { updateLink } from '../../../shared/model/operations';
import { addExternalParticipant, addParticipants, createMeeting, familyAdults, isRunning, markHeld, proposeParticipants, setConsent, updateMeeting } from '../../../shared/synthese/meetings';

const name = (doc: CaseDocument, id: string | undefined) => doc.nodes.find((n) => n.id === id)?.name;
const meetingOf = (doc: CaseDocument) => doc.meetings[doc.meetings.length - 1] as Meeting;

describe('meetings', () => {
  const base = laurentExample();

  it('proposes who intervenes, then the family, then the primary network, with the secrecy of their kind', () => {
    const proposed = proposeParticipants(base);
    expect(proposed.map((p) => name(base, p.nodeId))).toEqual([
      'CAF', 'Claire Dubois', 'Thomas Girard', 'Marc Lefèvre', 'Nadia Haddad', 'Paul Martin',
      'Monique Laurent', 'Julien Moreau', 'Sophie Laurent', 'David Petit', 'Enzo Moreau', 'Léa Moreau', 'Noah Petit',
      'Mme Rossi',
    ]);
    expect(proposed.filter((p) => p.boundBySecrecy).map((p) => name(base, p.nodeId))).toEqual(['CAF', 'Claire Dubois', 'Thomas Girard', 'Marc Lefèvre', 'Nadia Haddad', 'Paul Martin']);
    expect(proposed.find((p) => name(base, p.nodeId) === 'Sophie Laurent')?.part).toBe('family');
    expect(proposed.find((p) => name(base, p.nodeId) === 'Mme Rossi')).toMatchObject({ part: 'participant', boundBySecrecy: false, status: 'invited' });
  });

  it('an ended intervention is not proposed; partial dates read as their whole period', () => {
    expect(isRunning({ until: '2026' }, '2026-11-20')).toBe(true);
    expect(isRunning({ until: '2026-10' }, '2026-11-20')).toBe(false);
    expect(isRunning({ since: '2027' }, '2026-11-20')).toBe(false);
    const psy = base.links.find((l) => l.kind === 'intervention' && l.mandate === 'voluntary');
    if (!psy) throw new Error('fixture');
    const ended = updateLink(base, psy.id, { until: '2026-01' });
    expect(proposeParticipants(ended, { date: '2026-11-20' }).map((p) => name(ended, p.nodeId))).not.toContain('Nadia Haddad');
  });

  it('a new meeting is valid against the schema; who brings the situation becomes its requester', () => {
    const created = createMeeting(base, { date: '2026-11-20' });
    expect(CaseSchema.safeParse(created.doc).success).toBe(true);
    const as = base.nodes.find((n) => n.name === 'Claire Dubois')?.id;
    const brought = updateMeeting(created.doc, created.created[0] as string, { broughtBy: as });
    const requester = meetingOf(brought).participants.filter((p) => p.part === 'requester');
    expect(requester.map((p) => name(brought, p.nodeId))).toEqual(['Claire Dubois']);
    // Someone else brings it: the part moves.
    const educ = base.nodes.find((n) => n.name === 'Thomas Girard')?.id;
    const moved = updateMeeting(brought, created.created[0] as string, { broughtBy: educ });
    expect(meetingOf(moved).participants.filter((p) => p.part === 'requester').map((p) => name(moved, p.nodeId))).toEqual(['Thomas Girard']);
    expect(meetingOf(moved).participants.find((p) => p.nodeId === as)?.part).toBe('participant');
    // Cleared: the field goes, the participants stay.
    expect(meetingOf(updateMeeting(moved, created.created[0] as string, { broughtBy: undefined }))).not.toHaveProperty('broughtBy');
  });

  it('someone not on the map: by name only, or added to the map as an element', () => {
    const { doc, created } = createMeeting(base, {}, { propose: false });
    const id = created[0] as string;
    const byName = addExternalParticipant(doc, id, { name: 'Dr Martin', role: 'Pédiatre', institution: 'PMI', professional: true });
    expect(meetingOf(byName.doc).participants[0]).toMatchObject({ name: 'Dr Martin', role: 'Pédiatre', institution: 'PMI', boundBySecrecy: true });
    expect(byName.doc.nodes).toHaveLength(base.nodes.length);
    const onMap = addExternalParticipant(doc, id, { name: 'Dr Martin', role: 'Pédiatre', institution: 'PMI', professional: true, addToMap: true });
    const added = onMap.doc.nodes.find((n) => n.name === 'Dr Martin');
    expect(added?.kind).toBe('professional');
    expect(name(onMap.doc, added?.kind === 'professional' ? added.institutionId : undefined)).toBe('PMI');
    expect(meetingOf(onMap.doc).participants[0]?.nodeId).toBe(added?.id);
    expect(CaseSchema.safeParse(onMap.doc).success).toBe(true);
    // The same institution is found again, not duplicated.
    const cmp = addExternalParticipant(doc, id, { name: 'Dr Roy', institution: 'cmp', professional: true, addToMap: true });
    expect(cmp.doc.nodes.filter((n) => n.kind === 'institution' && n.name === 'CMP')).toHaveLength(1);
    const neighbour = addExternalParticipant(doc, id, { name: 'M. Blanc', professional: false, addToMap: true });
    expect(neighbour.doc.nodes.find((n) => n.name === 'M. Blanc')).toMatchObject({ kind: 'person', circle: 'other' });
    expect(meetingOf(neighbour.doc).participants[0]?.boundBySecrecy).toBe(false);
    expect(() => addExternalParticipant(doc, id, { name: '  ', professional: true })).toThrow();
    // Added twice from the map: once.
    const twice = addParticipants(addParticipants(doc, id, [base.nodes[0]?.id as string]), id, [base.nodes[0]?.id as string]);
    expect(meetingOf(twice).participants).toHaveLength(1);
  });

  it('consent per adult of the family; the children are not asked', () => {
    expect(familyAdults(base).map((p) => p.name)).toEqual(['Monique Laurent', 'Julien Moreau', 'Sophie Laurent', 'David Petit']);
    const sophie = base.nodes.find((n) => n.name === 'Sophie Laurent')?.id as string;
    const agreed = setConsent(base, sophie, { agreed: true, form: 'oral', date: '2026-11-02', limits: 'Pas devant les enfants' });
    expect(agreed.consents).toEqual([{ personId: sophie, agreed: true, form: 'oral', date: '2026-11-02', limits: 'Pas devant les enfants', withdrawn: false }]);
    const withdrawn = setConsent(agreed, sophie, { withdrawn: true, withdrawnOn: '2026-11-10' });
    expect(withdrawn.consents).toHaveLength(1);
    expect(withdrawn.consents[0]).toMatchObject({ agreed: true, withdrawn: true, withdrawnOn: '2026-11-10' });
    expect(CaseSchema.safeParse(withdrawn).success).toBe(true);
  });

  it('held: the date is kept and one snapshot of the map is taken, once', () => {
    const { doc, created } = createMeeting(base, { date: '2026-11-20' });
    const id = created[0] as string;
    const held = markHeld(doc, id, 'Synthèse du 20/11/2026', new Date('2026-11-20T16:00:00Z'));
    expect(meetingOf(held).heldAt).toBe('2026-11-20T16:00:00.000Z');
    expect(held.snapshots).toHaveLength(1);
    expect(held.snapshots[0]).toMatchObject({ name: 'Synthèse du 20/11/2026', meetingId: id, date: '2026-11-20' });
    expect(held.snapshots[0]?.nodes).toBe(held.nodes);
    expect(markHeld(held, id, 'again')).toBe(held);
  });
});

describe('deleting elements of the map', () => {
  it('a participant who was an element stays in the meeting by name; their actions lose the owner; their consent goes', async () => {
    const { deleteElements } = await import('../../../shared/model/operations');
    const { addAction } = await import('../../../shared/synthese/meetings');
    const base = laurentExample();
    const id = (n: string) => base.nodes.find((x) => x.name === n)?.id as string;
    let doc = createMeeting(base, { date: '2026-11-20' }).doc;
    const meetingId = meetingOf(doc).id;
    doc = updateMeeting(doc, meetingId, { broughtBy: id('Nadia Haddad') });
    doc = addAction(doc, meetingId, { text: 'Appeler', ownerId: id('Nadia Haddad') }).doc;
    doc = setConsent(doc, id('David Petit'), { agreed: true });
    const after = deleteElements(doc, [id('Nadia Haddad'), id('David Petit')]);
    const meeting = meetingOf(after);
    expect(meeting.broughtBy).toBeUndefined();
    expect(meeting.actions[0]).not.toHaveProperty('ownerId');
    const psy = meeting.participants.find((p) => p.name === 'Nadia Haddad');
    expect(psy).toMatchObject({ role: 'psychologue', institution: 'CMP', part: 'requester', boundBySecrecy: true });
    expect(psy).not.toHaveProperty('nodeId');
    expect(after.consents).toEqual([]);
    expect(CaseSchema.safeParse(after).success).toBe(true);
    // Nothing else changes identity.
    expect(deleteElements(doc, [id('Juge Bernard')]).meetings[0]).toBe(meetingOf(doc));
  });
});
