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
  | { ok: true; doc: CaseDocument; repairs: string[] }
  | { ok: false; error: string; problem: RestoreProblem; problems: CaseProblem[] };

/** The lists whose length a case limits (MAX_NODES, MAX_LINKS...): beyond it, the case is too big, not damaged. */
const LIMITED_LISTS = new Set(['nodes', 'links', 'households', 'events']);

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

/** Fixes references that a valid-looking file can still get wrong. */
export function repairCase(input: CaseDocument): RestoreResult & { ok: true } {
  const repairs: string[] = [];
  const seen = new Set<string>();
  const nodes = input.nodes.filter((node) => {
    if (seen.has(node.id)) {
      repairs.push(`Duplicate element ${node.id} removed.`);
      return false;
    }
    seen.add(node.id);
    return true;
  });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const householdIds = new Set(input.households.map((h) => h.id));

  const normalisedNodes = nodes.map((node) => {
    if (node.kind === 'professional' && node.institutionId && byId.get(node.institutionId)?.kind !== 'institution') {
      repairs.push(`Professional ${node.id} pointed to a missing institution.`);
      const { institutionId: _dropped, ...rest } = node;
      return rest;
    }
    return node;
  });

  const linkIds = new Set<string>();
  const links = input.links.filter((link) => {
    const problem = linkProblem(link, byId, householdIds, linkIds);
    if (problem) {
      repairs.push(`Link ${link.id} removed: ${problem}.`);
      return false;
    }
    linkIds.add(link.id);
    return true;
  });

  const placed = new Set<string>();
  const households = input.households.map((household) => {
    const members = household.members.filter((id) => {
      const ok = byId.get(id)?.kind === 'person' && !placed.has(id);
      if (ok) placed.add(id);
      return ok;
    });
    if (members.length !== household.members.length) repairs.push(`Household ${household.id}: unknown or repeated members removed.`);
    return members.length === household.members.length ? household : { ...household, members };
  });

  const meetings = input.meetings.map((meeting) => repairMeeting(meeting, byId, repairs));
  const participantIds = new Set(meetings.flatMap((m) => m.participants.map((p) => p.id)));
  const events = input.events.filter((event) => {
    const ok = byId.get(event.subject)?.kind === 'person' || householdIds.has(event.subject);
    if (!ok) repairs.push(`Event ${event.id} removed: it was about a missing person or household.`);
    return ok;
  });
  const consenting = new Set<string>();
  const consents = input.consents.filter((consent) => {
    const ok = byId.get(consent.personId)?.kind === 'person' && !consenting.has(consent.personId);
    if (!ok) repairs.push(`Consent of ${consent.personId} removed: missing or repeated person.`);
    consenting.add(consent.personId);
    return ok;
  });
  const snapshots = input.snapshots.map((snapshot) => {
    const inner = repairCase({ ...input, nodes: snapshot.nodes, links: snapshot.links, households: snapshot.households, events: snapshot.events, meetings: [], consents: [], snapshots: [] });
    for (const repair of inner.repairs) repairs.push(`Snapshot ${snapshot.id}: ${repair}`);
    return inner.repairs.length === 0 ? snapshot : { ...snapshot, nodes: inner.doc.nodes, links: inner.doc.links, households: inner.doc.households, events: inner.doc.events };
  });

  const doc = { ...input, nodes: normalisedNodes, links, households, meetings, events, consents, snapshots };
  return { ok: true, doc: repairSharing(doc, new Set([...byId.keys(), ...participantIds]), repairs), repairs };
}

function repairMeeting(meeting: Meeting, byId: ReadonlyMap<string, { kind: string }>, repairs: string[]): Meeting {
  let next = meeting;
  if (next.broughtBy && !byId.has(next.broughtBy)) {
    repairs.push(`Meeting ${meeting.id}: the element who brings the situation is missing.`);
    const { broughtBy: _dropped, ...rest } = next;
    next = rest;
  }
  const seen = new Set<string>();
  const participants = next.participants.filter((p) => {
    const ok = !seen.has(p.id) && (!p.nodeId || byId.has(p.nodeId));
    if (ok) seen.add(p.id);
    else repairs.push(`Meeting ${meeting.id}: participant ${p.id} removed (repeated or a missing element).`);
    return ok;
  });
  const actions = next.actions.map((action) => {
    if (!action.ownerId || byId.has(action.ownerId)) return action;
    repairs.push(`Meeting ${meeting.id}: the owner of action ${action.id} is missing.`);
    const { ownerId: _dropped, ...rest } = action;
    return rest;
  });
  const reportRecipients = next.reportRecipients.filter((id) => seen.has(id));
  if (reportRecipients.length !== next.reportRecipients.length) repairs.push(`Meeting ${meeting.id}: unknown recipients removed.`);
  const changed = participants.length !== next.participants.length || actions.some((a, i) => a !== next.actions[i]) || reportRecipients.length !== next.reportRecipients.length;
  return changed ? { ...next, participants, actions, reportRecipients } : next;
}

/** A circulation level naming someone who is neither on the map nor a participant names no one. */
function repairSharing(doc: CaseDocument, known: ReadonlySet<string>, repairs: string[]): CaseDocument {
  let changed = false;
  const fix = <T extends { id?: string; sharing?: Sharing | undefined; notesSharing?: Sharing | undefined }>(record: T): T => {
    let next = record;
    for (const field of ['sharing', 'notesSharing'] as const) {
      const sharing = next[field];
      if (!sharing || sharing.with.every((id) => known.has(id))) continue;
      repairs.push(`${record.id ?? 'Case'}: unknown people removed from who may know.`);
      next = { ...next, [field]: { ...sharing, with: sharing.with.filter((id) => known.has(id)) } };
      changed = true;
    }
    return next;
  };
  const out = { ...fix(doc), nodes: doc.nodes.map(fix), links: doc.links.map(fix), households: doc.households.map(fix), events: doc.events.map(fix) };
  return changed ? out : doc;
}

function linkProblem(
  link: CaseLink,
  byId: ReadonlyMap<string, { kind: string }>,
  householdIds: ReadonlySet<string>,
  seenLinks: ReadonlySet<string>,
): string | null {
  if (seenLinks.has(link.id)) return 'duplicate id';
  const [from, to] = linkEnds(link);
  if (from === to) return 'both ends are the same element';
  const fromNode = byId.get(from);
  const toNode = byId.get(to);
  const isHousehold = link.kind === 'intervention' && householdIds.has(to);
  if (!fromNode || (!toNode && !isHousehold)) return 'an end is missing';
  switch (link.kind) {
    case 'couple':
    case 'filiation':
      return fromNode.kind === 'person' && toNode?.kind === 'person' ? null : 'family links join two people';
    case 'intervention':
      if (fromNode.kind === 'person') return 'an intervention comes from a professional or an institution';
      return isHousehold || toNode?.kind === 'person' ? null : 'an intervention goes to a person or a household';
    case 'partnership':
      return fromNode.kind !== 'person' && toNode?.kind !== 'person' ? null : 'a partnership joins professionals or institutions';
    default:
      return null;
  }
}
