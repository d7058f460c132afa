// What typed words name among the presets: a role, an institution type, a measure, a mandate, a
// relationship quality... Matching ignores case, accents, apostrophes and inclusive endings
// ("Éducateur·rice" is found in "éducateur"), in French and English.
import { foldText } from '../anonymise/text';
import { MANDATES, RELATION_QUALITIES, type Mandate, type RelationQuality } from '../model/links';
import { INSTITUTION_PRESETS, MEASURE_PRESETS, ROLE_PRESETS, type InstitutionPreset, type MeasurePreset, type RolePreset } from '../model/presets';

/** Folded words: lower case, no accents, inclusive endings and apostrophes dropped. */
export function foldWords(text: string): string[] {
  return foldText(text)
    .replace(/[·•](\p{L}+)/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export const folded = (text: string): string => foldWords(text).join(' ');

function phrases<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): ReadonlyArray<{ value: T; words: string }> {
  return entries
    .flatMap(([value, texts]) => texts.map((text) => ({ value, words: folded(text) })))
    .filter((p) => p.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
}

/** Longest known phrase at the start of `words` (folded, space-separated). */
function longestPrefix<T>(list: ReadonlyArray<{ value: T; words: string }>, words: string): { value: T; length: number } | null {
  for (const phrase of list) {
    if (words === phrase.words || words.startsWith(`${phrase.words} `)) return { value: phrase.value, length: phrase.words.split(' ').length };
  }
  return null;
}

const ROLE_PHRASES = phrases<RolePreset>(ROLE_PRESETS.map((r) => [r, [r.key, r.short.fr, r.short.en, r.long.fr, r.long.en]]));
const INSTITUTION_PHRASES = phrases<InstitutionPreset>(INSTITUTION_PRESETS.map((p) => [p, [p.label.fr, p.label.en]]));
const MEASURE_PHRASES = phrases<MeasurePreset>(MEASURE_PRESETS.map((m) => [m, [m.key, m.label.fr, m.label.en]]));

const MANDATE_WORDS: Readonly<Record<Mandate, readonly string[]>> = {
  judicial: ['judiciaire', 'judicial', 'mandat judiciaire', 'ordonne par le juge'],
  administrative: ['administrative', 'administratif', 'administrative'],
  contractual: ['contractuelle', 'contractuel', 'contractual', 'contrat'],
  voluntary: ['volontaire', 'voluntary', 'a sa demande'],
  informal: ['informelle', 'informel', 'informal'],
};
const MANDATE_PHRASES = phrases<Mandate>(MANDATES.map((m) => [m, MANDATE_WORDS[m]]));

const QUALITY_WORDS: Readonly<Record<RelationQuality, readonly string[]>> = {
  close: ['proche', 'proches', 'close'],
  fused: ['fusionnel', 'fusionnelle', 'fusionnels', 'fused'],
  distant: ['distant', 'distante', 'distants', 'distend', 'distendu'],
  conflictual: ['conflictuel', 'conflictuelle', 'conflictuels', 'conflit', 'en conflit', 'conflictual'],
  'close-conflictual': ['proche et conflictuel', 'proches et conflictuels', 'close and conflictual'],
  'cut-off': ['rupture', 'coupe', 'coupure', 'cut off', 'cut-off'],
  violence: ['violence', 'violent', 'violente', 'maltraitance'],
  support: ['soutien', 'soutient', 'aide', 'support'],
};
const QUALITY_PHRASES = phrases<RelationQuality>(RELATION_QUALITIES.map((q) => [q, QUALITY_WORDS[q]]));

export type Match<T> = { value: T; length: number } | null;

/** The role preset the words start with, if any ("educateur specialise AEMO" → éducateur, 2 words). */
export const roleAt = (words: string): Match<RolePreset> => longestPrefix(ROLE_PHRASES, words);
export const institutionAt = (words: string): Match<InstitutionPreset> => longestPrefix(INSTITUTION_PHRASES, words);
export const measureAt = (words: string): Match<MeasurePreset> => longestPrefix(MEASURE_PHRASES, words);
export const mandateAt = (words: string): Match<Mandate> => longestPrefix(MANDATE_PHRASES, words);
export const qualityAt = (words: string): Match<RelationQuality> => longestPrefix(QUALITY_PHRASES, words);

/** The whole text names this role, institution type... (not just starts with it). */
export function whole<T>(at: (words: string) => Match<T>, text: string): T | undefined {
  const words = folded(text);
  const found = at(words);
  return found && found.length === words.split(' ').length ? found.value : undefined;
}
