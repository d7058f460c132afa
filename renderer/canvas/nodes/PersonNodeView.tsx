import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { PERSON, PERSON_NAME_BASELINE } from '../../../shared/genogram/metrics';
import { personSymbol } from '../../../shared/render/symbols';
import type { PersonFlowNode } from '../flow-model';
import { LinkHandles } from './handles';
import { InlineRename } from './InlineRename';
import { useSymbolDrawing } from './use-symbol-drawing';

export const PersonNodeView = memo(function PersonNodeView({ data, selected }: NodeProps<PersonFlowNode>) {
  const { node } = data;
  const { drawing, renaming } = useSymbolDrawing(node, personSymbol, PERSON.width, PERSON.height);
  return (
    <div className={`flow-symbol person-node${selected ? ' is-selected' : ''}`} data-testid="person-node" data-name={node.name} data-gender={node.gender} data-age={node.age ?? ''} data-index={node.index} data-circle={node.circle}>
      {drawing}
      <LinkHandles />
      {renaming && <InlineRename node={node} top={PERSON_NAME_BASELINE - 18} width={PERSON.width + 40} />}
    </div>
  );
});
