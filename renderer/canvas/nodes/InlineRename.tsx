import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';

interface Props {
  initial: string;
  onCommit(text: string): void;
  onCancel(): void;
  top: number;
  width: number;
}

/** The name field typed in place, over the node's label. Enter or leaving it commits; Escape cancels. */
export function InlineRename({ initial, onCommit, onCancel, top, width }: Props) {
  const t = useT();
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const commit = (): void => {
    if (done.current) return;
    done.current = true;
    onCommit(value);
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
        if (event.key === 'Enter') commit();
        if (event.key === 'Escape') {
          done.current = true;
          onCancel();
        }
      }}
      onBlur={commit}
    />
  );
}
