// Labels for people in an anonymised export: their relation in the family, read by the kinship
// engine (shared/genogram/kinship.ts) from the index person or from their children ("Mère",
// "Fils aîné", "Grand-mère maternelle", "Père du fils cadet"), else their circle ("Voisine").
// Ages are not in the labels: an age band is drawn in the symbol, as an age is in the full diagram.
import type { CaseDocument } from '../model/case';
import type { AgeBand, PersonNode } from '../model/nodes';
import { ageBandText } from '../model/nodes';
import { MAX_AGE, type Id } from '../model/primitives';
import { translate, type Locale, type MessageKey } from '../i18n/messages';
import { familyView, type Viewpoint } from '../genogram/kinship';
import { kinshipLabels } from '../genogram/kinship-words';

export type { Viewpoint };

/** Age bands: wide enough not to single anyone out, narrow enough for the clinical picture. */
const AGE_BANDS: ReadonlyArray<readonly [number, number]> = [[0, 2], [3, 5], [6, 8], [9, 10], [11, 13], [14, 15], [16, 17], [18, 25], [26, 35], [36, 45], [46, 55], [56, 65], [66, 75]];

export function ageBandFor(age: number): AgeBand {
  const band = AGE_BANDS.find(([lo, hi]) => age >= lo && age <= hi);
  return band ? { min: band[0], max: band[1] } : { min: 76, max: MAX_AGE };
}

/** The band as drawn: "14-15", "76+". */
export function ageBand(age: number): string {
  return ageBandText(ageBandFor(age));
}

export function personAgeNow(p: PersonNode, referenceYear: number): number | undefined {
  if (p.deceased) return undefined;
  if (p.age !== undefined) return p.age;
  if (p.birthYear !== undefined) return Math.max(0, referenceYear - p.birthYear);
  return undefined;
}

const CIRCLE_KEYS: Readonly<Record<PersonNode['circle'], MessageKey>> = {
  family: 'kin.circle.family',
  neighbour: 'kin.circle.neighbour',
  friend: 'kin.circle.friend',
  community: 'kin.circle.community',
  other: 'kin.circle.other',
};

function circleLabel(p: PersonNode, locale: Locale): string {
  const forms = translate(locale, CIRCLE_KEYS[p.circle]).split('|');
  const word = (p.gender === 'woman' ? forms[0] : p.gender === 'man' ? forms[1] : forms[2]) ?? forms[0] ?? '';
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Every person's label, numbered when one repeats ("Voisine", "Voisine 2"). Family links decide:
 * anyone related to the index person by filiations and couples gets a relation, whatever their
 * circle; the others are named by their circle.
 */
export function personLabels(doc: CaseDocument, locale: Locale, viewpoint: Viewpoint = 'children'): Map<Id, string> {
  const kin = kinshipLabels(familyView(doc, viewpoint), locale);
  const labels = new Map<Id, string>();
  for (const n of doc.nodes) if (n.kind === 'person') labels.set(n.id, kin.get(n.id) ?? circleLabel(n, locale));
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
