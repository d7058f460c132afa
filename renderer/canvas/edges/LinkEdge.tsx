import { memo, useMemo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import { diagramIndex } from '../../../shared/genogram/diagram-index';
import { drawLinkWithHitPath } from '../../../shared/render/links';
import { useLocaleStore } from '../../i18n';
import { useEditor } from '../../store/editor-store';
import type { LinkFlowEdge } from '../flow-model';
import { svgToReact } from '../svg-to-react';

/**
 * Every link kind, drawn by shared/render/links.ts from the model rather than from React Flow's
 * handle positions: children hang from their parents' couple line, which no handle can express.
 */
export const LinkEdge = memo(function LinkEdge({ id, selected }: EdgeProps<LinkFlowEdge>) {
  const locale = useLocaleStore((s) => s.locale);
  const doc = useEditor((s) => s.doc);
  const drawn = useMemo(() => {
    // The index is built once per document and shared by every edge.
    const link = doc ? diagramIndex(doc).linksById.get(id) : undefined;
    return doc && link ? drawLinkWithHitPath(doc, link, locale) : null;
  }, [doc, id, locale]);
  if (!drawn) return null;
  return (
    <g className={`link-edge${selected ? ' is-selected' : ''}`} data-testid="link-edge" data-link-id={id}>
      {selected && <path d={drawn.hitPath} className="link-edge-highlight" fill="none" />}
      {svgToReact(drawn.element)}
      <path d={drawn.hitPath} className="react-flow__edge-interaction" fill="none" stroke="transparent" strokeWidth={16} />
    </g>
  );
});
