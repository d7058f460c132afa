import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { COUNTER_FROM, fitText, textLimit } from '../../shared/model/limits';
import { useT } from '../i18n';
import { editorStore } from '../store/editor-store';

/** A labelled row of the inspector. */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/**
 * What a text field needs to write as the user types: a typing session in the editor (all the keys
 * typed between focus and blur make one undo step), and the value at focus for `finalise`.
 */
export function useTypingSession(id: string) {
  const count = useRef(0);
  const atFocus = useRef('');
  const key = useRef('');
  return {
    begin(value: string) {
      count.current += 1;
      key.current = `${id}#${count.current}`;
      atFocus.current = value;
      editorStore.getState().beginTyping(key.current);
    },
    end() {
      editorStore.getState().endTyping(key.current);
    },
    atFocus: () => atFocus.current,
  };
}

/**
 * The draft of a field. While the field has the focus it is what the user typed (the stored value
 * may be a normalised form of it: trimmed, split into lines...); otherwise it follows the value as
 * it changes elsewhere (undo, another window).
 */
function useDraft(value: string): { draft: string; setDraft(next: string): void; focused: boolean; setFocused(focused: boolean): void } {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  const [focused, setFocused] = useState(false);
  if (value !== shown && !focused) {
    setShown(value);
    setDraft(value);
  }
  return {
    draft,
    setDraft,
    focused,
    setFocused(next) {
      setFocused(next);
      // Leaving the field: it shows what is stored.
      if (!next) {
        setShown(value);
        setDraft(value);
      }
    },
  };
}

/**
 * Text written to the document as it is typed (see EditorState.typing): Escape, leaving the field,
 * a lock, leaving the editor and a reload all find it saved. Escape leaves the field and keeps the
 * text; Ctrl+Z then undoes the whole field. The schema's length limit is enforced here: a counter
 * shows near it, and what goes over it (a long paste) is cut with a message.
 */
interface TextInputProps {
  id: string;
  value: string;
  /** The schema the value is stored under: its length limit applies. */
  schema: z.ZodType;
  onCommit(value: string): void;
  /** Values that may be stored (a date, say); others stay in the field and are dropped on leaving it, with `invalidHint` shown. */
  accept?(value: string): boolean;
  invalidHint?: string | ((value: string) => string | null);
  /** The value stored on leaving the field (trimmed, or the previous one rather than nothing). */
  finalise?(typed: string, atFocus: string): string;
  multiline?: boolean;
  placeholder?: string;
  /** The id of a <datalist> of suggestions (one-line fields). */
  list?: string;
  /** Focused when it appears (a field opened by a choice just made). */
  autoFocus?: boolean;
}

export function TextInput({ id, value, schema, onCommit, accept = () => true, invalidHint, finalise, multiline = false, placeholder, list, autoFocus }: TextInputProps) {
  const t = useT();
  const limit = useMemo(() => textLimit(schema), [schema]);
  const { draft, setDraft, setFocused } = useDraft(value);
  const [cut, setCut] = useState(false);
  const session = useTypingSession(id);

  const change = (typed: string) => {
    const fitted = fitText(draft, typed, limit);
    setCut(fitted.cut);
    setDraft(fitted.value);
    if (fitted.value !== value && accept(fitted.value)) onCommit(fitted.value);
  };
  const leave = () => {
    setCut(false);
    if (accept(draft) && finalise) {
      const final = finalise(draft, session.atFocus());
      if (final !== value) onCommit(final);
    }
    setFocused(false);
    session.end();
  };
  const common = {
    id,
    value: draft,
    placeholder,
    autoFocus,
    'aria-invalid': !accept(draft) || undefined,
    onFocus: () => {
      setFocused(true);
      session.begin(value);
    },
    onBlur: leave,
    onChange: (event: { target: { value: string } }) => change(event.target.value),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      // Escape leaves the field (its text is kept) without also clearing the selection.
      if (event.key === 'Escape') {
        event.stopPropagation();
        event.currentTarget.blur();
      }
      if (event.key === 'Enter' && !multiline) event.currentTarget.blur();
    },
  };
  return (
    <>
      {multiline ? <textarea rows={5} {...common} /> : <input type="text" list={list} {...common} />}
      <FieldNotes length={draft.length} limit={limit} cut={cut} invalid={!accept(draft) ? (typeof invalidHint === 'function' ? invalidHint(draft) : (invalidHint ?? null)) : null} t={t} />
    </>
  );
}

function FieldNotes({ length, limit, cut, invalid, t }: { length: number; limit: number; cut: boolean; invalid: string | null; t: ReturnType<typeof useT> }) {
  if (!cut && !invalid && length < limit * COUNTER_FROM) return null;
  return (
    <div className="field-notes">
      {invalid && <span className="field-invalid">{invalid}</span>}
      {cut && <span role="status">{t('limit.cut', { max: limit })}</span>}
      {length >= limit * COUNTER_FROM && <span className="field-counter">{t('limit.counter', { count: length, max: limit })}</span>}
    </div>
  );
}

/** A whole number, or empty for "unknown": written as typed once it is a number in range. */
interface NumberInputProps {
  id: string;
  value: number | undefined;
  min: number;
  max: number;
  onCommit(value: number | undefined): void;
}

export function NumberInput({ id, value, min, max, onCommit }: NumberInputProps) {
  const { draft, setDraft, setFocused } = useDraft(value === undefined ? '' : String(value));
  const session = useTypingSession(id);
  const parse = (text: string): number | undefined | null => {
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    const parsed = Number(trimmed);
    return Number.isInteger(parsed) && parsed >= min && parsed <= max ? parsed : null;
  };
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={draft}
      aria-invalid={parse(draft) === null || undefined}
      onFocus={() => {
        setFocused(true);
        session.begin(draft);
      }}
      onChange={(e) => {
        setDraft(e.target.value);
        const parsed = parse(e.target.value);
        if (parsed !== null && parsed !== value) onCommit(parsed);
      }}
      onBlur={() => {
        // The field shows the stored value again (a number out of range was never stored).
        setFocused(false);
        session.end();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          e.stopPropagation();
          e.currentTarget.blur();
        }
      }}
    />
  );
}

export function Select<T extends string>({ id, value, options, onChange }: { id: string; value: T; options: ReadonlyArray<{ value: T; label: string }>; onChange(value: T): void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}
