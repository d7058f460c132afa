// A tiny SVG element tree: the symbol functions build it once, then it is either serialised to a
// string (export, Node) or turned into React elements (canvas). One drawing, two outputs.

export type SvgAttrValue = string | number | undefined;
export interface SvgElement {
  tag: string;
  attrs: Record<string, SvgAttrValue>;
  children: SvgChild[];
}
export type SvgChild = SvgElement | string;

export function el(tag: string, attrs: Record<string, SvgAttrValue> = {}, ...children: Array<SvgChild | null | undefined | false>): SvgElement {
  return { tag, attrs, children: children.filter((c): c is SvgChild => c !== null && c !== undefined && c !== false) };
}

export function group(children: Array<SvgChild | null | undefined | false>, attrs: Record<string, SvgAttrValue> = {}): SvgElement {
  return el('g', attrs, ...children);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text and attribute values made safe for markup. Attributes are always written between double
 * quotes, so an apostrophe is left as it is. Why: the font name's apostrophes, repeated as
 * `&#39;` on every label, made the leak guard read the whole file a second time with entities
 * decoded.
 */
export function escapeXml(text: string): string {
  // Also drops characters XML 1.0 forbids, so a stray control character cannot break the file.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

export function serializeSvg(node: SvgChild): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(typeof v === 'number' ? formatNumber(v) : (v as string))}"`)
    .join('');
  if (node.children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${node.children.map(serializeSvg).join('')}</${node.tag}>`;
}

/** Points of a polyline as an SVG path. */
export function pathOf(points: ReadonlyArray<{ x: number; y: number }>): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${formatNumber(p.x)} ${formatNumber(p.y)}`).join(' ');
}

/** How long, roughly, each piece of a dashed line is (in diagram units); see dashedPath. */
export const DASH_PIECE_LENGTH = 400;

/**
 * A dashed polyline drawn as pieces a whole number of dash periods long, so it looks exactly like
 * one dashed path. Why: Skia dashes a diagonal path in full (it only trims horizontal and vertical
 * lines to the area being drawn), and the canvas repaints in tiles, so a long dashed link crossing
 * the screen was dashed again, in full, for every tile redrawn near it; during a drag that was most
 * of the painting time. Pieces outside a tile are skipped before any dashing.
 */
export function dashedPath(points: ReadonlyArray<{ x: number; y: number }>, attrs: Record<string, SvgAttrValue>): SvgElement {
  const dash = String(attrs['stroke-dasharray'] ?? '');
  const period = dash.split(/[\s,]+/).map(Number).filter((n) => n > 0).reduce((sum, n) => sum + n, 0);
  const pieces = period > 0 ? splitPolyline(points, Math.max(1, Math.round(DASH_PIECE_LENGTH / period)) * period) : [points];
  if (pieces.length === 1) return el('path', { d: pathOf(points), ...attrs });
  // The style is said once, on the group: the pieces inherit it (and the export stays small).
  return group(pieces.map((piece) => el('path', { d: pathOf(piece) })), attrs);
}

/** Cuts a polyline every `every` units of its length; the pieces share their end points. */
export function splitPolyline<P extends { x: number; y: number }>(points: readonly P[], every: number): Array<Array<{ x: number; y: number }>> {
  const pieces: Array<Array<{ x: number; y: number }>> = [];
  let current: Array<{ x: number; y: number }> = points[0] ? [points[0]] : [];
  let left = every;
  for (let i = 1; i < points.length; i++) {
    let from = points[i - 1] as P;
    const to = points[i] as P;
    let segment = Math.hypot(to.x - from.x, to.y - from.y);
    while (segment > left) {
      const t = left / segment;
      const cut = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
      current.push(cut);
      pieces.push(current);
      current = [cut];
      segment -= left;
      from = cut as P;
      left = every;
    }
    left -= segment;
    current.push(to);
  }
  if (current.length > 1 || pieces.length === 0) pieces.push(current);
  return pieces;
}
