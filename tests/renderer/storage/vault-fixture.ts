import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { laurentExample } from '../../../shared/examples/laurent';
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

/** A created vault whose clock the test moves with `later(ms)`. */
export async function clockedVault(start = 1_700_000_000_000): Promise<{ vault: Vault; later(ms: number): number }> {
  let now = start;
  const vault = testVault({ now: () => now });
  await vault.create(PASSPHRASE);
  return { vault, later: (ms) => (now += ms) };
}

/** The worked example saved, then saved again two minutes later as "Version 2": two revisions. */
export async function vaultWithTwoVersions() {
  const { vault, later } = await clockedVault();
  const doc = laurentExample();
  await vault.save(doc);
  later(120_000);
  await vault.save({ ...doc, title: 'Version 2' });
  return { vault, doc, later };
}

/** A created, locked vault and its stored header as `T`, for a test to edit and put back with `store`. */
export async function lockedVaultHeader<T>(): Promise<{ vault: Vault; header: T; store(header: unknown): Promise<unknown> }> {
  const vault = testVault();
  await vault.create(PASSPHRASE);
  vault.lock();
  const record = await vault.db.meta.get('header');
  if (record?.id !== 'header') throw new Error('no header');
  return { vault, header: record.header as T, store: (header) => vault.db.meta.put({ id: 'header', header }) };
}
