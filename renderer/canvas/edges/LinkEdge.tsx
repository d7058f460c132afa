import { createContext, memo, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import type { EdgeProps } from '@xyflow/react';
import { drawLinkWithHitPath } from '../../../shared/render/links';
import { linkEnds, type CaseLink } from '../../../shared/model/links';
import { useSymbolOptions } from '../nodes/use-symbol-options';
import type { LinkFlowEdge } from '../flow-model';
import { drawingParts } from '../svg-to-react';
import type { LinkGeometryHub } from './link-geometry';
import { interventionOn } from '../../../shared/timeline/history';
import { useTimeline } from '../../timeline/timeline-store';

function linkDetail(link: CaseLink): string {
  switch (link.kind) {
    case 'couple': return link.status;
    case 'filiation': return link.type;
    case 'relation': return `${link.quality}:${link.direction}`;
    case 'intervention': return `${link.mandate}:${link.measure}${link.quality ? `:${link.quality}` : ''}`;
    case 'partnership': return link.formality;
    case 'referral': return link.date ?? '';
  }
}

/** The canvas's hub (see link-geometry.ts), provided by the canvas. */
export const LinkGeometryContext = createContext<LinkGeometryHub | null>(null);

export function useLinkGeometry(): LinkGeometryHub {
  const hub = useContext(LinkGeometryContext);
  if (!hub) throw new Error('Links are drawn inside the canvas, which provides their LinkGeometryHub.');
  return hub;
}

/**
 * Every link kind, drawn by shared/render/links.ts from the model rather than from React Flow's
 * handle positions: children hang from their parents' couple line, which no handle can express.
 * A link re-renders only when the hub says its drawing changed (see link-geometry.ts), or when it
 * is selected: the other props React Flow passes (handle positions) are not read, so their changes
 * are ignored. Why: whenever React Flow measures a node's handles (its size changed, say), the
 * positions it passes move by rounding errors, and every link to that node was drawn again.
 */
export const LinkEdge = memo(function LinkEdge({ id, selected }: EdgeProps<LinkFlowEdge>) {
  const { locale } = useSymbolOptions();
  const hub = useLinkGeometry();
  const subscribe = useCallback((listener: () => void) => hub.subscribe(id, listener), [hub, id]);
  const geometry = useSyncExternalStore(subscribe, () => hub.geometry(id));
  // The map at a date (the timeline): an intervention whose mandate or measure changed since is
  // drawn as it was then, one that ended since as running. Only such links hear the date change.
  const atDay = useTimeline((s) => (s.atDay && geometry?.link.kind === 'intervention' && (geometry.link.history?.length || geometry.link.until) ? s.atDay : null));
  const drawn = useMemo(() => {
    // While a drag reshapes it, the moving layer draws it.
    if (!geometry || geometry.moving) return null;
    const { doc, routes } = geometry;
    const link = atDay && geometry.link.kind === 'intervention' ? interventionOn(geometry.link, atDay) : geometry.link;
    const drawing = drawLinkWithHitPath(doc, link, locale, routes, atDay ?? undefined);
    const [from, to] = linkEnds(link);
    // What the link is, as attributes: for assistive tools and for the end-to-end tests to read.
    return { drawing, parts: drawing && drawingParts(drawing.element), kind: link.kind, detail: linkDetail(link), from, to };
  }, [geometry, locale, atDay]);
  if (!drawn) return null;
  return (
    <g {...drawn.parts?.props} className={`link-edge${selected ? ' is-selected' : ''}`} data-testid="link-edge" data-link-id={id} data-kind={drawn.kind} data-detail={drawn.detail} data-from={drawn.from} data-to={drawn.to}>
      {/* A second parent's filiation draws nothing: the first one draws the shared connector. */}
      {drawn.drawing && (
        <>
          {selected && <path d={drawn.drawing.hitPath} className="link-edge-highlight" />}
          {drawn.parts?.children}
          {/* Styled by the stylesheet (.link-hit), shared by every link. */}
          <path d={drawn.drawing.hitPath} className="react-flow__edge-interaction link-hit" />
        </>
      )}
    </g>
  );
}, (before, after) => before.id === after.id && before.selected === after.selected);
