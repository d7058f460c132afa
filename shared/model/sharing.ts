// Who may know what ("que dire, à qui"): every element, link, event and note of a case carries a
// circulation level, applied when a map or a sheet is prepared for one participant of a meeting
// (shared/anonymise: redaction for an audience). Absent means the default, which protects: the
// structure of the network is shared with every participant, notes with no one.
import { z } from 'zod';
import { Id } from './primitives';

export const SHARING_LEVELS = [
  /** Every participant of a meeting, the family and the primary network included. */
  'all',
  /** Only participants bound by professional secrecy. */
  'professionals',
  /** Only the participants listed in `with` (by element id or meeting participant id). */
  'named',
  /** No one: kept for the practitioner. */
  'none',
] as const;
export const SharingLevel = z.enum(SHARING_LEVELS);
export type SharingLevel = z.infer<typeof SharingLevel>;

export const Sharing = z.object({
  level: SharingLevel,
  /** For `named`: the elements (or participants not on the map) who may know. */
  with: z.array(Id).max(500).default([]),
});
export type Sharing = z.infer<typeof Sharing>;

/** What an element, a link or an event is shared with when nothing is said: everyone. */
export const DEFAULT_STRUCTURE_SHARING: Sharing = Object.freeze({ level: 'all', with: [] }) as Sharing;
/** What a note is shared with when nothing is said: no one. */
export const DEFAULT_NOTES_SHARING: Sharing = Object.freeze({ level: 'none', with: [] }) as Sharing;

/** The two circulation fields any record with notes may carry. */
export const sharingFields = {
  /** Circulation of the record itself (an element, a link, an event). Absent: DEFAULT_STRUCTURE_SHARING. */
  sharing: Sharing.optional(),
  /** Circulation of the record's notes. Absent: DEFAULT_NOTES_SHARING. */
  notesSharing: Sharing.optional(),
};

export function structureSharingOf(record: { sharing?: Sharing | undefined }): Sharing {
  return record.sharing ?? DEFAULT_STRUCTURE_SHARING;
}

export function notesSharingOf(record: { notesSharing?: Sharing | undefined }): Sharing {
  return record.notesSharing ?? DEFAULT_NOTES_SHARING;
}
