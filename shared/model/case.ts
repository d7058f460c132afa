import { z } from 'zod';
import { Household } from './household';
import { CaseLink } from './links';
import { CaseNode } from './nodes';
import { Id, newId, Notes, ShortText, Year } from './primitives';

/** Bump with a migration in migrations.ts whenever the stored shape changes. */
export const CURRENT_SCHEMA_VERSION = 1;

export const MAX_NODES = 5000;
export const MAX_LINKS = 20000;

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
  };
}

/** The year in which ages are read: the case's own, or the year of its last change. */
export function referenceYearOf(doc: Pick<CaseDocument, 'referenceYear' | 'updatedAt'>): number {
  return doc.referenceYear ?? new Date(doc.updatedAt).getUTCFullYear();
}
