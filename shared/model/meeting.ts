// Meetings about a situation (a synthèse, a concertation clinique, a Clinique de Concertation): who
// brings the situation and the difficulty they bring, who takes part, the questions, and afterwards
// the decisions and the actions ("qui fait quoi, pour quand"). Everything typed here is sensitive
// text: encrypted with the case, never in an anonymised export.
import { z } from 'zod';
import { Id, LineText, Notes, PartialDate, ShortText } from './primitives';

export const MEETING_KINDS = ['synthese', 'concertation-clinique', 'clinique-de-concertation'] as const;
export const MeetingKind = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof MeetingKind>;

export const PARTICIPANT_STATUSES = ['invited', 'confirmed', 'excused', 'absent'] as const;
export const ParticipantStatus = z.enum(PARTICIPANT_STATUSES);
export type ParticipantStatus = z.infer<typeof ParticipantStatus>;

/** The part someone plays in the meeting: who asked for it, who runs it, who takes part, the family. */
export const PARTICIPANT_PARTS = ['requester', 'facilitator', 'participant', 'family'] as const;
export const ParticipantPart = z.enum(PARTICIPANT_PARTS);
export type ParticipantPart = z.infer<typeof ParticipantPart>;

export const MAX_PARTICIPANTS = 500;

export const Participant = z.object({
  id: Id,
  /** The element of the map this participant is; absent for someone who is not on the map. */
  nodeId: Id.optional(),
  /** For someone not on the map: how they are named, their function and their service. */
  name: ShortText.default(''),
  role: ShortText.default(''),
  institution: ShortText.default(''),
  status: ParticipantStatus.default('invited'),
  part: ParticipantPart.default('participant'),
  /** Bound by professional secrecy (professionals: yes; the family and the primary network: no). */
  boundBySecrecy: z.boolean(),
});
export type Participant = z.infer<typeof Participant>;

export const MeetingAction = z.object({
  id: Id,
  /** What is to be done. */
  text: LineText,
  /** Who does it: an element of the map (a professional, a family member). */
  ownerId: Id.optional(),
  due: PartialDate.optional(),
  done: z.boolean().default(false),
});
export type MeetingAction = z.infer<typeof MeetingAction>;

export const Meeting = z.object({
  id: Id,
  kind: MeetingKind.default('synthese'),
  date: PartialDate.optional(),
  /** "14:00", as typed. */
  time: ShortText.default(''),
  place: ShortText.default(''),
  /**
   * Who brings the situation: an element of the map (a professional, a family member, anyone of the
   * network), or a participant who is not on the map (by participant id).
   */
  broughtBy: Id.optional(),
  /** The difficulty they bring, in their words. */
  difficulty: Notes.default(''),
  questions: z.array(LineText).max(100).default([]),
  participants: z.array(Participant).max(MAX_PARTICIPANTS).default([]),
  /** Set when the meeting was held: a snapshot of the map is taken then. */
  heldAt: z.iso.datetime().optional(),
  decisions: Notes.default(''),
  actions: z.array(MeetingAction).max(500).default([]),
  nextMeeting: PartialDate.optional(),
  /** Who receives the compte rendu (participant ids); each copy is filtered for its reader. */
  reportRecipients: z.array(Id).max(MAX_PARTICIPANTS).default([]),
  notes: Notes.default(''),
});
export type Meeting = z.infer<typeof Meeting>;

export const CONSENT_FORMS = ['oral', 'written'] as const;

/** Whether an adult of the family agreed to the concertation, when, how and within what limits. */
export const Consent = z.object({
  personId: Id,
  agreed: z.boolean(),
  date: PartialDate.optional(),
  form: z.enum(CONSENT_FORMS).optional(),
  /** What may not be discussed, or with whom. */
  limits: Notes.default(''),
  withdrawn: z.boolean().default(false),
  withdrawnOn: PartialDate.optional(),
});
export type Consent = z.infer<typeof Consent>;
