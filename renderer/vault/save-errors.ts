import { translate } from '../../shared/i18n/messages';
import { useLocaleStore } from '../i18n';
import { SaveConflictError, StorageFullError, UnreadableCaseError } from '../storage/vault';

/** A save failure in the user's language, saying what happened to their work. */
export function describeSaveError(error: unknown): string {
  const locale = useLocaleStore.getState().locale;
  if (error instanceof StorageFullError) return translate(locale, 'save.full');
  if (error instanceof SaveConflictError) return translate(locale, 'save.conflict', { title: error.copyTitle });
  if (error instanceof UnreadableCaseError) return translate(locale, 'save.unreadable');
  return translate(locale, 'save.failed', { detail: error instanceof Error ? error.message : String(error) });
}
