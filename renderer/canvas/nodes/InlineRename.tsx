import { useEffect, useRef, useState } from 'react';
import { fitText, textLimit } from '../../../shared/model/limits';
import { applyNameEntry, nameEntryFields } from '../../../shared/entry/name-entry';
import { PersonNode, type CaseNode } from '../../../shared/model/nodes';
import { updateNode } from '../../../shared/model/operations';
import { useT } from '../../i18n';
import { useTypingSession } from '../../panels/fields';
import { editorStore } from '../../store/editor-store';

/** Every kind of element has the same name schema. */
const NAME_LIMIT = textLimit(PersonNode.shape.name);

interface Props {
  node: CaseNode;
  top: number;
  width: number;
}

/**
 * The name field typed in place, over the node's label. The name is written to the document as it
 * is typed (one undo step for the whole name); Enter, Escape or leaving the field closes it.
 */
export function InlineRename({ node, top, width }: Props) {
  const t = useT();
  const [value, setValue] = useState(node.name);
  const [cut, setCut] = useState(false);
  const base = useRef(node);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const session = useTypingSession(`rename:${node.id}`);
  useEffect(() => {
    session.begin(node.name);
    input.current?.focus();
    input.current?.select();
    // Once, for the node being renamed: `session` and `node` are read at mount on purpose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const type = (typed: string): void => {
    const fitted = fitText(value, typed, NAME_LIMIT);
    setValue(fitted.value);
    setCut(fitted.cut);
    editorStore.getState().apply((doc) => updateNode(doc, base.current.id, nameEntryFields(base.current, fitted.value)));
  };
  const finish = (): void => {
    if (done.current) return;
    done.current = true;
    // What reaches other elements (an institution, the interventions) is read once the name is
    // finished, not at every key: "C", "CM", "CMP" are not three institutions.
    editorStore.getState().apply((doc) => applyNameEntry(doc, base.current.id, value, base.current).doc);
    session.end();
    editorStore.getState().startRenaming(null);
  };
  return (
    <>
      <input
        ref={input}
        className="inline-rename nodrag nopan"
        style={{ top, width }}
        value={value}
        aria-label={t('editor.renameLabel')}
        placeholder={t('editor.renamePlaceholder')}
        onChange={(event) => type(event.target.value)}
        onKeyDown={(event) => {
          event.stopPropagation();
          if (event.key === 'Enter' || event.key === 'Escape') finish();
        }}
        onBlur={finish}
      />
      {cut && (
        <span className="inline-rename-note" role="status" style={{ top: top + 30 }}>
          {t('limit.cut', { max: NAME_LIMIT })}
        </span>
      )}
    </>
  );
}
