// Look-ups that every link drawing needs (absolute positions, couples, parents), built once per
// document and cached by identity: a drag step builds it once, not once per edge.
import type { CaseDocument } from '../model/case';
import { linkEnds, type CaseLink, type CoupleLink, type FiliationLink } from '../model/links';
import type { CaseNode } from '../model/nodes';
import type { Id, Position } from '../model/primitives';
import { absolutePosition, nodeSize, PERSON, PERSON_SYMBOL_CENTRE, PROFESSIONAL_SYMBOL_CENTRE, type Box } from './metrics';

export interface DiagramIndex {
  doc: CaseDocument;
  byId: ReadonlyMap<Id, CaseNode>;
  linksById: ReadonlyMap<Id, CaseLink>;
  boxes: ReadonlyMap<Id, Box>;
  /** Couples by "a|b" with a < b. */
  couples: ReadonlyMap<string, CoupleLink>;
  parentsOf: ReadonlyMap<Id, FiliationLink[]>;
  householdBoxes: ReadonlyMap<Id, Box>;
  /** The boxes of each household's members (its outline follows them row by row). */
  householdMembers: ReadonlyMap<Id, Box[]>;
  /** Sideways offset of each non-family link, so links between the same two nodes do not overlap. */
  linkOffsets: ReadonlyMap<Id, number>;
}

const cache = new WeakMap<CaseDocument, DiagramIndex>();

export function pairKey(a: Id, b: Id): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** What the index draws from the links alone, shared by every document with the same links. */
interface LinkParts {
  /** The nodes whose order the offsets were worked out with. */
  nodes: readonly CaseNode[];
  linksById: Map<Id, CaseLink>;
  couples: Map<string, CoupleLink>;
  parentsOf: Map<Id, FiliationLink[]>;
  linkOffsets: Map<Id, number>;
}
const linkPartsCache = new WeakMap<readonly CaseLink[], LinkParts>();

function sameOrder(a: readonly CaseNode[], b: readonly CaseNode[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]?.id !== b[i]?.id) return false;
  return true;
}

function linkParts(doc: CaseDocument): LinkParts {
  const cached = linkPartsCache.get(doc.links);
  if (cached && sameOrder(cached.nodes, doc.nodes)) return cached;
  const couples = new Map<string, CoupleLink>();
  const parentsOf = new Map<Id, FiliationLink[]>();
  for (const link of doc.links) {
    if (link.kind === 'couple') couples.set(pairKey(link.a, link.b), link);
    if (link.kind === 'filiation') {
      const parents = parentsOf.get(link.child);
      if (parents) parents.push(link);
      else parentsOf.set(link.child, [link]);
    }
  }
  const parts = { nodes: doc.nodes, linksById: new Map(doc.links.map((l) => [l.id, l])), couples, parentsOf, linkOffsets: parallelOffsets(doc) };
  linkPartsCache.set(doc.links, parts);
  return parts;
}

/** Boxes of people and of professionals outside an institution depend on their own record only. */
const ownBoxes = new WeakMap<CaseNode, Box>();

/**
 * Built once per document. Why the caches: during a drag a new document is made at every mouse
 * step, with the same links and all but one node unchanged; rebuilding everything cost several
 * milliseconds per step on a 1,000-node case.
 */
export function diagramIndex(doc: CaseDocument): DiagramIndex {
  const cached = cache.get(doc);
  if (cached) return cached;
  const byId = new Map<Id, CaseNode>();
  // Institution sizes depend on their members: group members first so this stays linear.
  const members = new Map<Id, CaseNode[]>();
  for (const n of doc.nodes) {
    byId.set(n.id, n);
    if (n.kind === 'professional' && n.institutionId) {
      const list = members.get(n.institutionId);
      if (list) list.push(n);
      else members.set(n.institutionId, [n]);
    }
  }
  const boxes = new Map<Id, Box>();
  for (const n of doc.nodes) {
    const simple = n.kind === 'person' || (n.kind === 'professional' && !(n.institutionId && byId.has(n.institutionId)));
    let box = simple ? ownBoxes.get(n) : undefined;
    if (!box) {
      box = { ...absolutePosition(n, byId), ...nodeSize(n, { nodes: n.kind === 'institution' ? members.get(n.id) ?? [] : [] }) };
      if (simple) ownBoxes.set(n, box);
    }
    boxes.set(n.id, box);
  }
  const householdBoxes = new Map<Id, Box>();
  const householdMembers = new Map<Id, Box[]>();
  for (const h of doc.households) {
    const memberBoxes = h.members.map((m) => boxes.get(m)).filter((b): b is Box => !!b);
    if (!memberBoxes.length) continue;
    householdBoxes.set(h.id, enclosing(memberBoxes, HOUSEHOLD_PADDING));
    householdMembers.set(h.id, memberBoxes);
  }
  const { linksById, couples, parentsOf, linkOffsets } = linkParts(doc);
  const index: DiagramIndex = { doc, byId, linksById, boxes, couples, parentsOf, householdBoxes, householdMembers, linkOffsets };
  cache.set(doc, index);
  return index;
}

export const HOUSEHOLD_PADDING = 12;
const PARALLEL_SPACING = 10;

function parallelOffsets(doc: CaseDocument): Map<Id, number> {
  const { links } = doc;
  // Direction is decided by the nodes' order in the document, not by their random ids, so the
  // same case always draws the same way.
  const order = new Map(doc.nodes.map((n, i) => [n.id, i]));
  const rank = (id: Id) => order.get(id) ?? -1;
  const byPair = new Map<string, { family: boolean; others: { id: Id; reversed: boolean }[] }>();
  for (const link of links) {
    const [from, to] = linkEnds(link);
    const key = pairKey(from, to);
    const entry = byPair.get(key) ?? { family: false, others: [] };
    if (link.kind === 'couple' || link.kind === 'filiation') entry.family = true;
    else entry.others.push({ id: link.id, reversed: rank(from) > rank(to) });
    byPair.set(key, entry);
  }
  const offsets = new Map<Id, number>();
  for (const { family, others } of byPair.values()) {
    const slots = others.length + (family ? 1 : 0);
    others.forEach(({ id, reversed }, i) => {
      const slot = i + (family ? 1 : 0);
      const offset = (slot - (slots - 1) / 2) * PARALLEL_SPACING;
      // The offset is sideways relative to the drawing direction: flip it for reversed pairs.
      offsets.set(id, reversed ? -offset : offset);
    });
  }
  return offsets;
}

/** The box around everything drawn (elements and household outlines); null for an empty case. */
export function diagramBounds(index: DiagramIndex, padding = 0): Box | null {
  const boxes = [...index.boxes.values(), ...index.householdBoxes.values()];
  return boxes.length ? enclosing(boxes, padding) : null;
}

export function enclosing(boxes: readonly Box[], padding = 0): Box {
  const x = Math.min(...boxes.map((b) => b.x)) - padding;
  const y = Math.min(...boxes.map((b) => b.y)) - padding;
  const right = Math.max(...boxes.map((b) => b.x + b.width)) + padding;
  const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + padding;
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * The outline of a household: a stepped shape that follows its members row by row, so that a
 * partner or ex-partner drawn beside a member, but living elsewhere, stays outside it.
 */
export function householdOutlinePoints(members: readonly Box[], padding = HOUSEHOLD_PADDING): Position[] {
  const rows: Box[] = [];
  for (const box of [...members].sort((a, b) => a.y - b.y)) {
    const row = rows.find((r) => Math.abs(r.y - box.y) < 20);
    if (row) {
      const right = Math.max(row.x + row.width, box.x + box.width);
      row.x = Math.min(row.x, box.x);
      row.width = right - row.x;
      row.height = Math.max(row.height, box.y + box.height - row.y);
    } else {
      rows.push({ ...box });
    }
  }
  const padded = rows.map((r) => ({ left: r.x - padding, right: r.x + r.width + padding, top: r.y - padding, bottom: r.y + r.height + padding }));
  const right: Position[] = [];
  const left: Position[] = [];
  padded.forEach((row, i) => {
    const next = padded[i + 1];
    // Rows meet half-way across the gap between them.
    const top = i === 0 ? row.top : (row.top + (padded[i - 1] as typeof row).bottom) / 2;
    const bottom = next ? (row.bottom + next.top) / 2 : row.bottom;
    right.push({ x: row.right, y: top }, { x: row.right, y: bottom });
    left.push({ x: row.left, y: top }, { x: row.left, y: bottom });
  });
  return [...right, ...left.reverse()];
}

/** Centre of a node's symbol (for a box-shaped node, its centre). */
export function symbolCentre(index: DiagramIndex, id: Id): Position | null {
  const node = index.byId.get(id);
  const box = index.boxes.get(id) ?? index.householdBoxes.get(id);
  if (!box) return null;
  if (node?.kind === 'person') return { x: box.x + PERSON_SYMBOL_CENTRE.x, y: box.y + PERSON_SYMBOL_CENTRE.y };
  if (node?.kind === 'professional') return { x: box.x + PROFESSIONAL_SYMBOL_CENTRE.x, y: box.y + PROFESSIONAL_SYMBOL_CENTRE.y };
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Bottom and top centres of a person's symbol. */
export function symbolBottom(index: DiagramIndex, id: Id): Position | null {
  const c = symbolCentre(index, id);
  return c && { x: c.x, y: c.y + PERSON.symbol / 2 };
}
export function symbolTop(index: DiagramIndex, id: Id): Position | null {
  const c = symbolCentre(index, id);
  return c && { x: c.x, y: c.y - PERSON.symbol / 2 };
}

/**
 * How far from the centre a line towards `towards` must stop so as not to cross the symbol:
 * a radius for people and professionals, the border for institutions and households.
 */
export function clearance(index: DiagramIndex, id: Id, centre: Position, towards: Position): number {
  const node = index.byId.get(id);
  if (node?.kind === 'person') return PERSON.symbol / 2 + (node.index ? 9 : 5);
  if (node?.kind === 'professional') return 22;
  const box = index.boxes.get(id) ?? index.householdBoxes.get(id);
  if (!box) return 0;
  const dx = Math.abs(towards.x - centre.x) || 1e-6;
  const dy = Math.abs(towards.y - centre.y) || 1e-6;
  const scale = Math.min(box.width / 2 / dx, box.height / 2 / dy);
  return Math.hypot(dx * scale, dy * scale) + 3;
}
