// Named, dated states of a case ("Entrée dans le dispositif", "Synthèse du 12 mars"): what the
// comparison and the indicators over time are computed from. A snapshot keeps the map (elements,
// links, households, events), not the meetings or the other snapshots.
import { z } from 'zod';
import { CaseEvent } from './event';
import { Household } from './household';
import { CaseLink } from './links';
import { CaseNode } from './nodes';
import { Id, MAX_LINKS, MAX_NODES, PartialDate, ShortText } from './primitives';

export const MAX_SNAPSHOTS = 100;

export const Snapshot = z.object({
  id: Id,
  name: ShortText,
  /** When it was taken. */
  takenAt: z.iso.datetime(),
  /** The date the state stands for, when it is not the day it was taken. */
  date: PartialDate.optional(),
  /** The meeting whose holding took it, if any. */
  meetingId: Id.optional(),
  nodes: z.array(CaseNode).max(MAX_NODES),
  links: z.array(CaseLink).max(MAX_LINKS),
  households: z.array(Household).max(MAX_NODES),
  events: z.array(CaseEvent).max(MAX_LINKS).default([]),
});
export type Snapshot = z.infer<typeof Snapshot>;
