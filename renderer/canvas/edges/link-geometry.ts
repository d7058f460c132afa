// Which links must be redrawn after a change to the case, worked out once per change for all
// links, and told only to the links concerned.
import { diagramIndex, pairKey } from '../../../shared/genogram/diagram-index';
import type { Box } from '../../../shared/genogram/metrics';
import type { CaseDocument } from '../../../shared/model/case';
import type { Household } from '../../../shared/model/household';
import { linkEnds, type CaseLink } from '../../../shared/model/links';
import type { Id } from '../../../shared/model/primitives';
import type { EditorStore } from '../../store/editor-store';
import { ROUTED_KINDS, type LinkRouter, type RoutingJob } from '../../../shared/genogram/routing';
import type { LinkRoutes } from '../../../shared/render/links';
import { setShownRoutes } from '../router';

/** A number per object, so that "this record changed" fits in a string. */
const serials = new WeakMap<object, number>();
let nextSerial = 0;
function serial(value: object | undefined): number {
  if (!value) return -1;
  let n = serials.get(value);
  if (n === undefined) {
    n = ++nextSerial;
    serials.set(value, n);
  }
  return n;
}

/**
 * Everything a link's drawing depends on, as a string: the link itself, its ends (each record,
 * which changes with its position, gender or index flag, and its box, which moves with an
 * institution or a household's members), its sideways offset among parallel links and, for a
 * child, its parents and the couple they may form.
 */
export function geometrySignature(doc: CaseDocument, id: Id, routes?: LinkRoutes): string {
  const index = diagramIndex(doc);
  const link = index.linksById.get(id);
  if (!link) return '';
  const ids = [...linkEnds(link)];
  let signature = `l${serial(link)};o${index.linkOffsets.get(id) ?? 0};r${serial(routes?.get(id))};`;
  if (link.kind === 'filiation') {
    const parents = (index.parentsOf.get(link.child) ?? []).map((l) => l.parent);
    ids.push(...parents);
    for (let i = 0; i < parents.length; i++)
      for (let j = i + 1; j < parents.length; j++) signature += `c${serial(index.couples.get(pairKey(parents[i] as string, parents[j] as string)))};`;
  }
  for (const end of ids) {
    const box = index.boxes.get(end) ?? index.householdBoxes.get(end);
    signature += `${serial(index.byId.get(end))}@${box ? `${box.x},${box.y},${box.width},${box.height}` : '-'};`;
  }
  return signature;
}

/**
 * For each node or household, the links whose signature reads it (their ends and, for a
 * filiation, every parent of the child). Built once per links array.
 */
const dependentsCache = new WeakMap<readonly CaseLink[], Map<Id, Id[]>>();
function dependentLinks(doc: CaseDocument): Map<Id, Id[]> {
  const cached = dependentsCache.get(doc.links);
  if (cached) return cached;
  const { parentsOf } = diagramIndex(doc);
  const dependents = new Map<Id, Id[]>();
  const add = (id: Id, linkId: Id) => {
    const list = dependents.get(id);
    if (list) list.push(linkId);
    else dependents.set(id, [linkId]);
  };
  for (const link of doc.links) {
    for (const end of linkEnds(link)) add(end, link.id);
    if (link.kind === 'filiation') for (const { parent } of parentsOf.get(link.child) ?? []) if (parent !== link.parent) add(parent, link.id);
  }
  dependentsCache.set(doc.links, dependents);
  return dependents;
}

/**
 * The links that may be drawn differently in `next` than in `previous`, when only nodes changed
 * (the common case: a drag step, a nudge, a rename); null when anything else changed and every
 * link must be checked. A node's box also moves with its institution, an institution's with its
 * professionals, and a household's with its members.
 */
function linksToCheck(previous: CaseDocument, next: CaseDocument): Set<Id> | null {
  if (previous.links !== next.links || previous.households !== next.households || previous.nodes.length !== next.nodes.length) return null;
  const before = diagramIndex(previous).byId;
  const affected = new Set<Id>();
  for (const node of next.nodes) {
    if (before.get(node.id) === node) continue;
    if (!before.has(node.id)) return null;
    affected.add(node.id);
    const was = before.get(node.id);
    for (const record of [node, was]) {
      if (record?.kind === 'professional' && record.institutionId) affected.add(record.institutionId);
    }
    if (node.kind === 'institution') for (const other of next.nodes) if (other.kind === 'professional' && other.institutionId === node.id) affected.add(other.id);
  }
  if (affected.size === 0) return new Set();
  for (const household of next.households) if (household.members.some((m) => affected.has(m))) affected.add(household.id);
  const dependents = dependentLinks(next);
  const result = new Set<Id>();
  for (const id of affected) for (const linkId of dependents.get(id) ?? []) result.add(linkId);
  return result;
}

export interface LinkGeometry {
  /** The case the link is drawn from (its ends are looked up there). */
  doc: CaseDocument;
  link: CaseLink;
  /** The routes of the ecomap links (none until the router is loaded: straight lines). */
  routes: LinkRoutes | undefined;
  /** Reshaped by the drag under way: drawn by the moving layer until the drag ends. */
  moving: boolean;
}

/** What the drag under way reshapes, drawn by the moving layer: links, and household outlines. */
export interface MovingDrawings {
  doc: CaseDocument | null;
  /** Routes of the moving links, worked out for them alone at each step. */
  routes: LinkRoutes | undefined;
  links: readonly CaseLink[];
  households: readonly Household[];
}

const NOTHING_MOVING: MovingDrawings = { doc: null, routes: undefined, links: [], households: [] };

/**
 * Time given to routing, in milliseconds: at rest, first at once (a small case is routed within
 * it, with no straight lines shown meanwhile), then in slices between frames; during a drag, at
 * each mouse step (the links beyond it follow straight until the next step or the drop).
 */
const ROUTING_FIRST_MS = 30;
const ROUTING_SLICE_MS = 12;
const ROUTING_DRAG_STEP_MS = 4;
const within = (ms: number): (() => boolean) => {
  const until = performance.now() + ms;
  return () => performance.now() < until;
};

function sameBoxes(a: readonly Box[] | undefined, b: readonly Box[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((box, i) => {
    const other = b[i] as Box;
    return box === other || (box.x === other.x && box.y === other.y && box.width === other.width && box.height === other.height);
  });
}

/**
 * One subscription to the editor for all links, instead of one (or two) per link. Why: during a
 * drag the case changes at every mouse step; hundreds of link components each running a selector
 * cost more than redrawing the few links the drag actually moves. Each change is compared here,
 * link by link, and only the links whose drawing would differ are told.
 *
 * While a drag is under way, the links it reshapes, and the outlines of the households whose
 * members it moves, are handed to one layer drawn above the nodes (MovingLayer); their own
 * components draw nothing until it ends. Why: a link or an outline redrawn in place is repainted
 * together with everything under it (long links cross most of the screen, an outline surrounds a
 * whole family), and on a large case painting, not the app's code, was then the slowest part of a
 * drag step. With nothing under the nodes changing, only the dragged node and this light layer
 * are painted again at each step.
 */
export class LinkGeometryHub {
  private doc: CaseDocument | null;
  private dragging = false;
  private snapshotsStale = false;
  private signatures = new Map<Id, string>();
  private snapshots = new Map<Id, LinkGeometry>();
  private listeners = new Map<Id, Set<() => void>>();
  private movingLinkIds = new Set<Id>();
  private movingHouseholdIds = new Set<Id>();
  private movingSnapshot: MovingDrawings = NOTHING_MOVING;
  private movingListeners = new Set<() => void>();
  private router: LinkRouter | null = null;
  private routes: LinkRoutes | undefined;
  /** The routing of the case at rest, when it needs more than one slice. */
  private job: { job: RoutingJob; doc: CaseDocument; timer: ReturnType<typeof setTimeout> | null } | null = null;

  constructor(private readonly store: EditorStore) {
    this.doc = store.getState().doc;
  }

  /** Links are routed from now on (libavoid has loaded): every link is checked again. */
  setRouter(router: LinkRouter | null): void {
    this.stopRouting();
    this.router?.dispose();
    this.router = router;
    const doc = this.doc;
    this.doc = null;
    this.snapshotsStale = true;
    this.sync(doc, this.store.getState().dragBase);
  }

  /** The routes the links are drawn with now (exports use the same). */
  currentRoutes(): LinkRoutes | undefined {
    return this.routes;
  }

  /** Starts following the editor; returns the function that stops. */
  connect(): () => void {
    const state = this.store.getState();
    this.sync(state.doc, state.dragBase);
    const unsubscribe = this.store.subscribe((next) => this.sync(next.doc, next.dragBase));
    return () => {
      unsubscribe();
      this.stopRouting();
    };
  }

  /** Told when a link's drawing changes, or when a household's outline joins or leaves the moving layer. */
  subscribe(id: Id, listener: () => void): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }

  /** The link as drawn: the same object until its drawing would change. */
  geometry(id: Id): LinkGeometry | undefined {
    const doc = this.doc;
    if (!doc) return undefined;
    let snapshot = this.snapshots.get(id);
    if (!snapshot) {
      const link = diagramIndex(doc).linksById.get(id);
      if (!link) return undefined;
      snapshot = { doc, link, routes: this.routes, moving: false };
      this.snapshots.set(id, snapshot);
      this.signatures.set(id, geometrySignature(doc, id, this.routes));
    }
    return snapshot;
  }

  subscribeMoving(listener: () => void): () => void {
    this.movingListeners.add(listener);
    return () => this.movingListeners.delete(listener);
  }

  /** What the drag under way is reshaping, in the case as it is now. */
  moving(): MovingDrawings {
    return this.movingSnapshot;
  }

  /** Whether the household's outline is drawn by the moving layer (its members are being dragged). */
  householdMoving(id: Id): boolean {
    return this.movingHouseholdIds.has(id);
  }

  /** `dragBase`: the case as it was when the drag under way started; null when none is. */
  private sync(doc: CaseDocument | null, dragBase: CaseDocument | null): void {
    const dragging = dragBase !== null;
    if (doc === this.doc && dragging === this.dragging) return;
    const docChanged = doc !== this.doc;
    const dragEnded = this.dragging && !dragging;
    // Why not every link: on a 1,000-node case, working out every link's signature at each drag
    // step cost more than drawing the moved ones.
    const toCheck = this.doc && doc && !this.snapshotsStale ? linksToCheck(this.doc, doc) : null;
    this.snapshotsStale = false;
    if (toCheck && dragEnded) for (const id of this.movingLinkIds) toCheck.add(id);
    // Routes: kept as they were while a drag lasts (the moving layer routes the moving links at
    // each step); at rest, worked out again for what changed, and every link whose route changed
    // is checked too.
    if (this.router && doc && !dragging) {
      const before = this.routes;
      const routes = this.routeAtRest(this.router, doc);
      if (routes !== before) {
        this.routes = routes;
        if (toCheck) for (const [id, route] of routes) if (before?.get(id) !== route) toCheck.add(id);
      }
    } else if (!this.router) this.routes = undefined;
    this.doc = doc;
    this.dragging = dragging;
    const changed: Id[] = [];
    let movingChanged = false;
    for (const id of toCheck ? [...toCheck].filter((id) => this.snapshots.has(id)) : [...this.snapshots.keys()]) {
      const link = doc ? diagramIndex(doc).linksById.get(id) : undefined;
      if (!doc || !link) {
        this.snapshots.delete(id);
        this.signatures.delete(id);
        if (this.movingLinkIds.delete(id)) movingChanged = true;
        changed.push(id);
        continue;
      }
      const signature = geometrySignature(doc, id, this.routes);
      const reshaped = signature !== this.signatures.get(id);
      this.signatures.set(id, signature);
      if (dragging && reshaped) {
        movingChanged = true;
        if (this.movingLinkIds.has(id)) continue;
        // From now until the drag ends, this link is drawn by the moving layer.
        this.movingLinkIds.add(id);
        this.snapshots.set(id, { doc, link, routes: this.routes, moving: true });
        changed.push(id);
      } else if (reshaped || (dragEnded && this.movingLinkIds.has(id))) {
        this.snapshots.set(id, { doc, link, routes: this.routes, moving: false });
        changed.push(id);
      }
    }
    if (dragEnded && this.movingLinkIds.size) {
      this.movingLinkIds.clear();
      movingChanged = true;
    }
    // A household joins the moving layer once a member's box differs from where the drag started,
    // and stays there until the drag ends.
    if (dragging && doc && docChanged) {
      const start = diagramIndex(dragBase).householdMembers;
      const now = diagramIndex(doc).householdMembers;
      if (this.movingHouseholdIds.size) movingChanged = true;
      for (const household of doc.households) {
        if (this.movingHouseholdIds.has(household.id) || sameBoxes(start.get(household.id), now.get(household.id))) continue;
        this.movingHouseholdIds.add(household.id);
        changed.push(household.id);
        movingChanged = true;
      }
    } else if (!dragging && this.movingHouseholdIds.size) {
      changed.push(...this.movingHouseholdIds);
      this.movingHouseholdIds.clear();
      movingChanged = true;
    }
    if (movingChanged) {
      const index = doc ? diagramIndex(doc) : null;
      const links = index ? [...this.movingLinkIds].map((id) => index.linksById.get(id)).filter((l): l is CaseLink => !!l) : [];
      const households = doc ? doc.households.filter((h) => this.movingHouseholdIds.has(h.id)) : [];
      const routes = this.router && doc && links.length ? this.router.routeMoving(doc, links.filter((l) => ROUTED_KINDS.has(l.kind)), within(ROUTING_DRAG_STEP_MS)) : this.routes;
      this.movingSnapshot = links.length || households.length ? { doc, routes, links, households } : NOTHING_MOVING;
    }
    for (const id of changed) for (const listener of this.listeners.get(id) ?? []) listener();
    if (movingChanged) for (const listener of this.movingListeners) listener();
  }

  /**
   * Routes for the case at rest: all of them if they take less than a moment, otherwise those
   * done so far (the others straight) while the rest are routed in slices between frames, and
   * drawn when all are. Exports route the case afresh meanwhile.
   */
  private routeAtRest(router: LinkRouter, doc: CaseDocument): LinkRoutes {
    if (this.job?.doc === doc) {
      if (!this.job.timer) this.continueRouting();
      return this.job.job.partial();
    }
    this.stopRouting();
    const job = router.begin(doc);
    if (job.step(within(ROUTING_FIRST_MS))) {
      const routes = job.finish();
      setShownRoutes(doc, routes);
      return routes;
    }
    setShownRoutes(null, undefined);
    this.job = { job, doc, timer: null };
    this.continueRouting();
    return job.partial();
  }

  private continueRouting(): void {
    const running = this.job;
    if (!running) return;
    running.timer = setTimeout(() => {
      running.timer = null;
      // A drag pauses it; its end routes the case as it is then.
      if (this.job !== running || this.dragging) return;
      if (!running.job.step(within(ROUTING_SLICE_MS))) return this.continueRouting();
      this.job = null;
      this.showRoutes(running.doc, running.job.finish());
    }, 0);
  }

  private stopRouting(): void {
    if (this.job?.timer) clearTimeout(this.job.timer);
    this.job?.job.abandon();
    this.job = null;
  }

  /** Routes worked out after the change that asked for them: the links whose route changed are told. */
  private showRoutes(doc: CaseDocument, routes: LinkRoutes): void {
    if (this.doc !== doc) return;
    const before = this.routes;
    this.routes = routes;
    setShownRoutes(doc, routes);
    const changed: Id[] = [];
    for (const id of this.snapshots.keys()) {
      if (before?.get(id) === routes.get(id)) continue;
      const link = diagramIndex(doc).linksById.get(id);
      if (!link) continue;
      this.signatures.set(id, geometrySignature(doc, id, routes));
      this.snapshots.set(id, { doc, link, routes, moving: false });
      changed.push(id);
    }
    for (const id of changed) for (const listener of this.listeners.get(id) ?? []) listener();
  }
}
