// The whole diagram as one standalone SVG document, from the model alone: what the export writes,
// and what tests render in Node. The canvas draws the same pieces one node and one edge at a time.
import { diagramBounds, diagramIndex, householdOutlinePoints } from '../genogram/diagram-index';
import type { Position } from '../model/primitives';
import { translate, type Locale } from '../i18n/messages';
import { referenceYearOf, type CaseDocument } from '../model/case';
import { drawLink, type LinkRoutes } from './links';
import { legendBox } from './legend';
import { institutionSymbol, personSymbol, professionalSymbol, type SymbolOptions } from './symbols';
import { dashedPath, el, group, serializeSvg, type SvgElement } from './svg';
import { FONT, INK, INK_SOFT } from './theme';

export interface DiagramOptions {
  locale: Locale;
  showLegend?: boolean;
  /** Title block text: the case title, or a neutral title for an anonymised export. */
  title?: string;
  subtitle?: string;
  large?: boolean;
  /** Text drawn in each person's symbol instead of the age (age bands), by node id. */
  ageLabels?: ReadonlyMap<string, string>;
  /** Routes of the ecomap links (shared/genogram/routing.ts); straight lines without. */
  routes?: LinkRoutes;
  /** Drawn beneath and above everything else, in diagram coordinates (the comparison's marks). */
  underlay?: readonly SvgElement[];
  overlay?: readonly SvgElement[];
}

const MARGIN = 32;

/** A household's dashed outline; `points` from householdOutlinePoints, `name` written on its top edge. */
export function householdOutline(points: readonly Position[], name: string): SvgElement {
  const first = points[0] ?? { x: 0, y: 0 };
  return group([
    dashedPath(points.length ? [...points, first] : [], { fill: 'none', stroke: INK_SOFT, 'stroke-width': 1.8, 'stroke-dasharray': '8 6', 'stroke-linejoin': 'round' }),
    name && el('text', { x: (points[points.length - 1] ?? first).x + 12, y: first.y - 6, 'font-size': 12, 'font-family': FONT, fill: INK_SOFT, 'font-style': 'italic' }, name),
  ]);
}

export function diagramElement(doc: CaseDocument, options: DiagramOptions): { element: SvgElement; width: number; height: number } {
  const index = diagramIndex(doc);
  const symbolOptions: SymbolOptions = { locale: options.locale, referenceYear: referenceYearOf(doc), large: options.large ?? false };
  const bounds = diagramBounds(index, MARGIN) ?? { x: 0, y: 0, width: 400, height: 300 };

  const households = doc.households.flatMap((h) => {
    const members = index.householdMembers.get(h.id);
    return members ? [householdOutline(householdOutlinePoints(members), h.name)] : [];
  });
  const at = (x: number, y: number) => `translate(${x} ${y})`;
  // A symbol is one group: placing it adds its position to that group rather than another around it.
  const placed = (symbol: SvgElement, x: number, y: number): SvgElement =>
    symbol.tag === 'g' && symbol.attrs.transform === undefined ? { ...symbol, attrs: { ...symbol.attrs, transform: at(x, y) } } : group([symbol], { transform: at(x, y) });
  const institutions = doc.nodes.flatMap((n) => {
    const box = index.boxes.get(n.id);
    return n.kind === 'institution' && box ? [placed(institutionSymbol(n, box, symbolOptions), box.x, box.y)] : [];
  });
  const links = doc.links.map((l) => drawLink(doc, l, options.locale, options.routes)).filter((e): e is SvgElement => e !== null);
  const people = doc.nodes.flatMap((n) => {
    const box = index.boxes.get(n.id);
    if (!box || n.kind === 'institution') return [];
    const ageText = options.ageLabels?.get(n.id);
    const symbol = n.kind === 'person' ? personSymbol(n, ageText ? { ...symbolOptions, ageText } : symbolOptions) : professionalSymbol(n, symbolOptions);
    return [placed(symbol, box.x, box.y)];
  });

  const titleHeight = options.title ? 56 : 0;
  const legend = options.showLegend === false ? null : legendBox(doc, options.locale);
  const width = bounds.width + (legend ? legend.width + MARGIN : 0);
  const height = Math.max(bounds.height, legend ? legend.height + MARGIN * 2 : 0) + titleHeight;

  const drawing = group([...(options.underlay ?? []), ...households, ...institutions, ...links, ...people, ...(options.overlay ?? [])], { transform: at(-bounds.x, -bounds.y + titleHeight) });
  const parts: SvgElement[] = [el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }), drawing];
  if (options.title) {
    parts.push(
      el('text', { x: MARGIN, y: 34, 'font-size': 20, 'font-weight': 700, 'font-family': FONT, fill: INK }, options.title),
      el('text', { x: MARGIN, y: 52, 'font-size': 12, 'font-family': FONT, fill: INK_SOFT }, options.subtitle ?? translate(options.locale, 'app.tagline')),
    );
  }
  if (legend) parts.push(group([legend.element], { transform: at(bounds.width, titleHeight + MARGIN) }));
  return { element: group(parts), width, height };
}

/** A standalone SVG file: no ids, no title or metadata elements, nothing but the drawing. */
export function renderDiagramSvg(doc: CaseDocument, options: DiagramOptions): string {
  return svgDocument(diagramElement(doc, options));
}

/** The SVG file of a drawing already built (the export reads its strings first). */
export function svgDocument({ element, width, height }: { element: SvgElement; width: number; height: number }): string {
  const svg = el('svg', { xmlns: 'http://www.w3.org/2000/svg', width: Math.ceil(width), height: Math.ceil(height), viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}` }, element);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(svg)}\n`;
}
