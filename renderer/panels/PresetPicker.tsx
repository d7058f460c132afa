import { useState } from 'react';
import type { z } from 'zod';
import type { Locale, MessageKey } from '../../shared/i18n/messages';
import { InterventionLink } from '../../shared/model/links';
import { ProfessionalNode } from '../../shared/model/nodes';
import { MEASURE_PRESETS, ROLE_PRESETS } from '../../shared/model/presets';
import { useLocaleStore, useT } from '../i18n';
import { Field, Select, TextInput } from './fields';

/** The lists a value may be picked from: their labels and their presets. */
const PICKERS = {
  role: { schema: ProfessionalNode.shape.role, label: 'inspector.role', textLabel: 'inspector.roleText', otherLabel: 'inspector.otherRole', options: (locale: Locale) => ROLE_PRESETS.map((r) => ({ value: r.key, label: r.long[locale] })) },
  measure: { schema: InterventionLink.shape.measure, label: 'inspector.measure', textLabel: 'inspector.measureText', otherLabel: 'inspector.otherMeasure', options: (locale: Locale) => MEASURE_PRESETS.map((m) => ({ value: m.key, label: m.label[locale] })) },
} as const satisfies Record<string, { schema: z.ZodType; label: MessageKey; textLabel: MessageKey; otherLabel: MessageKey; options(locale: Locale): Array<{ value: string; label: string }> }>;

const NONE = '__none__';
const OTHER = '__other__';

interface Props {
  /** Which presets: roles or measures. */
  of: keyof typeof PICKERS;
  /** A preset's key, typed text, or '' for none. */
  value: string;
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
export function PresetPicker({ of, value, startText, suggestions, onChange }: Props) {
  const t = useT();
  const locale = useLocaleStore((s) => s.locale);
  const picker = PICKERS[of];
  const options = picker.options(locale);
  const [typing, setTyping] = useState(false);
  const isPresetValue = options.some((o) => o.value === value);
  const typed = value !== '' && !isPresetValue;
  // The free text emptied would hide its own field: "—" in the list is how a value goes.
  const notEmpty = (text: string) => text.trim() !== '';
  return (
    <>
      <Field label={t(picker.label)}>
        {(id) => (
          <Select
            id={id}
            value={typed || typing ? OTHER : value || NONE}
            options={[{ value: NONE, label: '—' }, ...options, { value: OTHER, label: t(picker.otherLabel) }]}
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
        <Field label={t(picker.textLabel)}>
          {(id) => (
            <>
              <TextInput id={id} value={typed ? value : ''} schema={picker.schema} accept={notEmpty} autoFocus={typing} list={suggestions ? `${id}-suggestions` : undefined} onCommit={onChange} />
              {suggestions && <datalist id={`${id}-suggestions`}>{suggestions.map((s) => <option key={s} value={s} />)}</datalist>}
            </>
          )}
        </Field>
      )}
    </>
  );
}
