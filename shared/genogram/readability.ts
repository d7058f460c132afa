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
import { segmentCrossesBox, type Box } from './metrics';

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
}

export interface DiagramGeometry {
  symbols: OwnedBox[];
  labels: OwnedBox[];
  links: LinkLine[];
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
}

/** Everything the readability measure reads, from the same functions that draw the diagram. */
export function diagramGeometry(doc: CaseDocument, options: { locale?: Locale; large?: boolean; routes?: LinkRoutes } = {}): DiagramGeometry {
  const locale = options.locale ?? 'fr';
  const index = diagramIndex(doc);
  const symbolOptions: SymbolOptions = { locale, referenceYear: referenceYearOf(doc), large: options.large ?? false };
  const symbols: OwnedBox[] = [];
  const labels: OwnedBox[] = [];
  for (const node of doc.nodes) {
    const box = index.boxes.get(node.id);
    if (!box) continue;
    const parts = nodeParts(node, box, symbolOptions);
    for (const label of parts.labels) labels.push({ owner: node.id, box: label });
    symbols.push({ owner: node.id, box: parts.shape });
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
    links.push({ id: link.id, touches, ends, points: drawn.points });
    for (const box of drawn.labels) labels.push({ owner: link.id, box });
  }
  return { symbols, labels, links };
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
  return { labels: geometry.labels.length, labelsCrossed, overlappingLabels, symbolsCrossed, linkCrossings, linkLength: Math.round(linkLength) };
}

/** The readability of a case as it is laid out. */
export function readability(doc: CaseDocument, options: { locale?: Locale; large?: boolean; routes?: LinkRoutes } = {}): Readability {
  return measureReadability(diagramGeometry(doc, options));
}
