import { memo, useMemo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { PROFESSIONAL } from '../../../shared/genogram/metrics';
import { updateNode } from '../../../shared/model/operations';
import { professionalSymbol } from '../../../shared/render/symbols';
import { editorStore } from '../../store/editor-store';
import type { ProfessionalFlowNode } from '../flow-model';
import { svgToReact } from '../svg-to-react';
import { LinkHandles } from './handles';
import { InlineRename } from './InlineRename';
import { useSymbolOptions } from './use-symbol-options';

export const ProfessionalNodeView = memo(function ProfessionalNodeView({ data, selected }: NodeProps<ProfessionalFlowNode>) {
  const { node } = data;
  const options = useSymbolOptions();
  const renaming = options.renaming === node.id;
  const drawing = useMemo(() => svgToReact(professionalSymbol(node, { ...options, ...(renaming ? { nameOverride: ' ' } : {}) })), [node, options.locale, options.referenceYear, options.large, renaming]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className={`flow-symbol professional-node${selected ? ' is-selected' : ''}`} data-testid="professional-node" data-name={node.name} data-role={node.role} data-institution={node.institutionId ?? ''}>
      <svg width={PROFESSIONAL.width} height={PROFESSIONAL.height} aria-hidden="true">
        {drawing}
      </svg>
      <LinkHandles />
      {renaming && (
        <InlineRename
          initial={node.name}
          top={PROFESSIONAL.symbol + 4}
          width={PROFESSIONAL.width + 30}
          onCancel={() => editorStore.getState().startRenaming(null)}
          onCommit={(text) => {
            const { startRenaming, apply } = editorStore.getState();
            startRenaming(null);
            if (text.trim() !== node.name) apply((doc) => updateNode<'professional'>(doc, node.id, { name: text.trim() }));
          }}
        />
      )}
    </div>
  );
});
