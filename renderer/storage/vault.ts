// The encrypted vault: the key hierarchy (shared/crypto) over IndexedDB (Dexie). A façade over its
// three parts: the key slots (key-slots.ts), the case records (case-records.ts) and transfers
// (vault-transfers.ts). Implements the CaseStore the editor saves through, plus what the library
// needs (states, trash, history, backup, import).
import type { VaultKeys } from '../../shared/crypto/vault-header';
import type { CaseDocument } from '../../shared/model/case';
import type { Id } from '../../shared/model/primitives';
import type { CaseProblem, Repair } from '../../shared/model/restore';
import { CaseRecords, type CaseState, type CopyReason, type IndexNotice, type LibraryEntry, type PendingChange, type RevisionSummary } from './case-records';
import type { CaseStore, CaseSummary } from './case-store';
import { KeySlots, type KeySlotOptions, type VaultStatus } from './key-slots';
import { VaultDb } from './vault-db';
import { VaultTransfers, type ImportedCase, type MergeResult, type OpenedBackup, type VaultSnapshot } from './vault-transfers';

export { MAX_REVISIONS_PER_CASE, REVISION_INTERVAL_MS, TRASH_DAYS, type CaseState, type IndexNotice, type LibraryEntry, type PendingChange, type RevisionSummary } from './case-records';
export { UnlockThrottledError, type VaultStatus } from './key-slots';
export { InvalidCaseError, SaveConflictError, StorageFullError, UnreadableCaseError, VaultLockedError, type Damage } from './vault-errors';
export type { ImportedCase, MergeResult, OpenedBackup, VaultSnapshot } from './vault-transfers';

export type VaultOptions = KeySlotOptions;

export class Vault implements CaseStore {
  private readonly keys: KeySlots;
  private readonly records: CaseRecords;
  private readonly transfers: VaultTransfers;

  constructor(
    readonly db: VaultDb = new VaultDb(),
    options: VaultOptions = {},
  ) {
    this.keys = new KeySlots(db, options);
    this.records = new CaseRecords(db, this.keys, options.now ?? Date.now);
    this.transfers = new VaultTransfers(db, this.keys, this.records);
  }

  /** The titles of copies (another window, an import), set in the user's language by the app. */
  set copyTitles(make: Record<CopyReason, (title: string) => string>) {
    this.records.copyTitles = make;
  }

  // ---- keys -------------------------------------------------------------------------------

  status(): Promise<VaultStatus> {
    return this.keys.status();
  }
  async create(passphrase: string): Promise<string> {
    const code = await this.keys.create(passphrase);
    await this.records.openIndex();
    return code;
  }
  /** Opens the keys, then the vault index (made for a vault from before it, rebuilt and said if it is damaged). */
  async unlock(passphrase: string): Promise<void> {
    await this.keys.unlock(passphrase);
    await this.records.openIndex();
  }
  /** How long before the next unlock attempt may be made (a wrong one makes it wait; kept in the vault). */
  unlockDelay(): Promise<number> {
    return this.keys.unlockDelay();
  }
  /** The recovery slot failed its check at this unlock: the code would not open the vault (make a new one). */
  recoverySlotDamaged(): boolean {
    return this.keys.recoverySlotDamaged();
  }
  /** A new recovery code, shown once; the old one opens nothing any more. */
  newRecoveryCode(passphrase: string): Promise<string> {
    return this.keys.newRecoveryCode(passphrase);
  }
  /** Set when the vault index had to be rebuilt at this unlock: the library says so. */
  integrityNotice(): IndexNotice | null {
    return this.records.notice;
  }
  /** Drops the key and everything decrypted: after this, nothing of a case is in memory here. */
  lock(): void {
    this.keys.lock();
    this.records.forget();
  }
  async changePassphrase(proof: { passphrase: string } | { recoveryCode: string }, newPassphrase: string): Promise<void> {
    const wasLocked = (await this.keys.status()) !== 'unlocked';
    await this.keys.changePassphrase(proof, newPassphrase);
    if (wasLocked) await this.records.openIndex();
  }

  // ---- case records -----------------------------------------------------------------------

  copyOf(doc: CaseDocument): CaseDocument {
    return this.records.copyOf(doc);
  }
  library(): Promise<LibraryEntry[]> {
    return this.records.library();
  }
  list(): Promise<CaseSummary[]> {
    return this.records.list();
  }
  load(id: Id): Promise<CaseDocument> {
    return this.records.load(id);
  }
  /** The case as stored, and what restoreCase repaired in it as it was read (to be said to the user). */
  async open(id: Id): Promise<{ doc: CaseDocument; repairs: Repair[] }> {
    const doc = await this.records.load(id);
    return { doc, repairs: this.records.knownCase(id)?.repairs ?? [] };
  }
  /** A record that is authentic but fails validation: what is wrong (`doc` as stored, for names), and what a repair would do (null: it cannot). */
  inspectInvalid(id: Id): Promise<{ doc: unknown; problems: CaseProblem[]; repairs: Repair[] | null }> {
    return this.records.inspectInvalid(id);
  }
  /** Repairs such a record and saves it as the next version (its history kept); returns what was repaired. */
  repairInvalid(id: Id): Promise<Repair[]> {
    return this.records.repairInvalid(id);
  }
  /** Saves the case (the CaseStore contract). A case changed meanwhile in another window is not overwritten: this version goes to a copy. */
  save(doc: CaseDocument): Promise<void> {
    return this.records.save(doc);
  }
  /** Moves a case to the trash (restorable for TRASH_DAYS days). */
  remove(id: Id): Promise<void> {
    return this.records.setState(id, 'trash');
  }
  setState(id: Id, state: CaseState): Promise<void> {
    return this.records.setState(id, state);
  }
  rename(id: Id, title: string): Promise<void> {
    return this.records.rename(id, title);
  }
  duplicate(id: Id, suffix: string): Promise<Id> {
    return this.records.duplicate(id, suffix);
  }
  /** Deletes a case and its history for good. */
  purge(id: Id): Promise<void> {
    return this.records.purge(id);
  }
  emptyTrash(olderThanDays = 0): Promise<number> {
    return this.records.emptyTrash(olderThanDays);
  }
  history(caseId: Id): Promise<RevisionSummary[]> {
    return this.records.history(caseId);
  }
  loadRevision(caseId: Id, revisionId: Id): Promise<CaseDocument> {
    return this.records.loadRevision(caseId, revisionId);
  }
  keepPending(doc: CaseDocument): Promise<void> {
    return this.records.keepPending(doc);
  }
  pendingChanges(): Promise<PendingChange[]> {
    return this.records.pendingChanges();
  }
  resumePending(id: Id): Promise<Id> {
    return this.records.resumePending(id);
  }
  discardPending(id: Id): Promise<void> {
    return this.records.discardPending(id);
  }

  // ---- transfers --------------------------------------------------------------------------

  snapshot(): Promise<VaultSnapshot> {
    return this.transfers.snapshot();
  }
  openBackup(keys: VaultKeys, snapshot: Omit<VaultSnapshot, 'header'>): Promise<OpenedBackup> {
    return this.transfers.openBackup(keys, snapshot);
  }
  mergeCases(cases: ImportedCase[], options: { sameVault?: boolean } = {}): Promise<MergeResult> {
    return this.transfers.mergeCases(cases, options);
  }
}
