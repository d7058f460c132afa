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
import { householdCaption } from '../render/diagram';
import { diagramIndex, enclosing, symbolCentre, type DiagramIndex } from './diagram-index';
import { CAPTION_CLEARANCE } from './readability';
import { boxesOverlap, INSTITUTION, segmentCrossesBox, type Box } from './metrics';
import { BoxGrid } from './readability';

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
  /** `caption`: a household's name, an obstacle of its own. */
  kind: 'person' | 'professional' | 'institution' | 'household' | 'caption';
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
  for (const caption of householdCaptions(doc, index)) elements.set(caption.id, { ...caption, kind: 'caption', box: enclosing([caption.box], PADDING), centre: { x: caption.box.x + caption.box.width / 2, y: caption.box.y + caption.box.height / 2 }, radius: 0, labels: [] });
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

/** What a link is routed among: the case's elements, a grid of them, and every link end's port. */
interface Scene {
  doc: CaseDocument;
  elements: ReadonlyMap<Id, Element>;
  grid: { near(box: Box): Set<Element> };
  ports: ReadonlyMap<string, Position>;
}

/** Where obstacles are given to libavoid for a line between these ports. */
function corridorOf(start: Position, end: Position): Box {
  return enclosing([{ x: Math.min(start.x, end.x), y: Math.min(start.y, end.y), width: Math.abs(end.x - start.x), height: Math.abs(end.y - start.y) }], CORRIDOR);
}

/** A link's ends and ports in the scene; null if one is missing. */
function endsOf(scene: Scene, link: CaseLink): { a: Element; b: Element; start: Position; end: Position } | null {
  const [from, to] = linkEnds(link);
  const a = scene.elements.get(from);
  const b = scene.elements.get(to);
  const start = scene.ports.get(`${link.id}:0`);
  const end = scene.ports.get(`${link.id}:1`);
  return a && b && start && end ? { a, b, start, end } : null;
}

/** The straight line between a link's ports (where it waits to be routed). */
function straightRoute(scene: Scene, link: CaseLink): LinkRoute | null {
  const ends = endsOf(scene, link);
  return ends ? { points: withStubs([ends.start, ends.end], ends.a, ends.b) } : null;
}

/**
 * The route of one ecomap link. Its straight line between its ports stays if it meets nothing;
 * otherwise libavoid routes it around the obstacles near it (a router per link, so the cost grows
 * with the links that need it, not with the square of the case).
 */
function routeOne(avoid: Avoid, scene: Scene, link: CaseLink): LinkRoute | null {
  const ends = endsOf(scene, link);
  if (!ends) return null;
  const { a, b, start, end } = ends;
  const [from, to] = linkEnds(link);
  const { elements, grid } = scene;
  // What this line may cross: its ends' own institutions (a member's line leaves through its box).
  const exempt = new Set([a.container, b.container].filter((x): x is Id => !!x));
  if (a.kind === 'household' || b.kind === 'household') for (const h of scene.doc.households) if (h.id === from || h.id === to) for (const m of h.members) exempt.add(m);
  const corridor = corridorOf(start, end);
  // An element over one of the line's ends (elements laid on each other, before "Organiser" or
  // during a drag) cannot be gone round: given to libavoid, it found no route and the link fell
  // back to its polyline router, which took seconds among many shapes.
  const around = grid.near(corridor);
  for (const e of around) if (contains(e.box, start) || contains(e.box, end)) exempt.add(e.id);
  const near = [...around].filter((e) => e.kind !== 'household' && !exempt.has(e.id) && boxesOverlap(e.box, corridor));
  const extra = [a.container, b.container].flatMap((id) => (id ? elements.get(id)?.labels ?? [] : []));
  const blocked = near.some((e) => segmentCrossesBox(start, end, e.box)) || extra.some((box) => segmentCrossesBox(start, end, box));
  let points = [start, end];
  if (blocked) {
    const given = new Set(near);
    let obstacles = shapesFor(given, extra);
    // A detour may leave the corridor: what it then meets is added, and the link routed again.
    for (let attempt = 0; attempt < 3; attempt++) {
      points = detour(avoid, start, end, obstacles);
      const met = new Set<Element>();
      for (let i = 1; i < points.length; i++) {
        const p = points[i - 1] as Position;
        const q = points[i] as Position;
        const span = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(q.x - p.x), height: Math.abs(q.y - p.y) };
        for (const e of grid.near(span)) if (!given.has(e) && !exempt.has(e.id) && segmentCrossesBox(p, q, e.box)) met.add(e);
      }
      if (met.size === 0) break;
      for (const e of met) given.add(e);
      obstacles = shapesFor(given, extra);
    }
  }
  return { points: withStubs(points, a, b) };
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

/** Above this many shapes, libavoid's polyline router takes longer than a frame or several. */
const POLYLINE_MAX_SHAPES = 30;

/**
 * A way from `start` to `end` round the obstacles: libavoid's orthogonal route; where it still
 * crosses some (shapes laid on each other, an end boxed in), the orthogonal route round the
 * overlapping shapes merged into one, then, among few shapes, its polyline route; otherwise the
 * route that crosses the fewest. Why this order: the orthogonal router takes about a millisecond
 * a link, the polyline router 50 ms among 20 shapes and seconds among a hundred.
 */
function detour(avoid: Avoid, start: Position, end: Position, obstacles: readonly Box[]): Position[] {
  const tried: Position[][] = [];
  const clear = (points: Position[]) => {
    tried.push(points);
    return crossings(points, obstacles) === 0;
  };
  const orthogonal = straighten(routeAround(avoid, start, end, obstacles), obstacles);
  if (clear(orthogonal)) return orthogonal;
  // A merged shape over an end cannot be gone round (see routeOne).
  const merged = mergeOverlapping(obstacles).filter((box) => !contains(box, start) && !contains(box, end));
  if (merged.length !== obstacles.length) {
    const around = straighten(routeAround(avoid, start, end, merged), obstacles);
    if (clear(around)) return around;
  }
  if (obstacles.length <= POLYLINE_MAX_SHAPES) {
    const polyline = straighten(routeAround(avoid, start, end, obstacles, 'polyline'), obstacles);
    if (clear(polyline)) return polyline;
  }
  return tried.reduce((best, points) => (crossings(points, obstacles) < crossings(best, obstacles) ? points : best));
}

/**
 * Shapes that overlap, replaced by the box around them, until none overlap. Why: libavoid's
 * orthogonal router drew lines through shapes laid on other shapes (elements on each other before
 * "Organiser", or under a drag), and each such link fell back to the slow polyline router.
 */
function mergeOverlapping(boxes: readonly Box[]): Box[] {
  let out = [...boxes];
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < out.length && !changed; i++) {
      for (let j = i + 1; j < out.length; j++) {
        if (!boxesOverlap(out[i] as Box, out[j] as Box)) continue;
        out = [...out.filter((_, k) => k !== i && k !== j), enclosing([out[i] as Box, out[j] as Box])];
        changed = true;
        break;
      }
    }
  }
  return out;
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

/** Whether a point lies inside a box (on its edge does not count). */
function contains(box: Box, p: Position): boolean {
  return p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
}

/** How many of the obstacles the route's segments pass through (a segment and a box, once each). */
function crossings(points: readonly Position[], obstacles: readonly Box[]): number {
  let count = 0;
  for (let i = 1; i < points.length; i++) for (const box of obstacles) if (segmentCrossesBox(points[i - 1] as Position, points[i] as Position, box)) count++;
  return count;
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

/** A route within this distance of where a moved element was may have gone round it. */
const NEAR_MOVED = 12;

/** What LinkRouter keeps of the last state of the case it routed in full. */
interface Routed {
  doc: CaseDocument;
  nodes: Map<Id, CaseNode>;
  links: Map<Id, CaseLink>;
  elements: Map<Id, Element>;
  grid: BoxGrid<Element>;
  ports: Map<string, Position>;
  routes: Map<Id, LinkRoute>;
}

const sameBox = (a: Box, b: Box) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * The routing of one state of a case, done a few links at a time: `step` routes links until told
 * to stop, `partial` gives the routes so far (the links still waiting drawn straight between their
 * ports), `finish` routes the rest and places the captions. Why: on a large case laid out by hand,
 * routing every link takes seconds, and the app must stay responsive meanwhile.
 */
export class RoutingJob {
  private readonly pending: CaseLink[];
  private next = 0;
  private result: LinkRoutes | null = null;

  /** @internal made by LinkRouter.begin */
  constructor(
    private readonly avoid: Avoid,
    private readonly scene: Scene,
    private readonly routes: Map<Id, LinkRoute>,
    private readonly only: ReadonlySet<Id>,
    private readonly locale: Locale,
    private readonly commit: (routes: Map<Id, LinkRoute>) => void,
    done: LinkRoutes | null = null,
  ) {
    this.pending = scene.doc.links.filter((l) => only.has(l.id));
    this.result = done;
  }

  get done(): boolean {
    return this.result !== null;
  }

  /** Routes links while `more()` says so (at least one); true once every link is routed. */
  step(more: () => boolean = () => true): boolean {
    if (this.result) return true;
    do {
      const link = this.pending[this.next];
      if (!link) break;
      this.next++;
      const route = routeOne(this.avoid, this.scene, link);
      if (route) this.routes.set(link.id, route);
      else this.routes.delete(link.id);
    } while (more());
    return this.next >= this.pending.length;
  }

  /** The routes so far: those of the links still waiting are straight lines between their ports. */
  partial(): LinkRoutes {
    if (this.result) return this.result;
    const routes = new Map(this.routes);
    for (let i = this.next; i < this.pending.length; i++) {
      const link = this.pending[i] as CaseLink;
      const straight = straightRoute(this.scene, link);
      if (straight) routes.set(link.id, straight);
      else routes.delete(link.id);
    }
    return routes;
  }

  /** Every link routed and its caption placed; the router keeps this state for the next change. */
  finish(): LinkRoutes {
    if (this.result) return this.result;
    this.step();
    // Also the captions of links routed by a job left unfinished (see `abandon`).
    const captions = new Set(this.only);
    for (const [id, route] of this.routes) if (!route.labelBox) captions.add(id);
    placeCaptions(this.scene.doc, this.routes, captions, this.locale);
    this.commit(this.routes);
    this.result = this.routes;
    return this.routes;
  }

  /**
   * Left unfinished (the case changed meanwhile): the router keeps the links routed so far, so
   * that the next job routes only what is left or changed. Why: on a large case, a job begun
   * afresh at every change would never end while someone keeps editing.
   */
  abandon(): void {
    if (this.result) return;
    this.commit(new Map(this.routes));
    this.result = this.partial();
  }
}

/**
 * Routes kept between changes of one case, so that a change re-routes only the links it may
 * affect: those whose ends moved or whose ports were given out differently, those passing where a
 * moved element was or now is, new and changed links.
 */
export class LinkRouter {
  private previous: Routed | null = null;

  constructor(private readonly avoid: Avoid, private readonly locale: Locale = 'fr') {}

  /** Starts routing `doc`; the job's `finish` gives its routes (the same as `route`). */
  begin(doc: CaseDocument): RoutingJob {
    const previous = this.previous;
    const elements = elementsOf(doc, this.locale);
    const links = doc.links.filter((l) => ROUTED_KINDS.has(l.kind));
    const grid = new BoxGrid([...elements.values()].filter((e) => e.kind !== 'household'), 250);
    const ports = assignPorts(links, elements);
    const scene: Scene = { doc, elements, grid, ports };
    const commit = (routes: Map<Id, LinkRoute>) => {
      this.previous = { doc, nodes: new Map(doc.nodes.map((n) => [n.id, n])), links: new Map(links.map((l) => [l.id, l])), elements, grid, ports, routes };
    };
    if (previous?.doc === doc) return new RoutingJob(this.avoid, scene, previous.routes, new Set(), this.locale, commit, previous.routes);
    const only = previous ? this.affected(previous, links, elements, ports) : new Set(links.map((l) => l.id));
    const routes = new Map<Id, LinkRoute>();
    if (previous) for (const link of links) if (!only.has(link.id)) routes.set(link.id, previous.routes.get(link.id) as LinkRoute);
    return new RoutingJob(this.avoid, scene, routes, only, this.locale, commit);
  }

  /** The routes of `doc`, worked out for what changed since the last. */
  route(doc: CaseDocument): LinkRoutes {
    return this.begin(doc).finish();
  }

  /** The links of the new state whose route may differ from the one kept. */
  private affected(previous: Routed, links: readonly CaseLink[], elements: ReadonlyMap<Id, Element>, ports: ReadonlyMap<string, Position>): Set<Id> {
    const moved = new Set<Id>();
    const before: Box[] = [];
    const after: Box[] = [];
    for (const [id, element] of elements) {
      const was = previous.elements.get(id);
      if (was && sameBox(was.box, element.box)) continue;
      moved.add(id);
      if (was && was.kind !== 'household') before.push(was.box);
      if (element.kind !== 'household') after.push(element.box);
    }
    for (const [id, was] of previous.elements) {
      if (elements.has(id)) continue;
      moved.add(id);
      if (was.kind !== 'household') before.push(was.box);
    }
    const only = new Set<Id>();
    const samePort = (key: string) => {
      const p = ports.get(key);
      const q = previous.ports.get(key);
      return !!p && !!q && p.x === q.x && p.y === q.y;
    };
    for (const link of links) {
      const route = previous.routes.get(link.id);
      const changed = !route || previous.links.get(link.id) !== link || !samePort(`${link.id}:0`) || !samePort(`${link.id}:1`);
      const touches = linkEnds(link).some((end) => moved.has(end) || moved.has(elements.get(end)?.container ?? ''));
      const crossed = (boxes: readonly Box[], margin: number) => !!route && boxes.some((box) => route.points.some((p, i) => i > 0 && segmentCrossesBox(route.points[i - 1] as Position, p, enclosing([box], margin))));
      // The obstacles given to libavoid are those in the corridor around the line between its
      // ports (then those a detour meets): a route may differ if a moved element was or is there.
      const start = ports.get(`${link.id}:0`);
      const end = ports.get(`${link.id}:1`);
      const corridor = start && end ? corridorOf(start, end) : null;
      const inCorridor = !!corridor && (before.some((box) => boxesOverlap(box, corridor)) || after.some((box) => boxesOverlap(box, corridor)));
      if (changed || touches || inCorridor || crossed(after, 0) || crossed(before, NEAR_MOVED)) only.add(link.id);
    }
    return only;
  }

  /**
   * While a drag lasts: routes for `links` only (those the drag reshapes), in the case as it is
   * now, against the obstacles as they were at the last full `route` with the moved elements in
   * their new places; the links routed while `more()` says so (at least one), the others drawn
   * straight between their ports. Captions sit in the middle of the line until the drag ends,
   * when `route` places them again. Why: at every mouse step this must cost a few links' work, not
   * the case's, and no more than the step can spare.
   */
  routeMoving(doc: CaseDocument, links: readonly CaseLink[], more: () => boolean = () => true): LinkRoutes | undefined {
    const previous = this.previous;
    // Nothing routed yet (a large case still being routed when the drag began): drawn unrouted.
    if (!previous) return undefined;
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
      if (!was || !sameBox(was.box, element.box)) moved.add(id);
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
    const scene: Scene = { doc, elements: current, grid, ports: assignPorts(atEnds, current) };
    const routes = new Map(previous.routes);
    let routing = true;
    for (const link of links) {
      const route = routing ? routeOne(this.avoid, scene, link) : straightRoute(scene, link);
      if (route) routes.set(link.id, route);
      else routes.delete(link.id);
      routing &&= more();
    }
    return routes;
  }

  dispose(): void {
    this.previous = null;
  }
}

/** Another link nearer than this to a caption makes it ambiguous (the clearance the measure asks, and a little). */
const NEAR_CAPTION = CAPTION_CLEARANCE + 2;

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
        // Another link close by: whose caption it is could not be told ("⚖ Curatelle" between a
        // partnership's line and its own).
        const around = { x: box.x - NEAR_CAPTION, y: box.y - NEAR_CAPTION, width: box.width + 2 * NEAR_CAPTION, height: box.height + 2 * NEAR_CAPTION };
        for (const s of segmentGrid.near(around)) {
          if (s.id !== id && segmentCrossesBox(s.a, s.b, around)) {
            score += 4;
            break;
          }
        }
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

/** The households' names, where they are written (see householdCaption). */
function householdCaptions(doc: CaseDocument, index: DiagramIndex): Array<{ id: Id; box: Box }> {
  return doc.households.flatMap((h) => {
    const caption = h.name ? householdCaption(doc, h, h.name, index) : null;
    return caption ? [{ id: `${h.id}:caption`, box: caption.box }] : [];
  });
}

function elementParts(doc: CaseDocument, index: DiagramIndex, locale: Locale): Box[] {
  const options = symbolOptions(doc, locale);
  const boxes: Box[] = householdCaptions(doc, index).map((c) => c.box);
  for (const node of doc.nodes) {
    const box = index.boxes.get(node.id);
    if (!box) continue;
    const parts = nodeParts(node, box, options);
    // An institution's box is crossed by its own members' lines: its header (icon and words) is what must stay clear.
    boxes.push(node.kind === 'institution' ? { x: box.x, y: box.y, width: box.width, height: INSTITUTION.header } : parts.shape);
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
