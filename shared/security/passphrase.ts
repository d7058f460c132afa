// The one passphrase rule, applied by the screens that take a new passphrase and by the vault
// itself (Vault.create, Vault.changePassphrase), so that no path accepts what another refuses.
//
// Two tests, in this order:
// 1. Length counted as the user sees it: grapheme clusters (an emoji, a letter with its accent:
//    one character each), not UTF-16 units, so six emoji are six characters, not twelve.
// 2. A strength estimate from zxcvbn-ts (pattern matching against lists of common passwords, French
//    and English words, names, keyboard rows, repeats, sequences, dates). Below "safely
//    unguessable" (score 3: at least 10^8 guesses) the passphrase is refused, with the reason.
// The dictionaries weigh about 1 MB gzipped: they are imported on first use, never at start-up.
import type { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';

/** The least number of characters (grapheme clusters) a passphrase may have. */
export const MIN_PASSPHRASE_CHARACTERS = 12;

/** zxcvbn-ts score from which a passphrase is accepted (3: "safely unguessable", ≥ 10^8 guesses). */
export const MIN_PASSPHRASE_SCORE = 3;

/** Why a passphrase is refused: each reason has a message `passphrase.reason.<reason>`. */
export type PassphraseReason =
  | 'too-short'
  | 'repeated'
  | 'sequence'
  | 'keyboard'
  | 'common'
  | 'word'
  | 'names'
  | 'dates'
  | 'guessable';

export type PassphraseAssessment =
  | { acceptable: false; reason: PassphraseReason; characters: number }
  | { acceptable: true; strength: 'fair' | 'strong'; characters: number };

/** Characters as the user sees them (grapheme clusters), after NFC normalisation. */
export function countCharacters(text: string): number {
  return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text.normalize('NFC'))).length;
}

type Warning = NonNullable<ZxcvbnResult['feedback']['warning']>;

/** zxcvbn's warnings (plain keys, since no translations are given to it) grouped into our reasons. */
const REASON_OF_WARNING: Readonly<Record<string, PassphraseReason>> = {
  straightRow: 'keyboard',
  keyPattern: 'keyboard',
  simpleRepeat: 'repeated',
  extendedRepeat: 'repeated',
  sequences: 'sequence',
  recentYears: 'dates',
  dates: 'dates',
  topTen: 'common',
  topHundred: 'common',
  common: 'common',
  similarToCommon: 'common',
  pwned: 'common',
  wordByItself: 'word',
  namesByThemselves: 'names',
  commonNames: 'names',
  userInputs: 'guessable',
} satisfies Record<Warning, PassphraseReason>;

let estimator: Promise<ZxcvbnFactory> | null = null;

/** Loads the estimator and its dictionaries once (a separate chunk in the app's build). */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-fr'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, fr, en]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...fr.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
      }),
    (error: unknown) => {
      estimator = null; // A failed chunk load may succeed next time.
      throw error;
    },
  );
  return estimator;
}

/** Starts loading the dictionaries ahead of the first assessment (a screen that will need them). */
export function preloadPassphraseRule(): void {
  void loadEstimator().catch(() => undefined);
}

/** Applies the rule. The first call loads the dictionaries (a few hundred milliseconds). */
export async function assessPassphrase(passphrase: string): Promise<PassphraseAssessment> {
  const characters = countCharacters(passphrase);
  if (characters < MIN_PASSPHRASE_CHARACTERS) return { acceptable: false, reason: 'too-short', characters };
  const result = (await loadEstimator()).check(passphrase.normalize('NFC'));
  if (result.score >= MIN_PASSPHRASE_SCORE) return { acceptable: true, strength: result.score === 4 ? 'strong' : 'fair', characters };
  const warning = result.feedback.warning;
  return { acceptable: false, reason: (warning && REASON_OF_WARNING[warning]) || 'guessable', characters };
}

export type PassphraseRefusal = Extract<PassphraseAssessment, { acceptable: false }>;

/** Thrown by the vault for a passphrase the rule refuses; `refusal` says why (for the message). */
export class WeakPassphraseError extends Error {
  override name = 'WeakPassphraseError';
  constructor(readonly refusal: PassphraseRefusal) {
    super(`The passphrase is refused (${refusal.reason}): it needs at least ${MIN_PASSPHRASE_CHARACTERS} characters and must not be easy to guess.`);
  }
}

/** The rule as a guard: resolves for an acceptable passphrase, rejects with WeakPassphraseError. */
export async function requireAcceptablePassphrase(passphrase: string): Promise<void> {
  const assessment = await assessPassphrase(passphrase);
  if (!assessment.acceptable) throw new WeakPassphraseError(assessment);
}
