// Generated cases that look like real ones (families over several generations with remarriages,
// a primary network, institutions with their professionals), for layout tests and the benchmark.
// Seeded, so a failure can be replayed.
import { CURRENT_SCHEMA_VERSION, type CaseDocument } from '../model/case';
import { newLink, type CaseLink, type LinkKind, type NewLink } from '../model/links';
import { INSTITUTION_CATEGORIES, type CaseNode, type PersonNode } from '../model/nodes';
import { institution, person, professional } from '../model/operations';
import { ROLE_PRESETS, INSTITUTION_PRESETS, MEASURE_PRESETS } from '../model/presets';
import type { Id } from '../model/primitives';

export interface GenerateOptions {
  people: number;
  professionals: number;
  generations?: number;
  seed?: number;
  /** Interventions reaching one person (the index person), as in the situations the method is for. */
  interventionsOnIndex?: number;
}

/** A small, fast, seedable PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Léa', 'Enzo', 'Chloé', 'Hugo', 'Inès', 'Lucas', 'Manon', 'Nathan', 'Camille', 'Louis', 'Sarah', 'Yanis', 'Jade', 'Adam', 'Zoé', 'Rayan', 'Emma', 'Noah', 'Lina', 'Tom'];
const LAST = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèbvre', 'Michel', 'Garcia', 'N’Diaye', 'Haddad', 'Nguyen'];

export function generateCase({ people, professionals, generations = 4, seed = 1, interventionsOnIndex = 0 }: GenerateOptions): CaseDocument {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const nodes: CaseNode[] = [];
  const links: CaseLink[] = [];
  let counter = 0;
  const link = <K extends LinkKind>(fields: NewLink<K>) => links.push(newLink<K>({ ...fields, id: `l${++counter}` }));
  const newPerson = (generation: number, gender: PersonNode['gender'], surname: string, fields: Partial<PersonNode> = {}): PersonNode => {
    const p = person({
      id: `p${nodes.length + 1}`,
      name: `${pick(FIRST)} ${surname}`,
      gender,
      age: Math.max(0, Math.round((generations - generation) * 25 - 10 + random() * 15)),
      position: { x: Math.round(random() * 2000), y: generation * 200 },
      ...fields,
    });
    nodes.push(p);
    return p;
  };
  const familyTarget = Math.round(people * 0.85);

  // Couples to expand, breadth first, so every generation gets filled.
  const queue: Array<{ a: PersonNode; b: PersonNode | null; generation: number; surname: string }> = [];
  const founderName = pick(LAST);
  const founderA = newPerson(0, 'man', founderName);
  const founderB = newPerson(0, 'woman', pick(LAST));
  link({ kind: 'couple', a: founderA.id, b: founderB.id, status: 'married' });
  queue.push({ a: founderA, b: founderB, generation: 0, surname: founderName });

  // Every generated family has at least one remarriage: they are common, and the layout must cope.
  let remarried = false;
  while (queue.length && nodes.length < familyTarget) {
    const family = queue.shift() as (typeof queue)[number];
    if (family.generation + 1 >= generations) continue;
    const children = 1 + Math.floor(random() * 3);
    for (let i = 0; i < children && nodes.length < familyTarget; i++) {
      const child = newPerson(family.generation + 1, random() < 0.5 ? 'woman' : 'man', family.surname);
      for (const parent of [family.a, family.b]) {
        if (parent) link({ kind: 'filiation', parent: parent.id, child: child.id, type: random() < 0.1 ? 'adoptive' : 'biological' });
      }
      // Most adults form a couple; some have two in turn (a remarriage).
      if (family.generation + 2 < generations && (!remarried || random() < 0.8) && nodes.length < familyTarget) {
        const partners = !remarried || random() < 0.25 ? 2 : 1;
        if (partners === 2) remarried = true;
        for (let k = 0; k < partners && nodes.length < familyTarget; k++) {
          const partner = newPerson(family.generation + 1, child.gender === 'man' ? 'woman' : 'man', pick(LAST));
          link({ kind: 'couple', a: child.id, b: partner.id, status: partners === 2 && k === 0 ? 'divorced' : pick(['married', 'cohabiting', 'civil-union'] as const) });
          queue.push({ a: child, b: partner, generation: family.generation + 1, surname: child.gender === 'man' ? family.surname : partner.name.split(' ').pop() ?? '' });
        }
      }
    }
  }
  const family = nodes.filter((n): n is PersonNode => n.kind === 'person');
  while (nodes.length < people) {
    const friend = newPerson(generations - 1, random() < 0.5 ? 'woman' : 'man', pick(LAST), { circle: pick(['neighbour', 'friend', 'community'] as const) });
    link({ kind: 'relation', a: friend.id, b: pick(family).id, quality: pick(['support', 'close', 'distant'] as const), direction: 'forward' });
  }

  // Secondary network: about three professionals per institution, a few independent ones.
  const institutions: CaseNode[] = [];
  for (let i = 0; i < Math.max(1, Math.round(professionals / 3)); i++) {
    const preset = pick(INSTITUTION_PRESETS);
    const inst = institution({ id: `i${i + 1}`, name: `${preset.label.fr} ${i + 1}`, category: preset.category ?? pick(INSTITUTION_CATEGORIES), type: preset.key, position: { x: Math.round(random() * 2000), y: generations * 220 } });
    institutions.push(inst);
    nodes.push(inst);
  }
  const pros: CaseNode[] = [];
  for (let i = 0; i < professionals; i++) {
    const inside = random() < 0.85 ? pick(institutions) : null;
    const role = pick(ROLE_PRESETS);
    const slot = pros.filter((p) => p.kind === 'professional' && p.institutionId === inside?.id).length;
    const pro = professional({
      id: `f${i + 1}`,
      name: `${pick(FIRST)} ${pick(LAST)}`,
      role: role.key,
      field: role.field,
      ...(inside ? { institutionId: inside.id, position: { x: 24 + slot * 144, y: 40 } } : { position: { x: Math.round(random() * 2000), y: generations * 220 + 200 } }),
    });
    pros.push(pro);
    nodes.push(pro);
    const index = family[Math.min(family.length - 1, 2)] as PersonNode;
    link({ kind: 'intervention', from: pro.id, to: i < interventionsOnIndex ? index.id : pick(family).id, mandate: pick(['judicial', 'administrative', 'contractual', 'voluntary', 'informal'] as const), measure: pick(MEASURE_PRESETS).key });
  }
  // Ties between people and between services, to reach about 1.5 links per node.
  const targetLinks = Math.round(nodes.length * 1.5);
  let guard = 0;
  while (links.length < targetLinks && guard++ < targetLinks * 4) {
    if (random() < 0.6 && family.length > 1) {
      const a = pick(family);
      const b = pick(family);
      if (a.id !== b.id) link({ kind: 'relation', a: a.id, b: b.id, quality: pick(['close', 'distant', 'conflictual', 'cut-off', 'support'] as const) });
    } else if (pros.length > 1) {
      const a = pick(pros);
      const b = pick(pros);
      if (a.id !== b.id) link({ kind: 'partnership', a: a.id, b: b.id, formality: pick(['formal', 'informal', 'none'] as const) });
    }
  }
  if (interventionsOnIndex > 0 && family.length > 2) {
    const at = nodes.indexOf(family[2] as PersonNode);
    nodes[at] = { ...(family[2] as PersonNode), index: true };
  }
  const households = family.length >= 3 ? [{ id: 'h1', name: '', members: family.slice(0, 3).map((p) => p.id as Id), notes: '' }] : [];
  const stamp = new Date(Date.UTC(2026, 0, 1)).toISOString();
  return { schemaVersion: CURRENT_SCHEMA_VERSION, id: `case-${seed}`, title: `Situation générée ${seed}`, createdAt: stamp, updatedAt: stamp, nodes, links, households, notes: '', events: [], meetings: [], consents: [], snapshots: [] };
}
