import { memo, useMemo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { PERSON, PERSON_NAME_BASELINE } from '../../../shared/genogram/metrics';
import { parseNameEntry } from '../../../shared/model/name-entry';
import { updateNode } from '../../../shared/model/operations';
import { personSymbol } from '../../../shared/render/symbols';
import { editorStore } from '../../store/editor-store';
import type { PersonFlowNode } from '../flow-model';
import { svgToReact } from '../svg-to-react';
import { LinkHandles } from './handles';
import { InlineRename } from './InlineRename';
import { useSymbolOptions } from './use-symbol-options';

export const PersonNodeView = memo(function PersonNodeView({ data, selected }: NodeProps<PersonFlowNode>) {
  const { node } = data;
  const options = useSymbolOptions();
  const renaming = options.renaming === node.id;
  const drawing = useMemo(() => svgToReact(personSymbol(node, { ...options, ...(renaming ? { nameOverride: ' ' } : {}) })), [node, options.locale, options.referenceYear, options.large, renaming]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <div className={`flow-symbol person-node${selected ? ' is-selected' : ''}`} data-testid="person-node" data-name={node.name} data-gender={node.gender} data-age={node.age ?? ''} data-index={node.index} data-circle={node.circle}>
      <svg width={PERSON.width} height={PERSON.height} aria-hidden="true">
        {drawing}
      </svg>
      <LinkHandles />
      {renaming && (
        <InlineRename
          initial={node.name}
          top={PERSON_NAME_BASELINE - 18}
          width={PERSON.width + 40}
          onCancel={() => editorStore.getState().startRenaming(null)}
          onCommit={(text) => {
            const entry = parseNameEntry(text);
            const { startRenaming, apply } = editorStore.getState();
            startRenaming(null);
            if (entry.name !== node.name || entry.age !== undefined || entry.birthYear !== undefined || entry.deathYear !== undefined) {
              apply((doc) => updateNode<'person'>(doc, node.id, { ...entry, ...(entry.deathYear !== undefined ? { deceased: true } : {}) }));
            }
          }}
        />
      )}
    </div>
  );
});
