// The comparison drawn: one map holding both states (what left is still drawn, struck through),
// each change marked by a shape, a pattern and a colour, so that it reads in black and white too
// (arrived: a round badge and a solid ring; left: a square badge and hatching; changed: a diamond
// badge, a dotted ring, and for a link its former line drawn faintly beside it), numbered like
// the list in words printed under the map. Exported as SVG or PDF, in clear or anonymised; an
// anonymised sheet goes through the leak guard like any export.
import { diagramIndex, type DiagramIndex } from '../genogram/diagram-index';
import type { Box } from '../genogram/metrics';
import { BoxGrid, diagramGeometry, segmentCrossesBox } from '../genogram/readability';
import { translate, type Locale } from '../i18n/messages';
import type { CaseDocument } from '../model/case';
import { linkEnds, type CaseLink } from '../model/links';
import type { CaseNode } from '../model/nodes';
import type { Id, Position } from '../model/primitives';
import { describeComparison, type DescribedComparison } from '../narrative/describe';
import { diagramElement } from '../render/diagram';
import { drawLinkWithHitPath, type LinkRoute, type LinkRoutes } from '../render/links';
import { el, group, serializeSvg, type SvgElement } from '../render/svg';
import { FONT, INK, INK_SOFT } from '../render/theme';
import { utf8 } from '../crypto/bytes';
import { finalise, guardDrawing, prepareExport, type PdfPage, type PreparedExport } from '../export/export';
import type { FontFiles } from '../export/fonts';
import type { Change, Comparison } from './compare';
import type { DatedState, MapState } from './state';

export const MARK_COLOUR = { arrived: '#1b7f3b', left: '#b42318', changed: '#8a5a00' } as const;
const HALO = { arrived: '#cde9d3', left: '#f4d4d0', changed: '#f3e2bf' } as const;
const MARGIN = 32;
const LINE_HEIGHT = 18;
const LIST_FONT = 12;

export interface ComparisonSheet {
  element: SvgElement;
  width: number;
  height: number;
  described: DescribedComparison;
  prepared: PreparedExport;
}

/**
 * Both states on one map: the newer one, plus what only the older one had (ids of elements found
 * in both under other ids are written in the newer terms).
 */
export function unionForDrawing(comparison: Comparison): MapState {
  const newer = (id: Id) => comparison.matched.get(id) ?? id;
  const left = <T>(record: Change['record']) => comparison.changes.filter((c) => c.type === 'left' && c.record === record).map((c) => c.before as T);
  const leftNodes = left<CaseNode>('node').map((n) => (n.kind === 'professional' && n.institutionId ? { ...n, institutionId: newer(n.institutionId) } : n));
  const leftLinks = left<CaseLink>('link').map((l) => renameEnds(l, newer));
  const leftHouseholds = left<MapState['households'][number]>('household').map((h) => ({ ...h, members: h.members.map(newer) }));
  const { after } = comparison;
  return { nodes: [...after.nodes, ...leftNodes], links: [...after.links, ...leftLinks], households: [...after.households, ...leftHouseholds], events: after.events };
}

function renameEnds(link: CaseLink, rename: (id: Id) => Id): CaseLink {
  switch (link.kind) {
    case 'couple':
    case 'relation':
    case 'partnership':
      return { ...link, a: rename(link.a), b: rename(link.b) };
    case 'filiation':
      return { ...link, parent: rename(link.parent), child: rename(link.child) };
    case 'intervention':
    case 'referral':
      return { ...link, from: rename(link.from), to: rename(link.to) };
  }
}

/** A link as it was, drawn between the ends it has now. */
function formerLink(before: CaseLink, after: CaseLink): CaseLink {
  const ghost = { ...before, id: after.id, notes: '' } as CaseLink;
  const ends = linkEnds(after);
  const placed = renameEnds(ghost, (id) => (id === linkEnds(before)[0] ? ends[0] : id === linkEnds(before)[1] ? ends[1] : id));
  // Without captions (measure, dates): the present line carries them, and two would overlap.
  if (placed.kind === 'intervention') return { id: placed.id, kind: 'intervention', from: placed.from, to: placed.to, mandate: placed.mandate, measure: '', notes: '', ...(placed.quality ? { quality: placed.quality } : {}) };
  if (placed.kind === 'couple') return { id: placed.id, kind: 'couple', a: placed.a, b: placed.b, status: placed.status, notes: '' };
  if (placed.kind === 'referral') return { id: placed.id, kind: 'referral', from: placed.from, to: placed.to, notes: '' };
  return placed;
}

/** The grey a former state is drawn in: faint on screen and on paper, without transparency (PDF has none here). */
const FORMER = '#a7abb0';

/** The same drawing in one grey: every stroke and every fill that is not white or none. */
function tinted(element: SvgElement, colour: string): SvgElement {
  const attrs = { ...element.attrs };
  for (const key of ['stroke', 'fill'] as const) {
    const value = attrs[key];
    if (typeof value === 'string' && value !== 'none' && value.toLowerCase() !== '#ffffff' && value !== 'white') attrs[key] = colour;
  }
  return { tag: element.tag, attrs, children: element.children.map((c) => (typeof c === 'string' ? c : tinted(c, colour))) };
}

/** The point at `fraction` of the length of a polyline, and the direction there. */
function along(points: readonly Position[], fraction: number): { at: Position; dx: number; dy: number } {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - (points[i] as Position).x, p.y - (points[i] as Position).y));
  let rest = lengths.reduce((s, l) => s + l, 0) * fraction;
  for (let i = 0; i < lengths.length; i++) {
    const a = points[i] as Position;
    const b = points[i + 1] as Position;
    const l = lengths[i] as number;
    if (rest <= l && l > 0) return { at: { x: a.x + ((b.x - a.x) * rest) / l, y: a.y + ((b.y - a.y) * rest) / l }, dx: (b.x - a.x) / l, dy: (b.y - a.y) / l };
    rest -= l;
  }
  return { at: points[0] ?? { x: 0, y: 0 }, dx: 1, dy: 0 };
}

const BADGE_HALF = 13;
const BADGE_OFFSET = 16;
const badgeBox = (at: Position): Box => ({ x: at.x - BADGE_HALF, y: at.y - BADGE_HALF, width: 2 * BADGE_HALF, height: 2 * BADGE_HALF });
const overlapping = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Where a link's badge goes: beside its line, as near its middle as can be without covering a name,
 * a caption, a person's or a professional's symbol, or another badge (a badge on a caption hid
 * "Logement"), nor if it can another link's line; beside the middle if nowhere is clear.
 */
function badgeSpot(points: readonly Position[], obstacles: BoxGrid<{ box: Box }>, lines: BoxGrid<{ box: Box; a: Position; b: Position }>): Position {
  const candidates: Array<{ spot: Position; box: Box }> = [];
  for (const fraction of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.12, 0.88]) {
    const { at, dx, dy } = along(points, fraction);
    for (const side of [1, -1]) {
      const spot = { x: at.x - dy * BADGE_OFFSET * side, y: at.y + dx * BADGE_OFFSET * side };
      const box = badgeBox(spot);
      if (![...obstacles.near(box)].some((o) => overlapping(o.box, box))) candidates.push({ spot, box });
    }
  }
  const clearOfLines = candidates.find(({ box }) => ![...lines.near(box)].some((l) => segmentCrossesBox(l.a, l.b, box)));
  const chosen = clearOfLines ?? candidates[0];
  if (chosen) return chosen.spot;
  const { at, dx, dy } = along(points, 0.5);
  return { x: at.x - dy * BADGE_OFFSET, y: at.y + dx * BADGE_OFFSET };
}

/** The numbered badge: round (arrived), square (left), diamond (changed). */
export function badge(type: Change['type'], n: number | string, x: number, y: number): SvgElement {
  const colour = MARK_COLOUR[type];
  const r = 10;
  const shape =
    type === 'arrived' ? el('circle', { cx: x, cy: y, r })
    : type === 'left' ? el('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r })
    : el('path', { d: `M${x} ${y - r - 3} L${x + r + 3} ${y} L${x} ${y + r + 3} L${x - r - 3} ${y} Z` });
  return group([shape, el('text', { x, y: y + 4, 'text-anchor': 'middle', 'font-size': 11, 'font-weight': 700, 'font-family': FONT, fill: '#ffffff', stroke: 'none' }, String(n))], { fill: colour, stroke: '#ffffff', 'stroke-width': 1.5 });
}

/** Diagonal strokes across a box: what left is struck through. */
function hatch(box: Box, colour: string): SvgElement {
  const lines: SvgElement[] = [];
  const step = 9;
  for (let k = step; k < box.width + box.height; k += step) {
    const x1 = box.x + Math.min(k, box.width);
    const y1 = box.y + Math.max(0, k - box.width);
    const x2 = box.x + Math.max(0, k - box.height);
    const y2 = box.y + Math.min(k, box.height);
    lines.push(el('line', { x1, y1, x2, y2 }));
  }
  return group(lines, { stroke: colour, 'stroke-width': 1.2 });
}

function ring(box: Box, type: Change['type']): SvgElement {
  const pad = 6;
  return el('rect', {
    x: box.x - pad,
    y: box.y - pad,
    width: box.width + 2 * pad,
    height: box.height + 2 * pad,
    rx: 8,
    fill: 'none',
    stroke: MARK_COLOUR[type],
    'stroke-width': type === 'arrived' ? 3 : 2,
    ...(type === 'changed' ? { 'stroke-dasharray': '2 4', 'stroke-linecap': 'round' } : type === 'left' ? { 'stroke-dasharray': '8 4' } : {}),
  });
}

function householdBox(index: DiagramIndex, members: readonly Id[]): Box | null {
  const boxes = members.map((m) => index.boxes.get(m)).filter((b): b is Box => !!b);
  if (!boxes.length) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
}

/** The marks of every change told, numbered as in the list. */
export function comparisonMarks(union: CaseDocument, described: DescribedComparison, locale: Locale, routes?: LinkRoutes): { underlay: SvgElement[]; overlay: SvgElement[] } {
  const index = diagramIndex(union);
  const links = new Map(union.links.map((l) => [l.id, l]));
  // What a link's badge must not cover: every name, caption and symbol (an institution's box is a
  // background: its header is a label), and the badges placed before it.
  const geometry = diagramGeometry(union, { locale, ...(routes ? { routes } : {}) });
  const symbols = geometry.symbols.filter((s) => index.byId.get(s.owner)?.kind !== 'institution');
  const obstacles = new BoxGrid<{ box: Box }>([...geometry.labels, ...symbols]);
  const segments = geometry.links.flatMap((line) =>
    line.points.slice(1).map((b, k) => {
      const a = line.points[k] as Position;
      return { a, b, box: { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) } };
    }),
  );
  const lines = new BoxGrid(segments);
  const underlay: SvgElement[] = [];
  const overlay: SvgElement[] = [];
  described.entries.forEach(({ change }, i) => {
    const n = i + 1;
    const type = markType(change);
    const ended = type !== change.type;
    if (change.record === 'event') {
      // An event (a placement, a move) is marked on whom it concerns: a person, or a household.
      const { subject } = (change.after ?? change.before) as MapState['events'][number];
      const household = union.households.find((h) => h.id === subject);
      const box = index.boxes.get(subject) ?? (household ? householdBox(index, household.members) : null);
      if (!box) return;
      overlay.push(ring(box, type), badge(type, n, box.x - 2, box.y - 2));
      return;
    }
    if (change.record === 'node' || change.record === 'household') {
      const box = change.record === 'node' ? index.boxes.get(change.id) : householdBox(index, ((change.after ?? change.before) as MapState['households'][number]).members);
      if (!box) return;
      if (type === 'left') overlay.push(hatch(box, MARK_COLOUR.left));
      overlay.push(ring(box, type), badge(type, n, box.x + box.width + 2, box.y - 2));
      return;
    }
    if (change.record !== 'link') return;
    const link = links.get(change.id);
    const drawn = link && drawLinkWithHitPath(union, link, locale, routes);
    if (!link || !drawn || drawn.points.length < 2) return;
    const { dx, dy } = along(drawn.points, 0.5);
    const path = drawn.points.map((p, k) => `${k ? 'L' : 'M'}${Math.round(p.x * 10) / 10} ${Math.round(p.y * 10) / 10}`).join(' ');
    underlay.push(el('path', { d: path, fill: 'none', stroke: HALO[type], 'stroke-width': 12, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }));
    if (type === 'left') {
      // Struck through: short bars across the line, every 24 units.
      const bars: SvgElement[] = [];
      for (let k = 0; k + 1 < drawn.points.length; k++) {
        const a = drawn.points[k] as Position;
        const b = drawn.points[k + 1] as Position;
        const length = Math.hypot(b.x - a.x, b.y - a.y);
        if (length === 0) continue;
        const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
        for (let d = 12; d < length - 6; d += 24) {
          const c = { x: a.x + ux * d, y: a.y + uy * d };
          bars.push(el('line', { x1: c.x - uy * 7 - ux * 3, y1: c.y + ux * 7 - uy * 3, x2: c.x + uy * 7 + ux * 3, y2: c.y - ux * 7 + uy * 3 }));
        }
      }
      overlay.push(group(bars, { stroke: MARK_COLOUR.left, 'stroke-width': 1.6 }));
    }
    if (change.type === 'changed' && !ended && change.before && change.before.kind === link.kind) {
      // The former state, drawn faintly beside the present one.
      const former = drawLinkWithHitPath({ ...union, links: union.links.map((l) => (l.id === link.id ? formerLink(change.before as CaseLink, link) : l)) }, formerLink(change.before as CaseLink, link), locale, routes);
      if (former) overlay.push(group([tinted(former.element, FORMER)], { transform: `translate(${Math.round(-dy * 9 * 10) / 10} ${Math.round(dx * 9 * 10) / 10})` }));
    }
    const spot = badgeSpot(drawn.points, obstacles, lines);
    obstacles.add({ box: badgeBox(spot) });
    overlay.push(badge(type, n, spot.x, spot.y));
  });
  return { underlay, overlay };
}

/** How a change is marked: as it is, except an intervention that ended, drawn as gone (struck through). */
export function markType(change: Change): Change['type'] {
  const ended = change.record === 'link' && change.type === 'changed' && change.fields.some((f) => f.field === 'until' && f.before === undefined);
  return ended ? 'left' : change.type;
}

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The case drawn with both states (unionForDrawing), its other fields as they are. */
export function unionCase(doc: CaseDocument, comparison: Comparison): CaseDocument {
  const union = unionForDrawing(comparison);
  return { ...doc, nodes: [...union.nodes], links: [...union.links], households: [...union.households], events: [...union.events] };
}

export interface ComparisonRequest {
  locale: Locale;
  anonymise: boolean;
  /** Anonymised: the neutral title ("Situation A" by default). */
  title?: string;
  /** Routes the links of the map drawn (libavoid, as on the canvas); straight lines without. */
  route?: (doc: CaseDocument) => LinkRoutes | undefined;
}

/**
 * The routes the map is drawn with, keyed by the links of `union`. Anonymised, the drawing's links
 * have fresh ids, one for each link of the union in the same order (anonymiseCase).
 */
function routesInTermsOf(union: CaseDocument, prepared: PreparedExport): LinkRoutes | undefined {
  const routes = prepared.diagram.routes;
  if (!routes || prepared.doc === union) return routes;
  const out = new Map<Id, LinkRoute>();
  union.links.forEach((link, i) => {
    const drawn = prepared.doc.links[i];
    const route = drawn && routes.get(drawn.id);
    if (route) out.set(link.id, route);
  });
  return out;
}

/** The comparison sheet: the map with its marks, the key to the marks, and the changes in words. */
export function comparisonSheet(doc: CaseDocument, from: DatedState, to: DatedState, request: ComparisonRequest): ComparisonSheet {
  const { locale } = request;
  const described = describeComparison(doc, from, to, { locale, anonymise: request.anonymise, ...(request.title ? { title: request.title } : {}) });
  const unionDoc = unionCase(doc, described.comparison);
  const prepared = prepareExport(unionDoc, { anonymise: request.anonymise, locale, ...(request.title ? { title: request.title } : {}), ...(request.route ? { route: request.route } : {}) });
  // Node sizes and positions do not depend on names: the marks worked out on the named map fall
  // on the anonymised one too, along the routes of the map drawn.
  const marks = comparisonMarks(unionDoc, described, locale, routesInTermsOf(unionDoc, prepared));
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params);
  const map = diagramElement(prepared.doc, { ...prepared.diagram, title: `${t('compare.sheetTitle')} — ${prepared.diagram.title ?? ''}`, subtitle: described.heading, ...marks });

  const width = Math.max(map.width, 720);
  const key = [
    { type: 'arrived' as const, label: t('compare.arrived') },
    { type: 'left' as const, label: t('compare.left') },
    { type: 'changed' as const, label: t('compare.changed') },
  ].map((entry, i) => group([badge(entry.type, '', MARGIN + 10 + i * 170, 0), el('text', { x: MARGIN + 30 + i * 170, y: 4, 'font-size': LIST_FONT, 'font-family': FONT, fill: INK }, entry.label)]));
  const maxChars = Math.max(40, Math.floor((width - 2 * MARGIN - 28) / 6.4));
  let y = 0;
  const list: SvgElement[] = [];
  if (described.entries.length === 0) {
    list.push(el('text', { x: MARGIN, y: (y += LINE_HEIGHT), 'font-size': LIST_FONT, 'font-family': FONT, fill: INK_SOFT }, t('compare.none')));
  }
  described.entries.forEach((entry, i) => {
    wrapText(entry.sentences.join(' '), maxChars).forEach((line, k) => {
      y += LINE_HEIGHT;
      // Each entry carries the badge drawn on the map for it.
      if (k === 0) list.push(badge(markType(entry.change), i + 1, MARGIN + 10, y - 4));
      list.push(el('text', { x: MARGIN + 28, y, 'font-size': LIST_FONT, 'font-family': FONT, fill: INK }, line));
    });
  });
  const keyY = map.height + 24;
  const listY = keyY + 16;
  const height = listY + y + MARGIN;
  const element = group([
    el('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }),
    map.element,
    group(key, { transform: `translate(0 ${keyY})` }),
    group(list, { transform: `translate(0 ${listY})` }),
  ]);
  return { element, width, height, described, prepared };
}

/** The sheet as SVG text, as the dialog previews it (nothing is written from it). */
export function comparisonSvgText(sheet: ComparisonSheet): string {
  const w = Math.ceil(sheet.width);
  const h = Math.ceil(sheet.height);
  const svg = el('svg', { xmlns: 'http://www.w3.org/2000/svg', width: w, height: h, viewBox: `0 0 ${w} ${h}` }, sheet.element);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(svg)}\n`;
}

/**
 * The sheet as a standalone SVG file. Anonymised, it goes through the leak guard like any export:
 * every string of the drawing as typed, then the file as a reader reads it (LeakError on a hit).
 */
export async function comparisonSvg(sheet: ComparisonSheet): Promise<Uint8Array> {
  guardDrawing(sheet.prepared, 'svg', sheet.element);
  return finalise(sheet.prepared, utf8(comparisonSvgText(sheet)), 'svg');
}

/** `fonts`: where the PDF's fonts are read from (export/fonts.ts). */
export async function comparisonPdf(sheet: ComparisonSheet, page: PdfPage, fonts: FontFiles): Promise<Uint8Array> {
  guardDrawing(sheet.prepared, 'pdf', sheet.element);
  // Loaded on demand, as for every PDF: the library is not part of the app's first download.
  const { renderPdf } = await import('../export/pdf');
  return finalise(sheet.prepared, await renderPdf(sheet.element, sheet.width, sheet.height, page, fonts), 'pdf');
}
