// The content of a sheet (preparation sheet or compte rendu) for one reader, as data: what the JSON
// form of `maillage sheet` writes, and what the A4 pages are drawn from. Published as a JSON Schema
// (shared/model/sheet.schema.json, `npm run schema`) beside the case's.
import { z } from 'zod';
import { CaseDocument } from '../model/case';
import { MEETING_KINDS, PARTICIPANT_PARTS, PARTICIPANT_STATUSES } from '../model/meeting';
import { Id, PartialDate } from '../model/primitives';
import { SHARING_LEVELS } from '../model/sharing';
import { MISSING_RULES } from './missing';

export const SHEET_KINDS = ['preparation', 'report'] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

export const CONSENT_STATES = ['none', 'oral', 'written', 'refused', 'withdrawn'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

const Person = z.object({ name: z.string(), role: z.string(), institution: z.string() });

export const SheetData = z.object({
  format: z.literal('maillage-sheet'),
  version: z.literal(1),
  kind: z.enum(SHEET_KINDS),
  locale: z.enum(['fr', 'en']),
  /** Who this copy is for. */
  audience: z.object({
    kind: z.enum(['practitioner', 'training', 'participant']),
    /** The participant's name, for a participant's copy. */
    name: z.string().optional(),
    participantId: Id.optional(),
    /**
     * Whether this copy's reader is bound by professional secrecy (the practitioner, a professional).
     * A family member's copy carries neither "Qui manque ?" nor the secrecy column.
     */
    boundBySecrecy: z.boolean().optional(),
  }),
  /** The case's title (a neutral one for training). */
  title: z.string(),
  /** Absent when the case holds no meeting: the sheet then proposes participants from the map. */
  meeting: z
    .object({
      id: Id,
      kind: z.enum(MEETING_KINDS),
      kindLabel: z.string(),
      date: PartialDate.optional(),
      time: z.string(),
      place: z.string(),
      heldAt: z.string().optional(),
      broughtBy: Person.optional(),
      difficulty: z.string(),
      questions: z.array(z.string()),
      decisions: z.string(),
      nextMeeting: PartialDate.optional(),
    })
    .nullable(),
  participants: z.array(
    z.object({
      id: Id,
      nodeId: Id.optional(),
      name: z.string(),
      role: z.string(),
      institution: z.string(),
      /** The mandates of their interventions, in words ("Judiciaire (AEMO)"). */
      mandate: z.string(),
      status: z.enum(PARTICIPANT_STATUSES),
      part: z.enum(PARTICIPANT_PARTS),
      boundBySecrecy: z.boolean(),
    }),
  ),
  /** The internal "Qui manque ?" analysis; absent from the copy of a reader not bound by secrecy. */
  missing: z.array(z.object({ rule: z.enum(MISSING_RULES), text: z.string(), nodeIds: z.array(Id) })).optional(),
  consent: z.object({
    /** Whether at least one adult of the family agreed (and did not withdraw), whoever's copy this is. */
    recorded: z.boolean(),
    /** The adults of the family in the meeting (or with a recorded consent) whose consent this reader may know. */
    adults: z.array(z.object({ personId: Id, name: z.string(), state: z.enum(CONSENT_STATES), date: PartialDate.optional(), form: z.enum(['oral', 'written']).optional(), limits: z.string() })),
  }),
  /** The notes this reader may read, with what they are about. */
  notes: z.array(z.object({ about: z.string(), text: z.string(), /** Its circulation level when not shared with all. */ level: z.enum(SHARING_LEVELS).optional() })),
  actions: z.array(z.object({ text: z.string(), owner: z.string().optional(), due: PartialDate.optional(), done: z.boolean() })),
  /** Who receives the compte rendu. */
  circulation: z.array(Person),
  /** The case as this reader may know it (what the diagram is drawn from). */
  case: CaseDocument,
});
export type SheetData = z.infer<typeof SheetData>;
