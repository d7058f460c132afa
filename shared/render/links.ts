// Draws any link of a case from the diagram index: the one place that decides how each link kind
// looks, used by the canvas edges and the exported SVG alike.
import { coupleLines } from '../genogram/couple-lines';
import { clearance, diagramIndex, pairKey, symbolBottom, symbolCentre, symbolTop, type DiagramIndex } from '../genogram/diagram-index';
import type { Locale } from '../i18n/messages';
import type { CaseDocument } from '../model/case';
import type { CaseLink, FiliationLink, InterventionLink } from '../model/links';
import { dayOf, formatShortDate, hasEndedBy, type Day } from '../model/dates';
import { linkEnds } from '../model/links';
import { measureLabel } from '../model/presets';
import type { Id, Position } from '../model/primitives';
import { CAPTION_SIZE, captionBaseline, interventionCaption, pointAlong, shiftSegment, childEdge, coupleEdge, coupleGeometry, interventionEdge, partnershipEdge, referralEdge, relationEdge, trimSegment } from './edges';
import { pathOf, type SvgElement } from './svg';
import { textBox } from './symbols';
import { PERSON, type Box } from '../genogram/metrics';

/** The couple a child's connector hangs from, when its two parents form one. */
function parentCouple(index: DiagramIndex, links: readonly FiliationLink[]) {
  for (let i = 0; i < links.length; i++) {
    for (let j = i + 1; j < links.length; j++) {
      const couple = index.couples.get(pairKey((links[i] as FiliationLink).parent, (links[j] as FiliationLink).parent));
      if (couple) return { couple, first: links[i] as FiliationLink, second: links[j] as FiliationLink };
    }
  }
  return null;
}

/** What a link's caption says, as drawn (none for family lines, relations and partnerships). */
export function linkCaption(link: CaseLink, locale: Locale): string {
  if (link.kind === 'intervention') return interventionCaption(link.mandate, interventionText(link, locale));
  if (link.kind === 'referral') return link.date ? formatShortDate(link.date, locale) : '';
  return '';
}

/** An intervention's measure and dates, in words: "AED · depuis sept. 2025", "AED · sept. 2025 – juin 2026". */
function interventionText(link: InterventionLink, locale: Locale): string {
  const since = link.since && formatShortDate(link.since, locale);
  const until = link.until && formatShortDate(link.until, locale);
  const dates = since && until ? `${since} – ${until}` : since ? `${locale === 'fr' ? 'depuis' : 'since'} ${since}` : until ? `${locale === 'fr' ? 'jusqu’en' : 'until'} ${until}` : '';
  return [measureLabel(link.measure, locale), dates].filter(Boolean).join(' · ');
}

/** The line of an ecomap link: its route if it has one, else straight between the two symbols. */
function lineOf(index: DiagramIndex, link: CaseLink, routes: LinkRoutes | undefined): { points: Position[]; label?: Position } | null {
  const route = routes?.get(link.id);
  if (route && route.points.length >= 2) return route;
  const ends = endsOf(index, link);
  return ends && { points: [...ends] };
}

function endsOf(index: DiagramIndex, link: CaseLink): [Position, Position] | null {
  const [fromId, toId] = linkEnds(link);
  const a = symbolCentre(index, fromId);
  const b = symbolCentre(index, toId);
  if (!a || !b) return null;
  const [start, end] = trimSegment(a, b, clearance(index, fromId, a, b), clearance(index, toId, b, a));
  return shiftSegment(start, end, index.linkOffsets.get(link.id) ?? 0);
}

function yearCaption(start?: number, end?: number): string {
  if (start === undefined && end === undefined) return '';
  return `${start ?? '?'}${end !== undefined ? ` – ${end}` : ''}`;
}

/** A link's route around the symbols it would cross (see genogram/routing.ts). */
export interface LinkRoute {
  points: Position[];
  /** Where its caption is centred, clear of everything else, and the box it then covers. */
  label?: Position;
  labelBox?: Box;
}
export type LinkRoutes = ReadonlyMap<Id, LinkRoute>;

export interface DrawnLink {
  element: SvgElement;
  /** A simple path along the link, for a wide invisible stroke that makes it easy to click. */
  hitPath: string;
  /** The line the link follows, in diagram coordinates (what the readability measure reads). */
  points: Position[];
  /** The boxes of the link's captions, if any. */
  labels: Box[];
}

/** How far beside the couple line's stub a single parent's line leaves the symbol, and how far below it turns. */
const SINGLE_PARENT_OFFSET = 12;
const SINGLE_PARENT_DROP = 8;

/**
 * The side (-1 left, 1 right) a single parent's line to `child` steps to: away from the parent's
 * partners if they are all on one side, otherwise towards the child.
 */
function singleParentSide(index: DiagramIndex, parent: Id, bottom: Position, child: Position): -1 | 1 {
  const sides = new Set<number>();
  for (const couple of index.couples.values()) {
    const partner = couple.a === parent ? couple.b : couple.b === parent ? couple.a : null;
    const at = partner ? symbolBottom(index, partner) : null;
    if (at) sides.add(Math.sign(at.x - bottom.x));
  }
  if (sides.size === 1 && !sides.has(0)) return sides.has(1) ? -1 : 1;
  return child.x < bottom.x ? -1 : 1;
}

/** The box of a caption written centred on `at` (see interventionEdge, referralEdge). */
function captionAt(at: Position, text: string): Box[] {
  if (!text) return [];
  const baseline = captionBaseline(at);
  return [textBox({ text, x: baseline.x, y: baseline.y, size: CAPTION_SIZE, anchor: 'middle' })];
}


export function drawLink(doc: CaseDocument, link: CaseLink, locale: Locale, routes?: LinkRoutes): SvgElement | null {
  return drawLinkWithHitPath(doc, link, locale, routes)?.element ?? null;
}


/** `day`: the day the map stands for (today unless the map is shown at a date); what ended before it is drawn as ended. */
export function drawLinkWithHitPath(doc: CaseDocument, link: CaseLink, locale: Locale, routes?: LinkRoutes, day: Day = dayOf(new Date())): DrawnLink | null {
  const index = diagramIndex(doc);
  switch (link.kind) {
    case 'couple': {
      const a = symbolBottom(index, link.a);
      const b = symbolBottom(index, link.b);
      if (!a || !b) return null;
      const g = coupleGeometry(a, b, coupleLines(index).get(link.id)?.drop);
      const points = [a, { x: a.x, y: g.y }, { x: b.x, y: g.y }, b];
      const caption = yearCaption(link.startYear, link.endYear);
      const labels = caption ? [textBox({ text: caption, x: g.midpoint.x, y: g.y + 14, size: 10.5, anchor: 'middle' })] : [];
      return { element: coupleEdge(g, link.status, caption), hitPath: pathOf(points), points, labels };
    }
    case 'filiation': {
      const child = symbolTop(index, link.child);
      if (!child) return null;
      const siblingsLinks = index.parentsOf.get(link.child) ?? [link];
      const pair = parentCouple(index, siblingsLinks);
      let from: Position | null;
      let lead: Position[] = [];
      if (pair && (pair.first.id === link.id || pair.second.id === link.id)) {
        // Both parents' links meet in one connector from the middle of their couple line.
        if (pair.second.id === link.id) return null;
        const a = symbolBottom(index, pair.couple.a);
        const b = symbolBottom(index, pair.couple.b);
        if (!a || !b) return null;
        const line = coupleLines(index).get(pair.couple.id);
        const g = coupleGeometry(a, b, line?.drop);
        from = { x: line?.hangX ?? g.midpoint.x, y: g.y };
      } else {
        // A single parent: the line steps aside under the symbol, so that it does not run
        // down through the parent's name; away from a partner, so that it does not run along
        // (and read as hanging from) their couple line. It leaves from under the symbol's
        // fill, beside the couple line's stub, and turns above that line's height.
        const bottom = symbolBottom(index, link.parent);
        const box = index.boxes.get(link.parent);
        if (bottom && box) {
          const towards = singleParentSide(index, link.parent, bottom, child);
          const side = towards < 0 ? box.x - 8 : box.x + box.width + 8;
          const x = bottom.x + towards * SINGLE_PARENT_OFFSET;
          const y = bottom.y + SINGLE_PARENT_DROP;
          lead = [{ x, y: bottom.y - PERSON.symbol / 2 }, { x, y }];
          from = { x: side, y };
        } else from = bottom;
      }
      if (!from) return null;
      const sibshipY = Math.max(from.y + 10, child.y - 22);
      const type = pair && pair.second.type !== 'biological' ? pair.second.type : link.type;
      const points = [...lead, from, { x: from.x, y: sibshipY }, { x: child.x, y: sibshipY }, child];
      return { element: childEdge(from, child, sibshipY, type, lead), hitPath: pathOf([{ x: child.x, y: sibshipY }, child]), points, labels: [] };
    }
    case 'relation': {
      const line = lineOf(index, link, routes);
      return line && { element: relationEdge(line.points, link.quality, link.direction, link.intensity), hitPath: pathOf(line.points), points: line.points, labels: [] };
    }
    case 'intervention': {
      const line = lineOf(index, link, routes);
      if (!line) return null;
      const caption = interventionText(link, locale);
      const at = line.label ?? pointAlong(line.points, 0.5);
      return { element: interventionEdge(line.points, link.mandate, caption, at, link.quality, hasEndedBy(link.until, day)), hitPath: pathOf(line.points), points: line.points, labels: captionAt(at, interventionCaption(link.mandate, caption)) };
    }
    case 'partnership': {
      const line = lineOf(index, link, routes);
      return line && { element: partnershipEdge(line.points, link.formality), hitPath: pathOf(line.points), points: line.points, labels: [] };
    }
    case 'referral': {
      const line = lineOf(index, link, routes);
      if (!line) return null;
      const at = line.label ?? pointAlong(line.points, 0.5);
      const date = link.date ? formatShortDate(link.date, locale) : '';
      return { element: referralEdge(line.points, date, at), hitPath: pathOf(line.points), points: line.points, labels: captionAt(at, date) };
    }
  }
}
