import { useState } from 'react';
import type { z } from 'zod';
import { Field, Select, TextInput } from './fields';

const NONE = '__none__';
const OTHER = '__other__';

interface Props {
  label: string;
  /** The label of the free-text field that "Autre…" opens. */
  textLabel: string;
  otherLabel: string;
  /** The presets, by key, as the list shows them. */
  options: ReadonlyArray<{ value: string; label: string }>;
  /** A preset's key, typed text, or '' for none. */
  value: string;
  /** The schema the value is stored under (the free text's length limit). */
  schema: z.ZodType;
  /** What "Autre…" starts the free text with (the chosen preset's words, ready to be edited), if anything. */
  startText?(): string;
  /** Suggestions under the free text (a datalist). */
  suggestions?: readonly string[];
  onChange(value: string): void;
}

/**
 * A value taken from presets or typed: roles, measures. "Autre…" opens the free text, empty or
 * from the preset's words, and stores nothing until something is typed (no "…" on the canvas).
 */
export function PresetPicker({ label, textLabel, otherLabel, options, value, schema, startText, suggestions, onChange }: Props) {
  const [typing, setTyping] = useState(false);
  const isPresetValue = options.some((o) => o.value === value);
  const typed = value !== '' && !isPresetValue;
  // The free text emptied would hide its own field: "—" in the list is how a value goes.
  const notEmpty = (text: string) => text.trim() !== '';
  return (
    <>
      <Field label={label}>
        {(id) => (
          <Select
            id={id}
            value={typed || typing ? OTHER : value || NONE}
            options={[{ value: NONE, label: '—' }, ...options, { value: OTHER, label: otherLabel }]}
            onChange={(chosen) => {
              setTyping(chosen === OTHER);
              if (chosen === OTHER) {
                const start = startText?.() ?? '';
                if (start) onChange(start);
              } else onChange(chosen === NONE ? '' : chosen);
            }}
          />
        )}
      </Field>
      {(typed || typing) && (
        <Field label={textLabel}>
          {(id) => (
            <>
              <TextInput id={id} value={typed ? value : ''} schema={schema} accept={notEmpty} autoFocus={typing} list={suggestions ? `${id}-suggestions` : undefined} onCommit={onChange} />
              {suggestions && <datalist id={`${id}-suggestions`}>{suggestions.map((s) => <option key={s} value={s} />)}</datalist>}
            </>
          )}
        </Field>
      )}
    </>
  );
}
