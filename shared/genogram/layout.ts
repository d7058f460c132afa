// "Organiser": a genogram layout of our own (a general graph layout does not know that partners
// share a row and children hang from their parents' couple line).
//   1. Family: generations in rows (partners share a row, children one row below their parents),
//      couples side by side, children ordered by age under their parents, then a few passes that
//      centre children under parents and parents over children, sweeping each row left to right
//      so nothing overlaps.
//   2. Primary network (neighbours, friends...): to the right of the family, on the row of the
//      person they are linked to.
//   3. Secondary network: institutions (with their professionals repacked inside) and independent
//      professionals in rows below the family, ordered by the people they work with.
// Pinned nodes never move; everything else is placed around them.
import type { CaseDocument } from '../model/case';
import { linkEnds } from '../model/links';
import type { CaseNode, PersonNode } from '../model/nodes';
import type { Id, Position } from '../model/primitives';
import { boxesOverlap, GAP, INSTITUTION, institutionSize, PERSON, PROFESSIONAL, type Box, type Size } from './metrics';

const ROW_HEIGHT = PERSON.height + GAP.row + 30;
const UNIT_GAP = GAP.column + 10;

interface Unit {
  /** People side by side, left to right (a chain of couples, or one person). */
  members: PersonNode[];
  desiredCentre: number;
  x: number;
}

function ageKey(p: PersonNode, referenceYear: number): number {
  // Older first; unknown ages keep their current order (stable sort).
  if (p.birthYear !== undefined) return referenceYear - p.birthYear;
  if (p.age !== undefined) return p.age;
  return Number.NaN;
}

export function layoutCase(doc: CaseDocument): CaseDocument {
  const referenceYear = doc.referenceYear ?? new Date(doc.updatedAt).getUTCFullYear();
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const positions = new Map<Id, Position>();
  const pinnedBoxes: Box[] = [];
  for (const n of doc.nodes) {
    if (n.pinned && !(n.kind === 'professional' && n.institutionId)) pinnedBoxes.push({ ...n.position, ...sizeOf(n, doc) });
  }

  // ---- 1. Family -------------------------------------------------------------------------
  const couples = doc.links.filter((l) => l.kind === 'couple');
  const filiations = doc.links.filter((l) => l.kind === 'filiation');
  const familyIds = new Set<Id>();
  for (const l of [...couples, ...filiations]) for (const end of linkEnds(l)) familyIds.add(end);
  for (const n of doc.nodes) if (n.kind === 'person' && n.circle === 'family') familyIds.add(n.id);
  const family = doc.nodes.filter((n): n is PersonNode => n.kind === 'person' && familyIds.has(n.id));

  const generation = new Map<Id, number>(family.map((p) => [p.id, 0]));
  for (let pass = 0; pass < family.length + 2; pass++) {
    let changed = false;
    for (const l of filiations) {
      const want = (generation.get(l.parent) ?? 0) + 1;
      if ((generation.get(l.child) ?? 0) < want) {
        generation.set(l.child, want);
        changed = true;
      }
    }
    for (const l of couples) {
      const g = Math.max(generation.get(l.a) ?? 0, generation.get(l.b) ?? 0);
      if (generation.get(l.a) !== g || generation.get(l.b) !== g) {
        generation.set(l.a, g);
        generation.set(l.b, g);
        changed = true;
      }
    }
    // A parent must sit above every child: pull parents down to one row above their lowest... or
    // rather push children down, which the filiation rule above already does.
    if (!changed) break;
  }

  const parentsOf = new Map<Id, Id[]>();
  for (const l of filiations) parentsOf.set(l.child, [...(parentsOf.get(l.child) ?? []), l.parent]);
  const childrenOf = new Map<Id, Id[]>();
  for (const l of filiations) childrenOf.set(l.parent, [...(childrenOf.get(l.parent) ?? []), l.child]);

  // Couple chains per generation: connected components of the couple graph.
  const rows = new Map<number, Unit[]>();
  const unitOf = new Map<Id, Unit>();
  const seen = new Set<Id>();
  const partnersOf = new Map<Id, Id[]>();
  for (const l of couples) {
    partnersOf.set(l.a, [...(partnersOf.get(l.a) ?? []), l.b]);
    partnersOf.set(l.b, [...(partnersOf.get(l.b) ?? []), l.a]);
  }
  for (const p of family) {
    if (seen.has(p.id)) continue;
    const chain: PersonNode[] = [];
    const stack = [p.id];
    while (stack.length) {
      const id = stack.pop() as Id;
      if (seen.has(id)) continue;
      seen.add(id);
      const node = byId.get(id);
      if (node?.kind === 'person' && familyIds.has(id)) chain.push(node);
      for (const partner of partnersOf.get(id) ?? []) if (!seen.has(partner)) stack.push(partner);
    }
    chain.sort((a, b) => a.position.x - b.position.x);
    chain.splice(0, chain.length, ...coupleOrder(chain, partnersOf));
    const unit: Unit = { members: chain, desiredCentre: 0, x: 0 };
    const g = generation.get(p.id) ?? 0;
    rows.set(g, [...(rows.get(g) ?? []), unit]);
    for (const m of chain) unitOf.set(m.id, unit);
  }

  /** The member whose parents are in the tree (a partner who married in has none here). */
  const bloodMember = (u: Unit): PersonNode => u.members.find((m) => parentsOf.has(m.id)) ?? (u.members[0] as PersonNode);
  const unitWidth = (u: Unit) => u.members.length * PERSON.width + (u.members.length - 1) * GAP.column;
  const centreOf = (id: Id): number | undefined => {
    const unit = unitOf.get(id);
    if (!unit) return undefined;
    const i = unit.members.findIndex((m) => m.id === id);
    return unit.x + i * (PERSON.width + GAP.column) + PERSON.width / 2;
  };
  const generations = [...rows.keys()].sort((a, b) => a - b);
  const rowY = (g: number) => (g - (generations[0] ?? 0)) * ROW_HEIGHT;

  /** Places a row's units left to right at their desired centres, pushing right to avoid overlaps. */
  const sweep = (units: Unit[], y: number, reorder: boolean) => {
    if (reorder) {
      // By the parents' centre; siblings (same centre) oldest first, unknown ages keep their order.
      units.sort((a, b) => {
        if (Math.abs(a.desiredCentre - b.desiredCentre) > 1) return a.desiredCentre - b.desiredCentre;
        const ageA = ageKey(bloodMember(a), referenceYear);
        const ageB = ageKey(bloodMember(b), referenceYear);
        return Number.isNaN(ageA) || Number.isNaN(ageB) ? 0 : ageB - ageA;
      });
    }
    // Spread units that want the same centre (siblings) around it, rather than stacking them right.
    let cursor = -Infinity;
    let i = 0;
    while (i < units.length) {
      let j = i;
      while (j + 1 < units.length && Math.abs((units[j + 1] as Unit).desiredCentre - (units[i] as Unit).desiredCentre) < 1) j++;
      const group = units.slice(i, j + 1);
      const total = group.reduce((sum, u) => sum + unitWidth(u), 0) + (group.length - 1) * UNIT_GAP;
      let x = Math.max((units[i] as Unit).desiredCentre - total / 2, cursor);
      for (const u of group) {
        x = avoidPinned(x, y, unitWidth(u), PERSON.height, pinnedBoxes);
        u.x = x;
        x += unitWidth(u) + UNIT_GAP;
      }
      cursor = x;
      i = j + 1;
    }
  };

  const parentAnchor = (u: Unit): number | undefined => {
    const centres: number[] = [];
    for (const m of u.members) {
      const parents = parentsOf.get(m.id) ?? [];
      const xs = parents.map(centreOf).filter((x): x is number => x !== undefined);
      if (xs.length) centres.push(xs.reduce((a, b) => a + b, 0) / xs.length);
    }
    return centres.length ? centres.reduce((a, b) => a + b, 0) / centres.length : undefined;
  };
  const childAnchor = (u: Unit): number | undefined => {
    const xs = u.members.flatMap((m) => (childrenOf.get(m.id) ?? []).map(centreOf)).filter((x): x is number => x !== undefined);
    return xs.length ? (Math.min(...xs) + Math.max(...xs)) / 2 : undefined;
  };

  // Initial order: current x positions.
  for (const g of generations) {
    const units = rows.get(g) as Unit[];
    for (const u of units) u.desiredCentre = Math.min(...u.members.map((m) => m.position.x));
    units.sort((a, b) => a.desiredCentre - b.desiredCentre);
    let x = 0;
    for (const u of units) {
      u.desiredCentre = x + unitWidth(u) / 2;
      x += unitWidth(u) + UNIT_GAP;
    }
    sweep(units, rowY(g), false);
  }
  for (let iteration = 0; iteration < 4; iteration++) {
    for (const g of generations.slice(1)) {
      const units = rows.get(g) as Unit[];
      for (const u of units) u.desiredCentre = parentAnchor(u) ?? u.x + unitWidth(u) / 2;
      sweep(units, rowY(g), true);
    }
    if (iteration === 3) break;
    for (const g of [...generations].reverse().slice(1)) {
      const units = rows.get(g) as Unit[];
      for (const u of units) {
        const anchor = childAnchor(u);
        // The unit's members with children: centre the chain so the couple line sits over them.
        u.desiredCentre = anchor ?? u.x + unitWidth(u) / 2;
      }
      sweep(units, rowY(g), false);
    }
  }

  let familyRight = 0;
  let familyBottom = 0;
  let familyLeft = Infinity;
  for (const g of generations) {
    for (const u of rows.get(g) as Unit[]) {
      u.members.forEach((m, i) => {
        if (m.pinned) return;
        const x = u.x + i * (PERSON.width + GAP.column);
        positions.set(m.id, { x: Math.round(x), y: rowY(g) });
      });
      familyLeft = Math.min(familyLeft, u.x);
      familyRight = Math.max(familyRight, u.x + unitWidth(u));
    }
    familyBottom = Math.max(familyBottom, rowY(g) + PERSON.height);
  }
  if (!Number.isFinite(familyLeft)) familyLeft = 0;

  const familyTop = generations.length ? rowY(generations[0] as number) : 0;
  if (!generations.length) {
    familyLeft = 0;
    familyRight = 0;
  }
  const placed: Box[] = [...pinnedBoxes, ...[...positions.entries()].map(([, p]) => ({ ...p, width: PERSON.width, height: PERSON.height }))];
  const centreOfNode = (id: Id): Position | undefined => {
    const at = positions.get(id);
    return at ? { x: at.x + PERSON.width / 2, y: at.y + PERSON.height / 2 } : undefined;
  };

  // ---- 2. Primary network: a band around the family, each person beside the member they relate to.
  const familyBox: Box = { x: familyLeft, y: familyTop, width: familyRight - familyLeft, height: familyBottom - familyTop };
  const others = doc.nodes.filter((n): n is PersonNode => n.kind === 'person' && !familyIds.has(n.id) && !n.pinned);
  for (const p of others) {
    const anchor = linkedCentres(doc, [p.id], centreOfNode)[0] ?? { x: familyBox.x + familyBox.width, y: familyBox.y + familyBox.height / 2 };
    const side = nearestSide(familyBox, anchor);
    const size = { width: PERSON.width, height: PERSON.height };
    positions.set(p.id, placeOnSide(side, familyBox, PRIMARY_GAP, anchor, size, placed));
    placed.push({ ...(positions.get(p.id) as Position), ...size });
  }
  const inner = enclosingBox([familyBox, ...others.map((p) => ({ ...(positions.get(p.id) as Position), width: PERSON.width, height: PERSON.height }))]);

  // ---- 3. Secondary network: institutions (with their professionals repacked inside) and
  // independent professionals around the primary network, each on the side of the people it
  // serves; sides are shared out so that no side takes them all.
  const services = doc.nodes.filter((n) => n.kind === 'institution' || (n.kind === 'professional' && !n.institutionId));
  const repacked = new Map<Id, Position>();
  for (const inst of doc.nodes.filter((n) => n.kind === 'institution')) {
    let x = INSTITUTION.padding + 12;
    for (const member of doc.nodes) {
      if (member.kind !== 'professional' || member.institutionId !== inst.id || member.pinned) continue;
      repacked.set(member.id, { x, y: INSTITUTION.header });
      x += PROFESSIONAL.width + GAP.column / 2;
    }
  }
  const sizeAfterRepack = (n: CaseNode): Size => {
    if (n.kind !== 'institution') return sizeOf(n, doc);
    const members = doc.nodes.filter((m) => m.kind === 'professional' && m.institutionId === n.id).map((m) => (repacked.has(m.id) ? { ...m, position: repacked.get(m.id) as Position } : m));
    return institutionSize(n, members);
  };
  const items = services
    .filter((s) => !s.pinned)
    .map((node, order) => {
      const ids = [node.id, ...doc.nodes.filter((m) => m.kind === 'professional' && m.institutionId === node.id).map((m) => m.id)];
      const centres = linkedCentres(doc, ids, centreOfNode);
      const anchor = centres.length ? { x: centres.reduce((sum, c) => sum + c.x, 0) / centres.length, y: centres.reduce((sum, c) => sum + c.y, 0) / centres.length } : { x: inner.x + inner.width / 2, y: inner.y + inner.height };
      return { node, order, ids, anchor, size: sizeAfterRepack(node), side: 'bottom' as Side, served: centres.length > 0 };
    });
  // A service linked only to other services (a judge who mandated an educator) sits near them.
  const itemOf = new Map(items.flatMap((item) => item.ids.map((id) => [id, item] as const)));
  for (const item of items) {
    if (item.served) continue;
    const partners = linkedIds(doc, item.ids).map((id) => itemOf.get(id)).filter((other): other is (typeof items)[number] => !!other && other.served);
    if (partners.length) item.anchor = { x: partners.reduce((sum, p) => sum + p.anchor.x, 0) / partners.length, y: partners.reduce((sum, p) => sum + p.anchor.y, 0) / partners.length };
  }
  assignSides(items, inner);
  // Along each side in the order of the people they serve, so that their links do not cross:
  // each as near as it can be to facing those people, pushed apart, then the row centred on them.
  for (const side of SIDES) {
    const vertical = side === 'left' || side === 'right';
    const onSide = items.filter((i) => i.side === side).sort((a, b) => (vertical ? a.anchor.y - b.anchor.y : a.anchor.x - b.anchor.x) || a.order - b.order);
    const extent = (item: (typeof items)[number]) => (vertical ? item.size.height : item.size.width);
    const desired = onSide.map((item) => (vertical ? item.anchor.y : item.anchor.x) - extent(item) / 2);
    const starts: number[] = [];
    onSide.forEach((item, i) => {
      const previous = i > 0 ? (starts[i - 1] as number) + extent(onSide[i - 1] as typeof item) + SERVICE_GAP : -Infinity;
      starts.push(Math.max(desired[i] as number, previous));
    });
    const drift = starts.reduce((sum, start, i) => sum + start - (desired[i] as number), 0) / Math.max(1, starts.length);
    onSide.forEach((item, i) => {
      const along = (starts[i] as number) - drift;
      const at = vertical ? { x: side === 'left' ? inner.x - SECONDARY_GAP - item.size.width : inner.x + inner.width + SECONDARY_GAP, y: along } : { x: along, y: side === 'top' ? inner.y - SECONDARY_GAP - item.size.height : inner.y + inner.height + SECONDARY_GAP };
      const box = { x: Math.round(at.x), y: Math.round(at.y), ...item.size };
      const free = !placed.some((b) => boxesOverlap(b, box, MARGIN));
      const position = free ? { x: box.x, y: box.y } : placeOnSide(side, inner, SECONDARY_GAP, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, item.size, placed);
      positions.set(item.node.id, position);
      placed.push({ ...position, ...item.size });
    });
  }

  return {
    ...doc,
    nodes: doc.nodes.map((n) => {
      const next = repacked.get(n.id) ?? positions.get(n.id);
      if (!next || n.pinned || (next.x === n.position.x && next.y === n.position.y)) return n;
      return { ...n, position: next };
    }),
  };
}

/**
 * Partners side by side so that each couple line joins neighbours: the longest chain of couples
 * in a row (a father's new partner, him, the children's mother, her new partner), then anyone
 * else beside their partner. Why: a couple line that runs under a third person, with the
 * children's line leaving from its middle, reads as that person's couple and children.
 * `people` come sorted by x; the chain keeps their left-to-right sense.
 */
function coupleOrder(people: readonly PersonNode[], partnersOf: ReadonlyMap<Id, Id[]>): PersonNode[] {
  if (people.length < 3) return [...people];
  const inChain = new Map(people.map((p) => [p.id, p]));
  const partners = (id: Id) => (partnersOf.get(id) ?? []).filter((q) => inChain.has(q)).sort((a, b) => (inChain.get(a)?.position.x ?? 0) - (inChain.get(b)?.position.x ?? 0));
  /** The person farthest from `start` in couples (the leftmost of equals), and the way there. */
  const farthest = (start: Id): Id[] => {
    const previous = new Map<Id, Id | null>([[start, null]]);
    let frontier = [start];
    let last = start;
    while (frontier.length) {
      last = frontier[0] as Id;
      const next: Id[] = [];
      for (const id of frontier) {
        for (const q of partners(id)) {
          if (previous.has(q)) continue;
          previous.set(q, id);
          next.push(q);
        }
      }
      frontier = next;
    }
    const path: Id[] = [];
    for (let at: Id | null = last; at !== null; at = previous.get(at) ?? null) path.unshift(at);
    return path;
  };
  let path = farthest(farthest((people[0] as PersonNode).id).at(-1) as Id);
  const xOf = (id: Id) => inChain.get(id)?.position.x ?? 0;
  if (xOf(path[0] as Id) > xOf(path.at(-1) as Id)) path = path.reverse();
  const order = [...path];
  const placedIds = new Set(order);
  // The others (a third partner of one person): next to that partner, on the right.
  for (let added = true; added; ) {
    added = false;
    for (const p of people) {
      if (placedIds.has(p.id)) continue;
      const partner = partners(p.id).find((q) => placedIds.has(q));
      if (partner === undefined) continue;
      order.splice(order.indexOf(partner) + 1, 0, p.id);
      placedIds.add(p.id);
      added = true;
    }
  }
  for (const p of people) if (!placedIds.has(p.id)) order.push(p.id);
  return order.map((id) => inChain.get(id) as PersonNode);
}

function sizeOf(n: CaseNode, doc: CaseDocument): Size {
  if (n.kind === 'institution') return institutionSize(n, doc.nodes);
  return n.kind === 'person' ? { width: PERSON.width, height: PERSON.height } : { width: PROFESSIONAL.width, height: PROFESSIONAL.height };
}

/** Moves x right until a box at (x, y) no longer overlaps a pinned node. */
function avoidPinned(x: number, y: number, width: number, height: number, pinned: readonly Box[]): number {
  let current = x;
  for (let guard = 0; guard < pinned.length + 1; guard++) {
    const hit = pinned.find((b) => boxesOverlap(b, { x: current, y, width, height }, 6));
    if (!hit) return current;
    current = hit.x + hit.width + UNIT_GAP;
  }
  return current;
}

const PRIMARY_GAP = 80;
const SECONDARY_GAP = 130;
const MARGIN = 14;
/** Between two services along one side. */
const SERVICE_GAP = 40;
type Side = 'top' | 'bottom' | 'left' | 'right';
const SIDES: readonly Side[] = ['bottom', 'left', 'right', 'top'];

/** Centres of the people linked to any of `ids` (that already have a place), in link order. */
function linkedCentres(doc: CaseDocument, ids: readonly Id[], centreOf: (id: Id) => Position | undefined): Position[] {
  const own = new Set(ids);
  const centres: Position[] = [];
  for (const l of doc.links) {
    const [a, b] = linkEnds(l);
    const other = own.has(a) ? b : own.has(b) ? a : null;
    if (!other || own.has(other)) continue;
    const household = doc.households.find((h) => h.id === other);
    for (const id of household ? household.members : [other]) {
      const c = centreOf(id);
      if (c) centres.push(c);
    }
  }
  return centres;
}

/** Ids linked to any of `ids`, in link order. */
function linkedIds(doc: CaseDocument, ids: readonly Id[]): Id[] {
  const own = new Set(ids);
  const found: Id[] = [];
  for (const l of doc.links) {
    const [a, b] = linkEnds(l);
    if (own.has(a) && !own.has(b)) found.push(b);
    else if (own.has(b) && !own.has(a)) found.push(a);
  }
  return found;
}

function distanceToSide(box: Box, p: Position, side: Side): number {
  switch (side) {
    case 'left': return p.x - box.x;
    case 'right': return box.x + box.width - p.x;
    case 'top': return p.y - box.y;
    case 'bottom': return box.y + box.height - p.y;
  }
}

function nearestSide(box: Box, p: Position): Side {
  let best: Side = 'right';
  for (const side of ['right', 'left', 'bottom', 'top'] as const) if (distanceToSide(box, p, side) < distanceToSide(box, p, best)) best = side;
  return best;
}

/**
 * Shares the services out between the four sides of `around`: each goes to the side nearest the
 * people it serves unless that side is already full (about as long as the box it lines), those
 * with the strongest preference first.
 */
function assignSides(items: Array<{ anchor: Position; size: Size; side: Side; order: number }>, around: Box): void {
  const capacity: Record<Side, number> = { top: Math.max(around.width, 700) * 1.1, bottom: Math.max(around.width, 700) * 1.5, left: Math.max(around.height, 400) * 0.9, right: Math.max(around.height, 400) * 0.9 };
  const used: Record<Side, number> = { top: 0, bottom: 0, left: 0, right: 0 };
  const ranked = items.map((item) => {
    const order = [...SIDES].sort((a, b) => distanceToSide(around, item.anchor, a) - distanceToSide(around, item.anchor, b));
    const gap = distanceToSide(around, item.anchor, order[1] as Side) - distanceToSide(around, item.anchor, order[0] as Side);
    return { item, order, gap };
  });
  ranked.sort((a, b) => b.gap - a.gap || a.item.order - b.item.order);
  for (const { item, order } of ranked) {
    const extent = (side: Side) => (side === 'left' || side === 'right' ? item.size.height : item.size.width) + SERVICE_GAP;
    const side = order.find((s) => used[s] + extent(s) <= capacity[s]) ?? (order[0] as Side);
    item.side = side;
    used[side] += extent(side);
  }
}

/**
 * Top-left corner for a box of `size` outside `around` on `side`, `gap` away, as near as it can be
 * to facing `anchor` without overlapping anything in `placed`; further out when the side is full.
 */
function placeOnSide(side: Side, around: Box, gap: number, anchor: Position, size: Size, placed: readonly Box[]): Position {
  for (let ring = 0; ring < 20; ring++) {
    const out = gap + ring * (side === 'left' || side === 'right' ? size.width + GAP.column : size.height + GAP.row);
    const base: Position =
      side === 'left' ? { x: around.x - out - size.width, y: anchor.y - size.height / 2 }
      : side === 'right' ? { x: around.x + around.width + out, y: anchor.y - size.height / 2 }
      : side === 'top' ? { x: anchor.x - size.width / 2, y: around.y - out - size.height }
      : { x: anchor.x - size.width / 2, y: around.y + around.height + out };
    const along = side === 'left' || side === 'right' ? { x: 0, y: 1 } : { x: 1, y: 0 };
    const step = 10;
    const reach = side === 'left' || side === 'right' ? around.height + 400 : around.width + 600;
    for (let k = 0; k <= reach / step; k++) {
      for (const sign of k === 0 ? [0] : [1, -1]) {
        const candidate = { x: Math.round(base.x + along.x * sign * k * step), y: Math.round(base.y + along.y * sign * k * step), ...size };
        if (!placed.some((b) => boxesOverlap(b, candidate, MARGIN))) return { x: candidate.x, y: candidate.y };
      }
    }
  }
  return { x: Math.round(around.x + around.width + gap), y: Math.round(around.y + around.height + gap) };
}

function enclosingBox(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}
