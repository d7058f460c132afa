// Redaction for an audience: one engine for everything that leaves the practitioner's hands.
// - training: the audience that may know no identity (the anonymiser, anonymise.ts);
// - a participant of a meeting: what their circulation levels let them know (shared/model/sharing.ts);
// - the practitioner: everything (their own copy).
// Every file made from a redaction goes through the leak guard against what was withheld from its
// audience (guardFor): the names of elements they may not know, the words of notes they may not read.
import type { Locale } from '../i18n/messages';
import { MESSAGES, translate } from '../i18n/messages';
import { absolutePosition } from '../genogram/metrics';
import type { CaseDocument } from '../model/case';
import type { CaseEvent } from '../model/event';
import type { Household } from '../model/household';
import { linkEnds, type CaseLink } from '../model/links';
import type { Consent, Meeting, Participant } from '../model/meeting';
import type { CaseNode } from '../model/nodes';
import { CATEGORY_LABELS, INSTITUTION_PRESETS, MEASURE_PRESETS, ROLE_PRESETS } from '../model/presets';
import { newId, type Id } from '../model/primitives';
import { notesSharingOf, structureSharingOf, type Sharing } from '../model/sharing';
import { anonymiseCase } from './anonymise';
import { guardExport, guardExportSync } from './leak-guard';
import { sensitiveStrings, type SensitiveString } from './sensitive';
import { foldText } from './text';

export type Audience =
  /** The practitioner's own copy: everything, for them alone. */
  | { kind: 'practitioner' }
  /** Training: no identity at all. */
  | { kind: 'training' }
  /** One participant of a meeting, by participant id. */
  | { kind: 'participant'; meetingId: Id; participantId: Id };

export interface RedactOptions {
  locale: Locale;
  /** Training: the neutral title ("Situation A" by default). */
  title?: string;
  /** Training: labels the user changed, by original id. */
  overrides?: ReadonlyMap<Id, string>;
}

export interface Redaction {
  audience: Audience;
  /** The case as this audience may know it. */
  doc: CaseDocument;
  /** What must not be found in any file made for this audience. */
  withheld: SensitiveString[];
  /** Training: the age band drawn in each person's symbol, by new id. */
  ageLabels?: Map<Id, string>;
  /** Training: the label of each original element, by original id. */
  labels?: Map<Id, string>;
  /** The participant this copy is for. */
  participant?: Participant;
}

/** Whether a participant may know what carries this circulation level. */
export function mayKnow(sharing: Sharing, participant: Participant): boolean {
  switch (sharing.level) {
    case 'all':
      return true;
    case 'professionals':
      return participant.boundBySecrecy;
    case 'named':
      return sharing.with.includes(participant.id) || (!!participant.nodeId && sharing.with.includes(participant.nodeId));
    case 'none':
      return false;
  }
}

export function redactFor(doc: CaseDocument, audience: Audience, options: RedactOptions): Redaction {
  if (audience.kind === 'practitioner') return { audience, doc, withheld: [] };
  if (audience.kind === 'training') {
    const result = anonymiseCase(doc, options);
    // The anonymised case carries no meeting, event or consent; their text is guarded all the same.
    const extra = freeTextStrings(meetingTexts(doc.meetings), new Set([...result.sensitive.map((s) => foldText(s.text)), ...vocabulary()]));
    // A capitalised word of the notes that is a word of the sheets themselves ("Réunion de synthèse
    // prévue") names no one; names of people, services and places are all kept.
    const words = vocabulary();
    const sensitive = result.sensitive.filter((s) => s.source !== 'notes' || !words.has(foldText(s.text)));
    const trained = { ...result.doc, meetings: doc.meetings.map((m) => trainingMeeting(m, result.ids, options.locale)), consents: trainingConsents(doc.consents, result.ids) };
    return { audience, doc: trained, withheld: [...sensitive, ...extra], ageLabels: result.ageLabels, labels: result.labels };
  }
  const meeting = doc.meetings.find((m) => m.id === audience.meetingId);
  const participant = meeting?.participants.find((p) => p.id === audience.participantId);
  if (!meeting || !participant) throw new Error('No such participant in this meeting.');
  return redactForParticipant(doc, meeting, participant);
}

/**
 * A meeting as training may know it: its kind, who takes part (by their new ids; someone not on
 * the map by a neutral label), with their status, part and secrecy, and who brings the situation.
 * Nothing typed (place, time, difficulty, questions, decisions, actions, notes) and no date.
 */
function trainingMeeting(meeting: Meeting, ids: ReadonlyMap<Id, Id>, locale: Locale): Meeting {
  const participantIds = new Map(meeting.participants.map((p) => [p.id, newId()]));
  const counters = { professional: 0, person: 0 };
  const participants = meeting.participants.map((p): Participant => {
    const base = { id: participantIds.get(p.id) as Id, role: '', institution: '', status: p.status, part: p.part, boundBySecrecy: p.boundBySecrecy };
    const nodeId = p.nodeId ? ids.get(p.nodeId) : undefined;
    if (nodeId) return { ...base, nodeId, name: '' };
    const kind = p.boundBySecrecy ? 'professional' : 'person';
    counters[kind]++;
    return { ...base, name: `${translate(locale, kind === 'professional' ? 'anonymise.professional' : 'anonymise.person')} ${counters[kind]}` };
  });
  const broughtBy = meeting.broughtBy ? (ids.get(meeting.broughtBy) ?? participantIds.get(meeting.broughtBy)) : undefined;
  return {
    id: newId(),
    kind: meeting.kind,
    time: '',
    place: '',
    ...(broughtBy ? { broughtBy } : {}),
    difficulty: '',
    questions: [],
    participants,
    decisions: '',
    actions: [],
    reportRecipients: meeting.reportRecipients.flatMap((id) => participantIds.get(id) ?? []),
    notes: '',
  };
}

/** Consents as training may know them: who agreed, how, withdrawn or not; no date, no limits. */
function trainingConsents(consents: readonly Consent[], ids: ReadonlyMap<Id, Id>): Consent[] {
  return consents.flatMap((c) => {
    const personId = ids.get(c.personId);
    return personId ? [{ personId, agreed: c.agreed, ...(c.form ? { form: c.form } : {}), limits: '', withdrawn: c.withdrawn }] : [];
  });
}

/**
 * Always the last step before a file made for an audience is written: throws LeakError on a hit.
 * A PDF is read as a reader reads it (pdf.js), which takes a moment: guardFileFor.
 */
export function guardFor(redaction: Redaction, bytes: Uint8Array): Uint8Array {
  return redaction.withheld.length ? guardExportSync(bytes, redaction.withheld) : bytes;
}

/** guardFor for any file, a PDF included. */
export async function guardFileFor(redaction: Redaction, bytes: Uint8Array): Promise<Uint8Array> {
  return redaction.withheld.length ? guardExport(bytes, redaction.withheld) : bytes;
}

function redactForParticipant(doc: CaseDocument, meeting: Meeting, participant: Participant): Redaction {
  const knows = (record: { sharing?: Sharing | undefined }) => mayKnow(structureSharingOf(record), participant);
  const reads = (record: { notesSharing?: Sharing | undefined }) => mayKnow(notesSharingOf(record), participant);
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));

  // What is withheld, kept aside for the guard.
  const withheldNodes: CaseNode[] = [];
  const withheldLinks: CaseLink[] = [];
  const withheldHouseholds: Household[] = [];
  const withheldTexts: string[] = [];

  const visibleIds = new Set<Id>();
  for (const n of doc.nodes) if (knows(n) || n.id === participant.nodeId) visibleIds.add(n.id);
  const nodes: CaseNode[] = [];
  for (const n of doc.nodes) {
    if (!visibleIds.has(n.id)) {
      withheldNodes.push(n);
      continue;
    }
    let next: CaseNode = n;
    if (n.notes && !reads(n)) {
      withheldTexts.push(n.notes);
      next = { ...next, notes: '' };
    }
    // A professional whose institution may not be known stands on their own where they were drawn.
    if (next.kind === 'professional' && next.institutionId && !visibleIds.has(next.institutionId)) {
      const { institutionId: _withheld, ...rest } = next;
      next = { ...rest, position: absolutePosition(n, byId) };
    }
    nodes.push(next);
  }

  const households: Household[] = [];
  for (const h of doc.households) {
    const members = h.members.filter((m) => visibleIds.has(m));
    if (!knows(h) || members.length === 0) {
      withheldHouseholds.push(h);
      continue;
    }
    let next = members.length === h.members.length ? h : { ...h, members };
    if (h.notes && !reads(h)) {
      withheldTexts.push(h.notes);
      next = { ...next, notes: '' };
    }
    households.push(next);
  }
  const present = new Set([...visibleIds, ...households.map((h) => h.id)]);

  const links: CaseLink[] = [];
  for (const l of doc.links) {
    if (!knows(l) || !linkEnds(l).every((end) => present.has(end))) {
      withheldLinks.push(l);
      continue;
    }
    if (l.notes && !reads(l)) {
      withheldTexts.push(l.notes);
      links.push({ ...l, notes: '' });
    } else links.push(l);
  }

  const events: CaseEvent[] = [];
  for (const e of doc.events) {
    if (!knows(e) || !present.has(e.subject)) {
      withheldTexts.push(e.label, e.notes);
      continue;
    }
    if (e.notes && !reads(e)) {
      withheldTexts.push(e.notes);
      events.push({ ...e, notes: '' });
    } else events.push(e);
  }

  const caseNotes = doc.notes && reads(doc) ? doc.notes : '';
  if (doc.notes && !caseNotes) withheldTexts.push(doc.notes);

  // The meeting as this participant may see it: only people they may know; the practitioner's own
  // notes on the meeting never.
  const participants = meeting.participants.filter((p) => p.id === participant.id || !p.nodeId || visibleIds.has(p.nodeId));
  const kept = new Set(participants.map((p) => p.id));
  const ownMeeting: Meeting = {
    ...meeting,
    ...(meeting.broughtBy && !visibleIds.has(meeting.broughtBy) && !kept.has(meeting.broughtBy) ? { broughtBy: undefined } : {}),
    participants,
    actions: meeting.actions.map((a) => (a.ownerId && !visibleIds.has(a.ownerId) ? { ...a, ownerId: undefined } : a)),
    reportRecipients: meeting.reportRecipients.filter((id) => kept.has(id)),
    notes: '',
  };
  if (ownMeeting.broughtBy === undefined) delete ownMeeting.broughtBy;
  for (const a of ownMeeting.actions) if (a.ownerId === undefined) delete a.ownerId;
  if (meeting.notes) withheldTexts.push(meeting.notes);
  // A consent is the person's own word to the practitioner: professionals bound by secrecy know
  // every adult's (with its limits, which they must honour); anyone else only their own. The
  // mother's "not in front of the father" must not reach the father.
  const consents = doc.consents.filter((c) => visibleIds.has(c.personId) && (participant.boundBySecrecy || c.personId === participant.nodeId));
  for (const c of doc.consents) if (!consents.includes(c) && c.limits.trim()) withheldTexts.push(c.limits);

  const redacted: CaseDocument = { ...doc, nodes, links, households, events, notes: caseNotes, meetings: [ownMeeting], consents, snapshots: [] };

  // What the guard looks for. Names of what was withheld (every name with each of its parts, as for
  // training) are dropped only when a name the reader may know has them too (a sister of the same
  // surname): why not when free text shows them (a question, a note shared with all, a participant
  // typed in, the title): that text is what the guard checks, and a surname typed there ("Mme Benali
  // peut-elle...") must not make itself visible. The words of withheld notes are dropped when
  // anything the reader may read shows them (a withheld note naming someone they know does not make
  // that name secret), the meeting's typed text excepted for the same reason.
  // The sheets' own words are no one's secret either (a label the sheet prints itself).
  const knownNames = new Set(sensitiveStrings({ ...EMPTY_CASE, nodes: nodes.map(nameOnly), notes: vocabularyText() }).map((s) => foldText(s.text)));
  const readable = readableText(redacted);
  const readableFolded = new Set([...knownNames, ...sensitiveStrings({ ...EMPTY_CASE, notes: readable }).map((s) => foldText(s.text))]);
  // Withheld records go to the guard by their names; the notes they carry, as free text.
  for (const r of [...withheldNodes, ...withheldLinks, ...withheldHouseholds]) if (r.notes) withheldTexts.push(r.notes);
  const withheldDoc: CaseDocument = {
    ...EMPTY_CASE,
    nodes: withheldNodes.map((n) => ({ ...n, notes: '' })),
    links: withheldLinks.map((l) => ({ ...l, notes: '' })),
    households: withheldHouseholds.map((h) => ({ ...h, notes: '' })),
  };
  const fromRecords = sensitiveStrings(withheldDoc).filter((s) => !knownNames.has(foldText(s.text)));
  const fromNotes = freeTextStrings(withheldTexts, new Set([...readableFolded, ...shingles(readable)]));
  return { audience: { kind: 'participant', meetingId: meeting.id, participantId: participant.id }, doc: redacted, withheld: dedupe([...fromRecords, ...fromNotes]), participant };
}

const EMPTY_CASE: CaseDocument = { schemaVersion: 2, id: 'x', title: '', createdAt: '', updatedAt: '', nodes: [], links: [], households: [], notes: '', events: [], meetings: [], consents: [], snapshots: [] };

/** An element as its name identifies it: no notes, no typed role or kind. */
function nameOnly(node: CaseNode): CaseNode {
  if (node.kind === 'professional') return { ...node, notes: '', role: '' };
  if (node.kind === 'institution') return { ...node, notes: '', type: '' };
  return { ...node, notes: '' };
}

/**
 * What a participant may read on their copy besides the meeting's typed text: the records they see
 * with their notes, and who takes part.
 */
function readableText(doc: CaseDocument): string {
  const parts: string[] = [doc.title, doc.notes];
  for (const n of doc.nodes) parts.push(n.name, n.notes, n.kind === 'professional' ? n.role : n.kind === 'institution' ? n.type : '');
  for (const h of doc.households) parts.push(h.name, h.notes);
  for (const l of doc.links) parts.push(l.notes, l.kind === 'intervention' ? l.measure : '');
  for (const e of doc.events) parts.push(e.label, e.notes);
  for (const m of doc.meetings) for (const p of m.participants) parts.push(p.name, p.role, p.institution);
  parts.push(vocabularyText());
  return parts.filter(Boolean).join('\n');
}

/** The sheets' own words (headings, labels, presets): no one's secret. */
function vocabularyText(): string {
  const parts: string[] = [];
  for (const table of Object.values(MESSAGES)) parts.push(...Object.values(table));
  parts.push(...ROLE_PRESETS.flatMap((r) => [r.short.fr, r.short.en, r.long.fr, r.long.en]), ...INSTITUTION_PRESETS.flatMap((p) => [p.label.fr, p.label.en]));
  parts.push(...MEASURE_PRESETS.flatMap((m) => [m.label.fr, m.label.en]), ...Object.values(CATEGORY_LABELS).flatMap((l) => [l.fr, l.en]));
  return parts.join('\n');
}

let vocabularyCache: Set<string> | null = null;
/** Every word and run of three words of the vocabulary, folded. */
function vocabulary(): Set<string> {
  if (!vocabularyCache) {
    const text = vocabularyText();
    vocabularyCache = new Set([...(foldText(text).match(WORDS) ?? []), ...shingles(text)]);
  }
  return vocabularyCache;
}

function meetingTexts(meetings: readonly Meeting[]): string[] {
  return meetings.flatMap((m) => [m.place, m.difficulty, ...m.questions, m.decisions, m.notes, ...m.actions.map((a) => a.text), ...m.participants.flatMap((p) => [p.name, p.role, p.institution])]).filter(Boolean);
}

const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Runs of three consecutive words of a text, folded: how a sentence of a note is recognised. */
function shingles(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n/)) {
    const words = foldText(line).match(WORDS) ?? [];
    for (let i = 0; i + 3 <= words.length; i++) out.push(words.slice(i, i + 3).join(' '));
  }
  return out;
}

/**
 * The strings a withheld free text must not leave behind: its proper nouns (as the anonymiser
 * sees them), the text itself when short, and every run of three words, less what is visible.
 */
function freeTextStrings(texts: readonly string[], visible: ReadonlySet<string>): SensitiveString[] {
  const out: SensitiveString[] = [];
  const add = (text: string) => {
    const folded = foldText(text.trim());
    if (folded.length >= 4 && !visible.has(folded)) out.push({ text: text.trim(), source: 'notes' });
  };
  for (const text of texts) {
    if (!text?.trim()) continue;
    const words = text.match(WORDS) ?? [];
    if (words.length <= 3) add(words.join(' '));
    for (const s of shingles(text)) add(s);
  }
  const nouns = sensitiveStrings({ schemaVersion: 2, id: 'x', title: '', createdAt: '', updatedAt: '', nodes: [], links: [], households: [], notes: texts.join('\n'), events: [], meetings: [], consents: [], snapshots: [] });
  for (const s of nouns) if (!visible.has(foldText(s.text))) out.push(s);
  return out;
}

function dedupe(strings: SensitiveString[]): SensitiveString[] {
  const seen = new Map<string, SensitiveString>();
  for (const s of strings) {
    const key = foldText(s.text);
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()];
}
