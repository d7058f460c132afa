import { memo, useCallback } from 'react';
import type { NodeProps } from '@xyflow/react';
import { INSTITUTION } from '../../../shared/genogram/metrics';
import type { InstitutionNode } from '../../../shared/model/nodes';
import { institutionSymbol, type SymbolOptions } from '../../../shared/render/symbols';
import type { InstitutionFlowNode } from '../flow-model';
import { LinkHandles } from './handles';
import { InlineRename } from './InlineRename';
import { useSymbolDrawing } from './use-symbol-drawing';

export const InstitutionNodeView = memo(function InstitutionNodeView({ data, selected, width, height }: NodeProps<InstitutionFlowNode>) {
  const { node } = data;
  const w = width ?? INSTITUTION.minWidth;
  const h = height ?? INSTITUTION.minHeight;
  // The building grows with its professionals: its size is part of what is drawn.
  const draw = useCallback((n: InstitutionNode, options: SymbolOptions) => institutionSymbol(n, { width: w, height: h }, options), [w, h]);
  const { drawing, renaming } = useSymbolDrawing(node, draw, w, h);
  return (
    <div className={`flow-symbol institution-node${selected ? ' is-selected' : ''}`} data-testid="institution-node" data-name={node.name} data-type={node.type} style={{ width: w, height: h }}>
      {drawing}
      {/* Only the header drags the institution: the body is where its professionals are. */}
      <div className="institution-drag" style={{ height: INSTITUTION.header }} />
      <LinkHandles />
      {renaming && <InlineRename node={node} top={6} width={w - 30} />}
    </div>
  );
});
