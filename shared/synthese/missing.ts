// "Qui manque ?": what the map says is missing around a meeting, each item pointing at what to
// select on the canvas. Computed from the graph alone; no rule reads free text.
//
// The rules (issue 14), most serious first:
// - judicial-unrepresented: a judicial mandate runs and no one of its holder's service will be there
//   (invited or confirmed; someone excused or absent does not represent it);
// - family-not-invited: no one of the family (circle "famille") is in the meeting;
// - no-consent: no adult of the family has agreed to the concertation (or every consent was withdrawn);
// - consent-refused: an adult of the family refused the concertation or withdrew their consent;
// - not-invited: a professional (or an institution) who intervenes is not in the meeting;
// - no-referent: two or more mandates (judicial or administrative) run and no one is named référent;
// - unknown-pair: two services marked "ne se connaissent pas" serve the same person or household;
// - isolated: a professional who intervenes is linked to no other professional (partnership other
//   than "ne se connaissent pas", or referral; colleagues of one institution know each other).
// Without a meeting, only the rules that need no participants apply (no-referent, unknown-pair,
// isolated): the map's own gaps.
import { translate, type Locale } from '../i18n/messages';
import type { CaseDocument } from '../model/case';
import type { Meeting, Participant } from '../model/meeting';
import type { CaseNode } from '../model/nodes';
import type { Id } from '../model/primitives';
import { lowerFirst } from '../narrative/narrative';
import { PHRASES } from '../narrative/phrases';
import { consentHolds, familyAdults, intervening, meetingDate, runningInterventions } from './meetings';

export const MISSING_RULES = ['judicial-unrepresented', 'family-not-invited', 'no-consent', 'consent-refused', 'not-invited', 'no-referent', 'unknown-pair', 'isolated'] as const;
export type MissingRule = (typeof MISSING_RULES)[number];

/** Mandates given by an authority (a judge, an administration), as opposed to a contract or a request. */
export const MANDATE_KINDS = ['judicial', 'administrative'] as const;

export interface MissingItem {
  rule: MissingRule;
  /** Elements to select on the canvas (the first is the one the item is about). */
  nodeIds: Id[];
  /** Links to select with them. */
  linkIds: Id[];
  /** Stable across recomputations: for keys in lists and for ticking an item off. */
  key: string;
}

interface Graph {
  byId: Map<Id, CaseNode>;
  /** The institution a professional belongs to. */
  institutionOf(id: Id): Id | undefined;
  /** A node with its service: an institution and its professionals, or a professional and their institution. */
  serviceOf(id: Id): Set<Id>;
}

function graphOf(doc: CaseDocument): Graph {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const members = new Map<Id, Id[]>();
  for (const n of doc.nodes) if (n.kind === 'professional' && n.institutionId) members.set(n.institutionId, [...(members.get(n.institutionId) ?? []), n.id]);
  const institutionOf = (id: Id) => {
    const n = byId.get(id);
    return n?.kind === 'professional' && n.institutionId && byId.has(n.institutionId) ? n.institutionId : undefined;
  };
  const serviceOf = (id: Id) => {
    const n = byId.get(id);
    if (n?.kind === 'institution') return new Set([id, ...(members.get(id) ?? [])]);
    const inst = institutionOf(id);
    return new Set(inst ? [id, inst] : [id]);
  };
  return { byId, institutionOf, serviceOf };
}

const isService = (n: CaseNode | undefined) => n !== undefined && n.kind !== 'person';
const attends = (p: Participant) => p.status === 'invited' || p.status === 'confirmed';

export function whoIsMissing(doc: CaseDocument, meeting: Meeting | null, now: Date = new Date()): MissingItem[] {
  const date = meetingDate(meeting, now);
  const graph = graphOf(doc);
  const running = runningInterventions(doc, date);
  const acting = intervening(doc, date);
  const items: MissingItem[] = [];
  const push = (rule: MissingRule, nodeIds: Id[], linkIds: Id[] = [], key = [rule, ...nodeIds].join(':')) => items.push({ rule, nodeIds, linkIds, key });

  if (meeting) {
    const participants = meeting.participants.filter((p) => !p.nodeId || graph.byId.has(p.nodeId));
    const present = new Set(participants.flatMap((p) => (p.nodeId ? [p.nodeId] : [])));
    const attending = new Set(participants.filter(attends).flatMap((p) => (p.nodeId ? [p.nodeId] : [])));

    // A judicial mandate: someone of its holder's service must be there.
    for (const link of running) {
      if (link.mandate !== 'judicial') continue;
      const service = graph.serviceOf(link.from);
      const inst = graph.institutionOf(link.from);
      const colleagues = inst ? graph.serviceOf(inst) : service;
      if (![...colleagues].some((id) => attending.has(id))) push('judicial-unrepresented', [link.from, link.to], [link.id], `judicial-unrepresented:${link.id}`);
    }

    const family = doc.nodes.filter((n) => n.kind === 'person' && n.circle === 'family');
    if (family.length > 0 && !participants.some((p) => p.part === 'family' || family.some((f) => f.id === p.nodeId))) {
      const index = family.find((n) => n.kind === 'person' && n.index);
      push('family-not-invited', index ? [index.id] : familyAdults(doc).map((n) => n.id), [], 'family-not-invited');
    }

    const adults = familyAdults(doc);
    if (adults.length > 0 && !adults.some((a) => consentHolds(doc.consents.find((c) => c.personId === a.id)))) push('no-consent', adults.map((a) => a.id), [], 'no-consent');
    for (const a of adults) {
      const consent = doc.consents.find((c) => c.personId === a.id);
      if (consent && (!consent.agreed || consent.withdrawn)) push('consent-refused', [a.id]);
    }

    for (const node of acting) {
      // An institution is invited when itself or one of its professionals is.
      const invited = node.kind === 'institution' ? [...graph.serviceOf(node.id)].some((id) => present.has(id)) : present.has(node.id);
      if (!invited) push('not-invited', [node.id], running.filter((l) => l.from === node.id).map((l) => l.id));
    }
  }

  const mandates = running.filter((l) => (MANDATE_KINDS as readonly string[]).includes(l.mandate));
  if (mandates.length >= 2 && !doc.nodes.some((n) => n.kind === 'professional' && n.referent)) {
    push('no-referent', [...new Set(mandates.map((l) => l.from))], mandates.map((l) => l.id), 'no-referent');
  }

  // Who each service serves: the people and households its interventions reach (a person's
  // household is reached through them, a household's members through it).
  const householdOf = new Map<Id, Id>();
  for (const h of doc.households) for (const m of h.members) householdOf.set(m, h.id);
  const membersOf = new Map(doc.households.map((h) => [h.id, h.members]));
  const served = (id: Id): Set<Id> => {
    const service = graph.serviceOf(id);
    const out = new Set<Id>();
    for (const l of running) {
      if (!service.has(l.from)) continue;
      out.add(l.to);
      const household = householdOf.get(l.to);
      if (household) out.add(household);
      for (const m of membersOf.get(l.to) ?? []) out.add(m);
    }
    return out;
  };
  for (const link of doc.links) {
    if (link.kind !== 'partnership' || link.formality !== 'none') continue;
    const a = served(link.a);
    const b = served(link.b);
    const shared = [...a].filter((id) => b.has(id));
    if (shared.length === 0) continue;
    // The shared person if there is one, else the household.
    const who = shared.find((id) => graph.byId.get(id)?.kind === 'person') ?? (shared[0] as Id);
    push('unknown-pair', [link.a, link.b, who], [link.id], `unknown-pair:${link.id}`);
  }

  // Isolated: no tie to another service.
  const tied = new Set<Id>();
  for (const link of doc.links) {
    const ends = link.kind === 'partnership' && link.formality !== 'none' ? [link.a, link.b] : link.kind === 'referral' ? [link.from, link.to] : null;
    if (!ends || !ends.every((e) => isService(graph.byId.get(e)))) continue;
    const [x, y] = ends as [Id, Id];
    if (graph.serviceOf(x).has(y)) continue;
    for (const id of [...graph.serviceOf(x), ...graph.serviceOf(y)]) tied.add(id);
  }
  for (const node of acting) {
    const service = graph.serviceOf(node.id);
    // Colleagues of one institution know each other.
    const colleagues = node.kind === 'professional' && doc.nodes.some((n) => n.kind === 'professional' && n.id !== node.id && service.has(n.institutionId ?? ''));
    if (!colleagues && ![...service].some((id) => tied.has(id))) push('isolated', [node.id]);
  }

  return items.sort((a, b) => MISSING_RULES.indexOf(a.rule) - MISSING_RULES.indexOf(b.rule));
}

/** One line per item, in the user's language, naming who it is about. */
export function describeMissing(doc: CaseDocument, item: MissingItem, locale: Locale): string {
  const byId = new Map(doc.nodes.map((n) => [n.id, n]));
  const unnamed = translate(locale, 'symbol.unnamed');
  const name = (id: Id | undefined) => {
    if (!id) return unnamed;
    const node = byId.get(id);
    if (node) return node.name || unnamed;
    const household = doc.households.find((h) => h.id === id);
    return household ? household.name || translate(locale, 'legend.household') : unnamed;
  };
  const [first, second, third] = item.nodeIds;
  // French says "auprès d’Enzo Moreau", "auprès du foyer de Sophie" (English: "for …", "serve …").
  const withPerson = (id: Id | undefined) => {
    const named = name(id);
    if (doc.households.some((h) => h.id === id) && /^foyer\b/i.test(named)) return `auprès du ${lowerFirst(named)}`;
    return PHRASES.fr.with(named);
  };
  switch (item.rule) {
    case 'judicial-unrepresented':
      return translate(locale, 'missing.judicial-unrepresented', { name: name(first), person: name(second), withPerson: withPerson(second) });
    case 'family-not-invited':
      return translate(locale, 'missing.family-not-invited');
    case 'no-consent':
      return translate(locale, 'missing.no-consent');
    case 'consent-refused': {
      const withdrawn = doc.consents.find((c) => c.personId === first)?.withdrawn;
      return translate(locale, withdrawn ? 'missing.consent-withdrawn' : 'missing.consent-refused', { name: name(first) });
    }
    case 'not-invited':
      return translate(locale, 'missing.not-invited', { name: name(first) });
    case 'no-referent':
      return translate(locale, 'missing.no-referent', { count: item.linkIds.length });
    case 'unknown-pair':
      return translate(locale, 'missing.unknown-pair', { a: name(first), b: name(second), person: name(third), withPerson: withPerson(third) });
    case 'isolated':
      return translate(locale, 'missing.isolated', { name: name(first) });
  }
}
