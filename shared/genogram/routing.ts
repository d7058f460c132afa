// Links routed around what they would cross, with libavoid (Adaptagrams' connector router, as
// WebAssembly: the `libavoid-js` package, LGPL-2.1-or-later, loaded by the caller: see
// renderer/canvas/router.ts and build/cli/maillage.ts). No router of our own: this file only says
// what the obstacles and the ports are, and places each link's caption where it collides with
// nothing.
//   - Obstacles: every element's symbol and text lines, as one padded box (an institution: its
//     box, which its own professionals' lines leave through, past its header's words).
//   - Ports: points around each person's and professional's obstacle (sides at the symbol's
//     height, and top; never below, where the name and the couple line are), shared out so that
//     many links reaching one person arrive side by side; a line is drawn on from the port to the
//     symbol's outline. Institutions and households are reached on the side facing the other end.
//   - A link whose straight line between its ports meets nothing stays straight; the others are
//     routed by libavoid (polyline routing) around the obstacles near them, one small router per
//     link. Why not one router for the whole case: this WebAssembly build took 0.5 s for 60
//     elements and 17 s for 300 (orthogonal) or 49 s (polyline); per link it takes about a
//     millisecond, and a laid-out case has few blocked links.
//   - Family lines (couple, children) follow the genogram conventions and are not routed.
// Deterministic: the same case gives the same routes. Incremental: LinkRouter re-routes only the
// links a change may affect.
import type { Locale } from '../i18n/messages';
import { referenceYearOf, type CaseDocument } from '../model/case';
import { linkEnds, type CaseLink } from '../model/links';
import type { CaseNode } from '../model/nodes';
import type { Id, Position } from '../model/primitives';
import { CAPTION_SIZE, captionBaseline, pointAlong } from '../render/edges';
import { drawLinkWithHitPath, linkCaption, type LinkRoute, type LinkRoutes } from '../render/links';
import { nodeParts, textBox, type SymbolOptions } from '../render/symbols';
import { diagramIndex, enclosing, symbolCentre, type DiagramIndex } from './diagram-index';
import { boxesOverlap, INSTITUTION, type Box } from './metrics';
import { BoxGrid, segmentCrossesBox } from './readability';

// ---- The part of libavoid's API used here (its own typings do not resolve) -------------------
export interface AvoidPoint {
  x: number;
  y: number;
}
interface AvoidPolyLine {
  size(): number;
  get_ps(i: number): AvoidPoint;
}
interface AvoidShape {
  readonly __shape: true;
}
interface AvoidConnEnd {
  readonly __end: true;
}
interface AvoidConn {
  displayRoute(): AvoidPolyLine;
}
interface AvoidRouter {
  processTransaction(): void;
}
export interface Avoid {
  PolyLineRouting: number;
  OrthogonalRouting: number;
  Router: new (flags: number) => AvoidRouter;
  Point: new (x: number, y: number) => AvoidPoint;
  Rectangle: new (topLeft: AvoidPoint, bottomRight: AvoidPoint) => object;
  ShapeRef: new (router: AvoidRouter, polygon: object) => AvoidShape;
  ConnEnd: new (point: AvoidPoint) => AvoidConnEnd;
  ConnRef: new (router: AvoidRouter, source: AvoidConnEnd, target: AvoidConnEnd) => AvoidConn;
  destroy(object: object): void;
}

/** Links that are routed: the ecomap's. Family lines keep the genogram's drawing. */
export const ROUTED_KINDS: ReadonlySet<CaseLink['kind']> = new Set(['relation', 'intervention', 'partnership', 'referral']);

/** Room kept around every obstacle, so a line passes beside a symbol or a word, not on it. */
const PADDING = 6;
function symbolOptions(doc: CaseDocument, locale: Locale): SymbolOptions {
  return { locale, referenceYear: referenceYearOf(doc), large: false };
}

/** Where a household is reached: the middle of the side of its box that faces `towards`. */
function householdPoint(box: Box, towards: Position): Position {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = (towards.x - cx) / box.width;
  const dy = (towards.y - cy) / box.height;
  if (Math.abs(dx) > Math.abs(dy)) return { x: dx < 0 ? box.x - 1 : box.x + box.width + 1, y: cy };
  return { x: cx, y: dy < 0 ? box.y - 1 : box.y + box.height + 1 };
}

/**
 * Port positions around a person's or professional's obstacle: on its sides at the symbol's
 * height and on its top (never below: the name and the couple line are there), just outside it.
 */
function symbolPorts(element: Element): Position[] {
  const { box, centre } = element;
  const ports: Position[] = [];
  const clampY = (y: number) => Math.min(box.y + box.height - 2, Math.max(box.y + 2, y));
  // A professional inside an institution: below its header.
  for (const dy of element.container ? [0, -12, 12, 24] : [0, -12, 12, -24, 24]) ports.push({ x: box.x - 1, y: clampY(centre.y + dy) }, { x: box.x + box.width + 1, y: clampY(centre.y + dy) });
  // Not above a professional inside an institution: its header's words are there.
  if (!element.container) for (const dx of [-14, 14, -28, 28]) ports.push({ x: centre.x + dx, y: box.y - 1 });
  return ports;
}

/** Where a line to `towards` leaves a box: on the side facing it, spread by `slot` among others. */
function boxPort(box: Box, towards: Position): Position {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const dx = towards.x - cx;
  const dy = towards.y - cy;
  // The side the straight line from the centre leaves by, and where.
  const scale = Math.min(Math.abs(box.width / 2 / (dx || 1e-9)), Math.abs(box.height / 2 / (dy || 1e-9)));
  const x = cx + dx * scale;
  const y = cy + dy * scale;
  const onVertical = Math.abs(Math.abs(x - cx) - box.width / 2) < 1e-6;
  return onVertical ? { x: x + Math.sign(dx), y: Math.min(box.y + box.height - 8, Math.max(box.y + 8, y)) } : { x: Math.min(box.x + box.width - 8, Math.max(box.x + 8, x)), y: y + Math.sign(dy) };
}

interface Element {
  id: Id;
  kind: 'person' | 'professional' | 'institution' | 'household';
  /** Padded obstacle box (a household: its outline's box, not an obstacle). */
  box: Box;
  centre: Position;
  /** From the symbol's centre to its outline. */
  radius: number;
  /** A professional's institution. */
  container?: Id;
  /** An institution's header, an obstacle for its own members' lines. */
  labels: Box[];
}

function elementsOf(doc: CaseDocument, locale: Locale, index: DiagramIndex = diagramIndex(doc)): Map<Id, Element> {
  const options = symbolOptions(doc, locale);
  const elements = new Map<Id, Element>();
  for (const node of doc.nodes) {
    const box = index.boxes.get(node.id);
    if (!box) continue;
    const parts = nodeParts(node, box, options);
    const obstacle = enclosing(node.kind === 'institution' ? [parts.shape] : [parts.shape, ...parts.labels], PADDING);
    const centre = node.kind === 'institution' ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : (symbolCentre(index, node.id) as Position);
    const container = node.kind === 'professional' && node.institutionId && index.byId.has(node.institutionId) ? node.institutionId : undefined;
    elements.set(node.id, { id: node.id, kind: node.kind, box: obstacle, centre, radius: node.kind === 'person' ? 22 + (node.index ? 9 : 5) : node.kind === 'professional' ? 22 : 0, labels: node.kind === 'institution' ? [{ x: box.x, y: box.y, width: box.width, height: INSTITUTION.header }] : [], ...(container ? { container } : {}) });
  }
  for (const [id, box] of index.householdBoxes) elements.set(id, { id, kind: 'household', box, centre: { x: box.x + box.width / 2, y: box.y + box.height / 2 }, radius: 0, labels: [] });
  return elements;
}

/**
 * The ports of every routed link's two ends. Each person or professional shares its ports out
 * among its links, those pointing most clearly one way first, so that many links reaching one
 * person arrive side by side rather than on one point.
 */
function assignPorts(links: readonly CaseLink[], elements: ReadonlyMap<Id, Element>): Map<string, Position> {
  const ports = new Map<string, Position>();
  const byNode = new Map<Id, Array<{ key: string; towards: Position; order: number }>>();
  for (const [order, link] of links.entries()) {
    const [from, to] = linkEnds(link);
    const a = elements.get(from);
    const b = elements.get(to);
    if (!a || !b) continue;
    for (const [end, other, key] of [[a, b, `${link.id}:0`], [b, a, `${link.id}:1`]] as const) {
      if (end.kind === 'person' || end.kind === 'professional') (byNode.get(end.id) ?? byNode.set(end.id, []).get(end.id))?.push({ key, towards: other.centre, order });
      else ports.set(key, end.kind === 'household' ? householdPoint(end.box, other.centre) : boxPort(end.box, other.centre));
    }
  }
  for (const [id, ends] of byNode) {
    const element = elements.get(id) as Element;
    const candidates = symbolPorts(element);
    const free = new Set(candidates.keys());
    const cost = (port: Position, towards: Position) => Math.hypot(port.x - towards.x, port.y - towards.y);
    // Ends whose best port is clearly better than their second best choose first; between equals,
    // the older link (earlier in the case), so that drawing a new link never moves an existing one.
    const ranked = ends.map((end) => {
      const costs = candidates.map((p) => cost(p, end.towards)).sort((x, y) => x - y);
      return { end, regret: (costs[1] ?? 0) - (costs[0] ?? 0) };
    });
    ranked.sort((x, y) => y.regret - x.regret || x.end.order - y.end.order);
    for (const { end } of ranked) {
      let best = -1;
      for (const i of free.size ? free : candidates.keys()) if (best < 0 || cost(candidates[i] as Position, end.towards) < cost(candidates[best] as Position, end.towards)) best = i;
      free.delete(best);
      ports.set(end.key, candidates[best] as Position);
    }
  }
  return ports;
}

/** Room around a line's straight path within which obstacles are given to libavoid. */
const CORRIDOR = 160;

/**
 * Routes of the ecomap links. A link whose straight line between its ports meets nothing stays
 * straight; the others are routed by libavoid around the obstacles near them (a router per link,
 * so the cost grows with the links that need it, not with the square of the case).
 * `only`: re-route these links and keep the others' routes from `previous`.
 */
function routeLinks(avoid: Avoid, doc: CaseDocument, elements: ReadonlyMap<Id, Element>, grid: { near(box: Box): Set<Element> }, ports: ReadonlyMap<string, Position>, only: ReadonlySet<Id> | null, previous: ReadonlyMap<Id, LinkRoute>): Map<Id, LinkRoute> {
  const routes = new Map<Id, LinkRoute>();
  for (const link of doc.links) {
    if (!ROUTED_KINDS.has(link.kind)) continue;
    if (only && !only.has(link.id)) {
      const kept = previous.get(link.id);
      if (kept) routes.set(link.id, kept);
      continue;
    }
    const [from, to] = linkEnds(link);
    const a = elements.get(from);
    const b = elements.get(to);
    const start = ports.get(`${link.id}:0`);
    const end = ports.get(`${link.id}:1`);
    if (!a || !b || !start || !end) continue;
    // What this line may cross: its ends' own institutions (a member's line leaves through its box).
    const exempt = new Set([a.container, b.container].filter((x): x is Id => !!x));
    if (a.kind === 'household' || b.kind === 'household') for (const h of doc.households) if (h.id === from || h.id === to) for (const m of h.members) exempt.add(m);
    const corridor = enclosing([{ x: Math.min(start.x, end.x), y: Math.min(start.y, end.y), width: Math.abs(end.x - start.x), height: Math.abs(end.y - start.y) }], CORRIDOR);
    const near = [...grid.near(corridor)].filter((e) => e.kind !== 'household' && !exempt.has(e.id) && boxesOverlap(e.box, corridor));
    const extra = [a.container, b.container].flatMap((id) => (id ? elements.get(id)?.labels ?? [] : []));
    const blocked = near.some((e) => segmentCrossesBox(start, end, e.box)) || extra.some((box) => segmentCrossesBox(start, end, box));
    let points = [start, end];
    if (blocked) {
      const given = new Set(near);
      let obstacles = shapesFor(given, extra);
      // A detour may leave the corridor: what it then meets is added, and the link routed again.
      for (let attempt = 0; attempt < 3; attempt++) {
        points = straighten(routeAround(avoid, start, end, obstacles), obstacles);
        // Where the orthogonal router finds no way (an end boxed in), its polyline router may.
        if (crossesAny(points, obstacles)) points = straighten(routeAround(avoid, start, end, obstacles, 'polyline'), obstacles);
        const met = new Set<Element>();
        for (let i = 1; i < points.length; i++) {
          const a = points[i - 1] as Position;
          const b = points[i] as Position;
          const span = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) };
          for (const e of grid.near(span)) if (!given.has(e) && !exempt.has(e.id) && segmentCrossesBox(a, b, e.box)) met.add(e);
        }
        if (met.size === 0) break;
        for (const e of met) given.add(e);
        obstacles = shapesFor(given, extra);
      }
    }
    routes.set(link.id, { points: withStubs(points, a, b) });
  }
  return routes;
}

/**
 * libavoid's orthogonal routes run along the edges of the shapes they pass: each shape is given to
 * it this much larger than the box a line must not enter, so that rounding a route's points does
 * not put it a hair inside (which read as blocked and sent the link to the slow polyline router).
 */
const ROUTE_CLEARANCE = 0.5;

/**
 * The boxes libavoid is given for these elements: a professional whose institution is among them
 * is left out, its institution's box covers it. Why: libavoid's orthogonal router does not expect
 * shapes inside shapes, and routed lines straight through an institution that held obstacles.
 */
function shapesFor(elements: ReadonlySet<Element>, extra: readonly Box[]): Box[] {
  const ids = new Set([...elements].map((e) => e.id));
  return [...[...elements].filter((e) => !e.container || !ids.has(e.container)).map((e) => e.box), ...extra];
}

function routeAround(avoid: Avoid, start: Position, end: Position, obstacles: readonly Box[], mode: 'orthogonal' | 'polyline' = 'orthogonal'): Position[] {
  const A = avoid;
  const router = new A.Router(mode === 'orthogonal' ? A.OrthogonalRouting : A.PolyLineRouting);
  try {
    for (const box of obstacles) {
      const a = new A.Point(box.x - ROUTE_CLEARANCE, box.y - ROUTE_CLEARANCE);
      const b = new A.Point(box.x + box.width + ROUTE_CLEARANCE, box.y + box.height + ROUTE_CLEARANCE);
      const rect = new A.Rectangle(a, b);
      new A.ShapeRef(router, rect);
      A.destroy(a);
      A.destroy(b);
      A.destroy(rect);
    }
    const p = new A.Point(start.x, start.y);
    const q = new A.Point(end.x, end.y);
    const source = new A.ConnEnd(p);
    const target = new A.ConnEnd(q);
    const conn = new A.ConnRef(router, source, target);
    for (const o of [p, q, source, target]) A.destroy(o);
    router.processTransaction();
    const polyline = conn.displayRoute();
    const points: Position[] = [];
    for (let i = 0; i < polyline.size(); i++) {
      const point = polyline.get_ps(i);
      points.push({ x: Math.round(point.x * 10) / 10, y: Math.round(point.y * 10) / 10 });
    }
    return points.length >= 2 ? points : [start, end];
  } finally {
    A.destroy(router);
  }
}

function crossesAny(points: readonly Position[], obstacles: readonly Box[]): boolean {
  for (let i = 1; i < points.length; i++) for (const box of obstacles) if (segmentCrossesBox(points[i - 1] as Position, points[i] as Position, box)) return true;
  return false;
}

/**
 * libavoid's orthogonal route with the corners it does not need cut off: from each point, on to
 * the furthest later point in plain sight. Why orthogonal routing then: this WebAssembly build's
 * polyline routing took 50–100 ms per link among 20 obstacles, its orthogonal routing under one;
 * the route keeps libavoid's way around the obstacles, and reads as a line rather than a circuit.
 */
function straighten(points: readonly Position[], obstacles: readonly Box[]): Position[] {
  if (points.length <= 2) return [...points];
  const clear = (a: Position, b: Position) => !obstacles.some((box) => segmentCrossesBox(a, b, box));
  const out: Position[] = [points[0] as Position];
  let i = 0;
  while (i < points.length - 1) {
    let j = points.length - 1;
    while (j > i + 1 && !clear(points[i] as Position, points[j] as Position)) j--;
    out.push(points[j] as Position);
    i = j;
  }
  return out;
}

/** From the symbol's outline to the port, at both ends. */
function withStubs(points: Position[], from: Element, to: Element): Position[] {
  if (points.length < 2) return points;
  const stub = (element: Element, port: Position): Position | null => {
    if (element.radius === 0) return null;
    const dx = port.x - element.centre.x;
    const dy = port.y - element.centre.y;
    const d = Math.hypot(dx, dy);
    if (d <= element.radius + 1) return null;
    return { x: Math.round((element.centre.x + (dx / d) * element.radius) * 10) / 10, y: Math.round((element.centre.y + (dy / d) * element.radius) * 10) / 10 };
  };
  const start = stub(from, points[0] as Position);
  const end = stub(to, points[points.length - 1] as Position);
  return [...(start ? [start] : []), ...points, ...(end ? [end] : [])];
}

/**
 * Routes kept between changes of one case, so that moving an element re-routes only the links
 * it affects: its own, its neighbours' (their ports may change) and those passing near it.
 */
export class LinkRouter {
  private previous: { doc: CaseDocument; nodes: Map<Id, CaseNode>; elements: Map<Id, Element>; grid: BoxGrid<Element>; routes: Map<Id, LinkRoute> } | null = null;

  constructor(private readonly avoid: Avoid, private readonly locale: Locale = 'fr') {}

  route(doc: CaseDocument): LinkRoutes {
    const previous = this.previous;
    if (previous?.doc === doc) return previous.routes;
    const elements = elementsOf(doc, this.locale);
    const links = doc.links.filter((l) => ROUTED_KINDS.has(l.kind));
    const grid = new BoxGrid([...elements.values()].filter((e) => e.kind !== 'household'), 250);
    const ports = assignPorts(links, elements);
    let only: Set<Id> | null = null;
    if (previous && previous.doc.links === doc.links && previous.doc.households === doc.households) {
      const moved: Box[] = [];
      const movedIds = new Set<Id>();
      for (const [id, element] of elements) {
        const was = previous.elements.get(id);
        if (!was) {
          only = null;
          break;
        }
        if (was.box.x !== element.box.x || was.box.y !== element.box.y || was.box.width !== element.box.width || was.box.height !== element.box.height) {
          movedIds.add(id);
          moved.push(was.box, element.box);
        }
      }
      only = new Set();
      for (const link of links) {
        const route = previous.routes.get(link.id);
        const touches = linkEnds(link).some((end) => movedIds.has(end) || movedIds.has(elements.get(end)?.container ?? ''));
        const near = !!route && moved.some((box) => route.points.some((p, i) => i > 0 && segmentCrossesBox(route.points[i - 1] as Position, p, enclosing([box], CORRIDOR / 2))));
        if (touches || near || !route) only.add(link.id);
      }
      // A moved element's neighbours may give their ports out differently.
      for (const link of links) if (only.has(link.id)) for (const end of linkEnds(link)) for (const other of links) if (linkEnds(other).includes(end)) only.add(other.id);
    }
    const routes = routeLinks(this.avoid, doc, elements, grid, ports, only, previous?.routes ?? new Map());
    placeCaptions(doc, routes, only ?? new Set(routes.keys()), this.locale);
    this.previous = { doc, nodes: new Map(doc.nodes.map((n) => [n.id, n])), elements, grid, routes };
    return routes;
  }

  /**
   * While a drag lasts: routes for `links` only (those the drag reshapes), in the case as it is
   * now, against the obstacles as they were at the last full `route` with the moved elements in
   * their new places. Captions sit in the middle of the line until the drag ends, when `route`
   * places them again. Why: at every mouse step this must cost a few links' work, not the case's.
   */
  routeMoving(doc: CaseDocument, links: readonly CaseLink[]): LinkRoutes {
    const previous = this.previous;
    if (!previous) return this.route(doc);
    const index = diagramIndex(doc);
    const current = new Map(previous.elements);
    const moved = new Set<Id>();
    const ends = new Set<Id>();
    for (const link of links) for (const end of linkEnds(link)) ends.add(end);
    // The moved elements and the ends of the moving links, as they are now.
    const changed = new Set<Id>();
    for (const n of doc.nodes) {
      if (ends.has(n.id) || previous.nodes.get(n.id) !== n) {
        changed.add(n.id);
        if (n.kind === 'professional' && n.institutionId) changed.add(n.institutionId);
      }
    }
    const fresh = elementsOf({ ...doc, nodes: doc.nodes.filter((n) => changed.has(n.id)), households: [] }, this.locale, index);
    for (const [id, element] of fresh) {
      const was = previous.elements.get(id);
      if (!was || was.box.x !== element.box.x || was.box.y !== element.box.y || was.box.width !== element.box.width || was.box.height !== element.box.height) moved.add(id);
      current.set(id, element);
    }
    const grid = {
      near: (box: Box): Set<Element> => {
        const found = new Set<Element>();
        for (const e of previous.grid.near(box)) if (!moved.has(e.id)) found.add(e);
        for (const id of moved) {
          const e = current.get(id) as Element;
          if (e.kind !== 'household' && boxesOverlap(e.box, box)) found.add(e);
        }
        return found;
      },
    };
    const atEnds = doc.links.filter((l) => ROUTED_KINDS.has(l.kind) && linkEnds(l).some((end) => ends.has(end)));
    const ports = assignPorts(atEnds, current);
    const only = new Set(links.map((l) => l.id));
    return routeLinks(this.avoid, doc, current, grid, ports, only, previous.routes);
  }

  dispose(): void {
    this.previous = null;
  }
}

/** Along the line from its middle outwards. */
const FRACTIONS = [0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8, 0.15, 0.85, 0.1, 0.9];
/** Offsets of the caption's anchor from the line: on it (the text sits just above), or beside it. */
const OFFSETS: Position[] = [{ x: 0, y: 0 }, { x: 0, y: 20 }, { x: 0, y: -14 }, { x: 0, y: 34 }, { x: 0, y: -28 }, { x: 50, y: 8 }, { x: -50, y: 8 }, { x: 0, y: 48 }, { x: 0, y: -42 }];

/**
 * Places the captions of the links in `changed` where their box meets no element, no other
 * caption and no other link; otherwise where it meets the fewest.
 */
function placeCaptions(doc: CaseDocument, routes: Map<Id, LinkRoute>, changed: ReadonlySet<Id>, locale: Locale): void {
  const index = diagramIndex(doc);
  const elements = new BoxGrid(elementParts(doc, index, locale).map((box) => ({ box })));
  const segments: Array<{ id: Id; a: Position; b: Position; box: Box }> = [];
  const lines = [...routes.entries()].map(([id, route]) => [id, route.points] as const);
  for (const link of doc.links) {
    if (ROUTED_KINDS.has(link.kind)) continue;
    const drawn = drawLinkWithHitPath(doc, link, locale);
    if (drawn) lines.push([link.id, drawn.points]);
  }
  for (const [id, points] of lines) {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1] as Position;
      const b = points[i] as Position;
      segments.push({ id, a, b, box: { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) } });
    }
  }
  const segmentGrid = new BoxGrid(segments);
  const placed = new BoxGrid<{ box: Box }>([]);
  for (const [id, route] of routes) if (!changed.has(id) && route.labelBox) placed.add({ box: route.labelBox });
  for (const id of changed) {
    const route = routes.get(id);
    const link = index.linksById.get(id);
    if (!route || !link) continue;
    const text = linkCaption(link, locale);
    if (!text) {
      routes.set(id, { points: route.points });
      continue;
    }
    let best: { at: Position; box: Box; score: number } | null = null;
    for (const offset of OFFSETS) {
      for (const fraction of FRACTIONS) {
        const on = pointAlong(route.points, fraction);
        const at = { x: on.x + offset.x, y: on.y + offset.y };
        const baseline = captionBaseline(at);
        const box = textBox({ text, x: baseline.x, y: baseline.y, size: CAPTION_SIZE, anchor: 'middle' });
        let score = 0;
        for (const other of elements.near(box)) if (boxesOverlap(other.box, box)) score += 10;
        for (const other of placed.near(box)) if (boxesOverlap(other.box, box)) score += 10;
        for (const s of segmentGrid.near(box)) if (s.id !== id && segmentCrossesBox(s.a, s.b, box)) score += 5;
        // Off the line, the caption must still read as this link's: a little worse than on it.
        score += offset.x === 0 && offset.y === 0 ? 0 : 1;
        if (!best || score < best.score) best = { at, box, score };
        if (score === 0) break;
      }
      if (best?.score === 0) break;
    }
    if (best) {
      placed.add({ box: best.box });
      routes.set(id, { points: route.points, label: best.at, labelBox: best.box });
    }
  }
}

function elementParts(doc: CaseDocument, index: DiagramIndex, locale: Locale): Box[] {
  const options = symbolOptions(doc, locale);
  const boxes: Box[] = [];
  for (const node of doc.nodes) {
    const box = index.boxes.get(node.id);
    if (!box) continue;
    const parts = nodeParts(node, box, options);
    // An institution's box is crossed by its own members' lines: its header words are what must stay clear.
    if (node.kind !== 'institution') boxes.push(parts.shape);
    boxes.push(...parts.labels);
  }
  return boxes;
}

/** Routes a whole case afresh (exports, the command line, tests). */
export function routeCase(avoid: Avoid, doc: CaseDocument, locale: Locale = 'fr'): LinkRoutes {
  const router = new LinkRouter(avoid, locale);
  try {
    return router.route(doc);
  } finally {
    router.dispose();
  }
}
