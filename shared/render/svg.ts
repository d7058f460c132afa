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

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  // Also drops characters XML 1.0 forbids, so a stray control character cannot break the file.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
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
