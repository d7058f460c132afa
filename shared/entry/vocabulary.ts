// What typed words name among the presets and the labels of the app: a role, an institution type,
// a measure, a mandate, a relationship quality, a couple's status, a kinship... Matching ignores
// case, accents, apostrophes and inclusive endings ("Éducateur·rice" is found in "éducateur"), in
// French and English. The words shown in the app (its labels) are always recognised; the lists
// below only add what people type besides ("conflit" for "Conflictuels").
import { recogniseRole } from '../anonymise/roles';
import { foldText } from '../anonymise/text';
import { LOCALES, translate, type MessageKey } from '../i18n/messages';
import { COUPLE_STATUSES, MANDATES, PARTNERSHIPS, RELATION_QUALITIES, type CoupleStatus, type Mandate, type PartnershipLink, type RelationQuality } from '../model/links';
import { CIRCLES, type Circle } from '../model/nodes';
import { INSTITUTION_PRESETS, MEASURE_PRESETS, ROLE_PRESETS, type InstitutionPreset, type MeasurePreset, type RolePreset } from '../model/presets';

/** Folded words: lower case, no accents, inclusive endings and apostrophes dropped. */
export function foldWords(text: string): string[] {
  return foldText(text)
    .replace(/[·•](\p{L}+)/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export const folded = (text: string): string => foldWords(text).join(' ');

interface Phrase<T> {
  value: T;
  words: string;
}

function phrases<T>(entries: ReadonlyArray<readonly [T, readonly string[]]>): ReadonlyArray<Phrase<T>> {
  return entries
    .flatMap(([value, texts]) => texts.map((text) => ({ value, words: folded(text) })))
    .filter((p) => p.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
}

/** A value's label in every language, and the other words typed for it. */
function labelled<T extends string>(values: readonly T[], prefix: string, others: Readonly<Partial<Record<T, readonly string[]>>>): ReadonlyArray<Phrase<T>> {
  return phrases(values.map((value) => [value, [...LOCALES.map((locale) => translate(locale, `${prefix}.${value}` as MessageKey)), ...(others[value] ?? [])]] as const));
}

export type Match<T> = { value: T; length: number } | null;

/** Longest known phrase at the start of `words` (folded, space-separated). */
function longestPrefix<T>(list: ReadonlyArray<Phrase<T>>, words: string): Match<T> {
  for (const phrase of list) {
    if (words === phrase.words || words.startsWith(`${phrase.words} `)) return { value: phrase.value, length: phrase.words.split(' ').length };
  }
  return null;
}

/** A role typed as one of a preset's own names (its key, its forms in every gender, its full title), with or without accents. */
const ROLE_NAMES: ReadonlyMap<string, RolePreset> = new Map(ROLE_PRESETS.flatMap((r) => [r.key, ...r.names.fr, ...r.names.en].map((name) => [folded(name), r] as const)));
/** The same names as phrases: "Aide à domicile" is a role before "aide" is a support. */
const ROLE_NAME_PHRASES = phrases<RolePreset>(ROLE_PRESETS.map((r) => [r, [...r.names.fr, ...r.names.en]]));
const INSTITUTION_PHRASES = phrases<InstitutionPreset>(INSTITUTION_PRESETS.map((p) => [p, [p.label.fr, p.label.en]]));
const MEASURE_PHRASES = phrases<MeasurePreset>(MEASURE_PRESETS.map((m) => [m, [m.key, m.label.fr, m.label.en]]));

const MANDATE_PHRASES = labelled<Mandate>(MANDATES, 'mandate', {
  judicial: ['judiciaire', 'mandat judiciaire', 'ordonne par le juge', 'ordonnee par le juge'],
  administrative: ['administratif'],
  contractual: ['contractuel', 'contrat'],
  voluntary: ['volontaire', 'a sa demande', 'a leur demande'],
  informal: ['informel'],
});

const QUALITY_PHRASES = labelled<RelationQuality>(RELATION_QUALITIES, 'relation', {
  close: ['proche', 'close'],
  fused: ['fusionnel', 'fusionnelle', 'fusionnels', 'fusionnelles'],
  distant: ['distante', 'distant', 'distend', 'distendu', 'distendue', 'distendus', 'tenu', 'tenus'],
  conflictual: ['conflictuel', 'conflictuelle', 'conflictuelles', 'conflit', 'en conflit', 'conflicts', 'conflict', 'in conflict'],
  'close-conflictual': ['proche et conflictuel', 'proches et en conflit', 'close but conflictual'],
  'cut-off': ['coupe', 'coupes', 'coupure', 'en rupture', 'ne se parlent plus', 'cut off', 'estranged'],
  violence: ['violent', 'violente', 'violents', 'maltraitance', 'maltraite', 'frappe', 'violence envers', 'abuse', 'abusive'],
  support: ['soutient', 'aide', 'aident', 'soutiennent', 'supports', 'helps', 'help'],
});

const COUPLE_PHRASES = labelled<CoupleStatus>(COUPLE_STATUSES, 'couple', {
  married: ['marie', 'mariee', 'maries', 'epoux', 'epouse', 'mari', 'husband', 'wife', 'married to'],
  'civil-union': ['pacse', 'pacsee', 'pacs'],
  cohabiting: ['en couple', 'concubin', 'concubine', 'compagnon', 'compagne', 'conjoint', 'conjointe', 'partenaire', 'partner', 'vit avec', 'vivent ensemble', 'lives with'],
  // An ex-partner is separated; only a marriage ends in a divorce (an ex-wife, an ex-husband).
  separated: ['separe', 'separee', 'separes', 'ex', 'ex conjoint', 'ex conjointe', 'ex compagnon', 'ex compagne', 'ex partenaire', 'ex partner', 'ex boyfriend', 'ex girlfriend'],
  divorced: ['divorce', 'divorcee', 'ex mari', 'ex femme', 'ex epoux', 'ex epouse', 'ex husband', 'ex wife'],
  widowed: ['veuf', 'veuve'],
});

const PARTNERSHIP_PHRASES = labelled<PartnershipLink['formality']>(PARTNERSHIPS, 'partnership', {
  formal: ['formel', 'partenariat', 'travaillent ensemble', 'work together', 'convention'],
  informal: ['informel', 'se connaissent', 'know each other'],
  none: ['ne se connaissent pas', 'sans lien', 'aucun lien', 'do not know each other', 'never met'],
});

const CIRCLE_PHRASES = labelled<Circle>(CIRCLES, 'circle', {
  neighbour: ['voisin', 'voisine', 'voisins', 'neighbor'],
  friend: ['ami', 'amie', 'amis', 'copain', 'copine'],
  community: ['paroisse', 'club', 'association de quartier'],
});

/** What a kinship word says: who the new person is to the one named after it. */
export type Kin =
  | { to: 'parent'; gender: 'woman' | 'man' }
  | { to: 'child'; gender?: 'woman' | 'man' }
  | { to: 'sibling'; gender?: 'woman' | 'man' }
  | { to: 'partner'; gender?: 'woman' | 'man'; status?: CoupleStatus };

const KIN_PHRASES = phrases<Kin>([
  [{ to: 'parent', gender: 'woman' }, ['mere', 'maman', 'mother', 'mum', 'mom']],
  [{ to: 'parent', gender: 'man' }, ['pere', 'papa', 'father', 'dad']],
  [{ to: 'child', gender: 'man' }, ['fils', 'son']],
  [{ to: 'child', gender: 'woman' }, ['fille', 'daughter']],
  [{ to: 'child' }, ['enfant', 'child', 'bebe', 'baby']],
  [{ to: 'sibling', gender: 'man' }, ['frere', 'demi frere', 'brother', 'half brother']],
  [{ to: 'sibling', gender: 'woman' }, ['soeur', 'demi soeur', 'sister', 'half sister']],
  [{ to: 'sibling' }, ['frere soeur', 'sibling']],
  [{ to: 'partner', gender: 'man', status: 'married' }, ['mari', 'epoux', 'husband']],
  [{ to: 'partner', gender: 'woman', status: 'married' }, ['epouse', 'wife']],
  [{ to: 'partner', gender: 'man', status: 'cohabiting' }, ['compagnon', 'concubin', 'conjoint', 'boyfriend']],
  [{ to: 'partner', gender: 'woman', status: 'cohabiting' }, ['compagne', 'concubine', 'conjointe', 'girlfriend']],
  [{ to: 'partner' }, ['partenaire', 'partner']],
  [{ to: 'partner', gender: 'man', status: 'divorced' }, ['ex mari', 'ex epoux', 'ex husband']],
  [{ to: 'partner', gender: 'woman', status: 'divorced' }, ['ex femme', 'ex epouse', 'ex wife']],
  [{ to: 'partner', gender: 'man', status: 'separated' }, ['ex conjoint', 'ex compagnon', 'ex boyfriend']],
  [{ to: 'partner', gender: 'woman', status: 'separated' }, ['ex conjointe', 'ex compagne', 'ex girlfriend']],
  [{ to: 'partner', status: 'separated' }, ['ex', 'ex partenaire', 'ex partner']],
  [{ to: 'partner', gender: 'man', status: 'divorced' }, ['divorce']],
  [{ to: 'partner', gender: 'woman', status: 'divorced' }, ['divorcee']],
  [{ to: 'partner', gender: 'man', status: 'separated' }, ['separe']],
  [{ to: 'partner', gender: 'woman', status: 'separated' }, ['separee']],
  [{ to: 'partner', status: 'cohabiting' }, ['en couple']],
  [{ to: 'partner', gender: 'man', status: 'civil-union' }, ['pacse']],
  [{ to: 'partner', gender: 'woman', status: 'civil-union' }, ['pacsee']],
]);

const GENDER_PHRASES = labelled<'woman' | 'man'>(['woman', 'man'], 'gender', {
  woman: ['femme', 'f', 'fille', 'female', 'girl'],
  man: ['homme', 'h', 'm', 'garcon', 'male', 'boy'],
});

/** The words of an index person ("Personne concernée" is the inspector's label). */
const INDEX_PHRASES = phrases<true>([[true, [...LOCALES.map((locale) => translate(locale, 'inspector.index')), 'concerne', 'concernee', 'index', 'personne index']]]);

export const institutionAt = (words: string): Match<InstitutionPreset> => longestPrefix(INSTITUTION_PHRASES, words);
export const measureAt = (words: string): Match<MeasurePreset> => longestPrefix(MEASURE_PHRASES, words);
export const mandateAt = (words: string): Match<Mandate> => longestPrefix(MANDATE_PHRASES, words);
export const qualityAt = (words: string): Match<RelationQuality> => longestPrefix(QUALITY_PHRASES, words);
export const coupleStatusAt = (words: string): Match<CoupleStatus> => longestPrefix(COUPLE_PHRASES, words);
export const partnershipAt = (words: string): Match<PartnershipLink['formality']> => longestPrefix(PARTNERSHIP_PHRASES, words);
export const circleAt = (words: string): Match<Circle> => longestPrefix(CIRCLE_PHRASES, words);
export const kinAt = (words: string): Match<Kin> => longestPrefix(KIN_PHRASES, words);
export const genderAt = (words: string): Match<'woman' | 'man'> => longestPrefix(GENDER_PHRASES, words);
export const indexAt = (words: string): Match<true> => longestPrefix(INDEX_PHRASES, words);

/** The whole text names this role, institution type... (not just starts with it). */
export function whole<T>(at: (words: string) => Match<T>, text: string): T | undefined {
  const words = folded(text);
  const found = at(words);
  return found && found.length === words.split(' ').length ? found.value : undefined;
}

/** Words that only join the others ("de", "pour", "and"): skipped when reading a description. */
export const JOINING_WORDS: ReadonlySet<string> = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'a', 'au', 'aux', 'en', 'et', 'avec', 'sous', 'par', 'of', 'the', 'and', 'with', 'under', 'by', 'is', 'est', 'sont']);

/**
 * What a professional's description says: "éducateur AEMO judiciaire" is a role, a measure and a
 * mandate; "curatrice" a role the presets know (curateur·rice), typed in the feminine.
 */
export interface Description {
  /** The preset the role words name or hold (for its defaults: field, mandate). */
  role?: RolePreset;
  /** The role as typed, without the measure, mandate and quality words. */
  roleText: string;
  /** The role words name the preset itself ("AS", "psychologue", "éducateur"): store its key. */
  roleKey?: string;
  measure?: MeasurePreset;
  mandate?: Mandate;
  quality?: RelationQuality;
  /** Words that belong to no vocabulary: a name, not a description. */
  unknown: string[];
}

/** The words of a text with where each starts and ends, to give back what was typed of them. */
function tokens(text: string): Array<{ word: string; start: number; end: number }> {
  const found: Array<{ word: string; start: number; end: number }> = [];
  for (const match of text.matchAll(/[\p{L}\p{N}·•.]+/gu)) {
    for (const word of foldWords(match[0])) found.push({ word, start: match.index, end: match.index + match[0].length });
  }
  return found;
}

export function readDescription(text: string): Description {
  const typed = tokens(text);
  const words = typed.map((t) => t.word);
  const description: Description = { roleText: '', unknown: [] };
  const roleParts: Array<{ start: number; end: number }> = [];
  let i = 0;
  while (i < words.length) {
    const rest = words.slice(i).join(' ');
    const measure = description.measure ? null : measureAt(rest);
    const mandate = description.mandate ? null : mandateAt(rest);
    const quality = description.quality ? null : qualityAt(rest);
    const best = [measure, mandate, quality].reduce((a, b) => ((b?.length ?? 0) > (a?.length ?? 0) ? b : a), null);
    const roleName = longestPrefix(ROLE_NAME_PHRASES, rest);
    const roleWords = roleName && roleName.length >= (best?.length ?? 0) ? roleName.length : best ? 0 : 1;
    if (roleWords > 0) {
      roleParts.push(...(typed.slice(i, i + roleWords) as Array<{ start: number; end: number }>));
      i += roleWords;
      continue;
    }
    if (!best) continue;
    if (best === measure) description.measure = measure?.value;
    else if (best === mandate) description.mandate = mandate?.value;
    else description.quality = quality?.value;
    i += best.length;
  }
  const first = roleParts[0];
  const last = roleParts[roleParts.length - 1];
  description.roleText = first && last ? text.slice(first.start, last.end).replace(/\s+/gu, ' ').trim() : '';
  if (!description.roleText) return description;
  const named = ROLE_NAMES.get(folded(description.roleText));
  const recognised = recogniseRole(description.roleText, 'fr');
  const known = recognised.onlyVocabulary || recogniseRole(description.roleText, 'en').onlyVocabulary;
  const preset = named ?? recognised.preset;
  if (preset) description.role = preset;
  if (named) description.roleKey = named.key;
  if (!preset || !known) description.unknown = foldWords(description.roleText).filter((w) => !JOINING_WORDS.has(w));
  return description;
}
