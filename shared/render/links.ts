// Draws any link of a case from the diagram index: the one place that decides how each link kind
// looks, used by the canvas edges and the exported SVG alike.
import { clearance, diagramIndex, pairKey, symbolBottom, symbolCentre, symbolTop, type DiagramIndex } from '../genogram/diagram-index';
import type { Locale } from '../i18n/messages';
import type { CaseDocument } from '../model/case';
import type { CaseLink, FiliationLink } from '../model/links';
import { linkEnds } from '../model/links';
import { measureLabel } from '../model/presets';
import type { Position } from '../model/primitives';
import { shiftSegment, childEdge, coupleEdge, coupleGeometry, interventionEdge, partnershipEdge, referralEdge, relationEdge, trimSegment } from './edges';
import { pathOf, type SvgElement } from './svg';

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

export interface DrawnLink {
  element: SvgElement;
  /** A simple path along the link, for a wide invisible stroke that makes it easy to click. */
  hitPath: string;
}

export function drawLink(doc: CaseDocument, link: CaseLink, locale: Locale): SvgElement | null {
  return drawLinkWithHitPath(doc, link, locale)?.element ?? null;
}

const straight = (a: Position, b: Position): string => pathOf([a, b]);

export function drawLinkWithHitPath(doc: CaseDocument, link: CaseLink, locale: Locale): DrawnLink | null {
  const index = diagramIndex(doc);
  switch (link.kind) {
    case 'couple': {
      const a = symbolBottom(index, link.a);
      const b = symbolBottom(index, link.b);
      if (!a || !b) return null;
      const g = coupleGeometry(a, b);
      return { element: coupleEdge(g, link.status, yearCaption(link.startYear, link.endYear)), hitPath: pathOf([a, { x: a.x, y: g.y }, { x: b.x, y: g.y }, b]) };
    }
    case 'filiation': {
      const child = symbolTop(index, link.child);
      if (!child) return null;
      const siblingsLinks = index.parentsOf.get(link.child) ?? [link];
      const pair = parentCouple(index, siblingsLinks);
      let from: Position | null;
      if (pair && (pair.first.id === link.id || pair.second.id === link.id)) {
        // Both parents' links meet in one connector from the middle of their couple line.
        if (pair.second.id === link.id) return null;
        const a = symbolBottom(index, pair.couple.a);
        const b = symbolBottom(index, pair.couple.b);
        if (!a || !b) return null;
        from = coupleGeometry(a, b).midpoint;
      } else {
        from = symbolBottom(index, link.parent);
      }
      if (!from) return null;
      const sibshipY = Math.max(from.y + 10, child.y - 22);
      const type = pair && pair.second.type !== 'biological' ? pair.second.type : link.type;
      return { element: childEdge(from, child, sibshipY, type), hitPath: pathOf([{ x: child.x, y: sibshipY }, child]) };
    }
    case 'relation': {
      const ends = endsOf(index, link);
      return ends && { element: relationEdge(ends[0], ends[1], link.quality, link.direction, link.intensity), hitPath: straight(...ends) };
    }
    case 'intervention': {
      const ends = endsOf(index, link);
      const caption = [measureLabel(link.measure, locale), link.since ?? ''].filter(Boolean).join(' · ');
      return ends && { element: interventionEdge(ends[0], ends[1], link.mandate, caption), hitPath: straight(...ends) };
    }
    case 'partnership': {
      const ends = endsOf(index, link);
      return ends && { element: partnershipEdge(ends[0], ends[1], link.formality), hitPath: straight(...ends) };
    }
    case 'referral': {
      const ends = endsOf(index, link);
      return ends && { element: referralEdge(ends[0], ends[1], link.date ?? ''), hitPath: straight(...ends) };
    }
  }
}
