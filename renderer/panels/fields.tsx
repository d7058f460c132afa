import { useId, useState, type ReactNode } from 'react';

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
 * Text committed when the field is left or Enter is pressed, not on every key: one undo step per
 * edit, and no save per keystroke.
 */
interface TextInputProps {
  id: string;
  value: string;
  onCommit(value: string): void;
  multiline?: boolean;
  placeholder?: string;
}

export function TextInput(props: TextInputProps) {
  // Keyed by the value: when the model changes (undo, another element), the draft starts afresh.
  return <DraftText key={props.value} {...props} />;
}

function DraftText({ id, value, onCommit, multiline = false, placeholder }: TextInputProps) {
  const [draft, setDraft] = useState(value);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  if (multiline) {
    return <textarea id={id} value={draft} rows={5} placeholder={placeholder} onChange={(e) => setDraft(e.target.value)} onBlur={commit} />;
  }
  return (
    <input
      id={id}
      type="text"
      value={draft}
      placeholder={placeholder}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}

/** A whole number, or empty for "unknown". */
interface NumberInputProps {
  id: string;
  value: number | undefined;
  min: number;
  max: number;
  onCommit(value: number | undefined): void;
}

export function NumberInput(props: NumberInputProps) {
  return <DraftNumber key={String(props.value)} {...props} />;
}

function DraftNumber({ id, value, min, max, onCommit }: NumberInputProps) {
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const commit = () => {
    const trimmed = draft.trim();
    if (trimmed === '') return value !== undefined && onCommit(undefined);
    const parsed = Number(trimmed);
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      setDraft(value === undefined ? '' : String(value));
      return;
    }
    if (parsed !== value) onCommit(parsed);
  };
  return (
    <input
      id={id}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
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
