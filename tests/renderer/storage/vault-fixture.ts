import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { KDF_FLOOR } from '../../../shared/crypto/kdf';
import { Vault, type VaultOptions } from '../../../renderer/storage/vault';
import { VaultDb } from '../../../renderer/storage/vault-db';

let counter = 0;

/** A vault on a fresh in-memory IndexedDB; the KDF at its floor so the suite stays quick. */
export function testVault(options: VaultOptions = {}, name = `vault-${++counter}-${Math.random()}`): Vault {
  const db = new VaultDb(name, { indexedDB, IDBKeyRange });
  return new Vault(db, { kdf: { memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1 }, ...options });
}

/** A second window on the same database. */
export function sameDatabase(vault: Vault, options: VaultOptions = {}): Vault {
  return new Vault(new VaultDb(vault.db.name, { indexedDB, IDBKeyRange }), { kdf: { memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1 }, ...options });
}

export const PASSPHRASE = 'une phrase assez longue';
