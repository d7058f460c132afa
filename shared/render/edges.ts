// Link styles, as pure functions from end points to an SVG tree in absolute coordinates.
// Every kind and state differs by line pattern or mark, not only by colour.
import type { CoupleStatus, FiliationType, Mandate, PartnershipLink, RelationLink } from '../model/links';
import type { Position } from '../model/primitives';
import { dashedPath, el, group, pathOf, type SvgElement } from './svg';
import { ENDED_COLOUR, FONT, INK, MANDATE_COLOUR, PARTNERSHIP_COLOUR, RELATION_COLOUR, REFERRAL_COLOUR } from './theme';

type Point = Position;

/** Moves a segment sideways by `by` (to draw parallel links between the same two nodes apart). */
export function shiftSegment(a: Point, b: Point, by: number): [Point, Point] {
  return by === 0 ? [a, b] : offsetSegment(a, b, by);
}

const length = (a: Point, b: Point): number => Math.hypot(b.x - a.x, b.y - a.y);

function unit(a: Point, b: Point): Point {
  const d = length(a, b) || 1;
  return { x: (b.x - a.x) / d, y: (b.y - a.y) / d };
}

function offsetSegment(a: Point, b: Point, by: number): [Point, Point] {
  const u = unit(a, b);
  const n = { x: -u.y * by, y: u.x * by };
  return [
    { x: a.x + n.x, y: a.y + n.y },
    { x: b.x + n.x, y: b.y + n.y },
  ];
}

/** Shortens a segment at both ends (so lines stop at the symbols' edges). */
export function trimSegment(a: Point, b: Point, startBy: number, endBy: number): [Point, Point] {
  const u = unit(a, b);
  const total = length(a, b);
  if (total <= startBy + endBy + 4) {
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    return [mid, mid];
  }
  return [
    { x: a.x + u.x * startBy, y: a.y + u.y * startBy },
    { x: b.x - u.x * endBy, y: b.y - u.y * endBy },
  ];
}

function zigzag(a: Point, b: Point, amplitude = 5, wavelength = 10): Point[] {
  const total = length(a, b);
  const u = unit(a, b);
  const n = { x: -u.y, y: u.x };
  const points: Point[] = [a];
  const steps = Math.max(2, Math.floor(total / (wavelength / 2)));
  for (let i = 1; i < steps; i++) {
    const t = (i / steps) * total;
    const side = i % 2 === 0 ? -1 : 1;
    points.push({ x: a.x + u.x * t + n.x * amplitude * side, y: a.y + u.y * t + n.y * amplitude * side });
  }
  points.push(b);
  return points;
}

/** A filled arrowhead whose tip is at `tip`, pointing away from `from`. */
function arrowHead(from: Point, tip: Point, colour: string, size = 11): SvgElement {
  return el('path', { d: arrowTriangle(from, tip, size), fill: colour, stroke: 'none' });
}

/** The closed triangle of an arrowhead of `size` whose tip is at `tip`, pointing away from `from`. */
function arrowTriangle(from: Point, tip: Point, size: number): string {
  const u = unit(from, tip);
  const n = { x: -u.y, y: u.x };
  const base = { x: tip.x - u.x * size, y: tip.y - u.y * size };
  const left = { x: base.x + n.x * size * 0.5, y: base.y + n.y * size * 0.5 };
  const right = { x: base.x - n.x * size * 0.5, y: base.y - n.y * size * 0.5 };
  return `${pathOf([tip, left, right])} Z`;
}

/**
 * An open arrowhead (two strokes, a white inside): support between people. Why not the filled
 * head of an intervention: printed in black and white, a support and an administrative
 * intervention were then the same solid line with the same arrow.
 */
function openArrowHead(from: Point, tip: Point, colour: string, size = 12): SvgElement {
  return el('path', { d: arrowTriangle(from, tip, size), fill: '#ffffff', stroke: colour, 'stroke-width': 1.8, 'stroke-linejoin': 'miter' });
}

/**
 * How every line of a link is drawn, said once on the link's group and inherited by its lines.
 * Why: on the canvas each presentation attribute gives an element a style of its own; a large case
 * has thousands of lines (and the export is smaller).
 */
const LINES = { fill: 'none', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' } as const;

/** A link's group: its lines inherit `LINES` (marks and captions say their own fill). */
function linkGroup(parts: Array<SvgElement | null | false | undefined | ''>): SvgElement {
  return group(parts, LINES);
}

function line(points: Point[], attrs: Record<string, string | number>): SvgElement {
  return attrs['stroke-dasharray'] ? dashedPath(points, attrs) : el('path', { d: pathOf(points), ...attrs });
}

/** Size of a link's caption (measure, date). */
export const CAPTION_SIZE = 11.5;

/** Where a caption centred on `at` is written: its baseline sits just above the point. */
export function captionBaseline(at: Point): Point {
  return { x: at.x, y: at.y - 6 };
}

function label(at: Point, text: string, colour: string): SvgElement | null {
  if (!text) return null;
  const baseline = captionBaseline(at);
  return el(
    'text',
    {
      x: baseline.x,
      y: baseline.y,
      'font-size': CAPTION_SIZE,
      'font-family': FONT,
      'text-anchor': 'middle',
      fill: colour,
      stroke: '#ffffff',
      'stroke-width': 4,
      'paint-order': 'stroke',
      'stroke-linejoin': 'round',
    },
    text,
  );
}

/** Bars across a line at `at` (separation, divorce, cut-off). */
function bars(a: Point, b: Point, at: number, count: number, colour: string): SvgElement[] {
  const u = unit(a, b);
  const n = { x: -u.y, y: u.x };
  const centre = { x: a.x + (b.x - a.x) * at, y: a.y + (b.y - a.y) * at };
  return Array.from({ length: count }, (_, i) => {
    const shift = (i - (count - 1) / 2) * 7;
    const c = { x: centre.x + u.x * shift, y: centre.y + u.y * shift };
    // Slanted like a slash: along the normal, leaning with the line.
    const p1 = { x: c.x + n.x * 9 + u.x * 4, y: c.y + n.y * 9 + u.y * 4 };
    const p2 = { x: c.x - n.x * 9 - u.x * 4, y: c.y - n.y * 9 - u.y * 4 };
    return line([p1, p2], { stroke: colour, 'stroke-width': 2.2 });
  });
}

// ---------------------------------------------------------------------------------------------
// Family

export interface CoupleGeometry {
  /** Bottom centres of the two symbols. */
  a: Point;
  b: Point;
  /** Height of the horizontal line. */
  y: number;
  /** Where children hang from. */
  midpoint: Point;
}

export const COUPLE_DROP = 18;

export function coupleGeometry(a: Point, b: Point, drop = COUPLE_DROP): CoupleGeometry {
  const y = Math.max(a.y, b.y) + drop;
  return { a, b, y, midpoint: { x: (a.x + b.x) / 2, y } };
}

/** Partners joined from the bottom of their symbols by a horizontal line: dashed when cohabiting, slashed when separated or divorced. */
export function coupleEdge(g: CoupleGeometry, status: CoupleStatus, caption = ''): SvgElement {
  const path = [g.a, { x: g.a.x, y: g.y }, { x: g.b.x, y: g.y }, g.b];
  const left = { x: Math.min(g.a.x, g.b.x), y: g.y };
  const right = { x: Math.max(g.a.x, g.b.x), y: g.y };
  const slashes = status === 'separated' ? 1 : status === 'divorced' ? 2 : 0;
  return linkGroup([
    line(path, { stroke: INK, 'stroke-width': 2.2, ...(status === 'cohabiting' ? { 'stroke-dasharray': '8 5' } : {}) }),
    // Slashes sit at a third of the line, clear of the children's line at the middle.
    ...bars(left, right, 0.3, slashes, INK),
    status === 'civil-union' && el('text', { x: left.x + (right.x - left.x) * 0.7, y: g.y - 5, 'font-size': 10, 'font-family': FONT, 'text-anchor': 'middle', fill: INK }, 'PACS'),
    caption && el('text', { x: g.midpoint.x, y: g.y + 14, 'font-size': 10.5, 'font-family': FONT, 'text-anchor': 'middle', fill: INK }, caption),
  ]);
}

const FILIATION_DASH: Readonly<Record<FiliationType, string | undefined>> = {
  biological: undefined,
  adoptive: '8 5',
  foster: '2 5',
  step: '10 4 2 4',
};

/**
 * A child hanging from its parents: down from `from` (couple midpoint or single parent) to the
 * sibship line at `sibshipY`, across, and down to the child's symbol. The last drop carries the
 * filiation type (dashed adopted, dotted foster).
 */
export function childEdge(from: Point, child: Point, sibshipY: number, type: FiliationType, lead: readonly Point[] = []): SvgElement {
  const trunk = [...lead, from, { x: from.x, y: sibshipY }, { x: child.x, y: sibshipY }];
  const drop = [{ x: child.x, y: sibshipY }, child];
  const dash = FILIATION_DASH[type];
  return linkGroup([
    line(trunk, { stroke: INK, 'stroke-width': 2 }),
    line(drop, { stroke: INK, 'stroke-width': 2, ...(dash ? { 'stroke-dasharray': dash } : {}) }),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Emotional and ecomap links: along a line of one or more segments (a routed link bends around
// what it would cross; see shared/genogram/routing.ts).

/** The polyline moved sideways by `by`, corners joined where the moved segments meet. */
export function offsetPolyline(points: readonly Point[], by: number): Point[] {
  if (points.length < 2 || by === 0) return [...points];
  const segments: Array<[Point, Point]> = [];
  for (let i = 1; i < points.length; i++) segments.push(offsetSegment(points[i - 1] as Point, points[i] as Point, by));
  const out: Point[] = [segments[0]?.[0] as Point];
  for (let i = 1; i < segments.length; i++) {
    const [a, b] = segments[i - 1] as [Point, Point];
    const [c, d] = segments[i] as [Point, Point];
    const denominator = (b.x - a.x) * (d.y - c.y) - (b.y - a.y) * (d.x - c.x);
    if (Math.abs(denominator) < 1e-6) {
      out.push(b);
      continue;
    }
    const t = ((c.x - a.x) * (d.y - c.y) - (c.y - a.y) * (d.x - c.x)) / denominator;
    out.push({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  }
  out.push((segments[segments.length - 1] as [Point, Point])[1]);
  return out;
}

function polylineLength(points: readonly Point[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += length(points[i - 1] as Point, points[i] as Point);
  return total;
}

/** The point `distance` along the polyline, and the segment it lies on. */
function along(points: readonly Point[], distance: number): { at: Point; a: Point; b: Point; index: number } {
  let left = Math.max(0, distance);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const d = length(a, b);
    if (left <= d || i === points.length - 1) {
      const t = d > 0 ? Math.min(1, left / d) : 0;
      return { at: { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }, a, b, index: i };
    }
    left -= d;
  }
  const only = points[0] ?? { x: 0, y: 0 };
  return { at: only, a: only, b: only, index: 0 };
}

/** The point at a fraction of the polyline's length. */
export function pointAlong(points: readonly Point[], fraction: number): Point {
  return along(points, polylineLength(points) * fraction).at;
}

/** The part of the polyline between two distances along it. */
function slice(points: readonly Point[], from: number, to: number): Point[] {
  const start = along(points, from);
  const end = along(points, to);
  return [start.at, ...points.slice(start.index, end.index), end.at];
}

function zigzagPolyline(points: readonly Point[], amplitude?: number, wavelength?: number): Point[] {
  const out: Point[] = [];
  for (let i = 1; i < points.length; i++) {
    const piece = zigzag(points[i - 1] as Point, points[i] as Point, amplitude, wavelength);
    out.push(...(i === 1 ? piece : piece.slice(1)));
  }
  return out;
}

const last = (points: readonly Point[]): [Point, Point] => [points[points.length - 2] as Point, points[points.length - 1] as Point];
const first = (points: readonly Point[]): [Point, Point] => [points[1] as Point, points[0] as Point];

export function relationEdge(path: readonly Point[], quality: RelationLink['quality'], direction: RelationLink['direction'], intensity = 2): SvgElement {
  const colour = RELATION_COLOUR[quality];
  const width = 1.4 + intensity * 0.5;
  const stroke = { stroke: colour, 'stroke-width': width };
  const parts: Array<SvgElement | SvgElement[]> = [];
  const points = [...path];
  switch (quality) {
    case 'close':
      parts.push(line(offsetPolyline(points, -3), stroke), line(offsetPolyline(points, 3), stroke));
      break;
    case 'fused':
      parts.push(line(offsetPolyline(points, -5), stroke), line(points, stroke), line(offsetPolyline(points, 5), stroke));
      break;
    case 'distant':
      parts.push(line(points, { ...stroke, 'stroke-dasharray': '6 6' }));
      break;
    case 'conflictual':
      parts.push(line(zigzagPolyline(points), stroke));
      break;
    case 'close-conflictual':
      parts.push(line(offsetPolyline(points, -4), stroke), line(offsetPolyline(points, 4), stroke), line(zigzagPolyline(points, 6), stroke));
      break;
    case 'cut-off': {
      const total = polylineLength(points);
      const middle = along(points, total / 2);
      parts.push(line(slice(points, 0, total / 2 - 6), stroke), line(slice(points, total / 2 + 6, total), stroke), bars(middle.a, middle.b, length(middle.a, middle.at) / (length(middle.a, middle.b) || 1), 2, colour));
      break;
    }
    case 'violence':
      parts.push(line(zigzagPolyline(points, 6, 12), { ...stroke, 'stroke-width': width + 0.6 }));
      break;
    case 'support':
      parts.push(line(points, stroke));
      break;
  }
  // Violence always shows who towards whom; support when known.
  const forward = direction === 'forward' || direction === 'both' || (quality === 'violence' && direction === 'none');
  const head = quality === 'support' ? openArrowHead : arrowHead;
  if (forward) parts.push(head(...last(points), colour));
  if (direction === 'both') parts.push(head(...first(points), colour));
  return linkGroup(parts.flat());
}

const MANDATE_STYLE: Readonly<Record<Mandate, Record<string, string | number>>> = {
  // A judicial mandate is seen at a glance: a heavy double line.
  judicial: { 'stroke-width': 4 },
  administrative: { 'stroke-width': 2.2 },
  contractual: { 'stroke-width': 2.2, 'stroke-dasharray': '14 4 3 4' },
  voluntary: { 'stroke-width': 2.2, 'stroke-dasharray': '9 5' },
  informal: { 'stroke-width': 2, 'stroke-dasharray': '2 5' },
};

/** The caption an intervention shows: a judicial one carries the scales, in every format. */
export function interventionCaption(mandate: Mandate, caption: string): string {
  return mandate === 'judicial' ? `⚖ ${caption}`.trim() : caption;
}

/** How far beside an intervention the quality of the relationship runs. */
const QUALITY_OFFSET = 9;

/**
 * From a professional or institution to a person or household, arrow at the receiving end. The
 * quality of the relationship, when said, runs beside it drawn as a relation of that quality.
 * Ended, it is grey with a bar across its end instead of the arrow (a shape: it reads in black and
 * white), and its caption says when it ended.
 */
export function interventionEdge(path: readonly Point[], mandate: Mandate, caption = '', captionAt?: Point, quality?: RelationLink['quality'], ended = false): SvgElement {
  const colour = ended ? ENDED_COLOUR : MANDATE_COLOUR[mandate];
  const parts: SvgElement[] = [];
  const points = [...path];
  // Stopped short of the arrowhead, so that the arrow stays the intervention's.
  if (quality && !ended) parts.push(relationEdge(offsetPolyline(slice(points, 0, Math.max(0, polylineLength(points) - 16)), QUALITY_OFFSET), quality, 'none', 1));
  if (mandate === 'judicial') {
    parts.push(line(offsetPolyline(points, -2.5), { stroke: colour, 'stroke-width': 2.2 }), line(offsetPolyline(points, 2.5), { stroke: colour, 'stroke-width': 2.2 }));
  } else {
    parts.push(line(points, { stroke: colour, ...MANDATE_STYLE[mandate] }));
  }
  parts.push(ended ? endBar(...last(points), colour) : arrowHead(...last(points), colour, 12));
  const text = interventionCaption(mandate, caption);
  const captionEl = label(captionAt ?? pointAlong(points, 0.5), text, colour);
  if (captionEl) parts.push(captionEl);
  const drawn = linkGroup(parts);
  return ended ? { ...drawn, attrs: { ...drawn.attrs, 'data-ended': 'true' } } : drawn;
}

/** A bar across the end of a line: what ended stops there. */
function endBar(from: Point, tip: Point, colour: string, size = 9): SvgElement {
  const u = unit(from, tip);
  const at = { x: tip.x - u.x * 4, y: tip.y - u.y * 4 };
  return el('path', { d: pathOf([{ x: at.x - u.y * size, y: at.y + u.x * size }, { x: at.x + u.y * size, y: at.y - u.x * size }]), stroke: colour, 'stroke-width': 3, fill: 'none' });
}

export function partnershipEdge(path: readonly Point[], formality: PartnershipLink['formality']): SvgElement {
  const parts: SvgElement[] = [];
  const points = [...path];
  const a = points[0] as Point;
  const b = points[points.length - 1] as Point;
  const mid = pointAlong(points, 0.5);
  if (formality === 'formal') {
    parts.push(line(points, { stroke: PARTNERSHIP_COLOUR, 'stroke-width': 2.2 }));
    parts.push(el('circle', { cx: a.x, cy: a.y, r: 3.5, fill: PARTNERSHIP_COLOUR }), el('circle', { cx: b.x, cy: b.y, r: 3.5, fill: PARTNERSHIP_COLOUR }));
  } else if (formality === 'informal') {
    // Hollow ends, so that it does not read as a distant relation (dashed too) in black and white.
    parts.push(line(points, { stroke: PARTNERSHIP_COLOUR, 'stroke-width': 2, 'stroke-dasharray': '7 5' }));
    parts.push(el('circle', { cx: a.x, cy: a.y, r: 3.5, fill: '#ffffff', stroke: PARTNERSHIP_COLOUR, 'stroke-width': 1.6 }), el('circle', { cx: b.x, cy: b.y, r: 3.5, fill: '#ffffff', stroke: PARTNERSHIP_COLOUR, 'stroke-width': 1.6 }));
  } else {
    // Not known to each other: a faint dotted line crossed out in the middle.
    parts.push(line(points, { stroke: PARTNERSHIP_COLOUR, 'stroke-width': 1.6, 'stroke-dasharray': '1 5' }));
    parts.push(el('circle', { cx: mid.x, cy: mid.y, r: 8, fill: '#ffffff', stroke: PARTNERSHIP_COLOUR, 'stroke-width': 1.6 }));
    parts.push(line([{ x: mid.x - 5, y: mid.y + 5 }, { x: mid.x + 5, y: mid.y - 5 }], { stroke: PARTNERSHIP_COLOUR, 'stroke-width': 1.6 }));
  }
  return linkGroup(parts);
}

/** Who brought whom into the situation: dash-dot line, open arrow, optional date. */
export function referralEdge(path: readonly Point[], caption = '', captionAt?: Point): SvgElement {
  const points = [...path];
  const [from, to] = last(points);
  const u = unit(from, to);
  const n = { x: -u.y, y: u.x };
  const back = { x: to.x - u.x * 11, y: to.y - u.y * 11 };
  return linkGroup([
    line(points, { stroke: REFERRAL_COLOUR, 'stroke-width': 1.8, 'stroke-dasharray': '10 4 2 4' }),
    line([{ x: back.x + n.x * 6, y: back.y + n.y * 6 }, to, { x: back.x - n.x * 6, y: back.y - n.y * 6 }], { stroke: REFERRAL_COLOUR, 'stroke-width': 1.8 }),
    label(captionAt ?? pointAlong(points, 0.5), caption, REFERRAL_COLOUR),
  ]);
}
