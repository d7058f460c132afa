// Link styles, as pure functions from end points to an SVG tree in absolute coordinates.
// Every kind and state differs by line pattern or mark, not only by colour.
import type { CoupleStatus, FiliationType, Mandate, PartnershipLink, RelationLink } from '../model/links';
import type { Position } from '../model/primitives';
import { dashedPath, el, group, pathOf, type SvgElement } from './svg';
import { FONT, INK, MANDATE_COLOUR, PARTNERSHIP_COLOUR, RELATION_COLOUR, REFERRAL_COLOUR } from './theme';

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
  const u = unit(from, tip);
  const n = { x: -u.y, y: u.x };
  const base = { x: tip.x - u.x * size, y: tip.y - u.y * size };
  const left = { x: base.x + n.x * size * 0.5, y: base.y + n.y * size * 0.5 };
  const right = { x: base.x - n.x * size * 0.5, y: base.y - n.y * size * 0.5 };
  return el('path', { d: `${pathOf([tip, left, right])} Z`, fill: colour, stroke: 'none' });
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
export function childEdge(from: Point, child: Point, sibshipY: number, type: FiliationType): SvgElement {
  const trunk = [from, { x: from.x, y: sibshipY }, { x: child.x, y: sibshipY }];
  const drop = [{ x: child.x, y: sibshipY }, child];
  const dash = FILIATION_DASH[type];
  return linkGroup([
    line(trunk, { stroke: INK, 'stroke-width': 2 }),
    line(drop, { stroke: INK, 'stroke-width': 2, ...(dash ? { 'stroke-dasharray': dash } : {}) }),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Emotional and ecomap links

export function relationEdge(a: Point, b: Point, quality: RelationLink['quality'], direction: RelationLink['direction'], intensity = 2): SvgElement {
  const colour = RELATION_COLOUR[quality];
  const width = 1.4 + intensity * 0.5;
  const stroke = { stroke: colour, 'stroke-width': width };
  const parts: Array<SvgElement | SvgElement[]> = [];
  switch (quality) {
    case 'close':
      parts.push(line(offsetSegment(a, b, -3), stroke), line(offsetSegment(a, b, 3), stroke));
      break;
    case 'fused':
      parts.push(line(offsetSegment(a, b, -5), stroke), line([a, b], stroke), line(offsetSegment(a, b, 5), stroke));
      break;
    case 'distant':
      parts.push(line([a, b], { ...stroke, 'stroke-dasharray': '6 6' }));
      break;
    case 'conflictual':
      parts.push(line(zigzag(a, b), stroke));
      break;
    case 'close-conflictual':
      parts.push(line(offsetSegment(a, b, -4), stroke), line(offsetSegment(a, b, 4), stroke), line(zigzag(a, b, 6), stroke));
      break;
    case 'cut-off': {
      const [gapStart] = trimSegment(a, b, 0, length(a, b) / 2 + 6);
      const [gapEnd] = trimSegment(a, b, length(a, b) / 2 + 6, 0);
      parts.push(line([a, gapStart], stroke), line([gapEnd, b], stroke), bars(a, b, 0.5, 2, colour));
      break;
    }
    case 'violence':
      parts.push(line(zigzag(a, b, 6, 12), { ...stroke, 'stroke-width': width + 0.6 }));
      break;
    case 'support':
      parts.push(line([a, b], stroke));
      break;
  }
  // Violence always shows who towards whom; support when known.
  const forward = direction === 'forward' || direction === 'both' || (quality === 'violence' && direction === 'none');
  if (forward) parts.push(arrowHead(a, b, colour));
  if (direction === 'both') parts.push(arrowHead(b, a, colour));
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

/** From a professional or institution to a person or household, arrow at the receiving end. */
export function interventionEdge(from: Point, to: Point, mandate: Mandate, caption = ''): SvgElement {
  const colour = MANDATE_COLOUR[mandate];
  const parts: SvgElement[] = [];
  if (mandate === 'judicial') {
    parts.push(line(offsetSegment(from, to, -2.5), { stroke: colour, 'stroke-width': 2.2 }), line(offsetSegment(from, to, 2.5), { stroke: colour, 'stroke-width': 2.2 }));
  } else {
    parts.push(line([from, to], { stroke: colour, ...MANDATE_STYLE[mandate] }));
  }
  parts.push(arrowHead(from, to, colour, 12));
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  const text = interventionCaption(mandate, caption);
  const captionEl = label(mid, text, colour);
  if (captionEl) parts.push(captionEl);
  return linkGroup(parts);
}

export function partnershipEdge(a: Point, b: Point, formality: PartnershipLink['formality']): SvgElement {
  const parts: SvgElement[] = [];
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  if (formality === 'formal') {
    parts.push(line([a, b], { stroke: PARTNERSHIP_COLOUR, 'stroke-width': 2.2 }));
    parts.push(el('circle', { cx: a.x, cy: a.y, r: 3.5, fill: PARTNERSHIP_COLOUR }), el('circle', { cx: b.x, cy: b.y, r: 3.5, fill: PARTNERSHIP_COLOUR }));
  } else if (formality === 'informal') {
    parts.push(line([a, b], { stroke: PARTNERSHIP_COLOUR, 'stroke-width': 2, 'stroke-dasharray': '7 5' }));
  } else {
    // Not known to each other: a faint dotted line crossed out in the middle.
    parts.push(line([a, b], { stroke: PARTNERSHIP_COLOUR, 'stroke-width': 1.6, 'stroke-dasharray': '1 5' }));
    parts.push(el('circle', { cx: mid.x, cy: mid.y, r: 8, fill: '#ffffff', stroke: PARTNERSHIP_COLOUR, 'stroke-width': 1.6 }));
    parts.push(line([{ x: mid.x - 5, y: mid.y + 5 }, { x: mid.x + 5, y: mid.y - 5 }], { stroke: PARTNERSHIP_COLOUR, 'stroke-width': 1.6 }));
  }
  return linkGroup(parts);
}

/** Who brought whom into the situation: dash-dot line, open arrow, optional date. */
export function referralEdge(from: Point, to: Point, caption = ''): SvgElement {
  const u = unit(from, to);
  const n = { x: -u.y, y: u.x };
  const back = { x: to.x - u.x * 11, y: to.y - u.y * 11 };
  const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
  return linkGroup([
    line([from, to], { stroke: REFERRAL_COLOUR, 'stroke-width': 1.8, 'stroke-dasharray': '10 4 2 4' }),
    line([{ x: back.x + n.x * 6, y: back.y + n.y * 6 }, to, { x: back.x - n.x * 6, y: back.y - n.y * 6 }], { stroke: REFERRAL_COLOUR, 'stroke-width': 1.8 }),
    label(mid, caption, REFERRAL_COLOUR),
  ]);
}
