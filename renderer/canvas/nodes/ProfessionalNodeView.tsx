import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { PROFESSIONAL } from '../../../shared/genogram/metrics';
import { professionalSymbol } from '../../../shared/render/symbols';
import type { ProfessionalFlowNode } from '../flow-model';
import { LinkHandles } from './handles';
import { InlineRename } from './InlineRename';
import { useSymbolDrawing } from './use-symbol-drawing';

export const ProfessionalNodeView = memo(function ProfessionalNodeView({ data, selected }: NodeProps<ProfessionalFlowNode>) {
  const { node } = data;
  const { drawing, renaming } = useSymbolDrawing(node, professionalSymbol, PROFESSIONAL.width, PROFESSIONAL.height);
  return (
    <div className={`flow-symbol professional-node${selected ? ' is-selected' : ''}`} data-testid="professional-node" data-name={node.name} data-role={node.role} data-institution={node.institutionId ?? ''}>
      {drawing}
      <LinkHandles />
      {renaming && <InlineRename node={node} top={PROFESSIONAL.symbol + 4} width={PROFESSIONAL.width + 30} />}
    </div>
  );
});
