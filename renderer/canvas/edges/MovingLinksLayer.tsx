import { memo, useCallback, useContext, useSyncExternalStore } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { drawLink } from '../../../shared/render/links';
import { useSymbolOptions } from '../nodes/use-symbol-options';
import { svgToReact } from '../svg-to-react';
import { LinkGeometryContext } from './LinkEdge';

/**
 * The links a drag is reshaping, drawn together in one layer above the nodes while the drag lasts
 * (see LinkGeometryHub for why). Nothing is drawn here the rest of the time.
 */
export const MovingLinksLayer = memo(function MovingLinksLayer() {
  const { locale } = useSymbolOptions();
  const hub = useContext(LinkGeometryContext);
  const subscribe = useCallback((listener: () => void) => hub.subscribeMoving(listener), [hub]);
  const { doc, links } = useSyncExternalStore(subscribe, () => hub.movingLinks());
  if (!doc || links.length === 0) return null;
  return (
    <ViewportPortal>
      <svg className="moving-links" data-testid="moving-links" aria-hidden="true">
        {links.map((link) => {
          const drawing = drawLink(doc, link, locale);
          return drawing && <g key={link.id}>{svgToReact(drawing)}</g>;
        })}
      </svg>
    </ViewportPortal>
  );
});
