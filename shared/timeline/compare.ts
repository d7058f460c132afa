// What changed between two states of a map: who arrived, who left, and what changed for those in
// both (an intervention's mandate, measure, dates or quality; a relation's quality; a couple's
// status; a professional's role or institution; who lives in a household...). Records are matched
// by id (a snapshot keeps the ids of the case); elements of two separately edited files are also
// matched by kind and name when their ids differ.
import { foldText } from '../anonymise/text';
import type { CaseEvent } from '../model/event';
import type { Household } from '../model/household';
import type { CaseLink } from '../model/links';
import type { CaseNode } from '../model/nodes';
import type { Id } from '../model/primitives';
import type { MapState } from './state';

export type RecordKind = 'node' | 'link' | 'household' | 'event';
export type ChangeType = 'arrived' | 'left' | 'changed';
export type FieldValue = string | number | boolean | readonly string[] | undefined;

export interface FieldChange {
  field: string;
  before: FieldValue;
  after: FieldValue;
}

interface ChangeBase<R extends RecordKind, T> {
  type: ChangeType;
  record: R;
  /** The id in the newer state; for a record that left, in the older one. */
  id: Id;
  before?: T;
  after?: T;
  /** For a change: each field that differs (ids given in the newer state's terms). */
  fields: FieldChange[];
}
export type Change =
  | ChangeBase<'node', CaseNode>
  | ChangeBase<'link', CaseLink>
  | ChangeBase<'household', Household>
  | ChangeBase<'event', CaseEvent>;

export interface Comparison {
  before: MapState;
  after: MapState;
  /** Arrivals, then departures, then changes; nodes, links, households, events within each. */
  changes: Change[];
  /** Older id → newer id, for every record found in both states. */
  matched: ReadonlyMap<Id, Id>;
}

/** The fields a practitioner cares about, per kind of record. Positions, notes and ages are not changes of the situation. */
const NODE_FIELDS: Record<CaseNode['kind'], readonly string[]> = {
  person: ['name', 'gender', 'deceased', 'circle', 'index'],
  professional: ['name', 'role', 'institutionId', 'field', 'referent'],
  institution: ['name', 'category', 'type'],
};
const LINK_FIELDS: Record<CaseLink['kind'], readonly string[]> = {
  couple: ['a', 'b', 'status', 'startYear', 'endYear'],
  filiation: ['parent', 'child', 'type'],
  relation: ['a', 'b', 'quality', 'direction', 'intensity'],
  intervention: ['from', 'to', 'mandate', 'measure', 'quality', 'since', 'until'],
  partnership: ['a', 'b', 'formality'],
  referral: ['from', 'to', 'date'],
};
const ID_FIELDS = new Set(['institutionId', 'a', 'b', 'parent', 'child', 'from', 'to', 'subject']);
const HOUSEHOLD_FIELDS = ['name', 'members'] as const;
const EVENT_FIELDS = ['subject', 'kind', 'date', 'label'] as const;

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
  return a === b;
}

function fieldChanges(before: object, after: object, fields: readonly string[], rename: (id: Id) => Id): FieldChange[] {
  const out: FieldChange[] = [];
  const read = (record: object, field: string): FieldValue => (record as Record<string, FieldValue>)[field];
  for (const field of fields) {
    let old = read(before, field);
    const now = read(after, field);
    if (field === 'members' && Array.isArray(old)) old = old.map(rename);
    else if (ID_FIELDS.has(field) && typeof old === 'string') old = rename(old);
    // An absent flag and a false one say the same.
    if ((old === undefined && now === false) || (old === false && now === undefined)) continue;
    if (!sameValue(old, now)) out.push({ field, before: old, after: now });
  }
  return out;
}

/** Pairs records of two lists: by id, then by a key (for records whose ids differ). */
function pair<T extends { id: Id }>(older: readonly T[], newer: readonly T[], key: ((record: T) => string | null) | null, matched: Map<Id, Id>) {
  const newerById = new Map(newer.map((r) => [r.id, r]));
  const pairs: Array<[T, T]> = [];
  const leftOver: T[] = [];
  for (const record of older) {
    const twin = newerById.get(record.id);
    if (twin) {
      pairs.push([record, twin]);
      matched.set(record.id, twin.id);
    } else leftOver.push(record);
  }
  const taken = new Set(pairs.map(([, b]) => b.id));
  let arrived = newer.filter((r) => !taken.has(r.id));
  let left = leftOver;
  if (key && left.length && arrived.length) {
    // Only keys that name one record on each side: two "Enfant" without a name are not matched.
    const unique = (records: readonly T[]) => {
      const byKey = new Map<string, T | null>();
      for (const r of records) {
        const k = key(r);
        if (k !== null) byKey.set(k, byKey.has(k) ? null : r);
      }
      return byKey;
    };
    const newerByKey = unique(arrived);
    const olderByKey = unique(left);
    const paired = new Set<Id>();
    for (const [k, record] of olderByKey) {
      const twin = newerByKey.get(k);
      if (!record || !twin) continue;
      pairs.push([record, twin]);
      matched.set(record.id, twin.id);
      paired.add(record.id).add(twin.id);
    }
    left = left.filter((r) => !paired.has(r.id));
    arrived = arrived.filter((r) => !paired.has(r.id));
  }
  return { pairs, left, arrived };
}

export function compareStates(before: MapState, after: MapState): Comparison {
  const matched = new Map<Id, Id>();
  const rename = (id: Id): Id => matched.get(id) ?? id;

  const nodeKey = (n: CaseNode) => (n.name.trim() ? `${n.kind}:${foldText(n.name.trim())}` : null);
  const nodes = pair(before.nodes, after.nodes, nodeKey, matched);
  // The rest is matched after the nodes: keys are written with the newer ids.
  const linkKey = (l: CaseLink) => {
    const fields = LINK_FIELDS[l.kind].filter((f) => ID_FIELDS.has(f));
    return `${l.kind}:${fields.map((f) => rename((l as unknown as Record<string, Id>)[f] as Id)).join(':')}`;
  };
  // Households before links: an intervention may go to a household.
  const households = pair(before.households, after.households, (h) => (h.name.trim() ? foldText(h.name) : `members:${h.members.map(rename).sort().join(':')}`), matched);
  const links = pair(before.links, after.links, linkKey, matched);
  const events = pair(before.events, after.events, (e) => `${e.kind}:${rename(e.subject)}:${e.date}`, matched);

  const changes: Change[] = [];
  const arrivals: Change[] = [];
  const departures: Change[] = [];
  const push = <R extends RecordKind, T extends { id: Id }>(record: R, found: { pairs: Array<[T, T]>; left: T[]; arrived: T[] }, fields: (a: T, b: T) => FieldChange[]) => {
    for (const r of found.arrived) arrivals.push({ type: 'arrived', record, id: r.id, after: r, fields: [] } as unknown as Change);
    for (const r of found.left) departures.push({ type: 'left', record, id: r.id, before: r, fields: [] } as unknown as Change);
    for (const [a, b] of found.pairs) {
      const changed = fields(a, b);
      if (changed.length) changes.push({ type: 'changed', record, id: b.id, before: a, after: b, fields: changed } as unknown as Change);
    }
  };
  push('node', nodes, (a, b) => (a.kind !== b.kind ? [{ field: 'kind', before: a.kind, after: b.kind }] : fieldChanges(a, b, NODE_FIELDS[b.kind], rename)));
  push('link', links, (a, b) => (a.kind !== b.kind ? [{ field: 'kind', before: a.kind, after: b.kind }] : fieldChanges(a, b, LINK_FIELDS[b.kind], rename)));
  push('household', households, (a, b) => fieldChanges(a, b, HOUSEHOLD_FIELDS, rename));
  push('event', events, (a, b) => fieldChanges(a, b, EVENT_FIELDS, rename));
  return { before, after, changes: [...arrivals, ...departures, ...changes], matched };
}

/** The record a change is about, as it is in the newer state if it is there. */
export function changedRecord(change: Change): CaseNode | CaseLink | Household | CaseEvent {
  return (change.after ?? change.before) as CaseNode | CaseLink | Household | CaseEvent;
}
