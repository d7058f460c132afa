// A state of the map (the case now, a snapshot, the map at a date): what the comparison, the
// indicators and the narrative read. The map at a date is worked out from the dates of the case:
// an intervention not yet started or already ended, a couple not yet formed, a person not yet born
// was not part of the network then.
import type { CaseDocument } from '../model/case';
import { dayOf, firstDay, hasEndedBy, isRunningOn, lastDay, yearOf, type Day } from '../model/dates';
import type { CaseEvent } from '../model/event';
import type { Household } from '../model/household';
import { linkEnds, type CaseLink } from '../model/links';
import type { CaseNode } from '../model/nodes';
import type { Id, PartialDate } from '../model/primitives';
import type { Snapshot } from '../model/snapshot';
import { interventionOn } from './history';

export interface MapState {
  nodes: readonly CaseNode[];
  links: readonly CaseLink[];
  households: readonly Household[];
  events: readonly CaseEvent[];
}

/** A state with the day it stands for and a name to call it by. */
export interface DatedState {
  state: MapState;
  day: Day;
  /** The date as it was given ("2025-10"), when it was. */
  date?: PartialDate;
  /** The snapshot's name; absent for the case as it is now. */
  name?: string;
  snapshotId?: Id;
}

export function stateOfCase(doc: Pick<CaseDocument, 'nodes' | 'links' | 'households' | 'events'>): MapState {
  return { nodes: doc.nodes, links: doc.links, households: doc.households, events: doc.events };
}

/** The day a snapshot stands for: its date (the last day of it, for "2024-03"), else the day it was taken. */
export function snapshotDay(snapshot: Pick<Snapshot, 'date' | 'takenAt'>): Day {
  return snapshot.date ? lastDay(snapshot.date) : dayOf(new Date(snapshot.takenAt));
}

export function datedSnapshot(snapshot: Snapshot): DatedState {
  return { state: snapshot, day: snapshotDay(snapshot), ...(snapshot.date ? { date: snapshot.date } : {}), name: snapshot.name, snapshotId: snapshot.id };
}

/** The case's snapshots in the order of the days they stand for (then of when they were taken). */
export function snapshotsInOrder(snapshots: readonly Snapshot[]): Snapshot[] {
  return [...snapshots].sort((a, b) => snapshotDay(a).localeCompare(snapshotDay(b)) || a.takenAt.localeCompare(b.takenAt));
}

/** Whether a link was part of the network on `day`, from its own dates. */
function linkRunningOn(link: CaseLink, day: Day): boolean {
  switch (link.kind) {
    case 'intervention':
      return isRunningOn(link, day);
    case 'couple':
      return link.startYear === undefined || link.startYear <= yearOf(day);
    case 'referral':
      return !link.date || firstDay(link.date) <= day;
    default:
      return true;
  }
}

/** Whether the intervention had ended by `day` (the comparison and the indicators count it as gone). */
export function interventionEnded(link: CaseLink, day: Day): boolean {
  return link.kind === 'intervention' && hasEndedBy(link.until, day);
}

/**
 * What was not yet, or no longer, part of the network on `day`: links from their dates; people not
 * yet born; professionals and institutions whose every dated intervention and referral was not
 * running (undated ones are taken as running); links touching anything faded.
 */
export function fadedOn(state: MapState, day: Day): Set<Id> {
  const faded = new Set<Id>();
  const year = yearOf(day);
  const births = new Map<Id, Day>();
  for (const event of state.events) if (event.kind === 'birth') births.set(event.subject, firstDay(event.date));
  for (const node of state.nodes) {
    if (node.kind !== 'person') continue;
    const born = births.get(node.id);
    if ((node.birthYear !== undefined && node.birthYear > year) || (born !== undefined && born > day)) faded.add(node.id);
  }
  // Each service's own dated links: running on that day or not.
  const running = new Map<Id, boolean>();
  for (const link of state.links) {
    if (!linkRunningOn(link, day)) faded.add(link.id);
    if (link.kind === 'intervention' || link.kind === 'referral') {
      const actor = link.from;
      running.set(actor, (running.get(actor) ?? false) || !faded.has(link.id));
    }
  }
  const professionalsOf = new Map<Id, Id[]>();
  for (const node of state.nodes) {
    if (node.kind === 'professional' && running.get(node.id) === false) faded.add(node.id);
    if (node.kind === 'professional' && node.institutionId) professionalsOf.set(node.institutionId, [...(professionalsOf.get(node.institutionId) ?? []), node.id]);
  }
  for (const node of state.nodes) {
    if (node.kind !== 'institution') continue;
    const members = professionalsOf.get(node.id) ?? [];
    const own = running.get(node.id);
    // An institution fades with its people, unless it acts itself on that day.
    const membersGone = members.length > 0 && members.every((id) => faded.has(id));
    if (own === false && (members.length === 0 || membersGone)) faded.add(node.id);
    else if (own === undefined && membersGone) faded.add(node.id);
  }
  for (const link of state.links) {
    if (faded.has(link.id)) continue;
    const ends = linkEnds(link);
    if (ends.some((id) => faded.has(id))) faded.add(link.id);
  }
  return faded;
}

/** The links as they were on `day`: each intervention in its form of that day (its history). */
export function linksOn(links: readonly CaseLink[], day: Day): readonly CaseLink[] {
  return links.some((l) => l.kind === 'intervention' && l.history?.length) ? links.map((l) => (l.kind === 'intervention' ? interventionOn(l, day) : l)) : links;
}

/** The network as it was on `day`: the state less what had not begun or had ended, each intervention in its form of that day. */
export function stateOn(state: MapState, day: Day): MapState {
  const faded = fadedOn(state, day);
  const links = linksOn(state.links, day);
  if (faded.size === 0) return { ...state, links, events: state.events.filter((e) => firstDay(e.date) <= day) };
  return {
    nodes: state.nodes.filter((n) => !faded.has(n.id)),
    links: links.filter((l) => !faded.has(l.id)),
    households: state.households.map((h) => (h.members.some((m) => faded.has(m)) ? { ...h, members: h.members.filter((m) => !faded.has(m)) } : h)),
    events: state.events.filter((e) => firstDay(e.date) <= day),
  };
}

/** The span of the case's timeline: from six months before its first date (interventions, couples, referrals, events, snapshots) to today or its last date. */
export function timelineSpan(doc: Pick<CaseDocument, 'links' | 'events' | 'snapshots'>, today: Day): { first: Day; last: Day } | null {
  const days: Day[] = [];
  for (const link of doc.links) {
    if (link.kind === 'intervention') {
      if (link.since) days.push(firstDay(link.since));
      if (link.until) days.push(lastDay(link.until));
    } else if (link.kind === 'couple') {
      if (link.startYear !== undefined) days.push(`${link.startYear}-01-01`);
      if (link.endYear !== undefined) days.push(`${link.endYear}-12-31`);
    } else if (link.kind === 'referral' && link.date) days.push(firstDay(link.date));
  }
  for (const event of doc.events) days.push(firstDay(event.date));
  for (const snapshot of doc.snapshots) days.push(snapshotDay(snapshot));
  if (days.length === 0) return null;
  days.sort();
  // Six months before the first date: the slider also shows the network before anything dated began.
  const earliest = new Date(`${days[0] as Day}T00:00:00Z`);
  const first = new Date(Date.UTC(earliest.getUTCFullYear(), earliest.getUTCMonth() - 6, 1)).toISOString().slice(0, 10);
  const last = (days[days.length - 1] as Day) > today ? (days[days.length - 1] as Day) : today;
  return first < last ? { first, last } : null;
}
