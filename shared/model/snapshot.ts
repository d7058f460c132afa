// Named, dated states of a case ("Entrée dans le dispositif", "Synthèse du 12 mars"): what the
// comparison and the indicators over time are computed from. A snapshot keeps the map (elements,
// links, households, events), not the meetings or the other snapshots.
import { z } from 'zod';
import { CaseEvent } from './event';
import { Household } from './household';
import { CaseLink } from './links';
import { CaseNode } from './nodes';
import { Id, MAX_LINKS, MAX_NODES, newId, PartialDate, ShortText } from './primitives';

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

export interface SnapshotRequest {
  name: string;
  /** The date the state stands for, when it is not today. */
  date?: string;
  meetingId?: Id;
  now?: Date;
}

/**
 * Takes a named snapshot of the map (elements, links, households, events) and returns the case with
 * it added. Records are immutable, so the snapshot shares them with the document: nothing is copied.
 * The oldest snapshots beyond MAX_SNAPSHOTS are not dropped silently: the caller is refused.
 */
export function takeSnapshot<T extends { nodes: Snapshot['nodes']; links: Snapshot['links']; households: Snapshot['households']; events: Snapshot['events']; snapshots: Snapshot[] }>(
  doc: T,
  request: SnapshotRequest,
): { doc: T; snapshot: Snapshot } {
  if (doc.snapshots.length >= MAX_SNAPSHOTS) throw new RangeError(`A case keeps at most ${MAX_SNAPSHOTS} snapshots.`);
  const snapshot: Snapshot = {
    id: newId(),
    name: request.name.slice(0, 200),
    takenAt: (request.now ?? new Date()).toISOString(),
    ...(request.date ? { date: request.date } : {}),
    ...(request.meetingId ? { meetingId: request.meetingId } : {}),
    nodes: doc.nodes,
    links: doc.links,
    households: doc.households,
    events: doc.events,
  };
  return { doc: { ...doc, snapshots: [...doc.snapshots, snapshot] }, snapshot };
}
