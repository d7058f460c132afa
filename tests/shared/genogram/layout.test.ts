import { beforeAll, describe, expect, it } from 'vitest';
import { generateCase } from '../../../shared/examples/generate';
import { laurentExample } from '../../../shared/examples/laurent';
import { absoluteBox, boxesOverlap, type Box } from '../../../shared/genogram/metrics';
import { layoutCase } from '../../../shared/genogram/layout';
import { readability } from '../../../shared/genogram/readability';
import { routeCase, type Avoid } from '../../../shared/genogram/routing';
import { loadAvoid } from './avoid';
import { benaliSituation } from './fixtures/benali';
import type { CaseDocument } from '../../../shared/model/case';
import type { PersonNode } from '../../../shared/model/nodes';
import { parentLinksOf } from '../../../shared/model/operations';

function overlaps(doc: CaseDocument): string[] {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  // Professionals inside an institution are checked against each other; everything else at the top level.
  const groups = new Map<string, Array<{ name: string; box: Box }>>();
  for (const n of doc.nodes) {
    const key = n.kind === 'professional' && n.institutionId ? n.institutionId : 'top';
    groups.set(key, [...(groups.get(key) ?? []), { name: `${n.kind} ${n.name}`, box: absoluteBox(n, byId, doc.nodes) }]);
  }
  const found: string[] = [];
  for (const members of groups.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const a = members[i] as { name: string; box: Box };
        const b = members[j] as { name: string; box: Box };
        if (boxesOverlap(a.box, b.box)) found.push(`${a.name} / ${b.name}`);
      }
    }
  }
  return found;
}

function checkGenogramRules(doc: CaseDocument): void {
  const people = new Map(doc.nodes.filter((n): n is PersonNode => n.kind === 'person').map((n) => [n.id, n]));
  expect(overlaps(doc)).toEqual([]);
  for (const link of doc.links) {
    if (link.kind === 'couple') {
      expect(people.get(link.a)?.position.y, 'partners share a row').toBe(people.get(link.b)?.position.y);
    }
    if (link.kind === 'filiation') {
      const parent = people.get(link.parent);
      const child = people.get(link.child);
      expect((child?.position.y ?? 0) > (parent?.position.y ?? 0), `${child?.name} below ${parent?.name}`).toBe(true);
    }
  }
}

let avoid: Avoid;
beforeAll(async () => {
  avoid = await loadAvoid();
});

/** The readability goal of issue 16: nothing crossed, nothing overlapping. */
function expectReadable(doc: CaseDocument): void {
  const figures = readability(doc, { routes: routeCase(avoid, doc) });
  expect(figures).toMatchObject({ labelsCrossed: 0, symbolsCrossed: 0, overlappingLabels: 0, captionsOnMarks: 0 });
}

/** Whether a box lies outside another (no overlap). */
const outside = (a: Box, b: Box) => !boxesOverlap(a, b);

// Routing an 80-element case takes a few hundred milliseconds, seconds when the shared machine is busy.
describe('Organiser (genogram layout)', { timeout: 30_000 }, () => {
  it('lays out the worked example by the conventions', () => {
    const doc = layoutCase(laurentExample());
    checkGenogramRules(doc);
    const at = (name: string) => doc.nodes.find((n) => n.name === name)?.position ?? { x: NaN, y: NaN };
    // Generations in rows.
    expect(at('Monique Laurent').y).toBeLessThan(at('Sophie Laurent').y);
    expect(at('Enzo Moreau').y).toBe(at('Noah Petit').y);
    // Oldest child on the left.
    expect(at('Enzo Moreau').x).toBeLessThan(at('Léa Moreau').x);
    // An ecomap: the services around the family, not over it; the neighbour beside Noah.
    const byId = new Map(doc.nodes.map((n) => [n.id, n]));
    const people = doc.nodes.filter((n) => n.kind === 'person' && n.circle === 'family').map((n) => absoluteBox(n, byId, doc.nodes));
    const family = { x: Math.min(...people.map((b) => b.x)), y: Math.min(...people.map((b) => b.y)), width: 0, height: 0 };
    family.width = Math.max(...people.map((b) => b.x + b.width)) - family.x;
    family.height = Math.max(...people.map((b) => b.y + b.height)) - family.y;
    for (const n of doc.nodes.filter((n) => n.kind === 'institution')) expect(outside(absoluteBox(n, byId, doc.nodes), family), n.name).toBe(true);
    expectReadable(doc);
  });

  it.each([1, 2, 3, 4, 5])('lays out a generated family of 60 people and 20 professionals (seed %i)', (seed) => {
    const generated = generateCase({ people: 60, professionals: 20, generations: 4, seed });
    expect(generated.nodes.filter((n) => n.kind === 'person')).toHaveLength(60);
    expect(generated.links.some((l) => l.kind === 'couple' && l.status === 'divorced')).toBe(true);
    const doc = layoutCase(generated);
    checkGenogramRules(doc);
    expectReadable(doc);
  });

  it('lays out one person with ten interventions, their links arriving side by side', () => {
    const doc = layoutCase(generateCase({ people: 60, professionals: 20, generations: 4, seed: 11, interventionsOnIndex: 10 }));
    checkGenogramRules(doc);
    expectReadable(doc);
    const index = doc.nodes.find((n) => n.kind === 'person' && n.index);
    const routes = routeCase(avoid, doc);
    const arrivals = doc.links.filter((l) => l.kind === 'intervention' && l.to === index?.id).map((l) => routes.get(l.id)?.points.at(-1));
    expect(arrivals).toHaveLength(10);
    // Ten distinct points on the symbol's outline, not one.
    expect(new Set(arrivals.map((p) => `${Math.round(p?.x ?? 0)},${Math.round(p?.y ?? 0)}`)).size).toBe(10);
  });

  it('writes each caption where it reads as its own link’s: on no icon, beside no other link (the situation of issue 16)', () => {
    const doc = layoutCase(benaliSituation());
    checkGenogramRules(doc);
    const figures = readability(doc, { routes: routeCase(avoid, doc) });
    expect(figures).toMatchObject({ labelsCrossed: 0, symbolsCrossed: 0, overlappingLabels: 0, captionsOnMarks: 0, captionsNearOtherLinks: 0 });
  });

  it('orders children by age under their parents', () => {
    const doc = layoutCase(generateCase({ people: 40, professionals: 5, seed: 7 }));
    const people = doc.nodes.filter((n): n is PersonNode => n.kind === 'person');
    const families = new Map<string, PersonNode[]>();
    for (const p of people) {
      const key = parentLinksOf(doc, p.id).map((l) => l.parent).sort().join('+');
      if (key) families.set(key, [...(families.get(key) ?? []), p]);
    }
    let checked = 0;
    for (const siblings of families.values()) {
      const byX = [...siblings].sort((a, b) => a.position.x - b.position.x).map((p) => p.age ?? 0);
      // Siblings who also have partners sit with them, so compare only sibling ages in order.
      expect(byX).toEqual([...byX].sort((a, b) => b - a));
      checked += siblings.length > 1 ? 1 : 0;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('never moves a pinned node, and places the rest around it', () => {
    const original = laurentExample();
    const sophie = original.nodes.find((n) => n.name === 'Sophie Laurent');
    const pinned = { ...original, nodes: original.nodes.map((n) => (n === sophie ? { ...n, pinned: true, position: { x: 5000, y: 5000 } } : n)) };
    const doc = layoutCase(pinned);
    expect(doc.nodes.find((n) => n.id === sophie?.id)?.position).toEqual({ x: 5000, y: 5000 });
    expect(overlaps(doc)).toEqual([]);
  });

  it('is stable: organising twice changes nothing more', () => {
    const once = layoutCase(laurentExample());
    const twice = layoutCase(once);
    expect(twice.nodes.map((n) => n.position)).toEqual(once.nodes.map((n) => n.position));
  });
});
