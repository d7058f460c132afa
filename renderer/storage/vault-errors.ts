// What the vault can refuse, each with the state it leaves behind (always: nothing stored is lost).
import type { Id } from '../../shared/model/primitives';
import type { CaseProblem } from '../../shared/model/restore';

export class VaultLockedError extends Error {
  override name = 'VaultLockedError';
  constructor() {
    super('The vault is locked.');
  }
}

/**
 * How a case record is damaged: it fails its authentication (`altered`: changed, truncated, moved),
 * it is older than the vault index says (`replayed`: an earlier row put back), it is listed but
 * absent (`missing`), or present but not listed (`unlisted`: a case deleted for good put back).
 * Damaged records are kept as they are. `invalid` is not damage: the record is authentic, but its
 * content does not pass validation; it can be repaired.
 */
export type Damage = 'altered' | 'replayed' | 'missing' | 'unlisted';

export class UnreadableCaseError extends Error {
  override name = 'UnreadableCaseError';
  constructor(
    message: string,
    readonly damage: Damage | 'invalid' = 'invalid',
    readonly problems: CaseProblem[] = [],
  ) {
    super(message);
  }
}

/**
 * The case was changed elsewhere (another window, an import) since this window read it. Inside the
 * vault it is raised without a copy; `Vault.save` then keeps the window's version in a copy and
 * raises it again with the copy's id and title.
 */
export class SaveConflictError extends Error {
  override name = 'SaveConflictError';
  constructor(
    readonly copyId: Id | null = null,
    readonly copyTitle: string = '',
  ) {
    super(copyId ? `This case was changed in another window. Your changes were kept in a copy: “${copyTitle}”.` : 'This case was changed in another window.');
  }
}

/** The case breaks its schema (a text over its limit...): it is not stored, the stored version stays. */
export class InvalidCaseError extends Error {
  override name = 'InvalidCaseError';
  constructor(readonly problems: CaseProblem[]) {
    super(`The case was not saved: it is not valid (${problems.map((p) => `${p.path.join('.')}: ${p.code}`).join('; ')}). The stored version is intact.`);
  }
}

export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor() {
    super('The disk is full: the change was not saved, and the previous version of the case is intact.');
  }
}

export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

/** Runs an IndexedDB write, naming a full disk. */
export async function writing<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError();
    throw error;
  }
}
