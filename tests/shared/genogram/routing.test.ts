import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../shared/examples/generate';
import { laurentExample } from '../../../shared/examples/laurent';
import { layoutCase } from '../../../shared/genogram/layout';
import { LinkRouter, ROUTED_KINDS, routeCase, type Avoid } from '../../../shared/genogram/routing';
import type { CaseDocument } from '../../../shared/model/case';
import { linkEnds } from '../../../shared/model/links';
import type { Position } from '../../../shared/model/primitives';
import type { LinkRoutes } from '../../../shared/render/links';
import { loadAvoid } from './avoid';

let avoid: Avoid;
beforeAll(async () => {
  avoid = await loadAvoid();
});

const pointsOf = (routes: LinkRoutes) => new Map([...routes].map(([id, route]) => [id, route.points]));

/**
 * Whether a line goes straight from port to port: at most those two points and the short stubs
 * from each symbol's outline to its port. A detour has more.
 */
const straight = (points: readonly Position[]) => points.length >= 2 && points.length <= 4;

function moved(doc: CaseDocument, id: string, dx: number, dy: number): CaseDocument {
  return { ...doc, nodes: doc.nodes.map((n) => (n.id === id ? { ...n, position: { x: n.position.x + dx, y: n.position.y + dy } } : n)) };
}

describe('links routed again after a change', { timeout: 60_000 }, () => {
  it('re-routes only what a move affects, and gives the routes that routing the case afresh gives', () => {
    let doc = layoutCase(laurentExample());
    const router = new LinkRouter(avoid);
    router.route(doc);
    const random = seededRandom(7);
    for (let i = 0; i < 8; i++) {
      const node = doc.nodes[Math.floor(random() * doc.nodes.length)];
      if (!node) continue;
      doc = moved(doc, node.id, Math.round((random() - 0.5) * 300), Math.round((random() - 0.5) * 200));
      expect(pointsOf(router.route(doc)), `after moving ${node.name}`).toEqual(pointsOf(routeCase(avoid, doc)));
    }
  });

  it('routes a case a few links at a time: straight lines between the ports wait for their turn, the end is the same', () => {
    const doc = layoutCase(laurentExample());
    const job = new LinkRouter(avoid).begin(doc);
    const full = routeCase(avoid, doc);
    expect([...full.values()].filter((route) => !straight(route.points)).length, 'the worked example has links that go round something').toBeGreaterThan(0);
    expect(job.step(() => false)).toBe(false);
    const partial = job.partial();
    const waiting = doc.links.filter((l) => ROUTED_KINDS.has(l.kind)).slice(1);
    for (const link of waiting) expect(straight(partial.get(link.id)?.points ?? []), link.id).toBe(true);
    expect(pointsOf(job.finish())).toEqual(pointsOf(full));
  });

  it('keeps what a job left unfinished had routed, and routes the next state of the case as routing it afresh does', () => {
    const doc = layoutCase(laurentExample());
    const router = new LinkRouter(avoid);
    const job = router.begin(doc);
    let left = 4;
    job.step(() => --left > 0);
    job.abandon();
    const index = doc.nodes.find((n) => n.kind === 'person' && n.index);
    const next = moved(doc, index?.id ?? '', 60, 0);
    const routes = router.route(next);
    expect(pointsOf(routes)).toEqual(pointsOf(routeCase(avoid, next)));
    // Captions too, those of the links the first job had routed included.
    expect([...routes.values()].filter((r) => r.label).length).toBe([...routeCase(avoid, next).values()].filter((r) => r.label).length);
  });

  it('while a drag lasts, routes the moving links the step can spare and draws the others straight', () => {
    const doc = layoutCase(laurentExample());
    const router = new LinkRouter(avoid);
    router.route(doc);
    const index = doc.nodes.find((n) => n.kind === 'person' && n.index);
    const links = doc.links.filter((l) => ROUTED_KINDS.has(l.kind) && (linkEnds(l) as readonly string[]).includes(index?.id ?? ''));
    expect(links.length).toBeGreaterThan(3);
    const now = moved(doc, index?.id ?? '', 40, 10);
    let spared = 2;
    const routes = router.routeMoving(now, links, () => --spared > 0);
    const full = routeCase(avoid, now);
    // The first two are routed as they will be once dropped; the rest wait, straight.
    for (const link of links.slice(0, 2)) expect(routes?.get(link.id)?.points).toEqual(full.get(link.id)?.points);
    for (const link of links.slice(2)) expect(straight(routes?.get(link.id)?.points ?? []), link.id).toBe(true);
    expect(links.slice(2).some((link) => !straight(full.get(link.id)?.points ?? [])), 'one of those goes round something once dropped').toBe(true);
  });
});
