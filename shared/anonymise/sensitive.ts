// What must never appear in an anonymised export: every name and part of a name, institution
// names (less their generic words: "Collège" in "Collège Jean Jaurès" names a kind, not a place),
// household names, the title, words of free text that look like proper nouns, and dates.
import type { CaseDocument } from '../model/case';
import { CATEGORY_LABELS, INSTITUTION_PRESETS, isPreset, MEASURE_PRESETS, ROLE_PRESETS } from '../model/presets';
import { foldText, nameParts } from './text';

export interface SensitiveString {
  text: string;
  /** Where it comes from, to explain a block ("name of a person"...). */
  source: 'person' | 'professional' | 'institution' | 'household' | 'title' | 'notes' | 'free-text' | 'date';
}

/** Generic words of the vocabulary: not identifying on their own. */
const GENERIC = new Set(
  [
    ...INSTITUTION_PRESETS.flatMap((p) => [p.label.fr, p.label.en]),
    ...Object.values(CATEGORY_LABELS).flatMap((l) => [l.fr, l.en]),
    ...ROLE_PRESETS.flatMap((r) => [r.short.fr, r.short.en, r.long.fr, r.long.en]),
    ...MEASURE_PRESETS.flatMap((m) => [m.label.fr, m.label.en]),
    'service', 'centre', 'maison', 'association', 'hôpital', 'clinique', 'cabinet', 'école', 'collège', 'lycée', 'mairie', 'tribunal', 'judiciaire',
    'départemental', 'conseil', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'social', 'sociale', 'foyer', 'the', 'of', 'and',
    'situation', 'dossier', 'famille', 'family', 'case', 'household',
  ]
    .flatMap((label) => [label, ...nameParts(label)])
    .map(foldText),
);

/** Civilities and titles: part of how a name is written, not of who it is. */
const CIVILITY = new Set(['mme', 'm', 'mr', 'mrs', 'ms', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'dr', 'docteur', 'doctor', 'me', 'maitre', 'pr', 'professeur']);

/** Capitalised words of free text (names, places), and every word after an elided article (d'Enzo). */
function properNouns(raw: string): string[] {
  // Read as a reader sees it: invisible characters do not cut a word, accents are letters.
  const text = raw.replace(/\p{Default_Ignorable_Code_Point}/gu, '').normalize('NFC');
  const words = text.match(/\p{Lu}[\p{L}'’-]{2,}/gu) ?? [];
  const elided = [...text.matchAll(/\b[dlDL]['’](\p{L}{3,})/gu)].map((m) => m[1] as string);
  // Scripts without capitals (Arabic, Hebrew...): any word may be a name.
  const uncased = text.match(/\p{Lo}[\p{Lo}\p{M}]+/gu) ?? [];
  return [...words, ...elided, ...uncased];
}

export function sensitiveStrings(doc: CaseDocument): SensitiveString[] {
  const out = new Map<string, SensitiveString>();
  const add = (text: string | undefined, source: SensitiveString['source'], { withParts = true, skipGeneric = false } = {}) => {
    if (!text?.trim()) return;
    const candidates = withParts ? [text.trim(), ...nameParts(text)] : [text.trim()];
    for (const candidate of candidates) {
      const folded = foldText(candidate);
      // A whole name may be a single letter ("X", "Ø"); a part of one letter is an initial.
      if (folded.length < (candidate === text.trim() ? 1 : 2) || CIVILITY.has(folded) || (skipGeneric && GENERIC.has(folded))) continue;
      // A short number alone ("CMP 10", "Habitat 59") identifies nothing; years are dates, kept.
      if (/^\d{1,3}$/.test(folded) && candidate !== text.trim()) continue;
      if (!out.has(folded)) out.set(folded, { text: candidate, source });
    }
  };
  const addFree = (text: string | undefined) => {
    if (!text?.trim()) return;
    for (const word of properNouns(text)) add(word, 'notes', { withParts: true, skipGeneric: true });
  };
  const addYear = (year: number | undefined) => year !== undefined && add(String(year), 'date', { withParts: false });
  // A partial date, and its year alone: "juin 2026" written in words still gives the year away.
  const addDate = (date: string | undefined) => {
    if (!date) return;
    add(date, 'date', { withParts: false });
    addYear(Number(date.slice(0, 4)));
  };

  add(doc.title, 'title', { skipGeneric: true });
  addFree(doc.notes);
  for (const node of doc.nodes) {
    if (node.kind === 'person') {
      add(node.name, 'person');
      addYear(node.birthYear);
      addYear(node.deathYear);
    } else if (node.kind === 'professional') {
      // A professional is often written with their function ("Juge Bernard"): that word is generic.
      add(node.name, 'professional', { skipGeneric: true });
      if (!isPreset(ROLE_PRESETS, node.role)) add(node.role, 'free-text', { skipGeneric: true });
    } else {
      add(node.name, 'institution', { skipGeneric: true });
      if (!isPreset(INSTITUTION_PRESETS, node.type)) add(node.type, 'free-text', { skipGeneric: true });
    }
    addFree(node.notes);
  }
  for (const household of doc.households) {
    add(household.name, 'household', { skipGeneric: true });
    addFree(household.notes);
  }
  for (const link of doc.links) {
    addFree(link.notes);
    if (link.kind === 'couple') {
      addYear(link.startYear);
      addYear(link.endYear);
    }
    if (link.kind === 'intervention') {
      if (link.measure && !isPreset(MEASURE_PRESETS, link.measure)) add(link.measure, 'free-text', { skipGeneric: true });
      addDate(link.since);
      addDate(link.until);
    }
    if (link.kind === 'referral') addDate(link.date);
  }
  // Dated events (a placement, a move): their dates and what the practitioner wrote about them.
  for (const event of doc.events ?? []) {
    addDate(event.date);
    addFree(event.label);
    addFree(event.notes);
  }
  return [...out.values()];
}
