// Role labels for people, derived from the family structure and kept consistent: "Mère",
// "Fils aîné", "Fille (9-10 ans)", "Grand-mère maternelle", "Beau-père", "Voisine", "Ami 2".
// Labels are read from the point of view of the index person's children when there are any
// (that is how practitioners talk about a family), else from the index person.
import { referenceYearOf, type CaseDocument } from '../model/case';
import type { PersonNode } from '../model/nodes';
import type { Id } from '../model/primitives';
import type { Locale } from '../i18n/messages';

type G = PersonNode['gender'];
const pick = (gender: G, woman: string, man: string, neutral: string) => (gender === 'woman' ? woman : gender === 'man' ? man : neutral);

const WORDS = {
  fr: {
    index: 'Personne concernée',
    mother: 'Mère', father: 'Père', parent: 'Parent',
    stepMother: 'Belle-mère', stepFather: 'Beau-père', stepParent: 'Beau-parent',
    daughter: 'Fille', son: 'Fils', child: 'Enfant',
    sister: 'Sœur', brother: 'Frère', sibling: 'Frère ou sœur',
    grandmother: 'Grand-mère', grandfather: 'Grand-père', grandparent: 'Grand-parent',
    maternal: (g: G) => pick(g, 'maternelle', 'maternel', 'maternel·le'),
    paternal: (g: G) => pick(g, 'paternelle', 'paternel', 'paternel·le'),
    eldest: (g: G) => pick(g, 'aînée', 'aîné', 'aîné·e'), youngest: (g: G) => pick(g, 'cadette', 'cadet', 'cadet·te'),
    nth: (n: number) => `${n}e`,
    partner: (g: G, status: string) =>
      status === 'divorced' || status === 'separated' ? pick(g, 'Ex-conjointe', 'Ex-conjoint', 'Ex-conjoint·e') : status === 'cohabiting' ? pick(g, 'Compagne', 'Compagnon', 'Partenaire') : pick(g, 'Conjointe', 'Conjoint', 'Conjoint·e'),
    aunt: 'Tante', uncle: 'Oncle', auncle: 'Oncle ou tante',
    grandchild: (g: G) => pick(g, 'Petite-fille', 'Petit-fils', 'Petit-enfant'),
    relative: 'Membre de la famille',
    neighbour: (g: G) => pick(g, 'Voisine', 'Voisin', 'Voisin·e'),
    friend: (g: G) => pick(g, 'Amie', 'Ami', 'Ami·e'),
    community: (g: G) => pick(g, 'Membre de la communauté', 'Membre de la communauté', 'Membre de la communauté'),
    other: (_g: G) => 'Personne de l’entourage',
    years: (band: string) => `${band} ans`,
  },
  en: {
    index: 'Index person',
    mother: 'Mother', father: 'Father', parent: 'Parent',
    stepMother: 'Stepmother', stepFather: 'Stepfather', stepParent: 'Step-parent',
    daughter: 'Daughter', son: 'Son', child: 'Child',
    sister: 'Sister', brother: 'Brother', sibling: 'Sibling',
    grandmother: 'Grandmother', grandfather: 'Grandfather', grandparent: 'Grandparent',
    maternal: () => 'maternal', paternal: () => 'paternal',
    eldest: () => 'eldest', youngest: () => 'youngest',
    nth: (n: number) => `${n}${n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`,
    partner: (g: G, status: string) => (status === 'divorced' || status === 'separated' ? pick(g, 'Ex-wife', 'Ex-husband', 'Ex-partner') : status === 'cohabiting' ? 'Partner' : pick(g, 'Wife', 'Husband', 'Spouse')),
    aunt: 'Aunt', uncle: 'Uncle', auncle: 'Aunt or uncle',
    grandchild: (g: G) => pick(g, 'Granddaughter', 'Grandson', 'Grandchild'),
    relative: 'Relative',
    neighbour: () => 'Neighbour', friend: () => 'Friend', community: () => 'Community member', other: () => 'Acquaintance',
    years: (band: string) => `${band} years`,
  },
};

/** Age bands: wide enough not to single anyone out, narrow enough for the clinical picture. */
export function ageBand(age: number): string {
  const bands: Array<[number, number]> = [[0, 2], [3, 5], [6, 8], [9, 10], [11, 13], [14, 15], [16, 17], [18, 25], [26, 35], [36, 45], [46, 55], [56, 65], [66, 75]];
  const band = bands.find(([lo, hi]) => age >= lo && age <= hi);
  return band ? `${band[0]}-${band[1]}` : '76+';
}

export function personAgeNow(p: PersonNode, referenceYear: number): number | undefined {
  if (p.deceased) return undefined;
  if (p.age !== undefined) return p.age;
  if (p.birthYear !== undefined) return Math.max(0, referenceYear - p.birthYear);
  return undefined;
}

export function kinshipLabels(doc: CaseDocument, locale: Locale): Map<Id, string> {
  const w = WORDS[locale];
  const people = doc.nodes.filter((n): n is PersonNode => n.kind === 'person');
  const byId = new Map(people.map((p) => [p.id, p]));
  const referenceYear = referenceYearOf(doc);
  const parents = new Map<Id, Id[]>();
  const children = new Map<Id, Id[]>();
  for (const l of doc.links) {
    if (l.kind !== 'filiation') continue;
    parents.set(l.child, [...(parents.get(l.child) ?? []), l.parent]);
    children.set(l.parent, [...(children.get(l.parent) ?? []), l.child]);
  }
  const couples = doc.links.filter((l) => l.kind === 'couple');
  const partnersOf = (id: Id) => couples.filter((c) => c.a === id || c.b === id).map((c) => ({ id: c.a === id ? c.b : c.a, status: c.status }));
  const age = (id: Id) => {
    const p = byId.get(id);
    return p ? personAgeNow(p, referenceYear) ?? -1 : -1;
  };
  const byAge = (ids: Id[]) => [...ids].sort((a, b) => age(b) - age(a) || people.findIndex((p) => p.id === a) - people.findIndex((p) => p.id === b));

  const labels = new Map<Id, string>();
  const set = (id: Id | undefined, label: string) => {
    if (id && byId.has(id) && !labels.has(id)) labels.set(id, label);
  };
  const ordered = (ids: Id[], word: (g: G) => string) => {
    // Within the same gender: eldest, 2nd..., youngest; alone: no qualifier.
    const groups = new Map<G, Id[]>();
    for (const id of byAge(ids)) {
      const g = byId.get(id)?.gender ?? 'unknown';
      groups.set(g, [...(groups.get(g) ?? []), id]);
    }
    for (const [g, group] of groups) {
      group.forEach((id, i) => {
        const qualifier = group.length === 1 ? '' : i === 0 ? ` ${w.eldest(g)}` : i === group.length - 1 ? ` ${w.youngest(g)}` : ` (${w.nth(i + 1)})`;
        set(id, `${word(g)}${qualifier}`);
      });
    }
  };

  const ego = people.find((p) => p.index) ?? people.find((p) => p.circle === 'family');
  if (ego) {
    const egoChildren = children.get(ego.id) ?? [];
    if (egoChildren.length) {
      // The family seen from the index person's children.
      const eldest = byAge(egoChildren)[0] as Id;
      set(ego.id, pick(ego.gender, w.mother, w.father, w.parent));
      const otherParents = (parents.get(eldest) ?? []).filter((p) => p !== ego.id);
      for (const p of otherParents) set(p, pick(byId.get(p)?.gender ?? 'unknown', w.mother, w.father, w.parent));
      for (const partner of partnersOf(ego.id)) {
        const g = byId.get(partner.id)?.gender ?? 'unknown';
        set(partner.id, pick(g, w.stepMother, w.stepFather, w.stepParent));
      }
      const siblings = new Set<Id>(egoChildren);
      for (const p of otherParents) for (const c of children.get(p) ?? []) siblings.add(c);
      ordered([...siblings], (g) => pick(g, w.daughter, w.son, w.child));
      // Grandparents: the index person's side and the other parent's side.
      const egoSide = ego.gender === 'man' ? w.paternal : w.maternal;
      const otherSide = ego.gender === 'man' ? w.maternal : w.paternal;
      for (const gp of parents.get(ego.id) ?? []) {
        const g = byId.get(gp)?.gender ?? 'unknown';
        set(gp, `${pick(g, w.grandmother, w.grandfather, w.grandparent)} ${egoSide(g)}`);
      }
      for (const op of otherParents)
        for (const gp of parents.get(op) ?? []) {
          const g = byId.get(gp)?.gender ?? 'unknown';
          set(gp, `${pick(g, w.grandmother, w.grandfather, w.grandparent)} ${otherSide(g)}`);
        }
      // Aunts and uncles: siblings of the index person.
      for (const gp of parents.get(ego.id) ?? []) for (const s of children.get(gp) ?? []) if (s !== ego.id) set(s, pick(byId.get(s)?.gender ?? 'unknown', w.aunt, w.uncle, w.auncle));
      for (const c of siblings) for (const gc of children.get(c) ?? []) set(gc, w.grandchild(byId.get(gc)?.gender ?? 'unknown'));
    } else {
      set(ego.id, w.index);
      for (const p of parents.get(ego.id) ?? []) set(p, pick(byId.get(p)?.gender ?? 'unknown', w.mother, w.father, w.parent));
      const siblings = new Set<Id>();
      for (const p of parents.get(ego.id) ?? []) for (const c of children.get(p) ?? []) if (c !== ego.id) siblings.add(c);
      ordered([...siblings], (g) => pick(g, w.sister, w.brother, w.sibling));
      for (const partner of partnersOf(ego.id)) set(partner.id, w.partner(byId.get(partner.id)?.gender ?? 'unknown', partner.status));
      for (const parent of parents.get(ego.id) ?? []) {
        for (const partner of partnersOf(parent)) {
          if (!(parents.get(ego.id) ?? []).includes(partner.id)) set(partner.id, pick(byId.get(partner.id)?.gender ?? 'unknown', w.stepMother, w.stepFather, w.stepParent));
        }
        const side = byId.get(parent)?.gender === 'man' ? w.paternal : w.maternal;
        for (const gp of parents.get(parent) ?? []) {
          const g = byId.get(gp)?.gender ?? 'unknown';
          set(gp, `${pick(g, w.grandmother, w.grandfather, w.grandparent)} ${side(g)}`);
        }
      }
    }
  }
  // Everyone else: by circle, numbered when a label repeats.
  for (const p of people) {
    if (labels.has(p.id)) continue;
    const word = p.circle === 'family' ? w.relative : p.circle === 'neighbour' ? w.neighbour(p.gender) : p.circle === 'friend' ? w.friend(p.gender) : p.circle === 'community' ? w.community(p.gender) : w.other(p.gender);
    set(p.id, word);
  }
  // Minors carry their age band, as practitioners describe children.
  for (const p of people) {
    const a = personAgeNow(p, referenceYear);
    if (a !== undefined && a < 18) labels.set(p.id, `${labels.get(p.id)} (${w.years(ageBand(a))})`);
  }
  return numberDuplicates(labels);
}

/** "Voisine", "Voisine 2", "Voisine 3": the first keeps the plain label. */
export function numberDuplicates(labels: Map<Id, string>): Map<Id, string> {
  const seen = new Map<string, number>();
  const out = new Map<Id, string>();
  for (const [id, label] of labels) {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    out.set(id, n === 1 ? label : `${label} ${n}`);
  }
  return out;
}
