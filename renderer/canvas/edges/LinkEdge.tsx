import { memo, useMemo } from 'react';
import type { EdgeProps } from '@xyflow/react';
import { diagramIndex, pairKey } from '../../../shared/genogram/diagram-index';
import { drawLinkWithHitPath } from '../../../shared/render/links';
import { linkEnds, type CaseLink } from '../../../shared/model/links';
import { useSymbolOptions } from '../nodes/use-symbol-options';
import { editorStore, useEditor } from '../../store/editor-store';
import type { CaseDocument } from '../../../shared/model/case';
import type { LinkFlowEdge } from '../flow-model';
import { svgToReact } from '../svg-to-react';

function linkDetail(link: CaseLink): string {
  switch (link.kind) {
    case 'couple': return link.status;
    case 'filiation': return link.type;
    case 'relation': return `${link.quality}:${link.direction}`;
    case 'intervention': return `${link.mandate}:${link.measure}`;
    case 'partnership': return link.formality;
    case 'referral': return link.date ?? '';
  }
}

/**
 * Every link kind, drawn by shared/render/links.ts from the model rather than from React Flow's
 * handle positions: children hang from their parents' couple line, which no handle can express.
 */
/** A number per object, so that "this record changed" fits in a string. */
const serials = new WeakMap<object, number>();
let nextSerial = 0;
function serial(value: object | undefined): number {
  if (!value) return -1;
  let n = serials.get(value);
  if (n === undefined) {
    n = ++nextSerial;
    serials.set(value, n);
  }
  return n;
}

/**
 * Everything this link's drawing depends on, as a string: its ends (each record, which changes
 * with its position, gender or index flag, and its box, which moves with an institution), its
 * sideways offset among parallel links and, for a child, the couple its parents may form. Why:
 * during a drag the document changes on every mouse step, but only the links touching the moved
 * nodes need redrawing; an edge subscribed to this signature re-renders only when its own
 * drawing would change.
 */
function geometrySignature(doc: CaseDocument | null, id: string): string {
  if (!doc) return '';
  const index = diagramIndex(doc);
  const link = index.linksById.get(id);
  if (!link) return '';
  const ids = [...linkEnds(link)];
  let signature = `o${index.linkOffsets.get(id) ?? 0};`;
  if (link.kind === 'filiation') {
    const parents = (index.parentsOf.get(link.child) ?? []).map((l) => l.parent);
    ids.push(...parents);
    for (let i = 0; i < parents.length; i++)
      for (let j = i + 1; j < parents.length; j++) signature += `c${serial(index.couples.get(pairKey(parents[i] as string, parents[j] as string)))};`;
  }
  for (const end of ids) {
    const box = index.boxes.get(end) ?? index.householdBoxes.get(end);
    signature += `${serial(index.byId.get(end))}@${box ? `${box.x},${box.y},${box.width},${box.height}` : '-'};`;
  }
  return signature;
}

export const LinkEdge = memo(function LinkEdge({ id, selected }: EdgeProps<LinkFlowEdge>) {
  const { locale } = useSymbolOptions();
  const signature = useEditor((s) => geometrySignature(s.doc, id));
  const link = useEditor((s) => (s.doc ? diagramIndex(s.doc).linksById.get(id) : undefined));
  const drawn = useMemo(() => {
    const doc = editorStore.getState().doc;
    // The index is built once per document and shared by every edge.
    if (!doc || !link) return null;
    const drawing = drawLinkWithHitPath(doc, link, locale);
    const [from, to] = linkEnds(link);
    // What the link is, as attributes: for assistive tools and for the end-to-end tests to read.
    return { drawing, kind: link.kind, detail: linkDetail(link), from, to };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redrawn when the geometry signature or the link change
  }, [signature, link, locale]);
  if (!drawn) return null;
  return (
    <g className={`link-edge${selected ? ' is-selected' : ''}`} data-testid="link-edge" data-link-id={id} data-kind={drawn.kind} data-detail={drawn.detail} data-from={drawn.from} data-to={drawn.to}>
      {/* A second parent's filiation draws nothing: the first one draws the shared connector. */}
      {drawn.drawing && (
        <>
          {selected && <path d={drawn.drawing.hitPath} className="link-edge-highlight" fill="none" />}
          {svgToReact(drawn.drawing.element)}
          <path d={drawn.drawing.hitPath} className="react-flow__edge-interaction" fill="none" stroke="transparent" strokeWidth={16} />
        </>
      )}
    </g>
  );
});
