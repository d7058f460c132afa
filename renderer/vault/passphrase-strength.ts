// The shared passphrase rule (shared/security/passphrase.ts) as the screens use it: the verdict on
// what is being typed, and the words that explain it. The vault applies the same rule again.
import { useEffect, useState } from 'react';
import { assessPassphrase, MIN_PASSPHRASE_CHARACTERS, preloadPassphraseRule, type PassphraseAssessment, type PassphraseRefusal } from '../../shared/security/passphrase';
import type { Translate } from '../i18n';

export type PassphraseCheck =
  | { state: 'checking' }
  | { state: 'failed'; message: string }
  | { state: 'done'; assessment: PassphraseAssessment };

/**
 * The rule's verdict on `passphrase`. While the verdict on a new value is being worked out (a few
 * milliseconds once the dictionaries are loaded), the last one stays shown, so the text does not
 * flicker at each keystroke, but `current` is false: nothing may be submitted on it.
 */
export function usePassphraseCheck(passphrase: string): { check: PassphraseCheck; current: boolean } {
  const [result, setResult] = useState<{ passphrase: string; check: PassphraseCheck } | null>(null);
  useEffect(() => preloadPassphraseRule(), []);
  useEffect(() => {
    let current = true;
    assessPassphrase(passphrase).then(
      (assessment) => current && setResult({ passphrase, check: { state: 'done', assessment } }),
      (error: unknown) => current && setResult({ passphrase, check: { state: 'failed', message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [passphrase]);
  return { check: result?.check ?? { state: 'checking' }, current: result?.passphrase === passphrase };
}

/** The meter's level: refused passphrases are 'too-short' or 'weak'. */
export function strengthLevel(assessment: PassphraseAssessment): 'too-short' | 'weak' | 'fair' | 'strong' {
  if (assessment.acceptable) return assessment.strength;
  return assessment.reason === 'too-short' ? 'too-short' : 'weak';
}

/** Why the rule refuses a passphrase, in the user's language. */
export function refusalText(t: Translate, refusal: PassphraseRefusal): string {
  return t(`passphrase.reason.${refusal.reason}`, { count: refusal.characters, min: MIN_PASSPHRASE_CHARACTERS });
}
