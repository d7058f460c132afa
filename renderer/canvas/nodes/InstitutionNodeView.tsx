import { memo, useMemo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { INSTITUTION } from '../../../shared/genogram/metrics';
import { updateNode } from '../../../shared/model/operations';
import { institutionSymbol } from '../../../shared/render/symbols';
import { editorStore } from '../../store/editor-store';
import type { InstitutionFlowNode } from '../flow-model';
import { svgToReact } from '../svg-to-react';
import { LinkHandles } from './handles';
import { InlineRename } from './InlineRename';
import { useSymbolOptions } from './use-symbol-options';

export const InstitutionNodeView = memo(function InstitutionNodeView({ data, selected, width, height }: NodeProps<InstitutionFlowNode>) {
  const { node } = data;
  const options = useSymbolOptions();
  const renaming = options.renaming === node.id;
  const size = { width: width ?? INSTITUTION.minWidth, height: height ?? INSTITUTION.minHeight };
  const drawing = useMemo(() => svgToReact(institutionSymbol(node, size, { ...options, ...(renaming ? { nameOverride: ' ' } : {}) })), [node, size.width, size.height, options.locale, options.large, renaming]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className={`flow-symbol institution-node${selected ? ' is-selected' : ''}`} data-testid="institution-node" data-name={node.name} data-type={node.type} style={size}>
      <svg width={size.width} height={size.height} aria-hidden="true">
        {drawing}
      </svg>
      {/* Only the header drags the institution: the body is where its professionals are. */}
      <div className="institution-drag" style={{ height: INSTITUTION.header }} />
      <LinkHandles />
      {renaming && (
        <InlineRename
          initial={node.name}
          top={6}
          width={size.width - 30}
          onCancel={() => editorStore.getState().startRenaming(null)}
          onCommit={(text) => {
            const { startRenaming, apply } = editorStore.getState();
            startRenaming(null);
            if (text.trim() !== node.name) apply((doc) => updateNode<'institution'>(doc, node.id, { name: text.trim() }));
          }}
        />
      )}
    </div>
  );
});
