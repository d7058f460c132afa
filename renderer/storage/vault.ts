// The encrypted vault: the key hierarchy (shared/crypto) over IndexedDB (Dexie). A façade over its
// three parts: the key slots (key-slots.ts), the case records (case-records.ts) and transfers
// (vault-transfers.ts). Implements the CaseStore the editor saves through, plus what the library
// needs (states, trash, history, backup, import).
import type { CryptoKeyHandle } from '../../shared/crypto/webcrypto';
import type { CaseDocument } from '../../shared/model/case';
import type { Id } from '../../shared/model/primitives';
import { CaseRecords, type CaseState, type LibraryEntry, type PendingChange, type RevisionSummary } from './case-records';
import type { CaseStore, CaseSummary } from './case-store';
import { KeySlots, type KeySlotOptions, type VaultStatus } from './key-slots';
import { VaultDb } from './vault-db';
import { VaultTransfers, type ImportedCase, type MergeResult, type VaultSnapshot } from './vault-transfers';

export { MAX_REVISIONS_PER_CASE, REVISION_INTERVAL_MS, TRASH_DAYS, type CaseState, type LibraryEntry, type PendingChange, type RevisionSummary } from './case-records';
export type { VaultStatus } from './key-slots';
export { InvalidCaseError, SaveConflictError, StorageFullError, UnreadableCaseError, VaultLockedError } from './vault-errors';
export type { ImportedCase, MergeResult, VaultSnapshot } from './vault-transfers';

export interface VaultOptions extends KeySlotOptions {
  now?: () => number;
}

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

  /** The title of a copy made when a case changed elsewhere (set in the user's language by the app). */
  set copyTitle(make: (title: string) => string) {
    this.records.copyTitle = make;
  }

  // ---- keys -------------------------------------------------------------------------------

  status(): Promise<VaultStatus> {
    return this.keys.status();
  }
  create(passphrase: string): Promise<string> {
    return this.keys.create(passphrase);
  }
  unlock(passphrase: string): Promise<void> {
    return this.keys.unlock(passphrase);
  }
  /** Drops the key and everything decrypted: after this, nothing of a case is in memory here. */
  lock(): void {
    this.keys.lock();
    this.records.forget();
  }
  changePassphrase(proof: { passphrase: string } | { recoveryCode: string }, newPassphrase: string): Promise<void> {
    return this.keys.changePassphrase(proof, newPassphrase);
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
  decryptForeign(key: CryptoKeyHandle, snapshot: Omit<VaultSnapshot, 'header'>): Promise<ImportedCase[]> {
    return this.transfers.decryptForeign(key, snapshot);
  }
  mergeCases(cases: ImportedCase[]): Promise<MergeResult> {
    return this.transfers.mergeCases(cases);
  }
}
