// Loading a case never trusts its input (after Excalidraw's restore()): migrate, validate with Zod,
// then repair what can be repaired without guessing, and say what was repaired.
import { CaseDocument } from './case';
import { linkEnds, type CaseLink } from './links';
import { migrateCase } from './migrations';

export type RestoreResult =
  | { ok: true; doc: CaseDocument; repairs: string[] }
  | { ok: false; error: string };

export function restoreCase(raw: unknown): RestoreResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'This is not a Maillage case (expected an object).' };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateCase(raw as Record<string, unknown>);
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const parsed = CaseDocument.safeParse(migrated);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.') || '(case)';
    return { ok: false, error: `The case is not valid: ${where}: ${first?.message ?? 'unknown problem'}.` };
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

  return { ok: true, doc: { ...input, nodes: normalisedNodes, links, households }, repairs };
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
