// Loading a case never trusts its input (after Excalidraw's restore()): migrate, validate with Zod,
// then repair what can be repaired without guessing, and say what was repaired.
import { CaseDocument } from './case';
import { linkEnds, type CaseLink } from './links';
import type { Meeting } from './meeting';
import { CaseVersionError, migrateCase } from './migrations';
import type { Sharing } from './sharing';

/** Why a case could not be loaded: what the user is told depends on it. */
export type RestoreProblem = 'not-a-case' | 'newer-version' | 'too-many-elements' | 'invalid';

export type RestoreResult =
  | { ok: true; doc: CaseDocument; repairs: Repair[] }
  | { ok: false; error: string; problem: RestoreProblem; problems: CaseProblem[] };

/** The lists whose length a case limits (MAX_NODES, MAX_LINKS...): beyond it, the case is too big, not damaged. */
const LIMITED_LISTS = new Set(['nodes', 'links', 'households', 'events']);

/** Where in a case a repair or a problem is: a record of one of its lists. */
export type CasePlace = 'element' | 'link' | 'household' | 'event' | 'meeting' | 'snapshot' | 'consent';

/** The case's lists, by the place a record of each is for the user. */
export const CASE_PLACES: Readonly<Record<string, CasePlace>> = {
  nodes: 'element',
  links: 'link',
  households: 'household',
  events: 'event',
  meetings: 'meeting',
  snapshots: 'snapshot',
  consents: 'consent',
};

/** Why a link cannot stay (restoreCase removes it). */
export type LinkFault = 'duplicate' | 'same-ends' | 'end-missing' | 'family-not-people' | 'intervention-from' | 'intervention-to' | 'partnership-people';

/**
 * What a repair did, as data: the app says it in the user's language (renderer/vault/case-problems.ts).
 * `name` names the record as the user knows it (an element's name, a link's two ends, a meeting's
 * title); `n` is its place in its list (from 1) when it has no name.
 */
export interface Repair {
  code:
    | 'duplicate-element'
    | 'institution-missing'
    | 'link-removed'
    | 'household-members'
    | 'event-removed'
    | 'consent-removed'
    | 'meeting-brought-by'
    | 'meeting-participant'
    | 'meeting-action-owner'
    | 'meeting-recipients'
    | 'sharing-unknown'
    | 'text-cut'
    | 'list-cut'
    | 'item-removed'
    | 'field-reset';
  place?: CasePlace;
  name?: string;
  n?: number;
  field?: string;
  reason?: LinkFault;
  max?: number;
  size?: number;
  /** The snapshot the repair was made in, by name. */
  snapshot?: string;
}

/** Where a case breaks its schema, and how (Zod's issue, without its English message). */
export interface CaseProblem {
  path: Array<string | number>;
  code: string;
  /** For `too_big`: what is too big ("string", "array"), the limit, and the size found. */
  origin?: string;
  maximum?: number;
  size?: number;
}

/** What keeps `doc` from being stored (nothing when it is valid): checked before a case is sealed. */
export function caseProblems(doc: unknown): CaseProblem[] {
  const parsed = CaseDocument.safeParse(doc);
  return parsed.success ? [] : parsed.error.issues.map((issue) => problemOf(issue, doc));
}

function problemOf(issue: { path: PropertyKey[]; code: string; origin?: unknown; maximum?: unknown }, input: unknown): CaseProblem {
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  let value: unknown = input;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  const size = typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
  return {
    path,
    code: issue.code,
    ...(typeof issue.origin === 'string' ? { origin: issue.origin } : {}),
    ...(typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint' ? { maximum: Number(issue.maximum) } : {}),
    ...(size !== undefined ? { size } : {}),
  };
}

export function restoreCase(raw: unknown): RestoreResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'This is not a Maillage case (expected an object).', problem: 'not-a-case', problems: [] };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateCase(raw as Record<string, unknown>);
  } catch (error) {
    return { ok: false, error: (error as Error).message, problem: error instanceof CaseVersionError && error.newer ? 'newer-version' : 'not-a-case', problems: [] };
  }
  const parsed = CaseDocument.safeParse(migrated);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || '(case)';
    const tooMany = first?.code === 'too_big' && first.path.length === 1 && LIMITED_LISTS.has(String(first.path[0]));
    return {
      ok: false,
      error: `The case is not valid: ${where}: ${first?.message ?? 'unknown problem'}.`,
      problem: tooMany ? 'too-many-elements' : 'invalid',
      problems: parsed.error.issues.map((issue) => problemOf(issue, migrated)),
    };
  }
  return repairCase(parsed.data);
}

/** A record named as the user knows it, or by its place in its list. */
function named(place: CasePlace, name: string | undefined, index: number): Pick<Repair, 'place' | 'name' | 'n'> {
  const trimmed = name?.trim();
  return trimmed ? { place, name: trimmed } : { place, n: index + 1 };
}

/** Fixes references that a valid-looking file can still get wrong. */
export function repairCase(input: CaseDocument): RestoreResult & { ok: true } {
  const repairs: Repair[] = [];
  const seen = new Set<string>();
  const nodes = input.nodes.filter((node, index) => {
    if (seen.has(node.id)) {
      repairs.push({ code: 'duplicate-element', ...named('element', node.name, index) });
      return false;
    }
    seen.add(node.id);
    return true;
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const householdIds = new Set(input.households.map((h) => h.id));
  const nameOf = (id: string) => byId.get(id)?.name ?? input.households.find((h) => h.id === id)?.name ?? '';

  const normalisedNodes = nodes.map((node, index) => {
    if (node.kind === 'professional' && node.institutionId && byId.get(node.institutionId)?.kind !== 'institution') {
      repairs.push({ code: 'institution-missing', ...named('element', node.name, index) });
      const { institutionId: _dropped, ...rest } = node;
      return rest;
    }
    return node;
  });

  const linkIds = new Set<string>();
  const links = input.links.filter((link, index) => {
    const reason = linkProblem(link, byId, householdIds, linkIds);
    if (reason) {
      const ends = linkEnds(link).map(nameOf).filter(Boolean);
      repairs.push({ code: 'link-removed', reason, ...named('link', ends.join(' – '), index) });
      return false;
    }
    linkIds.add(link.id);
    return true;
  });

  const placed = new Set<string>();
  const households = input.households.map((household, index) => {
    const members = household.members.filter((id) => {
      const ok = byId.get(id)?.kind === 'person' && !placed.has(id);
      if (ok) placed.add(id);
      return ok;
    });
    if (members.length !== household.members.length) repairs.push({ code: 'household-members', ...named('household', household.name, index) });
    return members.length === household.members.length ? household : { ...household, members };
  });

  const meetings = input.meetings.map((meeting, index) => repairMeeting(meeting, index, byId, repairs));
  const participantIds = new Set(meetings.flatMap((m) => m.participants.map((p) => p.id)));
  const events = input.events.filter((event, index) => {
    const ok = byId.get(event.subject)?.kind === 'person' || householdIds.has(event.subject);
    if (!ok) repairs.push({ code: 'event-removed', ...named('event', event.label, index) });
    return ok;
  });
  const consenting = new Set<string>();
  const consents = input.consents.filter((consent, index) => {
    const ok = byId.get(consent.personId)?.kind === 'person' && !consenting.has(consent.personId);
    if (!ok) repairs.push({ code: 'consent-removed', ...named('consent', byId.get(consent.personId)?.name, index) });
    consenting.add(consent.personId);
    return ok;
  });
  const snapshots = input.snapshots.map((snapshot) => {
    const inner = repairCase({ ...input, nodes: snapshot.nodes, links: snapshot.links, households: snapshot.households, events: snapshot.events, meetings: [], consents: [], snapshots: [] });
    for (const repair of inner.repairs) repairs.push({ ...repair, snapshot: snapshot.name });
    return inner.repairs.length === 0 ? snapshot : { ...snapshot, nodes: inner.doc.nodes, links: inner.doc.links, households: inner.doc.households, events: inner.doc.events };
  });

  const doc = { ...input, nodes: normalisedNodes, links, households, meetings, events, consents, snapshots };
  return { ok: true, doc: repairSharing(doc, new Set([...byId.keys(), ...participantIds]), repairs), repairs };
}

function repairMeeting(meeting: Meeting, index: number, byId: ReadonlyMap<string, { kind: string }>, repairs: Repair[]): Meeting {
  const where = named('meeting', meeting.date, index);
  let next = meeting;
  if (next.broughtBy && !byId.has(next.broughtBy) && !next.participants.some((p) => p.id === next.broughtBy && !p.nodeId)) {
    repairs.push({ code: 'meeting-brought-by', ...where });
    const { broughtBy: _dropped, ...rest } = next;
    next = rest;
  }
  const seen = new Set<string>();
  const participants = next.participants.filter((p) => {
    const ok = !seen.has(p.id) && (!p.nodeId || byId.has(p.nodeId));
    if (ok) seen.add(p.id);
    else repairs.push({ code: 'meeting-participant', ...where });
    return ok;
  });
  const actions = next.actions.map((action) => {
    if (!action.ownerId || byId.has(action.ownerId)) return action;
    repairs.push({ code: 'meeting-action-owner', ...where });
    const { ownerId: _dropped, ...rest } = action;
    return rest;
  });
  const reportRecipients = next.reportRecipients.filter((id) => seen.has(id));
  if (reportRecipients.length !== next.reportRecipients.length) repairs.push({ code: 'meeting-recipients', ...where });
  const changed = participants.length !== next.participants.length || actions.some((a, i) => a !== next.actions[i]) || reportRecipients.length !== next.reportRecipients.length;
  return changed ? { ...next, participants, actions, reportRecipients } : next;
}

/** A circulation level naming someone who is neither on the map nor a participant names no one. */
function repairSharing(doc: CaseDocument, known: ReadonlySet<string>, repairs: Repair[]): CaseDocument {
  let changed = false;
  const fix = <T extends { id?: string; name?: string; sharing?: Sharing | undefined; notesSharing?: Sharing | undefined }>(record: T, where: Pick<Repair, 'place' | 'name' | 'n'> = {}): T => {
    let next = record;
    for (const field of ['sharing', 'notesSharing'] as const) {
      const sharing = next[field];
      if (!sharing || sharing.with.every((id) => known.has(id))) continue;
      repairs.push({ code: 'sharing-unknown', ...where });
      next = { ...next, [field]: { ...sharing, with: sharing.with.filter((id) => known.has(id)) } };
      changed = true;
    }
    return next;
  };
  const out = {
    ...fix(doc),
    nodes: doc.nodes.map((node, i) => fix(node, named('element', node.name, i))),
    links: doc.links.map((link, i) => fix(link, named('link', '', i))),
    households: doc.households.map((household, i) => fix(household, named('household', household.name, i))),
    events: doc.events.map((event, i) => fix(event, named('event', event.label, i))),
  };
  return changed ? out : doc;
}

function linkProblem(
  link: CaseLink,
  byId: ReadonlyMap<string, { kind: string }>,
  householdIds: ReadonlySet<string>,
  seenLinks: ReadonlySet<string>,
): LinkFault | null {
  if (seenLinks.has(link.id)) return 'duplicate';
  const [from, to] = linkEnds(link);
  if (from === to) return 'same-ends';
  const fromNode = byId.get(from);
  const toNode = byId.get(to);
  const isHousehold = link.kind === 'intervention' && householdIds.has(to);
  if (!fromNode || (!toNode && !isHousehold)) return 'end-missing';
  switch (link.kind) {
    case 'couple':
    case 'filiation':
      return fromNode.kind === 'person' && toNode?.kind === 'person' ? null : 'family-not-people';
    case 'intervention':
      if (fromNode.kind === 'person') return 'intervention-from';
      return isHousehold || toNode?.kind === 'person' ? null : 'intervention-to';
    case 'partnership':
      return fromNode.kind !== 'person' && toNode?.kind !== 'person' ? null : 'partnership-people';
    default:
      return null;
  }
}
