// Date entry: an intervention's start and end, the dated events of a person or a household, and
// (DateInput) every date of the synthèse panel. Kept apart from Inspector.tsx, which only places these components.
import { useId } from 'react';
import { firstDay, lastDay, parsePartialDate } from '../../shared/model/dates';
import { CaseEvent, EVENT_KINDS } from '../../shared/model/event';
import type { InterventionLink } from '../../shared/model/links';
import { updateLink } from '../../shared/model/operations';
import { z } from 'zod';
import type { Id, PartialDate } from '../../shared/model/primitives';
import { addEvent, eventsOf, removeEvent, updateEvent } from '../../shared/timeline/events';
import { useT } from '../i18n';
import { Field, Select, TextInput } from '../panels/fields';
import { editorStore, useEditor } from '../store/editor-store';

/**
 * What may be typed in a date field. Why not the stored PartialDate's 10 characters: a date written
 * in words ("15 janvier 2027", "1er septembre 2027") is longer, and was cut before it was read.
 */
const TYPED_DATE = z.string().max(40);

/**
 * A partial date typed in a field ("2024", "03/2024", "12/03/2024"), written as soon as it reads as
 * a date (see TextInput). A date that cannot be read, or that `check` refuses, is said in words while
 * it is typed and is not saved; on leaving the field it shows the saved value again.
 */
export function DateInput({ id, value, onCommit, check }: { id: string; value: PartialDate | undefined; onCommit(date: PartialDate | undefined): void; check?(date: PartialDate | undefined): string | null }) {
  const t = useT();
  const refusal = (text: string): string | null => {
    const parsed = parsePartialDate(text);
    return parsed === null ? t('dates.invalid') : (check?.(parsed) ?? null);
  };
  return (
    <TextInput
      id={id}
      value={value ?? ''}
      schema={TYPED_DATE}
      placeholder={t('dates.placeholder')}
      accept={(text) => refusal(text) === null}
      invalidHint={refusal}
      onCommit={(text) => {
        const parsed = parsePartialDate(text);
        if (parsed !== null && parsed !== value) onCommit(parsed ?? undefined);
      }}
    />
  );
}

/** An intervention's start and end (absent end: still running). */
export function InterventionDates({ link }: { link: InterventionLink }) {
  const t = useT();
  const set = (patch: Partial<InterventionLink>) => editorStore.getState().apply((d) => updateLink(d, link.id, patch));
  return (
    <div className="field-row">
      <Field label={t('dates.since')}>
        {(id) => <DateInput id={id} value={link.since} onCommit={(since) => set({ since })} check={(since) => (since && link.until && firstDay(since) > lastDay(link.until) ? t('dates.endBeforeStart') : null)} />}
      </Field>
      <Field label={t('dates.until')}>
        {(id) => <DateInput id={id} value={link.until} onCommit={(until) => set({ until })} check={(until) => (until && link.since && lastDay(until) < firstDay(link.since) ? t('dates.endBeforeStart') : null)} />}
      </Field>
    </div>
  );
}

/** The dated events of a person or a household: a small list to add to, correct, and remove from. */
export function EventList({ subject }: { subject: Id }) {
  const t = useT();
  const events = useEditor((s) => s.doc?.events);
  const headingId = useId();
  const apply = editorStore.getState().apply;
  const own = events ? eventsOf({ events }, subject) : [];
  const today = String(new Date().getFullYear());
  return (
    <section className="event-list" aria-labelledby={headingId} data-testid="event-list">
      <h3 id={headingId}>{t('events.title')}</h3>
      {own.length === 0 && <p className="hint">{t('events.none')}</p>}
      <ul>
        {own.map((event) => (
          <EventRow key={event.id} event={event} />
        ))}
      </ul>
      <button type="button" className="button" onClick={() => apply((d) => addEvent(d, subject, { kind: 'other', date: today }))}>
        {t('events.add')}
      </button>
    </section>
  );
}

function EventRow({ event }: { event: CaseEvent }) {
  const t = useT();
  const set = (patch: Partial<CaseEvent>) => editorStore.getState().apply((d) => updateEvent(d, event.id, patch));
  return (
    <li className="event-row">
      <div className="field-row">
        <Field label={t('events.kind')}>{(id) => <Select id={id} value={event.kind} options={EVENT_KINDS.map((k) => ({ value: k, label: t(`event.${k}`) }))} onChange={(kind) => set({ kind })} />}</Field>
        <Field label={t('events.date')}>{(id) => <DateInput id={id} value={event.date} onCommit={(date) => date && set({ date })} check={(date) => (date ? null : t('dates.invalid'))} />}</Field>
      </div>
      <Field label={t('events.label')}>{(id) => <TextInput id={id} value={event.label} schema={CaseEvent.shape.label} onCommit={(label) => set({ label })} />}</Field>
      <button type="button" className="tool" onClick={() => editorStore.getState().apply((d) => removeEvent(d, event.id))}>
        {t('events.remove')}
      </button>
    </li>
  );
}
