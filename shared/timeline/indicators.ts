// Indicators of a state of the map, the figures a concertation talks about: how large the primary
// and the secondary networks are, how many professionals each person has, under which mandates and
// in which fields they intervene, how far the professionals know one another, who is isolated, who
// bridges the network, which groups of professionals all work together. Graph measures come from
// graphology and graphology-metrics (betweenness, density); only the maximal cliques, which they do
// not offer, are worked out here (Bron–Kerbosch with a pivot, a few lines).
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { density } from 'graphology-metrics/graph/density';
import { linkEnds, MANDATES, type Mandate } from '../model/links';
import { CIRCLES, FIELDS, INSTITUTION_CATEGORIES, type Circle, type Field, type InstitutionCategory, type ProfessionalNode } from '../model/nodes';
import { findPreset, ROLE_PRESETS } from '../model/presets';
import type { Id } from '../model/primitives';
import type { MapState } from './state';

/** The field of action an institution's category stands for, when a professional gives none. */
const CATEGORY_FIELD: Readonly<Record<InstitutionCategory, Field | undefined>> = {
  social: 'aide',
  benefits: 'aide',
  justice: 'controle',
  'legal-protection': 'controle',
  health: 'soin',
  'mental-health': 'soin',
  addiction: 'soin',
  disability: 'aide',
  housing: 'aide',
  education: 'education',
  employment: 'aide',
  association: 'aide',
  other: undefined,
};

export type CategoryOrNone = InstitutionCategory | 'none';
export type FieldOrUnknown = Field | 'unknown';

export interface Indicators {
  /** People of the primary network (the family included), by circle. */
  primary: { total: number; byCircle: Record<Circle, number> };
  /**
   * The secondary network. Its actors are the professionals, and the institutions that act (an
   * intervention, a partnership, a referral) with no professional of theirs drawn (the CAF); by the
   * category of their institution ("none": independent).
   */
  secondary: { professionals: number; institutions: number; actors: number; byCategory: Record<CategoryOrNone, number> };
  /** Over the people followed by at least one actor (directly or through their household). */
  perPerson: { followed: number; mean: number; max: number; most: Id[] };
  interventions: { total: number; byMandate: Record<Mandate, number>; byField: Record<FieldOrUnknown, number>; judicialShare: number };
  /** Ties between actors (partnerships, referrals, the same institution) over every possible pair. */
  ties: { actors: number; ties: number; density: number };
  /** People with no link of any kind and no household. */
  isolatedMembers: Id[];
  /** Actors with no tie to another actor. */
  isolatedActors: Id[];
  /** Who most often lies on the shortest paths between two others (betweenness), the three highest. */
  bridges: Array<{ id: Id; betweenness: number; normalised: number }>;
  /** Groups of three actors or more who all have a tie with one another, the largest first. */
  cliques: Id[][];
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * Maximal cliques of at least `min` members: Bron–Kerbosch with a pivot, started from each actor in
 * turn with only its later neighbours as candidates (Eppstein, Löffler and Strash), so that each
 * search stays within one actor's neighbourhood.
 */
function maximalCliques(neighbours: ReadonlyMap<Id, ReadonlySet<Id>>, min: number): Id[][] {
  const out: Id[][] = [];
  const none = new Set<Id>();
  const expand = (clique: Id[], candidates: Set<Id>, excluded: Set<Id>) => {
    if (candidates.size === 0) {
      if (excluded.size === 0 && clique.length >= min) out.push(clique);
      return;
    }
    if (clique.length + candidates.size < min) return;
    let pivotNeighbours: ReadonlySet<Id> = none;
    let best = -1;
    for (const u of [...candidates, ...excluded]) {
      const around = neighbours.get(u) ?? none;
      let degree = 0;
      for (const v of candidates) if (around.has(v)) degree++;
      if (degree > best) [pivotNeighbours, best] = [around, degree];
    }
    for (const v of [...candidates].filter((c) => !pivotNeighbours.has(c))) {
      const around = neighbours.get(v) ?? none;
      expand([...clique, v], new Set([...candidates].filter((c) => around.has(c))), new Set([...excluded].filter((c) => around.has(c))));
      candidates.delete(v);
      excluded.add(v);
    }
  };
  // Fewest ties first: later actors are the better connected, and each search small.
  const order = [...neighbours.keys()].sort((a, b) => (neighbours.get(a)?.size ?? 0) - (neighbours.get(b)?.size ?? 0));
  const rank = new Map(order.map((id, i) => [id, i]));
  for (const v of order) {
    const around = [...(neighbours.get(v) ?? none)];
    if (around.length < min - 1) continue;
    const at = rank.get(v) as number;
    expand([v], new Set(around.filter((u) => (rank.get(u) as number) > at)), new Set(around.filter((u) => (rank.get(u) as number) < at)));
  }
  return out.sort((a, b) => b.length - a.length || a.join().localeCompare(b.join()));
}

export function computeIndicators(state: MapState): Indicators {
  const byId = new Map(state.nodes.map((n) => [n.id, n]));
  const people = state.nodes.filter((n) => n.kind === 'person');
  const professionals = state.nodes.filter((n): n is ProfessionalNode => n.kind === 'professional');
  const institutions = state.nodes.filter((n) => n.kind === 'institution');

  // The primary network.
  const byCircle = zeros(CIRCLES);
  for (const p of people) byCircle[p.circle]++;

  // The actors of the secondary network.
  const staff = new Map<Id, Id[]>();
  for (const p of professionals) if (p.institutionId && byId.get(p.institutionId)?.kind === 'institution') staff.set(p.institutionId, [...(staff.get(p.institutionId) ?? []), p.id]);
  // An institution with nobody drawn counts when it acts: an intervention, a partnership, a referral.
  const acting = new Set<Id>();
  for (const link of state.links) if (link.kind === 'intervention' || link.kind === 'referral' || link.kind === 'partnership') for (const end of linkEnds(link)) acting.add(end);
  const actors = new Set<Id>([...professionals.map((p) => p.id), ...institutions.filter((i) => !staff.has(i.id) && acting.has(i.id)).map((i) => i.id)]);
  /** The actors an end of a link stands for: an institution with staff stands for its staff. */
  const actorsOf = (id: Id): Id[] => (actors.has(id) ? [id] : (staff.get(id) ?? []));
  const categoryOf = (id: Id): CategoryOrNone => {
    const node = byId.get(id);
    if (node?.kind === 'institution') return node.category;
    const inside = node?.kind === 'professional' && node.institutionId ? byId.get(node.institutionId) : undefined;
    return inside?.kind === 'institution' ? inside.category : 'none';
  };
  const fieldOf = (id: Id): FieldOrUnknown => {
    const node = byId.get(id);
    if (node?.kind === 'professional' && node.field) return node.field;
    const preset = node?.kind === 'professional' ? findPreset(ROLE_PRESETS, node.role) : undefined;
    if (preset?.field) return preset.field;
    const category = categoryOf(id);
    return (category !== 'none' && CATEGORY_FIELD[category]) || 'unknown';
  };
  const byCategory = zeros<CategoryOrNone>([...INSTITUTION_CATEGORIES, 'none']);
  for (const id of actors) byCategory[categoryOf(id)]++;

  // Interventions, and who follows whom.
  const byMandate = zeros(MANDATES);
  const byField = zeros<FieldOrUnknown>([...FIELDS, 'unknown']);
  const membersOf = new Map(state.households.map((h) => [h.id, h.members]));
  const followers = new Map<Id, Set<Id>>();
  let interventions = 0;
  for (const link of state.links) {
    if (link.kind !== 'intervention' || !byId.has(link.from)) continue;
    interventions++;
    byMandate[link.mandate]++;
    byField[fieldOf(link.from)]++;
    for (const person of membersOf.get(link.to) ?? [link.to]) {
      if (byId.get(person)?.kind !== 'person') continue;
      followers.set(person, (followers.get(person) ?? new Set()).add(link.from));
    }
  }
  const counts = [...followers.values()].map((s) => s.size);
  const max = counts.length ? Math.max(...counts) : 0;

  // Ties between actors.
  const tieGraph = new Graph({ type: 'undirected', multi: false });
  for (const id of actors) tieGraph.addNode(id);
  const tie = (a: Id, b: Id) => a !== b && tieGraph.mergeEdge(a, b);
  for (const list of staff.values()) for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) tie(list[i] as Id, list[j] as Id);
  for (const link of state.links) {
    if ((link.kind === 'partnership' && link.formality !== 'none') || link.kind === 'referral') {
      const [a, b] = linkEnds(link);
      for (const x of actorsOf(a)) for (const y of actorsOf(b)) tie(x, y);
    }
  }
  const neighbours = new Map<Id, Set<Id>>();
  tieGraph.forEachNode((id) => neighbours.set(id, new Set(tieGraph.neighbors(id))));

  // The whole network: every element and household, every link that says two know each other.
  const network = new Graph({ type: 'undirected', multi: false });
  for (const n of state.nodes) network.addNode(n.id);
  for (const h of state.households) {
    network.addNode(h.id);
    for (const m of h.members) if (network.hasNode(m) && m !== h.id) network.mergeEdge(h.id, m);
  }
  for (const p of professionals) if (p.institutionId && network.hasNode(p.institutionId)) network.mergeEdge(p.id, p.institutionId);
  for (const link of state.links) {
    if (link.kind === 'partnership' && link.formality === 'none') continue;
    const [a, b] = linkEnds(link);
    if (a !== b && network.hasNode(a) && network.hasNode(b)) network.mergeEdge(a, b);
  }
  const betweenness = network.order > 2 ? betweennessCentrality(network, { normalized: false, getEdgeWeight: null }) : {};
  const scale = network.order > 2 ? 2 / ((network.order - 1) * (network.order - 2)) : 0;
  const bridges = Object.entries(betweenness)
    .filter(([id, value]) => value > 0 && byId.has(id))
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, 3)
    .map(([id, value]) => ({ id, betweenness: value, normalised: value * scale }));

  return {
    primary: { total: people.length, byCircle },
    secondary: { professionals: professionals.length, institutions: institutions.length, actors: actors.size, byCategory },
    perPerson: { followed: counts.length, mean: counts.length ? counts.reduce((s, c) => s + c, 0) / counts.length : 0, max, most: [...followers].filter(([, s]) => s.size === max && max > 0).map(([id]) => id) },
    interventions: { total: interventions, byMandate, byField, judicialShare: interventions ? byMandate.judicial / interventions : 0 },
    ties: { actors: actors.size, ties: tieGraph.size, density: actors.size > 1 ? density(tieGraph) : 0 },
    isolatedMembers: people.filter((p) => network.degree(p.id) === 0).map((p) => p.id),
    isolatedActors: [...actors].filter((id) => tieGraph.degree(id) === 0),
    bridges,
    cliques: maximalCliques(neighbours, 3),
  };
}
