// The relation of every person to a viewpoint person, computed from the family links alone
// (filiations and couples): "maternal grandmother", "half-brother", "partner of the ex-husband".
// Pure graph work, no words: shared/genogram/kinship-words.ts says them in each language.
//
// How: every path of up to four steps from the viewpoint person is read as a string of moves
// (U up to a parent, D down to a child, P to a partner...), and the first pattern of PATTERNS that
// the string matches names the relation ("UUD" is an aunt or uncle, on the side of the first
// parent). Whoever no pattern reaches is named through the nearest person who has a name: "the
// ex-husband's partner", "the cousin's son". So every member of a connected family gets a relation.
import { referenceYearOf, type CaseDocument } from '../model/case';
import type { CoupleStatus } from '../model/links';
import type { PersonNode } from '../model/nodes';
import type { Id } from '../model/primitives';

export const KIN_RELATIONS = [
  'self',
  'parent',
  'child',
  'sibling',
  'half-sibling',
  'step-sibling',
  'grandparent',
  'grandchild',
  'great-grandparent',
  'great-grandchild',
  'aunt-uncle',
  'great-aunt-uncle',
  'niece-nephew',
  'cousin',
  'partner',
  'ex-partner',
  'step-parent',
  'step-child',
  'step-grandparent',
  'parent-in-law',
  'child-in-law',
  'sibling-in-law',
  'co-parent',
] as const;
export type KinRelation = (typeof KIN_RELATIONS)[number];
export type Side = 'maternal' | 'paternal';

export interface Kinship {
  relation: KinRelation;
  /** Through the viewpoint person's mother or father (grandparents, aunts, cousins, half-siblings). */
  side?: Side;
  /** A parent or child by adoption or in foster care. */
  filiation?: 'adoptive' | 'foster';
  /** An aunt or uncle who is the partner of a blood aunt or uncle. */
  byMarriage?: boolean;
  /** For a partner or an ex-partner: how they were together. */
  couple?: CoupleStatus;
  /** Birth order among those of the same relation, side and gender (1 = the eldest), when there are several. */
  order?: { rank: number; of: number };
}

/** A relation with no word of its own, said through a nearer person: "partner of the ex-husband". */
export interface KinshipThrough {
  relation: 'through';
  /** The nearer person, who has a relation of their own. */
  of: Id;
  /** One step from `of`: parent, child, partner... of that person. */
  link: Kinship;
}
export type Kin = Kinship | KinshipThrough;

export interface KinEntry {
  kin: Kin;
  /** Lower is nearer: the pattern's place in PATTERNS, or a large number for relations said through someone. */
  rank: number;
  /**
   * The same relation said through the person before on the path ("mother of the husband" for a
   * mother-in-law): how to tell apart two relations that one language says with one word (a
   * stepmother and a mother-in-law are both "belle-mère" in French).
   */
  via?: KinshipThrough;
}

/**
 * U: to a parent (biological or adoptive); D: to a child; F, G: to a foster parent, a foster child;
 * S, T: to a step-parent, a step-child by a "step" filiation; P: to a partner, current or former.
 */
type Move = 'U' | 'D' | 'F' | 'G' | 'S' | 'T' | 'P';

interface Step {
  to: Id;
  move: Move;
  adoptive: boolean;
  couple?: CoupleStatus;
}

export interface FamilyGraph {
  people: ReadonlyMap<Id, PersonNode>;
  steps: ReadonlyMap<Id, readonly Step[]>;
  /** Biological and adoptive parents. */
  parents: ReadonlyMap<Id, readonly Id[]>;
  referenceYear: number;
}

const ENDED: ReadonlySet<CoupleStatus> = new Set(['separated', 'divorced']);
const isCurrent = (step: Step | undefined) => step?.couple !== undefined && !ENDED.has(step.couple);

export function familyGraph(doc: CaseDocument): FamilyGraph {
  const people = new Map<Id, PersonNode>();
  for (const n of doc.nodes) if (n.kind === 'person') people.set(n.id, n);
  const steps = new Map<Id, Step[]>();
  const parents = new Map<Id, Id[]>();
  const add = (from: Id, step: Step) => {
    if (!people.has(from) || !people.has(step.to) || from === step.to) return;
    const list = steps.get(from);
    if (list) list.push(step);
    else steps.set(from, [step]);
  };
  for (const link of doc.links) {
    if (link.kind === 'filiation') {
      const [up, down]: [Move, Move] = link.type === 'foster' ? ['F', 'G'] : link.type === 'step' ? ['S', 'T'] : ['U', 'D'];
      const adoptive = link.type === 'adoptive';
      add(link.child, { to: link.parent, move: up, adoptive });
      add(link.parent, { to: link.child, move: down, adoptive });
      if (up === 'U' && people.has(link.parent) && people.has(link.child)) parents.set(link.child, [...(parents.get(link.child) ?? []), link.parent]);
    } else if (link.kind === 'couple') {
      add(link.a, { to: link.b, move: 'P', adoptive: false, couple: link.status });
      add(link.b, { to: link.a, move: 'P', adoptive: false, couple: link.status });
    }
  }
  return { people, steps, parents, referenceYear: referenceYearOf(doc) };
}

interface Path {
  graph: FamilyGraph;
  /** The people along the path, the viewpoint person first. */
  nodes: readonly Id[];
  steps: readonly Step[];
}

function sideOf(graph: FamilyGraph, parent: Id | undefined): Side | undefined {
  const gender = parent ? graph.people.get(parent)?.gender : undefined;
  return gender === 'woman' ? 'maternal' : gender === 'man' ? 'paternal' : undefined;
}
const withSide = (kinship: Kinship, side: Side | undefined): Kinship => (side ? { ...kinship, side } : kinship);
const sided = (relation: KinRelation) => (p: Path) => withSide({ relation }, sideOf(p.graph, p.nodes[1]));
const adoptive = (relation: KinRelation) => (p: Path): Kinship => (p.steps[0]?.adoptive ? { relation, filiation: 'adoptive' } : { relation });
const ifCurrent = (at: number, kinship: (p: Path) => Kinship) => (p: Path) => (isCurrent(p.steps[at]) ? kinship(p) : null);

function partner(p: Path): Kinship {
  const couple = p.steps[0]?.couple ?? 'married';
  return { relation: ENDED.has(couple) ? 'ex-partner' : 'partner', couple };
}

/** Full or half sibling: half when both have two known parents and share only one. */
function sibling(p: Path): Kinship {
  const own = p.graph.parents.get(p.nodes[0] as Id) ?? [];
  const theirs = p.graph.parents.get(p.nodes[2] as Id) ?? [];
  const shared = own.filter((id) => theirs.includes(id));
  if (own.length >= 2 && theirs.length >= 2 && shared.length === 1) return withSide({ relation: 'half-sibling' }, sideOf(p.graph, shared[0]));
  return { relation: 'sibling' };
}

/** In order of precedence: a person reached by several paths takes the first pattern that fits. */
const PATTERNS: ReadonlyArray<readonly [string, (p: Path) => Kinship | null]> = [
  ['U', adoptive('parent')],
  ['D', adoptive('child')],
  ['F', () => ({ relation: 'parent', filiation: 'foster' })],
  ['G', () => ({ relation: 'child', filiation: 'foster' })],
  ['P', partner],
  ['S', () => ({ relation: 'step-parent' })],
  ['T', () => ({ relation: 'step-child' })],
  ['UD', sibling],
  ['UP', ifCurrent(1, () => ({ relation: 'step-parent' }))],
  ['PD', ifCurrent(0, () => ({ relation: 'step-child' }))],
  ['UU', sided('grandparent')],
  ['DD', () => ({ relation: 'grandchild' })],
  ['UUD', sided('aunt-uncle')],
  ['UDD', () => ({ relation: 'niece-nephew' })],
  ['PU', ifCurrent(0, () => ({ relation: 'parent-in-law' }))],
  ['DP', ifCurrent(1, () => ({ relation: 'child-in-law' }))],
  ['UDP', ifCurrent(2, () => ({ relation: 'sibling-in-law' }))],
  ['PUD', ifCurrent(0, () => ({ relation: 'sibling-in-law' }))],
  ['UPD', ifCurrent(1, () => ({ relation: 'step-sibling' }))],
  ['SD', () => ({ relation: 'step-sibling' })],
  ['UUU', sided('great-grandparent')],
  ['DDD', () => ({ relation: 'great-grandchild' })],
  ['UUDD', sided('cousin')],
  ['UUP', ifCurrent(2, sided('step-grandparent'))],
  ['UUDP', ifCurrent(3, (p) => ({ ...sided('aunt-uncle')(p), byMarriage: true }))],
  ['UUUD', sided('great-aunt-uncle')],
  ['DU', () => ({ relation: 'co-parent' })],
];
const PATTERN_RANK = new Map(PATTERNS.map(([path, kinship], rank) => [path, { kinship, rank }]));
const PREFIXES = new Set(PATTERNS.flatMap(([path]) => [...path].map((_, i) => path.slice(0, i + 1))));
const LONGEST = Math.max(...PATTERNS.map(([path]) => path.length));
/** Relations said through someone rank after every pattern, nearer ones first. */
const THROUGH_RANK = 1000;

/** One step from a person, as a relation of its own: the `link` of a relation said through someone. */
function oneStep(graph: FamilyGraph, from: Id, step: Step): Kinship {
  const entry = PATTERN_RANK.get(step.move);
  return entry?.kinship({ graph, nodes: [from, step.to], steps: [step] }) ?? { relation: 'co-parent' };
}

/** Birth year, or one worked out from the age; undefined when neither is known. */
function birthYearOf(person: PersonNode, referenceYear: number): number | undefined {
  if (person.birthYear !== undefined) return person.birthYear;
  if (person.age !== undefined && !person.deceased) return referenceYear - person.age;
  return undefined;
}

/**
 * The eldest first: by birth year when every one is known, else left to right as the genogram
 * draws them (oldest on the left).
 */
export function byBirthOrder(graph: FamilyGraph, ids: readonly Id[]): Id[] {
  const people = ids.map((id) => graph.people.get(id)).filter((p): p is PersonNode => p !== undefined);
  const years = new Map(people.map((p) => [p.id, birthYearOf(p, graph.referenceYear)]));
  const allKnown = people.every((p) => years.get(p.id) !== undefined);
  return [...people]
    .sort((a, b) => (allKnown ? (years.get(a.id) as number) - (years.get(b.id) as number) : 0) || a.position.x - b.position.x)
    .map((p) => p.id);
}

/** Children and siblings of the same side and gender get their birth order ("eldest son"). */
function addBirthOrder(graph: FamilyGraph, result: Map<Id, KinEntry>): void {
  const groups = new Map<string, Id[]>();
  for (const [id, { kin }] of result) {
    if (kin.relation !== 'child' && kin.relation !== 'sibling' && kin.relation !== 'half-sibling') continue;
    if (kin.filiation) continue;
    const key = `${kin.relation}|${kin.side ?? ''}|${graph.people.get(id)?.gender ?? 'unknown'}`;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  for (const ids of groups.values()) {
    if (ids.length < 2) continue;
    byBirthOrder(graph, ids).forEach((id, i) => {
      const entry = result.get(id) as KinEntry;
      result.set(id, { ...entry, kin: { ...(entry.kin as Kinship), order: { rank: i + 1, of: ids.length } } });
    });
  }
}

/** Every person of `graph` connected to `ego` by family links, with their relation to `ego`. */
export function kinshipFrom(graph: FamilyGraph, ego: Id): Map<Id, KinEntry> {
  const result = new Map<Id, KinEntry>();
  if (!graph.people.has(ego)) return result;
  result.set(ego, { kin: { relation: 'self' }, rank: -1 });

  // Every path of up to LONGEST steps that is the start of a pattern; a person keeps the best.
  const walk = (nodes: Id[], steps: Step[], moves: string) => {
    const here = nodes[nodes.length - 1] as Id;
    for (const step of graph.steps.get(here) ?? []) {
      const path = moves + step.move;
      if (!PREFIXES.has(path) || nodes.includes(step.to)) continue;
      const nextNodes = [...nodes, step.to];
      const nextSteps = [...steps, step];
      const pattern = PATTERN_RANK.get(path);
      const known = result.get(step.to);
      if (pattern && (!known || pattern.rank < known.rank)) {
        const kinship = pattern.kinship({ graph, nodes: nextNodes, steps: nextSteps });
        const via: KinshipThrough | undefined = nodes.length > 1 ? { relation: 'through', of: here, link: oneStep(graph, here, step) } : undefined;
        if (kinship) result.set(step.to, { kin: kinship, rank: pattern.rank, ...(via ? { via } : {}) });
      }
      if (path.length < LONGEST) walk(nextNodes, nextSteps, path);
    }
  };
  walk([ego], [], '');

  // Everyone else who is connected: through the best-named person one step nearer (breadth first).
  const distance = new Map<Id, number>([[ego, 0]]);
  const queue: Id[] = [ego];
  for (let i = 0; i < queue.length; i++) {
    const here = queue[i] as Id;
    for (const step of graph.steps.get(here) ?? []) {
      if (distance.has(step.to)) continue;
      distance.set(step.to, (distance.get(here) as number) + 1);
      queue.push(step.to);
    }
  }
  for (const id of queue) {
    if (result.has(id)) continue;
    const d = distance.get(id) as number;
    let best: { from: Id; step: Step; rank: number } | undefined;
    for (const [from, steps] of graph.steps) {
      if (distance.get(from) !== d - 1) continue;
      const rank = result.get(from)?.rank ?? Infinity;
      for (const step of steps) if (step.to === id && (!best || rank < best.rank)) best = { from, step, rank };
    }
    if (best) result.set(id, { kin: { relation: 'through', of: best.from, link: oneStep(graph, best.from, best.step) }, rank: THROUGH_RANK + d });
  }
  addBirthOrder(graph, result);
  return result;
}

export type Viewpoint = 'index' | 'children';

/** The person the case is about: the index person, else the first family member. */
export function indexPerson(doc: CaseDocument): PersonNode | undefined {
  const people = doc.nodes.filter((n): n is PersonNode => n.kind === 'person');
  return people.find((p) => p.index) ?? people.find((p) => p.circle === 'family');
}

/** The index person's children (biological and adoptive), eldest first: the "children" viewpoint. */
export function viewpointChildren(graph: FamilyGraph, index: Id): Id[] {
  const children = (graph.steps.get(index) ?? []).filter((s) => s.move === 'D').map((s) => s.to);
  return byBirthOrder(graph, [...new Set(children)]);
}

export interface ViewedKin extends KinEntry {
  /**
   * Seen from the children: the children this relation holds for, when it does not hold for all of
   * them ("father of the youngest son"). Absent when it holds for every child, or from the index person.
   */
  of?: readonly Id[];
}

export interface FamilyView {
  graph: FamilyGraph;
  /** Whose relations these are: the index person, or their children. */
  viewpoint: Viewpoint;
  index?: Id;
  /** The children the relations are read from (empty from the index person). */
  children: readonly Id[];
  kin: ReadonlyMap<Id, ViewedKin>;
}

/**
 * One relation for two children: the same word said of the same person. An adoptive mother is
 * their mother to all, so adoption, birth order and how a couple lives are left aside.
 */
function sameKin(a: Kin, b: Kin): boolean {
  if (a.relation === 'through' || b.relation === 'through') return JSON.stringify(a) === JSON.stringify(b);
  return a.relation === b.relation && a.side === b.side && a.byMarriage === b.byMarriage;
}

/**
 * Relations of the whole family, from the index person or from their children. Seen from the
 * children, the children themselves are named as the index person's children ("eldest son"), and
 * everyone else by their nearest relation to the children, with the children it holds for when it
 * does not hold for all ("father of the two elder ones", "paternal grandmother of the eldest son").
 * Without children, the children's viewpoint is the index person's.
 */
export function familyView(doc: CaseDocument, viewpoint: Viewpoint): FamilyView {
  const graph = familyGraph(doc);
  const index = indexPerson(doc)?.id;
  if (!index) return { graph, viewpoint, children: [], kin: new Map() };
  const fromIndex = kinshipFrom(graph, index);
  const children = viewpoint === 'children' ? viewpointChildren(graph, index) : [];
  if (!children.length) return { graph, viewpoint: 'index', index, children, kin: fromIndex };

  const fromChildren = children.map((child) => kinshipFrom(graph, child));
  const kin = new Map<Id, ViewedKin>();
  for (const child of children) kin.set(child, fromIndex.get(child) as KinEntry);
  for (const id of graph.people.keys()) {
    if (kin.has(id)) continue;
    let best: KinEntry | undefined;
    for (const map of fromChildren) {
      const entry = map.get(id);
      if (entry && (!best || entry.rank < best.rank)) best = entry;
    }
    if (!best) continue;
    const holdsFor = children.filter((_, i) => {
      const entry = fromChildren[i]?.get(id);
      return entry !== undefined && entry.rank === best.rank && sameKin(entry.kin, best.kin);
    });
    kin.set(id, holdsFor.length === children.length ? best : { ...best, of: holdsFor });
  }
  return { graph, viewpoint, index, children, kin };
}
