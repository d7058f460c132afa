// Free-text roles as practitioners type them ("curatrice UDAF", "Infirmière libérale", "cheffe de
// service éducatif", "référent.e ASE") read as functions. A typed role is kept when every word of it
// belongs to the vocabulary of the export's language (it then names a function, nobody), mapped to
// a preset in the typed gender when a preset's words are in it, and only otherwise said generically.
import type { Locale } from '../i18n/messages';
import { CATEGORY_LABELS, FIELD_LABELS, findPreset, INSTITUTION_PRESETS, MEASURE_PRESETS, ROLE_PRESETS, type Gendered, type RolePreset } from '../model/presets';
import { foldText } from './text';

/** Words that only join others: allowed in a kept role, ignored when matching a preset. */
const JOINING: Readonly<Record<Locale, readonly string[]>> = {
  fr: ['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'a', 'au', 'aux', 'en', 'et', 'ou', 'pour', 'chez', 'sur', 'aupres', 'dans'],
  en: ['of', 'the', 'and', 'or', 'for', 'in', 'at', 'to', 'with', 'a', 'an'],
};

/** Services and measures named by their initials (DOMAIN.md), written in capitals whatever the typing. */
const INITIALS: readonly string[] = [
  'UTAS', 'MDS', 'CCAS', 'ASE', 'CAF', 'CPAM', 'CARSAT', 'MSA', 'JAF', 'SPIP', 'PJJ', 'UDAF', 'PMI', 'CMP', 'CMPP', 'CSAPA', 'ANPAA', 'MDPH', 'SAVS',
  'SAMSAH', 'ESAT', 'SIAO', 'ACT', 'RASED', 'CHRS', 'CADA', 'IME', 'ITEP', 'SESSAD', 'CAMSP', 'MECS', 'AEMO', 'AED', 'RSA', 'ML', 'CHU', 'CH', 'CHS',
  'EPSM', 'SAU', 'EHPAD', 'CPH', 'HUDA', 'MJD', 'CDAS', 'SDIS', 'ADSS', 'SAAD', 'SSIAD',
];

/**
 * Words that qualify a function or name a kind of service without naming anyone. Institution
 * kinds, categories and measures come from the presets; these are the rest of what practitioners
 * write after a function ("de secteur", "du CMPP", "en milieu ouvert").
 */
const QUALIFIERS: Readonly<Record<Locale, readonly string[]>> = {
  fr: [
    'scolaire', 'scolaires', 'liberal', 'liberale', 'liberaux', 'secteur', 'polyvalence', 'polyvalent', 'polyvalente', 'principal', 'principale',
    'adjoint', 'adjointe', 'stagiaire', 'specialise', 'specialisee', 'educatif', 'educative', 'social', 'sociale', 'sociaux', 'familial',
    'familiale', 'enfance', 'enfant', 'enfants', 'jeune', 'jeunes', 'jeunesse', 'famille', 'familles', 'adulte', 'adultes', 'majeur', 'majeurs',
    'mineur', 'mineurs', 'protection', 'judiciaire', 'milieu', 'ouvert', 'sante', 'mentale', 'psychiatrie', 'pedopsychiatrie', 'soin', 'soins',
    'hopital', 'hospitalier', 'hospitaliere', 'jour', 'domicile', 'quartier', 'insertion', 'professionnelle', 'professionnel', 'emploi',
    'logement', 'justice', 'tribunal', 'college', 'lycee', 'ecole', 'maternelle', 'primaire', 'elementaire', 'classe', 'prevention',
    'accueil', 'hebergement', 'foyer', 'service', 'services', 'medico', 'creche', 'action', 'handicap', 'intervention', 'mission', 'locale',
    'centre', 'maison', 'departement', 'departemental', 'departementale', 'conseil', 'circonscription', 'territorial', 'territoriale',
    'unite', 'pole', 'antenne', 'urgence', 'urgences', 'pediatrie', 'maternite', 'addictologie', 'alcoologie', 'tutelle', 'curatelle',
    'education', 'nationale', 'penitentiaire', 'probation', 'aide', 'sociale', 'etablissement', 'referent', 'referente', 'coordination',
    'suivi', 'parcours', 'clientele', 'contentieux', 'recouvrement', 'precontentieux', 'locatif', 'locative', 'gestion', 'vie', 'fse',
    ...INITIALS.map((w) => w.toLowerCase()),
  ],
  en: [
    'school', 'community', 'youth', 'child', 'children', 'family', 'families', 'social', 'mental', 'health', 'hospital', 'care', 'court',
    'justice', 'senior', 'assistant', 'deputy', 'lead', 'specialist', 'principal', 'service', 'services', 'team', 'support', 'housing',
    'employment', 'centre', 'center', 'local', 'district', 'home', 'day', 'adult', 'adults', 'protection', 'welfare', 'council', 'county',
    'unit', 'department', 'education', 'trainee', 'duty', 'case', 'specialised', 'specialized', 'clinical', 'probation', 'office',
  ],
};

type RoleGender = keyof Gendered;

interface Phrase {
  preset: RolePreset;
  gender: RoleGender;
  /** Folded content words (joining words left out). */
  words: readonly string[];
}

const INCLUSIVE_MARK = /(\p{L})[·•.](?=\p{L})/gu;

/** Folded words of a typed text; "référent.e", "référent(e)" and "référent·e" all read "referent·e". */
function words(text: string): string[] {
  return foldText(text)
    .replace(/\((e|ne|se|ve|le|te|re|ere|rice|trice|euse|ive)\)/gu, '·$1')
    .replace(INCLUSIVE_MARK, '$1·')
    .split(/[^\p{L}\p{N}·]+/u)
    .filter(Boolean);
}

const ALL_JOINING = new Set([...JOINING.fr, ...JOINING.en]);
const contentWords = (folded: readonly string[]) => folded.filter((w) => !ALL_JOINING.has(w));

function phrasesOf(preset: RolePreset, locale: Locale): Phrase[] {
  const forms = preset.forms[locale];
  const gendered: Array<[string, RoleGender]> = [
    [forms.feminine, 'feminine'],
    [forms.masculine, 'masculine'],
    [forms.inclusive, 'inclusive'],
    [preset.long[locale], 'inclusive'],
    ...preset.aliases[locale].map((alias): [string, RoleGender] => (alias.startsWith('f:') ? [alias.slice(2), 'feminine'] : alias.startsWith('m:') ? [alias.slice(2), 'masculine'] : [alias, 'inclusive'])),
  ];
  return gendered.map(([text, gender]) => ({ preset, gender, words: contentWords(words(text)) })).filter((p) => p.words.length > 0);
}

const PHRASES: Readonly<Record<Locale, readonly Phrase[]>> = {
  fr: ROLE_PRESETS.flatMap((p) => phrasesOf(p, 'fr')),
  en: ROLE_PRESETS.flatMap((p) => phrasesOf(p, 'en')),
};
/**
 * Both languages (a role typed in French is recognised in an English export), the longest phrases
 * first so that "infirmière scolaire" wins over "infirmière".
 */
const BY_LENGTH: readonly Phrase[] = [...PHRASES.fr, ...PHRASES.en].sort((a, b) => b.words.length - a.words.length);

function vocabulary(locale: Locale): Set<string> {
  const texts = [
    ...PHRASES[locale].flatMap((p) => p.words),
    ...INSTITUTION_PRESETS.flatMap((p) => words(p.label[locale])),
    ...Object.values(CATEGORY_LABELS).flatMap((l) => words(l[locale])),
    ...MEASURE_PRESETS.flatMap((m) => words(m.label[locale])),
    ...Object.values(FIELD_LABELS).flatMap((l) => words(l[locale])),
    ...QUALIFIERS[locale],
    ...JOINING[locale],
  ];
  return new Set(texts);
}
const VOCABULARY: Readonly<Record<Locale, ReadonlySet<string>>> = { fr: vocabulary('fr'), en: vocabulary('en') };

/** The words of the role presets' forms, titles and aliases, folded, in both languages. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(BY_LENGTH.flatMap((p) => p.words).filter((w) => w.length >= 2));

/** The words of both vocabularies, folded: words that name functions and services, nobody. */
export const ROLE_VOCABULARY: ReadonlySet<string> = new Set([...VOCABULARY.fr, ...VOCABULARY.en].filter((w) => w.length >= 2));

/** The word before an inclusive ending ("referent" for "referent·e"). */
const stem = (word: string) => word.split('·')[0] ?? word;
const known = (word: string, locale: Locale) => VOCABULARY[locale].has(word) || (word.includes('·') && VOCABULARY[locale].has(stem(word)));

export interface RecognisedRole {
  /** The preset whose words the typed role holds (the longest such phrase). */
  preset?: RolePreset;
  gender: RoleGender;
  /** Every word is in the vocabulary of the language: the typed role names a function, nobody. */
  onlyVocabulary: boolean;
}

/** Where `phrase` occurs in `typed` as consecutive words; a typed "referent·e" matches "referent" (inclusive). */
function match(typed: readonly string[], phrase: readonly string[]): { inclusive: boolean } | null {
  for (let start = 0; start + phrase.length <= typed.length; start++) {
    let inclusive = false;
    const fits = phrase.every((word, i) => {
      const t = typed[start + i] as string;
      if (t === word) return true;
      if (t.includes('·') && stem(t) === stem(word)) return (inclusive = true);
      return false;
    });
    if (fits) return { inclusive };
  }
  return null;
}

export function recogniseRole(text: string, locale: Locale): RecognisedRole {
  const folded = words(text);
  const onlyVocabulary = folded.length > 0 && folded.every((w) => known(w, locale));
  const typed = contentWords(folded);
  for (const phrase of BY_LENGTH) {
    const found = match(typed, phrase.words);
    if (found) return { preset: phrase.preset, gender: found.inclusive ? 'inclusive' : phrase.gender, onlyVocabulary };
  }
  return { gender: 'inclusive', onlyVocabulary };
}

/** One way to say a role: the label drawn, and what the anonymised case stores as the role. */
export interface RoleCandidate {
  label: string;
  /** A preset key, or the kept typed role. */
  role: string;
}

/** Initials as the presets write them: "CPE", "PJJ", "AS". */
const CAPITALS: ReadonlyMap<string, string> = new Map(
  [...INITIALS, ...ROLE_PRESETS.flatMap((r) => [...Object.values(r.forms.fr), ...r.aliases.fr]), ...INSTITUTION_PRESETS.map((p) => p.label.fr), ...MEASURE_PRESETS.map((m) => m.label.fr)]
    .flatMap((text) => text.split(/[^\p{L}]+/u))
    .filter((word) => word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word))
    .map((word) => [foldText(word), word]),
);

/** A typed role tidied: one space between words, initials in capitals, a capital first. */
function tidy(typed: string): string {
  const text = typed.trim().replace(/\s+/gu, ' ').replace(/[\p{L}]+/gu, (word) => CAPITALS.get(foldText(word)) ?? word);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * How a professional's role may read in an anonymised export, in `locale`, best first: a preset as
 * its short form; a typed role kept (tidied: one space between words, a capital first) when every
 * word is in the vocabulary, then as the preset recognised in it, in the typed gender. Empty when
 * nothing is recognised (the caller says "Professionnel·le").
 */
export function roleCandidates(role: string, locale: Locale): RoleCandidate[] {
  const preset = findPreset(ROLE_PRESETS, role);
  if (preset) return [{ label: preset.short[locale], role: preset.key }];
  const typed = role.trim().replace(/\s+/gu, ' ');
  if (!typed) return [];
  const recognised = recogniseRole(typed, locale);
  const candidates: RoleCandidate[] = [];
  if (recognised.onlyVocabulary) candidates.push({ label: tidy(typed), role: tidy(typed) });
  if (recognised.preset) candidates.push({ label: recognised.preset.forms[locale][recognised.gender], role: recognised.preset.key });
  return candidates;
}
