// Failures of what opens the vault or a file (a passphrase, the recovery code, key derivation),
// in the user's language: one place for the unlock screen, the recovery form, the passphrase
// change and the transfers.
import { KdfOutOfBoundsError } from '../../shared/crypto/kdf';
import { WrongPassphraseError, WrongRecoveryCodeError } from '../../shared/crypto/vault-header';
import { KdfTimeoutError } from '../crypto/argon2-worker';
import { UnlockThrottledError } from '../storage/key-slots';
import type { Translate } from '../i18n';

/** The sentence for a key failure; null when `error` is not one. */
export function describeKeyError(error: unknown, t: Translate): string | null {
  if (error instanceof WrongPassphraseError) return t('unlock.wrong');
  if (error instanceof WrongRecoveryCodeError) return t('unlock.wrongCode');
  if (error instanceof KdfOutOfBoundsError) return t('unlock.kdfBounds');
  if (error instanceof UnlockThrottledError) return t('unlock.throttled');
  if (error instanceof KdfTimeoutError) return t('kdf.timeout', { seconds: error.seconds });
  return null;
}
