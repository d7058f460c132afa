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
const SECONDARY_GAP_Y = 120;

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
    // The person with most partners goes in the middle; others by their current x.
    chain.sort((a, b) => a.position.x - b.position.x);
    const hub = chain.reduce((best, c) => ((partnersOf.get(c.id)?.length ?? 0) > (partnersOf.get(best.id)?.length ?? 0) ? c : best), chain[0] as PersonNode);
    if ((partnersOf.get(hub.id)?.length ?? 0) > 1) {
      const others = chain.filter((c) => c !== hub);
      const half = Math.ceil(others.length / 2);
      chain.splice(0, chain.length, ...others.slice(0, half), hub, ...others.slice(half));
    }
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

  // ---- 2. Primary network ----------------------------------------------------------------
  const placedBoxes = (): Box[] => [
    ...pinnedBoxes,
    ...[...positions.entries()].map(([id, p]) => ({ ...p, ...sizeOf(byId.get(id) as CaseNode, doc) })),
  ];
  const others = doc.nodes.filter((n): n is PersonNode => n.kind === 'person' && !familyIds.has(n.id) && !n.pinned);
  const neighbourRowOf = (p: PersonNode): number => {
    for (const l of doc.links) {
      const ends = linkEnds(l);
      if (!ends.includes(p.id)) continue;
      const other = ends[0] === p.id ? ends[1] : ends[0];
      const at = positions.get(other);
      if (at && familyIds.has(other)) return at.y;
    }
    return familyBottom + GAP.row;
  };
  for (const p of others) {
    const y = neighbourRowOf(p);
    let x = familyRight + UNIT_GAP * 2;
    const boxes = placedBoxes();
    while (boxes.some((b) => boxesOverlap(b, { x, y, width: PERSON.width, height: PERSON.height }, 6))) x += PERSON.width + GAP.column;
    positions.set(p.id, { x, y });
  }

  // ---- 3. Secondary network --------------------------------------------------------------
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
    const members = doc.nodes.map((m) => (repacked.has(m.id) ? { ...m, position: repacked.get(m.id) as Position } : m));
    return institutionSize(n, members);
  };
  const peopleCentre = (service: CaseNode): number => {
    const ids = new Set([service.id, ...doc.nodes.filter((m) => m.kind === 'professional' && m.institutionId === service.id).map((m) => m.id)]);
    const xs: number[] = [];
    for (const l of doc.links) {
      const [a, b] = linkEnds(l);
      const other = ids.has(a) ? b : ids.has(b) ? a : null;
      const at = other ? positions.get(other) : undefined;
      if (at && !ids.has(other as Id)) xs.push(at.x + PERSON.width / 2);
    }
    return xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : familyRight + 1000;
  };
  const ordered = services.filter((s) => !s.pinned).map((s) => ({ node: s, centre: peopleCentre(s), size: sizeAfterRepack(s) })).sort((a, b) => a.centre - b.centre);
  const maxRowWidth = Math.max(familyRight - familyLeft, 900) * 1.3;
  let x = familyLeft;
  let y = familyBottom + SECONDARY_GAP_Y;
  let rowHeight = 0;
  for (const item of ordered) {
    if (x > familyLeft && x + item.size.width - familyLeft > maxRowWidth) {
      x = familyLeft;
      y += rowHeight + GAP.row;
      rowHeight = 0;
    }
    x = avoidPinned(x, y, item.size.width, item.size.height, pinnedBoxes);
    positions.set(item.node.id, { x: Math.round(x), y: Math.round(y) });
    x += item.size.width + UNIT_GAP;
    rowHeight = Math.max(rowHeight, item.size.height);
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
