import { translate } from '../../shared/i18n/messages';
import { useLocaleStore } from '../i18n';
import { InvalidCaseError, SaveConflictError, StorageFullError, UnreadableCaseError } from '../storage/vault';
import { describeCaseProblem } from './case-problems';

/** A save failure in the user's language, saying what happened to their work. `doc` is what was being saved. */
export function describeSaveError(error: unknown, doc?: unknown): string {
  const locale = useLocaleStore.getState().locale;
  if (error instanceof InvalidCaseError && error.problems[0]) return translate(locale, 'save.invalid', { detail: describeCaseProblem(locale, error.problems[0], doc) });
  if (error instanceof StorageFullError) return translate(locale, 'save.full');
  if (error instanceof SaveConflictError) return translate(locale, 'save.conflict', { title: error.copyTitle });
  if (error instanceof UnreadableCaseError) return translate(locale, 'save.unreadable');
  return translate(locale, 'save.failed', { detail: error instanceof Error ? error.message : String(error) });
}
