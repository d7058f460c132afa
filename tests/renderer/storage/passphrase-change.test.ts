// Changing the passphrase, interrupted at each step as if the app were killed there: afterwards,
// exactly one passphrase opens the vault (the old one or the new one), never none, never both.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { KDF_FLOOR } from '../../../shared/crypto/kdf';
import { laurentExample } from '../../../shared/examples/laurent';
import { Vault } from '../../../renderer/storage/vault';
import { VaultDb } from '../../../renderer/storage/vault-db';

const FAST_KDF = { memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1 };
const OLD = 'ancienne phrase secrète';
const NEW = 'nouvelle phrase secrète';

class Killed extends Error {}

let checks = 0;
async function opens(dbName: string, passphrase: string): Promise<boolean> {
  // A new process: a fresh connection and a fresh Vault, a minute after the previous check, so that
  // the wait a wrong attempt sets (kept in the vault: key-slots.test.ts) is over.
  const later = ++checks * 60_000;
  const vault = new Vault(new VaultDb(dbName, { indexedDB, IDBKeyRange }), { kdf: FAST_KDF, now: () => Date.now() + later });
  try {
    await vault.unlock(passphrase);
    return (await vault.list()).length === 1;
  } catch {
    return false;
  } finally {
    vault.db.close();
  }
}

type Step = 'before the new key is derived' | 'after deriving, before writing' | 'inside the write transaction' | 'after the write';

async function changeKilledAt(step: Step): Promise<string> {
  const name = `pass-${Math.random()}`;
  const db = new VaultDb(name, { indexedDB, IDBKeyRange });
  let failWrites = false;
  db.use({
    stack: 'dbcore',
    name: 'kill-in-transaction',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName);
        return { ...table, mutate: (req) => (failWrites && tableName === 'meta' ? Promise.reject(new Killed('killed')) : table.mutate(req)) };
      },
    }),
  });
  const vault = new Vault(db, {
    kdf: FAST_KDF,
    beforeHeaderWrite: () => {
      if (step === 'after deriving, before writing') throw new Killed('killed');
      if (step === 'inside the write transaction') failWrites = true;
    },
  });
  await vault.create(OLD);
  await vault.save(laurentExample());
  vault.lock();
  if (step === 'before the new key is derived') {
    // Killed before anything happened: nothing to run.
  } else {
    await vault.changePassphrase({ passphrase: OLD }, NEW).catch((error: unknown) => {
      if (!(error instanceof Killed) && !String(error).includes('killed')) throw error;
    });
  }
  db.close();
  return name;
}

describe('passphrase change, interrupted', () => {
  it.each<[Step, 'old' | 'new']>([
    ['before the new key is derived', 'old'],
    ['after deriving, before writing', 'old'],
    ['inside the write transaction', 'old'],
    ['after the write', 'new'],
  ])('killed %s: only the %s passphrase opens the vault', async (step, works) => {
    const name = await changeKilledAt(step);
    const oldOpens = await opens(name, OLD);
    const newOpens = await opens(name, NEW);
    expect({ oldOpens, newOpens }).toEqual({ oldOpens: works === 'old', newOpens: works === 'new' });
  });

  it('works with the recovery code when the passphrase is forgotten', async () => {
    const vault = new Vault(new VaultDb(`rec-${Math.random()}`, { indexedDB, IDBKeyRange }), { kdf: FAST_KDF });
    const code = await vault.create(OLD);
    await vault.save(laurentExample());
    vault.lock();
    await vault.changePassphrase({ recoveryCode: code }, NEW);
    expect(await opens(vault.db.name, NEW)).toBe(true);
    expect(await opens(vault.db.name, OLD)).toBe(false);
  });
});
