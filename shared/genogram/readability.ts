// How readable a laid-out diagram is, as numbers: labels crossed by a link, labels overlapping,
// symbols crossed by a link that does not end there, link crossings and total link length.
// Measured on the geometry the diagram is drawn with (the same text placement, link lines and
// captions as the SVG and the canvas), so the figures describe what a reader sees.
import type { Locale } from '../i18n/messages';
import { referenceYearOf, type CaseDocument } from '../model/case';
import { linkEnds } from '../model/links';
import type { Id, Position } from '../model/primitives';
import { drawLinkWithHitPath, type LinkRoutes } from '../render/links';
import { nodeParts, type SymbolOptions } from '../render/symbols';
import { householdCaption } from '../render/diagram';
import { diagramIndex } from './diagram-index';
import { INSTITUTION, segmentCrossesBox, type Box } from './metrics';

export { segmentCrossesBox };

/** Something drawn with an owner: a node (symbol, name) or a link (caption). */
export interface OwnedBox {
  owner: Id;
  box: Box;
}

export interface LinkLine {
  id: Id;
  /** The nodes the link may touch: its ends, and for an end inside an institution, the institution. */
  touches: ReadonlySet<Id>;
  ends: readonly Id[];
  points: readonly Position[];
  /** A couple or children's line (drawn by the genogram's conventions, not routed). */
  family?: boolean;
}

export interface DiagramGeometry {
  symbols: OwnedBox[];
  labels: OwnedBox[];
  links: LinkLine[];
  /** Link captions (also among `labels`), by link. */
  captions?: OwnedBox[];
  /** What a caption must never cover: people's and professionals' symbols, institutions' headers (icon and name). */
  marks?: OwnedBox[];
}

export interface Readability {
  /** Labels drawn (names, roles, details, institution headers, household names, link captions). */
  labels: number;
  /** Labels that a link's line passes through (a link's own caption excepted). */
  labelsCrossed: number;
  /** Pairs of labels of different elements that overlap. */
  overlappingLabels: number;
  /** Symbols (and institution boxes) that a link which does not end there passes through. */
  symbolsCrossed: number;
  /** Points where two links that share no end cross. */
  linkCrossings: number;
  /** Total length of the links, in diagram units. */
  linkLength: number;
  /** Link captions over a symbol or an institution's header (its icon, its name). */
  captionsOnMarks: number;
  /** Link captions that another link passes close by: which link they name cannot be told. */
  captionsNearOtherLinks: number;
  /** Pairs of links that run along the same path (family lines between themselves excepted). */
  sharedRuns: number;
}

/** Everything the readability measure reads, from the same functions that draw the diagram. */
export function diagramGeometry(doc: CaseDocument, options: { locale?: Locale; large?: boolean; routes?: LinkRoutes } = {}): DiagramGeometry {
  const locale = options.locale ?? 'fr';
  const index = diagramIndex(doc);
  const symbolOptions: SymbolOptions = { locale, referenceYear: referenceYearOf(doc), large: options.large ?? false };
  const symbols: OwnedBox[] = [];
  const labels: OwnedBox[] = [];
  const marks: OwnedBox[] = [];
  const captions: OwnedBox[] = [];
  for (const node of doc.nodes) {
    const box = index.boxes.get(node.id);
    if (!box) continue;
    const parts = nodeParts(node, box, symbolOptions);
    for (const label of parts.labels) labels.push({ owner: node.id, box: label });
    symbols.push({ owner: node.id, box: parts.shape });
    marks.push({ owner: node.id, box: node.kind === 'institution' ? { x: box.x, y: box.y, width: box.width, height: INSTITUTION.header } : parts.shape });
  }
  for (const household of doc.households) {
    const caption = household.name ? householdCaption(doc, household, household.name, index) : null;
    if (caption) labels.push({ owner: household.id, box: caption.box });
  }
  const links: LinkLine[] = [];
  for (const link of doc.links) {
    const drawn = drawLinkWithHitPath(doc, link, locale, options.routes);
    if (!drawn) continue;
    const ends = [...linkEnds(link)];
    const touches = new Set<Id>(ends);
    for (const end of ends) {
      const node = index.byId.get(end);
      if (node?.kind === 'professional' && node.institutionId) touches.add(node.institutionId);
      if (node?.kind === 'institution') for (const other of doc.nodes) if (other.kind === 'professional' && other.institutionId === end) touches.add(other.id);
      // A link to a household touches its members.
      for (const h of doc.households) if (h.id === end) for (const m of h.members) touches.add(m);
    }
    // A child's connector starts at its parents' couple line: the second parent is touched too.
    if (link.kind === 'filiation') for (const parent of index.parentsOf.get(link.child) ?? []) touches.add(parent.parent);
    links.push({ id: link.id, touches, ends, points: drawn.points, family: link.kind === 'couple' || link.kind === 'filiation' });
    for (const box of drawn.labels) {
      labels.push({ owner: link.id, box });
      captions.push({ owner: link.id, box });
    }
  }
  return { symbols, labels, links, captions, marks };
}

/** Whether two segments cross at one point inside both (touching ends and collinear runs do not count). */
export function segmentsCross(a: Position, b: Position, c: Position, d: Position): boolean {
  const cross = (o: Position, p: Position, q: Position) => (p.x - o.x) * (q.y - o.y) - (p.y - o.y) * (q.x - o.x);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  const eps = 1e-6;
  return ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps));
}

const boxesOverlapStrictly = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

interface Segment {
  n: number;
  a: Position;
  b: Position;
  box: Box;
  link: LinkLine;
}

function segmentsOf(links: readonly LinkLine[]): Segment[] {
  const segments: Segment[] = [];
  for (const link of links) {
    for (let i = 1; i < link.points.length; i++) {
      const a = link.points[i - 1] as Position;
      const b = link.points[i] as Position;
      if (a.x === b.x && a.y === b.y) continue;
      segments.push({ n: segments.length, a, b, link, box: { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) } });
    }
  }
  return segments;
}

/** A uniform grid of boxed things, so each box is tested against the things near it only. */
export class BoxGrid<T extends { box: Box }> {
  private cells = new Map<string, T[]>();
  constructor(items: Iterable<T>, private readonly size = 200) {
    for (const item of items) this.add(item);
  }
  add(item: T): void {
    for (const key of this.keys(item.box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(item);
      else this.cells.set(key, [item]);
    }
  }
  private *keys(box: Box): Generator<string> {
    for (let i = Math.floor(box.x / this.size); i <= Math.floor((box.x + box.width) / this.size); i++)
      for (let j = Math.floor(box.y / this.size); j <= Math.floor((box.y + box.height) / this.size); j++) yield `${i},${j}`;
  }
  near(box: Box): Set<T> {
    const found = new Set<T>();
    for (const key of this.keys(box)) for (const item of this.cells.get(key) ?? []) found.add(item);
    return found;
  }
}

const touching = (a: Box, b: Box): boolean => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

export function measureReadability(geometry: DiagramGeometry): Readability {
  const segments = segmentsOf(geometry.links);
  const grid = new BoxGrid(segments);
  let labelsCrossed = 0;
  for (const label of geometry.labels) {
    for (const s of grid.near(label.box)) {
      if (s.link.id !== label.owner && touching(s.box, label.box) && segmentCrossesBox(s.a, s.b, label.box)) {
        labelsCrossed++;
        break;
      }
    }
  }
  let symbolsCrossed = 0;
  for (const symbol of geometry.symbols) {
    // A line grazing an outline is not through it: a pixel of tolerance.
    const inner = { x: symbol.box.x + 1, y: symbol.box.y + 1, width: symbol.box.width - 2, height: symbol.box.height - 2 };
    for (const s of grid.near(inner)) {
      if (!s.link.touches.has(symbol.owner) && touching(s.box, inner) && segmentCrossesBox(s.a, s.b, inner)) {
        symbolsCrossed++;
        break;
      }
    }
  }
  let overlappingLabels = 0;
  const labels = [...geometry.labels].sort((a, b) => a.box.x - b.box.x);
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i] as OwnedBox;
    for (let j = i + 1; j < labels.length; j++) {
      const b = labels[j] as OwnedBox;
      if (b.box.x >= a.box.x + a.box.width) break;
      if (a.owner !== b.owner && boxesOverlapStrictly(a.box, b.box)) overlappingLabels++;
    }
  }
  let linkCrossings = 0;
  for (const s of segments) {
    for (const t of grid.near(s.box)) {
      if (t === s || t.link === s.link || !touching(s.box, t.box)) continue;
      if (s.link.ends.some((end) => t.link.ends.includes(end))) continue;
      if (t.n < s.n) continue;
      if (segmentsCross(s.a, s.b, t.a, t.b)) linkCrossings++;
    }
  }
  const linkLength = segments.reduce((sum, s) => sum + Math.hypot(s.b.x - s.a.x, s.b.y - s.a.y), 0);
  let captionsOnMarks = 0;
  let captionsNearOtherLinks = 0;
  const marks = new BoxGrid(geometry.marks ?? []);
  for (const caption of geometry.captions ?? []) {
    if ([...marks.near(caption.box)].some((mark) => boxesOverlapStrictly(mark.box, caption.box))) captionsOnMarks++;
    const around = grow(caption.box, CAPTION_CLEARANCE);
    if ([...grid.near(around)].some((s) => s.link.id !== caption.owner && touching(s.box, around) && segmentCrossesBox(s.a, s.b, around))) captionsNearOtherLinks++;
  }
  const shared = new Set<string>();
  for (const s of segments) {
    for (const t of grid.near(grow(s.box, RUN_DISTANCE))) {
      if (t.n <= s.n || t.link === s.link || (s.link.family && t.link.family)) continue;
      const key = s.link.id < t.link.id ? `${s.link.id}|${t.link.id}` : `${t.link.id}|${s.link.id}`;
      if (!shared.has(key) && runAlong(s, t)) shared.add(key);
    }
  }
  return { labels: geometry.labels.length, labelsCrossed, overlappingLabels, symbolsCrossed, linkCrossings, linkLength: Math.round(linkLength), captionsOnMarks, captionsNearOtherLinks, sharedRuns: shared.size };
}

/** How far from its caption another link must pass for the caption to read as its own link's. */
export const CAPTION_CLEARANCE = 6;
/** Two links closer than this, side by side over RUN_LENGTH, read as one. */
const RUN_DISTANCE = 4;
const RUN_LENGTH = 16;

const grow = (box: Box, by: number): Box => ({ x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by });

/** Whether two segments lie along each other (parallel, nearer than RUN_DISTANCE) for more than RUN_LENGTH. */
function runAlong(s: { a: Position; b: Position }, t: { a: Position; b: Position }): boolean {
  const dx = s.b.x - s.a.x;
  const dy = s.b.y - s.a.y;
  const length = Math.hypot(dx, dy);
  if (length < RUN_LENGTH) return false;
  const ux = dx / length;
  const uy = dy / length;
  const tx = t.b.x - t.a.x;
  const ty = t.b.y - t.a.y;
  const tLength = Math.hypot(tx, ty);
  if (tLength < RUN_LENGTH || Math.abs(ux * ty - uy * tx) / tLength > 0.05) return false;
  const distance = Math.abs((t.a.x - s.a.x) * uy - (t.a.y - s.a.y) * ux);
  if (distance >= RUN_DISTANCE) return false;
  const along = (p: Position) => (p.x - s.a.x) * ux + (p.y - s.a.y) * uy;
  const from = Math.max(0, Math.min(along(t.a), along(t.b)));
  const to = Math.min(length, Math.max(along(t.a), along(t.b)));
  return to - from > RUN_LENGTH;
}

/** The readability of a case as it is laid out. */
export function readability(doc: CaseDocument, options: { locale?: Locale; large?: boolean; routes?: LinkRoutes } = {}): Readability {
  return measureReadability(diagramGeometry(doc, options));
}
