// The whole diagram as one standalone SVG document, from the model alone: what the export writes,
// and what tests render in Node. The canvas draws the same pieces one node and one edge at a time.
import { diagramBounds, diagramIndex, householdOutlinePoints, type DiagramIndex } from '../genogram/diagram-index';
import { boxesOverlap, segmentCrossesBox, type Box } from '../genogram/metrics';

import type { Household } from '../model/household';
import type { Id, Position } from '../model/primitives';
import { translate, type Locale } from '../i18n/messages';
import { referenceYearOf, type CaseDocument } from '../model/case';
import { drawLink, drawLinkWithHitPath, type LinkRoutes } from './links';
import { legendBox } from './legend';
import { institutionSymbol, personSymbol, professionalSymbol, textBox, type SymbolOptions } from './symbols';
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

const HOUSEHOLD_CAPTION_SIZE = 12;

/** A household's name as written beside its outline; `y` is the baseline. */
export interface HouseholdCaption {
  text: string;
  x: number;
  y: number;
  size: number;
  anchor: 'start' | 'end';
  box: Box;
}

/**
 * Where a household's name is written: on its outline, at the first of its corners (top left,
 * top right, bottom left, bottom right) where no family line crosses it and it covers no element;
 * top left if none is free. Why: a child's line comes down into a household from above, most
 * often onto its first member, right where the name used to be, and read as crossing it out.
 * The canvas places the household's tab there too, routed links go round it, and the readability
 * measure counts it among the labels.
 */
export function householdCaption(doc: CaseDocument, household: Household, text: string = household.name, index: DiagramIndex = diagramIndex(doc)): HouseholdCaption | null {
  const members = index.householdMembers.get(household.id);
  if (!members?.length) return null;
  const points = householdOutlinePoints(members);
  const top = Math.min(...points.map((p) => p.y));
  const bottom = Math.max(...points.map((p) => p.y));
  const along = (y: number) => points.filter((p) => p.y === y).map((p) => p.x);
  const candidates: Array<Omit<HouseholdCaption, 'box' | 'text' | 'size'>> = [
    { x: Math.min(...along(top)) + 12, y: top - 6, anchor: 'start' },
    { x: Math.max(...along(top)) - 12, y: top - 6, anchor: 'end' },
    { x: Math.min(...along(bottom)) + 12, y: bottom + 16, anchor: 'start' },
    { x: Math.max(...along(bottom)) - 12, y: bottom + 16, anchor: 'end' },
  ];
  const placed = candidates.map((c) => {
    const start = textBox({ text, x: c.x, y: c.y, size: HOUSEHOLD_CAPTION_SIZE, anchor: 'start' });
    return { ...c, text, size: HOUSEHOLD_CAPTION_SIZE, box: c.anchor === 'end' ? { ...start, x: start.x - start.width } : start };
  });
  const lines = familyLinesNear(doc, index, new Set(household.members));
  const free = (box: Box) => {
    for (const points of lines) for (let i = 1; i < points.length; i++) if (segmentCrossesBox(points[i - 1] as Position, points[i] as Position, box)) return false;
    for (const other of index.boxes.values()) if (boxesOverlap(other, box)) return false;
    return true;
  };
  return placed.find((c) => free(c.box)) ?? (placed[0] as HouseholdCaption);
}

/** The couple and child lines that reach these people (the lines that may cross their household's outline). */
function familyLinesNear(doc: CaseDocument, index: DiagramIndex, people: ReadonlySet<Id>): Position[][] {
  const lines: Position[][] = [];
  for (const link of doc.links) {
    if (link.kind !== 'couple' && link.kind !== 'filiation') continue;
    const near = link.kind === 'couple' ? people.has(link.a) || people.has(link.b) : people.has(link.child) || (index.parentsOf.get(link.child) ?? []).some((l) => people.has(l.parent));
    if (!near) continue;
    const drawn = drawLinkWithHitPath(doc, link, 'fr');
    if (drawn) lines.push(drawn.points);
  }
  return lines;
}

/** A household's dashed outline; `points` from householdOutlinePoints, its name where householdCaption says. */
export function householdOutline(points: readonly Position[], caption: HouseholdCaption | null): SvgElement {
  const first = points[0] ?? { x: 0, y: 0 };
  return group([
    dashedPath(points.length ? [...points, first] : [], { fill: 'none', stroke: INK_SOFT, 'stroke-width': 1.8, 'stroke-dasharray': '8 6', 'stroke-linejoin': 'round' }),
    caption?.text &&
      el('text', { x: caption.x, y: caption.y, 'font-size': caption.size, 'font-family': FONT, fill: INK_SOFT, 'font-style': 'italic', ...(caption.anchor === 'end' ? { 'text-anchor': 'end' } : {}) }, caption.text),
  ]);
}

export function diagramElement(doc: CaseDocument, options: DiagramOptions): { element: SvgElement; width: number; height: number } {
  const index = diagramIndex(doc);
  const symbolOptions: SymbolOptions = { locale: options.locale, referenceYear: referenceYearOf(doc), large: options.large ?? false };
  const bounds = diagramBounds(index, MARGIN) ?? { x: 0, y: 0, width: 400, height: 300 };

  const households = doc.households.flatMap((h) => {
    const members = index.householdMembers.get(h.id);
    return members ? [householdOutline(householdOutlinePoints(members), householdCaption(doc, h, h.name, index))] : [];
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
