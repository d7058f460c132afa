// The IndexedDB layout of the vault (Dexie). In clear: random ids, timestamps, sizes, versions,
// the vault header (salts, KDF settings, wrapped keys) and the vault index (ids and versions).
// Everything about a case is in `ciphertext`.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { SignedIndex } from '../../shared/crypto/vault-index';

/**
 * The vault header (key slots), the signed vault index (shared/crypto/vault-index.ts), and the
 * count of wrong unlock attempts with when the next one may be made (key-slots.ts).
 */
export type MetaRecord = { id: 'header'; header: unknown } | { id: 'index'; index: SignedIndex } | { id: 'throttle'; failures: number; retryAt: number };

export interface SealedRow {
  id: string;
  /** Schema version of the plaintext, bound into the ciphertext. */
  schemaVersion: number;
  size: number;
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

export interface CaseRow extends SealedRow {
  updatedAt: number;
  /** The case's version in the vault, bound into the ciphertext; absent only in vaults made before versions. */
  version?: number;
}

export interface RevisionRow extends SealedRow {
  caseId: string;
  createdAt: number;
}

/**
 * A change that could not be saved when the vault locked (the case record could not be written):
 * sealed like a case, offered at the next unlock. One per case, keyed by the case's id.
 */
export interface PendingRow extends SealedRow {
  createdAt: number;
  /** As for a case: bound into the ciphertext, the latest one recorded in the vault index. */
  version?: number;
}

export const VAULT_DB_NAME = 'maillage-vault';

export class VaultDb extends Dexie {
  meta!: Table<MetaRecord, string>;
  cases!: Table<CaseRow, string>;
  revisions!: Table<RevisionRow, string>;
  pending!: Table<PendingRow, string>;

  constructor(name = VAULT_DB_NAME, options: DexieOptions = {}) {
    // 'strict' durability: a save is reported done only once it is on disk.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({
      meta: 'id',
      cases: 'id',
      revisions: 'id, caseId',
    });
    // Revisions by case and date: finding a case's latest revision, counting and pruning them
    // read the index only, not the encrypted copies (each the size of the case).
    this.version(2).stores({
      revisions: 'id, caseId, [caseId+createdAt]',
    });
    this.version(3).stores({
      pending: 'id',
    });
  }
}
