// Dated events in the life of a person or a household (birth, move, placement, hospitalisation...):
// what a timeline of the situation is drawn from. Everything here is sensitive: never in an
// anonymised export.
import { z } from 'zod';
import { Id, Notes, PartialDate, ShortText } from './primitives';
import { sharingFields } from './sharing';

export const EVENT_KINDS = [
  'birth',
  'death',
  'move',
  'placement',
  'placement-end',
  'hospitalisation',
  'incarceration',
  'release',
  'separation',
  'other',
] as const;
export const EventKind = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKind>;

export const CaseEvent = z.object({
  id: Id,
  kind: EventKind,
  /** A person, or a household (by its id). */
  subject: Id,
  date: PartialDate,
  /** What happened, in a few words ("Placement en MECS", "Déménagement à Roubaix"). */
  label: ShortText.default(''),
  notes: Notes.default(''),
  ...sharingFields,
});
export type CaseEvent = z.infer<typeof CaseEvent>;
