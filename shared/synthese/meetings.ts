// Preparing a meeting about a situation: the meeting itself, who takes part (proposed from the map),
// the consent of the family's adults, and what happens once it is held. Pure functions: old case
// in, new case out, like shared/model/operations.ts, so every change is one undo step.
import { personAgeNow } from '../anonymise/labels';
import { referenceYearOf, type CaseDocument } from '../model/case';
import type { InterventionLink } from '../model/links';
import { MAX_PARTICIPANTS, type Consent, type Meeting, type MeetingAction, type Participant, type ParticipantPart } from '../model/meeting';
import type { CaseNode, PersonNode } from '../model/nodes';
import { institution, person, professional, type Change } from '../model/operations';
import { newId, type Id, type PartialDate } from '../model/primitives';
import { takeSnapshot } from '../model/snapshot';

export const ADULT_AGE = 18;

/** A patch applied to a record, where a key set to undefined removes that (optional) field. */
function patched<T extends object>(record: T, patch: object): T {
  const next = { ...record, ...patch };
  return Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined)) as T;
}

/** Today as a partial date (a day). */
export function today(now: Date = new Date()): PartialDate {
  return now.toISOString().slice(0, 10);
}

/**
 * Whether an intervention still runs on `date`. Partial dates: an intervention that ended in
 * "2024" still runs on "2024-05" (its end is read as the whole of its period).
 */
export function isRunning(link: Pick<InterventionLink, 'since' | 'until'>, date: PartialDate): boolean {
  if (link.until && link.until < date.slice(0, link.until.length)) return false;
  if (link.since && link.since.slice(0, date.length) > date) return false;
  return true;
}

/** The date a meeting's rules are read at: its own date, or today for one not yet dated. */
export function meetingDate(meeting: Pick<Meeting, 'date'> | null | undefined, now: Date = new Date()): PartialDate {
  return meeting?.date ?? today(now);
}

/** Interventions that run on `date`. */
export function runningInterventions(doc: CaseDocument, date: PartialDate): InterventionLink[] {
  return doc.links.filter((l): l is InterventionLink => l.kind === 'intervention' && isRunning(l, date));
}

/**
 * The professionals and institutions who intervene in the situation: the `from` end of every
 * running intervention, in map order.
 */
export function intervening(doc: CaseDocument, date: PartialDate): CaseNode[] {
  const from = new Set(runningInterventions(doc, date).map((l) => l.from));
  return doc.nodes.filter((n) => from.has(n.id) && n.kind !== 'person');
}

export function isAdult(node: PersonNode, referenceYear: number): boolean {
  const age = personAgeNow(node, referenceYear);
  // An age band (what an anonymised case keeps) counts when it reaches adulthood.
  if (age === undefined && node.ageBand) return node.ageBand.max >= ADULT_AGE;
  // An unknown age counts as an adult: better to ask for a consent than to skip someone.
  return age === undefined || age >= ADULT_AGE;
}

/** The living adults of the family (circle "famille"): whose consent the concertation needs. */
export function familyAdults(doc: CaseDocument): PersonNode[] {
  const year = referenceYearOf(doc);
  return doc.nodes.filter((n): n is PersonNode => n.kind === 'person' && n.circle === 'family' && !n.deceased && isAdult(n, year));
}

/** Whether professional secrecy binds someone, by what they are on the map. */
export function secrecyByDefault(node: CaseNode | undefined): boolean {
  return node !== undefined && node.kind !== 'person';
}

export function partByDefault(node: CaseNode | undefined): ParticipantPart {
  return node?.kind === 'person' && node.circle === 'family' ? 'family' : 'participant';
}

/** A participant for an element of the map, with the defaults its kind calls for. */
export function participantFor(node: CaseNode, fields: Partial<Omit<Participant, 'id' | 'nodeId'>> = {}): Participant {
  return { id: newId(), nodeId: node.id, name: '', role: '', institution: '', status: 'invited', part: partByDefault(node), boundBySecrecy: secrecyByDefault(node), ...fields };
}

/**
 * Who the map proposes for a meeting: every professional (or institution) who intervenes, then the
 * living members of the family, then the primary network. The one who brings the situation asks
 * for the meeting.
 */
export function proposeParticipants(doc: CaseDocument, meeting?: Pick<Meeting, 'date' | 'broughtBy'>): Participant[] {
  const date = meetingDate(meeting);
  const people = doc.nodes.filter((n): n is PersonNode => n.kind === 'person' && !n.deceased);
  const ordered = [...intervening(doc, date), ...people.filter((p) => p.circle === 'family'), ...people.filter((p) => p.circle !== 'family')];
  return ordered.map((node) => participantFor(node, node.id === meeting?.broughtBy ? { part: 'requester' } : {}));
}

// ---------------------------------------------------------------------------------------------
// Meetings

function replaceMeeting(doc: CaseDocument, id: Id, update: (meeting: Meeting) => Meeting): CaseDocument {
  let found = false;
  const meetings = doc.meetings.map((m) => {
    if (m.id !== id) return m;
    found = true;
    return update(m);
  });
  if (!found) throw new Error(`No meeting ${id} in this case`);
  return { ...doc, meetings };
}

export function findMeeting(doc: CaseDocument, id: Id | undefined): Meeting | undefined {
  return id ? doc.meetings.find((m) => m.id === id) : undefined;
}

/** The meeting to show first: the next one not yet held, else the latest. */
export function currentMeeting(doc: CaseDocument): Meeting | undefined {
  return doc.meetings.find((m) => !m.heldAt) ?? doc.meetings[doc.meetings.length - 1];
}

export function emptyMeeting(fields: Partial<Meeting> = {}): Meeting {
  return { id: newId(), kind: 'synthese', time: '', place: '', difficulty: '', questions: [], participants: [], decisions: '', actions: [], reportRecipients: [], notes: '', ...fields };
}

/** A new meeting, with the participants the map proposes already in it (the quick path). */
export function createMeeting(doc: CaseDocument, fields: Partial<Meeting> = {}, { propose = true } = {}): Change {
  const meeting = emptyMeeting(fields);
  const participants = propose ? proposeParticipants(doc, meeting).slice(0, MAX_PARTICIPANTS) : meeting.participants;
  return { doc: { ...doc, meetings: [...doc.meetings, { ...meeting, participants }] }, created: [meeting.id] };
}

export type MeetingPatch = Partial<Omit<Meeting, 'id' | 'participants' | 'actions'>>;

/** Changes fields of a meeting. Setting who brings the situation makes them its requester. */
export function updateMeeting(doc: CaseDocument, id: Id, patch: MeetingPatch): CaseDocument {
  return replaceMeeting(doc, id, (m) => {
    const next = patched(m, patch);
    if ('broughtBy' in patch && patch.broughtBy && patch.broughtBy !== m.broughtBy) {
      const node = doc.nodes.find((n) => n.id === patch.broughtBy);
      // An element of the map, or a participant not on it.
      const isBringer = (p: Participant) => p.nodeId === patch.broughtBy || (!p.nodeId && p.id === patch.broughtBy);
      const present = next.participants.some(isBringer);
      next.participants = present
        ? next.participants.map((p) => (isBringer(p) ? { ...p, part: 'requester' } : p.part === 'requester' ? { ...p, part: p.nodeId ? partByDefault(doc.nodes.find((n) => n.id === p.nodeId)) : 'participant' } : p))
        : node
          ? [...next.participants, participantFor(node, { part: 'requester' })]
          : next.participants;
    }
    return next;
  });
}

export function deleteMeeting(doc: CaseDocument, id: Id): CaseDocument {
  return { ...doc, meetings: doc.meetings.filter((m) => m.id !== id) };
}

// ---------------------------------------------------------------------------------------------
// Participants

/** Adds elements of the map as participants; those already in the meeting are skipped. */
export function addParticipants(doc: CaseDocument, meetingId: Id, nodeIds: readonly Id[]): CaseDocument {
  return replaceMeeting(doc, meetingId, (m) => {
    const present = new Set(m.participants.map((p) => p.nodeId));
    const added = nodeIds.flatMap((id) => {
      const node = doc.nodes.find((n) => n.id === id);
      if (!node || present.has(id)) return [];
      present.add(id);
      return [participantFor(node)];
    });
    if (m.participants.length + added.length > MAX_PARTICIPANTS) throw new RangeError(`A meeting has at most ${MAX_PARTICIPANTS} participants.`);
    return added.length ? { ...m, participants: [...m.participants, ...added] } : m;
  });
}

export interface ExternalParticipant {
  name: string;
  role?: string;
  institution?: string;
  /** A professional (bound by secrecy) or someone of the family's circle. */
  professional: boolean;
  /** Also add them to the map as an element. */
  addToMap?: boolean;
}

/**
 * Someone who is not on the map: kept in the meeting by name, function and service, or added to
 * the map as an element first (a professional, with their institution if it is new, or a person of
 * the primary network) when the user wants.
 */
export function addExternalParticipant(doc: CaseDocument, meetingId: Id, who: ExternalParticipant): Change {
  const name = who.name.trim().slice(0, 200);
  const role = (who.role ?? '').trim().slice(0, 200);
  const institutionName = (who.institution ?? '').trim().slice(0, 200);
  if (!name) throw new Error('A participant needs a name.');
  if (!who.addToMap) {
    const participant: Participant = { id: newId(), name, role, institution: institutionName, status: 'invited', part: 'participant', boundBySecrecy: who.professional };
    return { doc: replaceMeeting(doc, meetingId, (m) => ({ ...m, participants: [...m.participants, participant] })), created: [participant.id] };
  }
  // Placed below what is drawn, where "Organiser" would put the secondary network.
  const bottom = doc.nodes.reduce((y, n) => Math.max(y, n.position.y), 0) + 220;
  const left = doc.nodes.reduce((x, n) => Math.min(x, n.position.x), 0);
  const nodes: CaseNode[] = [];
  let node: CaseNode;
  if (who.professional) {
    const existing = institutionName ? doc.nodes.find((n) => n.kind === 'institution' && n.name.trim().toLowerCase() === institutionName.toLowerCase()) : undefined;
    const inside = existing ?? (institutionName ? institution({ name: institutionName, position: { x: left, y: bottom } }) : undefined);
    if (inside && !existing) nodes.push(inside);
    node = professional({ name, role, ...(inside ? { institutionId: inside.id, position: { x: 24, y: 40 } } : { position: { x: left, y: bottom } }) });
  } else {
    node = person({ name, circle: 'other', position: { x: left, y: bottom } });
  }
  nodes.push(node);
  const withNode = { ...doc, nodes: [...doc.nodes, ...nodes] };
  const participant = participantFor(node, { boundBySecrecy: who.professional });
  return { doc: replaceMeeting(withNode, meetingId, (m) => ({ ...m, participants: [...m.participants, participant] })), created: [node.id] };
}

export function updateParticipant(doc: CaseDocument, meetingId: Id, participantId: Id, patch: Partial<Omit<Participant, 'id' | 'nodeId'>>): CaseDocument {
  return replaceMeeting(doc, meetingId, (m) => ({ ...m, participants: m.participants.map((p) => (p.id === participantId ? { ...p, ...patch } : p)) }));
}

export function removeParticipant(doc: CaseDocument, meetingId: Id, participantId: Id): CaseDocument {
  return replaceMeeting(doc, meetingId, (m) => ({
    ...m,
    participants: m.participants.filter((p) => p.id !== participantId),
    reportRecipients: m.reportRecipients.filter((id) => id !== participantId),
  }));
}

/** How a participant is named: the element's name, or the name typed for someone not on the map. */
export function participantName(doc: CaseDocument, participant: Participant): string {
  const node = participant.nodeId ? doc.nodes.find((n) => n.id === participant.nodeId) : undefined;
  return node?.name || participant.name;
}

/** Finds a participant by id, element id or name (accents and case ignored). */
export function findParticipant(doc: CaseDocument, meeting: Meeting, query: string): Participant | undefined {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();
  const wanted = fold(query);
  return (
    meeting.participants.find((p) => p.id === query || p.nodeId === query) ??
    meeting.participants.find((p) => fold(participantName(doc, p)) === wanted) ??
    meeting.participants.find((p) => fold(participantName(doc, p)).includes(wanted))
  );
}

// ---------------------------------------------------------------------------------------------
// Consent

export type ConsentPatch = Partial<Omit<Consent, 'personId'>>;

/** Records (or changes) the consent of an adult of the family. */
export function setConsent(doc: CaseDocument, personId: Id, patch: ConsentPatch): CaseDocument {
  const current = doc.consents.find((c) => c.personId === personId);
  const next: Consent = { ...patched(current ?? { personId, agreed: false, limits: '', withdrawn: false }, patch), personId };
  return { ...doc, consents: current ? doc.consents.map((c) => (c.personId === personId ? next : c)) : [...doc.consents, next] };
}

export function clearConsent(doc: CaseDocument, personId: Id): CaseDocument {
  return { ...doc, consents: doc.consents.filter((c) => c.personId !== personId) };
}

/** A consent that holds: given and not withdrawn. */
export function consentHolds(consent: Consent | undefined): boolean {
  return !!consent && consent.agreed && !consent.withdrawn;
}

// ---------------------------------------------------------------------------------------------
// After the meeting

/**
 * Marks a meeting as held and takes a snapshot of the map as it stood (issue 15's comparison reads
 * it). Held twice, it keeps its first date and takes no second snapshot.
 */
export function markHeld(doc: CaseDocument, meetingId: Id, snapshotName: string, now: Date = new Date()): CaseDocument {
  const meeting = findMeeting(doc, meetingId);
  if (!meeting) throw new Error(`No meeting ${meetingId} in this case`);
  if (meeting.heldAt) return doc;
  const held = replaceMeeting(doc, meetingId, (m) => ({ ...m, heldAt: now.toISOString() }));
  return takeSnapshot(held, { name: snapshotName, meetingId, now, ...(meeting.date ? { date: meeting.date } : {}) }).doc;
}

export function addAction(doc: CaseDocument, meetingId: Id, fields: Partial<Omit<MeetingAction, 'id'>> = {}): Change {
  const action: MeetingAction = { id: newId(), text: '', done: false, ...fields };
  return { doc: replaceMeeting(doc, meetingId, (m) => ({ ...m, actions: [...m.actions, action] })), created: [action.id] };
}

export function updateAction(doc: CaseDocument, meetingId: Id, actionId: Id, patch: Partial<Omit<MeetingAction, 'id'>>): CaseDocument {
  return replaceMeeting(doc, meetingId, (m) => ({
    ...m,
    actions: m.actions.map((a) => {
      return a.id === actionId ? patched(a, patch) : a;
    }),
  }));
}

export function removeAction(doc: CaseDocument, meetingId: Id, actionId: Id): CaseDocument {
  return replaceMeeting(doc, meetingId, (m) => ({ ...m, actions: m.actions.filter((a) => a.id !== actionId) }));
}
