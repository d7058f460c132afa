import { describe, expect, it, vi } from 'vitest';
import { laurentExample } from '../../../shared/examples/laurent';
import { linkEnds, type CaseLink } from '../../../shared/model/links';
import type { CaseDocument } from '../../../shared/model/case';
import { updateNode } from '../../../shared/model/operations';
import { createEditorStore } from '../../../renderer/store/editor-store';
import { geometrySignature, LinkGeometryHub } from '../../../renderer/canvas/edges/link-geometry';
import { generateCase, seededRandom } from '../../../shared/examples/generate';
import { LinkRouter, routeCase } from '../../../shared/genogram/routing';
import type { LinkRoutes } from '../../../shared/render/links';
import { loadAvoid } from '../../shared/genogram/avoid';

/** An editor with the worked example open, a hub on it, and every link watched like the canvas does. */
function setUp() {
  const store = createEditorStore();
  store.getState().open(laurentExample());
  const hub = new LinkGeometryHub(store);
  const stop = hub.connect();
  const doc = store.getState().doc as CaseDocument;
  const told = new Map<string, number>();
  for (const link of doc.links) {
    hub.geometry(link.id);
    hub.subscribe(link.id, () => told.set(link.id, (told.get(link.id) ?? 0) + 1));
  }
  const idOf = (name: string) => doc.nodes.find((n) => n.name === name)?.id as string;
  const linksTouching = (id: string) => doc.links.filter((l) => (linkEnds(l) as readonly string[]).includes(id)).map((l) => l.id);
  const drag = (name: string, by: number) => {
    const node = store.getState().doc?.nodes.find((n) => n.name === name);
    if (!node) throw new Error(name);
    store.getState().dragTo(new Map([[node.id, { x: node.position.x + by, y: node.position.y }]]));
  };
  return { store, hub, stop, doc, told, idOf, linksTouching, drag };
}

describe('which links redraw after a change', () => {
  it('tells the links of a moved person, and no other', () => {
    const { store, told, idOf, linksTouching, doc } = setUp();
    const rossi = idOf('Mme Rossi');
    store.getState().apply((d) => updateNode(d, rossi, { position: { x: 900, y: 340 } }));
    expect([...told.keys()].sort()).toEqual(linksTouching(rossi).sort());
    expect(told.size).toBeLessThan(doc.links.length);
  });

  it('tells a child’s links when a parent moves, since they hang from the parents’ couple', () => {
    const { store, told, idOf, doc } = setUp();
    const julien = idOf('Julien Moreau');
    const enzo = idOf('Enzo Moreau');
    store.getState().apply((d) => updateNode(d, julien, { position: { x: -300, y: 120 } }));
    const enzoFiliations = doc.links.filter((l): l is Extract<CaseLink, { kind: 'filiation' }> => l.kind === 'filiation' && l.child === enzo);
    expect(enzoFiliations).toHaveLength(2);
    for (const link of enzoFiliations) expect(told.get(link.id)).toBe(1);
  });

  it('tells a link to a household when one of its members moves', () => {
    const { store, told, idOf, doc } = setUp();
    const household = doc.households[0]?.id as string;
    const toHousehold = doc.links.find((l) => (linkEnds(l) as readonly string[]).includes(household));
    store.getState().apply((d) => updateNode(d, idOf('Noah Petit'), { position: { x: 700, y: 340 } }));
    expect(told.get(toHousehold?.id as string)).toBe(1);
  });

  it('tells a professional’s links when their institution moves', () => {
    const { store, told, idOf, linksTouching } = setUp();
    store.getState().apply((d) => updateNode(d, idOf('CMP'), { position: { x: 460, y: 640 } }));
    for (const id of linksTouching(idOf('Nadia Haddad'))) expect(told.get(id)).toBe(1);
  });

  it('tells a link whose own record changes', () => {
    const { store, told, doc } = setUp();
    const relation = doc.links.find((l) => l.kind === 'relation') as CaseLink;
    store.getState().apply((d) => ({ ...d, links: d.links.map((l) => (l.id === relation.id ? { ...l, quality: 'close' } as CaseLink : l)) }));
    expect([...told.keys()]).toEqual([relation.id]);
    expect(told.size).toBe(1);
  });
});

describe('links reshaped by a drag', () => {
  it('are handed to the moving layer for the drag, then drawn in place again', () => {
    const { store, hub, told, idOf, linksTouching, drag } = setUp();
    const david = idOf('David Petit');
    store.getState().beginDrag();
    drag('David Petit', 10);
    const moving = hub.moving().links.map((l) => l.id).sort();
    expect(moving).toEqual(expect.arrayContaining(linksTouching(david)));
    for (const id of moving) expect(hub.geometry(id)?.moving).toBe(true);
    // Further steps redraw the layer, not the links themselves.
    const toldBefore = new Map(told);
    drag('David Petit', 10);
    drag('David Petit', 10);
    expect(told).toEqual(toldBefore);
    expect(hub.moving().doc).toBe(store.getState().doc);

    store.getState().endDrag();
    expect(hub.moving().links).toEqual([]);
    for (const id of moving) {
      expect(hub.geometry(id)?.moving).toBe(false);
      expect(hub.geometry(id)?.doc).toBe(store.getState().doc);
      expect(told.get(id)).toBe((toldBefore.get(id) ?? 0) + 1);
    }
  });

  it('take the outline of a dragged member’s household with them, and only that one', () => {
    const { store, hub, doc, drag } = setUp();
    const noah = doc.nodes.find((n) => n.name === 'Noah Petit')?.id as string;
    const home = doc.households.find((h) => h.members.includes(noah));
    if (!home) throw new Error('Noah lives in a household in the worked example');
    const others = doc.households.filter((h) => !h.members.includes(noah));
    const toldHome = vi.fn();
    hub.subscribe(home.id, toldHome);

    store.getState().beginDrag();
    expect(hub.householdMoving(home.id)).toBe(false);
    drag('Noah Petit', 40);
    expect(hub.householdMoving(home.id)).toBe(true);
    expect(toldHome).toHaveBeenCalledTimes(1);
    for (const other of others) expect(hub.householdMoving(other.id)).toBe(false);
    expect(hub.moving().households.map((h) => h.id)).toEqual([home.id]);
    // The layer follows each step; the household itself is not told again until the drag ends.
    drag('Noah Petit', 40);
    expect(hub.moving().doc).toBe(store.getState().doc);
    expect(toldHome).toHaveBeenCalledTimes(1);

    store.getState().endDrag();
    expect(hub.householdMoving(home.id)).toBe(false);
    expect(toldHome).toHaveBeenCalledTimes(2);
    expect(hub.moving().households).toEqual([]);
  });

  it('forgets a link deleted while it is watched', () => {
    const { store, hub, told, doc } = setUp();
    const link = doc.links[0] as CaseLink;
    store.getState().apply((d) => ({ ...d, links: d.links.filter((l) => l.id !== link.id) }));
    expect(hub.geometry(link.id)).toBeUndefined();
    expect(told.get(link.id)).toBe(1);
  });
});

describe('the links told after moves, on a generated case', () => {
  it('are exactly those whose drawing changed, whatever moves', () => {
    const store = createEditorStore();
    store.getState().open(generateCase({ people: 40, professionals: 20, seed: 7 }));
    const hub = new LinkGeometryHub(store);
    hub.connect();
    let told = new Set<string>();
    for (const link of store.getState().doc?.links ?? []) {
      hub.geometry(link.id);
      hub.subscribe(link.id, () => told.add(link.id));
    }
    const random = seededRandom(3);
    for (let step = 0; step < 60; step++) {
      const before = store.getState().doc as CaseDocument;
      // One to three elements of any kind (people, professionals, institutions) moved together.
      const moved = Array.from({ length: 1 + Math.floor(random() * 3) }, () => before.nodes[Math.floor(random() * before.nodes.length)] as CaseDocument['nodes'][number]);
      told = new Set();
      store.getState().dragTo(new Map(moved.map((n) => [n.id, { x: n.position.x + 25, y: n.position.y + 10 }])));
      const after = store.getState().doc as CaseDocument;
      const redrawn = after.links.filter((l) => geometrySignature(before, l.id) !== geometrySignature(after, l.id)).map((l) => l.id);
      expect([...told].sort()).toEqual(redrawn.sort());
    }
  });
});

describe('links routed at rest', () => {
  it('on a case too large to route at once, are drawn straight meanwhile, then told of their routes, the same as routing afresh', { timeout: 60_000 }, async () => {
    const avoid = await loadAvoid();
    const store = createEditorStore();
    // As imported with no layout: elements lie on each other, routing takes about a second.
    store.getState().open(generateCase({ people: 36, professionals: 18, seed: 60 }));
    const doc = store.getState().doc as CaseDocument;
    const hub = new LinkGeometryHub(store);
    const stop = hub.connect();
    const told = new Set<string>();
    for (const link of doc.links) {
      hub.geometry(link.id);
      hub.subscribe(link.id, () => told.add(link.id));
    }
    hub.setRouter(new LinkRouter(avoid));
    const routed = routeCase(avoid, doc);
    const detours = [...routed].filter(([, route]) => route.points.length > 4).map(([id]) => id);
    expect(detours.length).toBeGreaterThan(0);
    // At first, some of the links that go round something wait, straight between their ports.
    expect(detours.some((id) => (hub.currentRoutes()?.get(id)?.points.length ?? 0) <= 4)).toBe(true);
    told.clear();
    await vi.waitFor(() => expect(detours.every((id) => told.has(id))).toBe(true), { timeout: 50_000, interval: 50 });
    const points = (routes: LinkRoutes | undefined) => new Map([...(routes ?? [])].map(([id, route]) => [id, route.points]));
    expect(points(hub.currentRoutes())).toEqual(points(routed));
    expect(hub.geometry(detours[0] as string)?.routes?.get(detours[0] as string)?.points).toEqual(routed.get(detours[0] as string)?.points);
    stop();
  });
});
