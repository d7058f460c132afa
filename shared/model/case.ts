import { z } from 'zod';
import { CaseEvent } from './event';
import { Household } from './household';
import { CaseLink } from './links';
import { Consent, Meeting } from './meeting';
import { CaseNode } from './nodes';
import { Id, MAX_LINKS, MAX_NODES, newId, Notes, ShortText, Year } from './primitives';
import { sharingFields } from './sharing';
import { MAX_SNAPSHOTS, Snapshot } from './snapshot';

export { MAX_LINKS, MAX_NODES };

/**
 * Bump with a migration in migrations.ts whenever the stored shape changes.
 * 1: the map (elements, links, households).
 * 2: meetings, consents, dated events, snapshots, circulation levels, intervention end and quality,
 *    age bands, référent (see migrations.ts).
 */
export const CURRENT_SCHEMA_VERSION = 2;

export const MAX_MEETINGS = 200;

export const CaseDocument = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: Id,
  title: ShortText,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** The year ages are given in; defaults to the year of the last change. */
  referenceYear: Year.optional(),
  nodes: z.array(CaseNode).max(MAX_NODES),
  links: z.array(CaseLink).max(MAX_LINKS),
  households: z.array(Household).max(MAX_NODES),
  notes: Notes.default(''),
  /** Circulation of the case's own notes (absent: shared with no one). */
  notesSharing: sharingFields.notesSharing,
  events: z.array(CaseEvent).max(MAX_LINKS).default([]),
  meetings: z.array(Meeting).max(MAX_MEETINGS).default([]),
  consents: z.array(Consent).max(MAX_NODES).default([]),
  snapshots: z.array(Snapshot).max(MAX_SNAPSHOTS).default([]),
});
export type CaseDocument = z.infer<typeof CaseDocument>;

export function emptyCase(title: string, now: Date = new Date()): CaseDocument {
  const stamp = now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: newId(),
    title,
    createdAt: stamp,
    updatedAt: stamp,
    nodes: [],
    links: [],
    households: [],
    notes: '',
    events: [],
    meetings: [],
    consents: [],
    snapshots: [],
  };
}

/** The year in which ages are read: the case's own, or the year of its last change. */
export function referenceYearOf(doc: Pick<CaseDocument, 'referenceYear' | 'updatedAt'>): number {
  return doc.referenceYear ?? new Date(doc.updatedAt).getUTCFullYear();
}
