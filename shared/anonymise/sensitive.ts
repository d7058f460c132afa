// What must never appear in an anonymised export: every name and part of a name, institution
// names (less their generic words: "Collège" in "Collège Jean Jaurès" names a kind, not a place),
// household names, the title, the proper nouns of free text, and dates.
//
// Free text (notes, the title, household names, typed roles) is where common words live: there a
// word is a proper noun when it is capitalised in the middle of a sentence ("vu avec Kevin") or
// elided ("d'Enzo"), and not when it opens a sentence ("Grand-mère d'Enzo, ...") or is a common
// word: a word of the lexicon, or of the app's own vocabulary (the words the export draws: kinship
// words, roles, institution kinds, the legend). Those are sensitive only as parts of a name of the case.
import type { CaseDocument } from '../model/case';
import { MESSAGES, type MessageKey } from '../i18n/messages';
import { CATEGORY_LABELS, INSTITUTION_PRESETS, isPreset, MEASURE_PRESETS, ROLE_PRESETS } from '../model/presets';
import { COMMON_WORDS } from './lexicon';
import { recogniseRole, ROLE_VOCABULARY, ROLE_WORDS } from './roles';
import { foldText, nameParts } from './text';

export interface SensitiveString {
  text: string;
  /** Where it comes from, to explain a block ("name of a person"...). */
  source: 'person' | 'professional' | 'institution' | 'household' | 'title' | 'notes' | 'free-text' | 'date';
  /**
   * A word of a longer name ("Voisin" of "Marc Voisin"): where it is also a word of the app's own
   * vocabulary, the vocabulary the app composes ("Voisin", "Petit-fils") may show it (leak-guard.ts).
   * A whole name never: a person recorded as "Famille" is found in "Famille".
   */
  part?: true;
}

const fold = (labels: readonly string[]) => labels.flatMap((label) => [label, ...nameParts(label)]).map(foldText);

/**
 * Generic words of the vocabulary, left out of the names of professionals and institutions ("Juge
 * Bernard", "Collège Jean Jaurès"): not identifying on their own.
 */
const GENERIC: ReadonlySet<string> = new Set([
  ...fold([
    ...INSTITUTION_PRESETS.flatMap((p) => [p.label.fr, p.label.en]),
    ...Object.values(CATEGORY_LABELS).flatMap((l) => [l.fr, l.en]),
    ...ROLE_PRESETS.flatMap((r) => [r.short.fr, r.short.en, r.long.fr, r.long.en]),
    ...MEASURE_PRESETS.flatMap((m) => [m.label.fr, m.label.en]),
    'service', 'centre', 'maison', 'association', 'hôpital', 'clinique', 'cabinet', 'école', 'collège', 'lycée', 'mairie', 'tribunal', 'judiciaire',
    'départemental', 'conseil', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'social', 'sociale', 'foyer', 'the', 'of', 'and',
    'situation', 'dossier', 'famille', 'family', 'case', 'household',
  ]),
  ...ROLE_WORDS,
]);

/** The messages whose words an export draws: labels, legend, title block. */
const DRAWN: readonly string[] = ['kin.', 'anonymise.', 'legend.', 'couple.', 'filiation.', 'relation.', 'mandate.', 'circle.', 'gender.', 'partnership.', 'symbol.', 'household.', 'app.tagline', 'export.trainingSubtitle'];

function appWords(): string[] {
  const texts = Object.values(MESSAGES).flatMap((table) =>
    (Object.keys(table) as MessageKey[]).filter((key) => DRAWN.some((prefix) => key.startsWith(prefix))).map((key) => table[key].replace(/\{\w+\}/gu, ' ')),
  );
  return texts.flatMap((text) => text.split(/[|\s()’'.,:;·]+/u)).filter(Boolean);
}

/** Words that are not proper nouns by themselves in free text. */
const COMMON: ReadonlySet<string> = new Set([...GENERIC, ...ROLE_VOCABULARY, ...fold(appWords()), ...COMMON_WORDS]);

/** Civilities and titles: part of how a name is written, not of who it is. */
const CIVILITY = new Set(['mme', 'm', 'mr', 'mrs', 'ms', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'dr', 'docteur', 'doctor', 'me', 'maitre', 'pr', 'professeur', 'st', 'ste']);

/** Whether a word at `at` opens a sentence: at the start, after . ! ? … : or a new line (not after "M." or an initial). */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"«»“”‘'’([\-–—•*]/u.test(text.charAt(i))) {
    if (text.charAt(i) === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  const end = text.charAt(i);
  if (end === '.') {
    // "M. Dupont", "J. Dupont": an abbreviation or an initial, not the end of a sentence.
    const before = /[\p{L}]+$/u.exec(text.slice(Math.max(0, i - 20), i))?.[0] ?? '';
    return !(before.length === 1 || CIVILITY.has(foldText(before)));
  }
  return '!?…:;'.includes(end);
}

/** Capitalised words inside a sentence, and every word after an elided article (d'Enzo, l'enzo). */
function properNouns(raw: string): string[] {
  // Read as a reader sees it: invisible characters do not cut a word, accents are letters.
  const text = raw.replace(/\p{Default_Ignorable_Code_Point}/gu, '').normalize('NFC');
  const words = [...text.matchAll(/\p{Lu}[\p{L}'’-]{2,}/gu)].filter((m) => !opensSentence(text, m.index)).map((m) => m[0]);
  const elided = [...text.matchAll(/\b[dlDL]['’](\p{L}{3,})/gu)].map((m) => m[1] as string);
  // Scripts without capitals (Arabic, Hebrew...): any word may be a name.
  const uncased = text.match(/\p{Lo}[\p{Lo}\p{M}]+/gu) ?? [];
  return [...words, ...elided, ...uncased];
}

export function sensitiveStrings(doc: CaseDocument): SensitiveString[] {
  const out = new Map<string, SensitiveString>();
  /** `skip`: words that are not sensitive on their own (the whole text is, unless all its words are). */
  const add = (text: string | undefined, source: SensitiveString['source'], { withParts = true, skip }: { withParts?: boolean; skip?: ReadonlySet<string> } = {}) => {
    if (!text?.trim()) return;
    const whole = text.trim();
    const parts = nameParts(whole);
    if (skip && parts.length > 0 && parts.every((part) => skip.has(foldText(part)))) return;
    const candidates = withParts ? [whole, ...parts] : [whole];
    for (const candidate of candidates) {
      const folded = foldText(candidate);
      // A whole name may be a single letter ("X", "Ø"); a part of one letter is an initial.
      if (folded.length < (candidate === whole ? 1 : 2) || CIVILITY.has(folded) || skip?.has(folded)) continue;
      // A short number alone ("CMP 10", "Habitat 59") identifies nothing; years are dates, kept.
      if (/^\d{1,3}$/.test(folded) && candidate !== whole) continue;
      const seen = out.get(folded);
      if (!seen || (seen.part && candidate === whole)) out.set(folded, { text: candidate, source, ...(candidate === whole ? {} : { part: true as const }) });
    }
  };
  const addFree = (text: string | undefined) => {
    if (!text?.trim()) return;
    for (const word of properNouns(text)) add(word, 'notes', { skip: COMMON });
  };
  const addYear = (year: number | undefined) => year !== undefined && add(String(year), 'date', { withParts: false });
  // A partial date, and its year alone: "juin 2026" written in words still gives the year away.
  const addDate = (date: string | undefined) => {
    if (!date) return;
    add(date, 'date', { withParts: false });
    addYear(Number(date.slice(0, 4)));
  };

  add(doc.title, 'title', { skip: COMMON });
  addFree(doc.notes);
  for (const node of doc.nodes) {
    if (node.kind === 'person') {
      add(node.name, 'person');
      addYear(node.birthYear);
      addYear(node.deathYear);
    } else if (node.kind === 'professional') {
      // A professional is often written with their function ("Juge Bernard"): that word is generic.
      add(node.name, 'professional', { skip: GENERIC });
      // A typed role all of whose words name functions and services identifies nobody.
      const typedRole = !isPreset(ROLE_PRESETS, node.role);
      if (typedRole && !recogniseRole(node.role, 'fr').onlyVocabulary && !recogniseRole(node.role, 'en').onlyVocabulary) add(node.role, 'free-text', { skip: COMMON });
    } else {
      add(node.name, 'institution', { skip: GENERIC });
      if (!isPreset(INSTITUTION_PRESETS, node.type)) add(node.type, 'free-text', { skip: COMMON });
    }
    addFree(node.notes);
  }
  for (const household of doc.households) {
    add(household.name, 'household', { skip: COMMON });
    addFree(household.notes);
  }
  for (const link of doc.links) {
    addFree(link.notes);
    if (link.kind === 'couple') {
      addYear(link.startYear);
      addYear(link.endYear);
    }
    if (link.kind === 'intervention') {
      if (link.measure && !isPreset(MEASURE_PRESETS, link.measure)) add(link.measure, 'free-text', { skip: COMMON });
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
