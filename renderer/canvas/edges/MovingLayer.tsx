import { memo, useCallback, useRef, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useStoreApi } from '@xyflow/react';
import { diagramIndex, householdOutlinePoints } from '../../../shared/genogram/diagram-index';
import { householdOutline } from '../../../shared/render/diagram';
import { drawLink } from '../../../shared/render/links';
import { useSymbolOptions } from '../nodes/use-symbol-options';
import { drawingParts, svgToReact } from '../svg-to-react';
import { useLinkGeometry } from './LinkEdge';

/**
 * What a drag is reshaping (household outlines, then links), drawn together in one layer above the
 * nodes while the drag lasts (see LinkGeometryHub for why). Nothing is drawn here the rest of the
 * time.
 */
export const MovingLayer = memo(function MovingLayer() {
  const { locale } = useSymbolOptions();
  const hub = useLinkGeometry();
  const subscribe = useCallback((listener: () => void) => hub.subscribeMoving(listener), [hub]);
  const { doc, routes, links, households } = useSyncExternalStore(subscribe, () => hub.moving());
  // React Flow's layer that moves and zooms with the diagram, looked up once. Why not its
  // ViewportPortal: that searches the whole canvas for it at every change of React Flow's
  // state, which at every drag step on a large case cost more than this layer's drawing.
  const flow = useStoreApi();
  const host = useRef<Element | null>(null);
  if (!doc || (links.length === 0 && households.length === 0)) return null;
  host.current ??= flow.getState().domNode?.querySelector('.react-flow__viewport-portal') ?? null;
  if (!host.current) return null;
  const members = diagramIndex(doc).householdMembers;
  return createPortal(
    <svg className="moving-layer" data-testid="moving-layer" aria-hidden="true">
      {households.map((household) => {
        const boxes = members.get(household.id);
        return boxes && <g key={household.id} data-testid="moving-household">{svgToReact(householdOutline(householdOutlinePoints(boxes), null))}</g>;
      })}
      {links.map((link) => {
        const drawing = drawLink(doc, link, locale, routes);
        if (!drawing) return null;
        const { props, children } = drawingParts(drawing);
        return <g {...props} key={link.id} data-testid="moving-link">{children}</g>;
      })}
    </svg>,
    host.current,
  );
});
