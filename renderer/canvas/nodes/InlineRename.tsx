import { useEffect, useRef, useState } from 'react';
import { parseNameEntry } from '../../../shared/model/name-entry';
import type { CaseNode } from '../../../shared/model/nodes';
import { updateNode } from '../../../shared/model/operations';
import { useT } from '../../i18n';
import { editorStore } from '../../store/editor-store';

/** What typing `text` in place means for this node: a person's entry may carry an age or years. */
function renameChange(node: CaseNode, text: string): Partial<CaseNode> | null {
  if (node.kind !== 'person') return text.trim() === node.name ? null : { name: text.trim() };
  const entry = parseNameEntry(text);
  const unchanged = entry.name === node.name && entry.age === undefined && entry.birthYear === undefined && entry.deathYear === undefined;
  return unchanged ? null : { ...entry, ...(entry.deathYear !== undefined ? { deceased: true } : {}) };
}

interface Props {
  node: CaseNode;
  top: number;
  width: number;
}

/** The name field typed in place, over the node's label. Enter or leaving it commits; Escape cancels. */
export function InlineRename({ node, top, width }: Props) {
  const t = useT();
  const [value, setValue] = useState(node.name);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (commit: boolean): void => {
    if (done.current) return;
    done.current = true;
    const { startRenaming, apply } = editorStore.getState();
    startRenaming(null);
    const change = commit ? renameChange(node, value) : null;
    if (change) apply((doc) => updateNode(doc, node.id, change));
  };
  return (
    <input
      ref={input}
      className="inline-rename nodrag nopan"
      style={{ top, width }}
      value={value}
      aria-label={t('editor.renameLabel')}
      placeholder={t('editor.renamePlaceholder')}
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter') finish(true);
        if (event.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}
