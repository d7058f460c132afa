import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { laurentExample } from '../../../shared/examples/laurent';
import { WrongPassphraseError } from '../../../shared/crypto/vault-header';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { KDF_FLOOR } from '../../../shared/crypto/kdf';
import { InvalidCaseError, MAX_REVISIONS_PER_CASE, REVISION_INTERVAL_MS, UnreadableCaseError, Vault, VaultLockedError, SaveConflictError, StorageFullError } from '../../../renderer/storage/vault';
import { updateNode } from '../../../shared/model/operations';
import { VaultDb } from '../../../renderer/storage/vault-db';

const FAST_KDF = { memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1 };
import { clockedVault, PASSPHRASE, sameDatabase, testVault, vaultWithTwoVersions } from './vault-fixture';

describe('vault lifecycle', () => {
  it('is absent, then created and unlocked, then locked', async () => {
    const vault = testVault();
    expect(await vault.status()).toBe('absent');
    const code = await vault.create(PASSPHRASE);
    expect(code).toMatch(/^[0-9A-Z-]{39}$/);
    expect(await vault.status()).toBe('unlocked');
    vault.lock();
    expect(await vault.status()).toBe('locked');
    await expect(vault.list()).rejects.toThrow(VaultLockedError);
  });

  it('refuses a second vault', async () => {
    const vault = testVault();
    await vault.create(PASSPHRASE);
    await expect(sameDatabase(vault).create('une autre phrase longue')).rejects.toThrow(/already exists/);
  });

  it('saves and loads a case through the lock', async () => {
    const { vault, later } = await clockedVault();
    const doc = laurentExample();
    await vault.save(doc);
    vault.lock();
    await expect(vault.unlock('pas la bonne phrase')).rejects.toThrow(WrongPassphraseError);
    // The wait after a wrong passphrase (key-slots.test.ts), then the right one.
    later(1000);
    await vault.unlock(PASSPHRASE);
    expect(await vault.load(doc.id)).toEqual(doc);
    expect((await vault.list()).map((c) => c.title)).toEqual(['Situation Laurent']);
  });

  it('stores nothing readable in clear: no title, name or note in any field', async () => {
    const vault = testVault();
    await vault.create(PASSPHRASE);
    const doc = laurentExample();
    await vault.save(doc);
    await vault.save({ ...doc, title: 'Titre modifié' });
    const dump = JSON.stringify(
      { cases: await vault.db.cases.toArray(), revisions: await vault.db.revisions.toArray(), meta: await vault.db.meta.toArray() },
      (_key, value) => (value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value),
    );
    for (const secret of ['Laurent', 'Sophie', 'Enzo', 'Moreau', 'Situation', 'Titre', 'synthèse', 'Foyer', 'CMP', 'Haddad']) {
      expect(dump).not.toContain(secret);
    }
  });

  it('keeps history: earlier versions can be read back', async () => {
    const { vault, doc, later } = await vaultWithTwoVersions();
    later(5_000);
    await vault.save({ ...doc, title: 'Version 3 (same minute)' });
    const history = await vault.history(doc.id);
    expect(history).toHaveLength(2);
    expect((await vault.loadRevision(doc.id, history[1]?.id as string)).title).toBe('Situation Laurent');
    expect((await vault.loadRevision(doc.id, history[0]?.id as string)).title).toBe('Version 2');
    expect((await vault.load(doc.id)).title).toBe('Version 3 (same minute)');
  });

  it('opens a vault written before revisions were indexed, its history included', async () => {
    const { vault: written, doc } = await vaultWithTwoVersions();
    // The same rows in a database with the first schema (no [caseId+createdAt] index).
    const name = `schema-1-${Math.random()}`;
    const first = new Dexie(name, { indexedDB, IDBKeyRange });
    first.version(1).stores({ meta: 'id', cases: 'id', revisions: 'id, caseId' });
    await first.table('meta').bulkAdd(await written.db.meta.toArray());
    await first.table('cases').bulkAdd(await written.db.cases.toArray());
    await first.table('revisions').bulkAdd(await written.db.revisions.toArray());
    first.close();
    const upgraded = testVault({}, name);
    await upgraded.unlock(PASSPHRASE);
    const history = await upgraded.history(doc.id);
    expect(history).toHaveLength(2);
    expect((await upgraded.loadRevision(doc.id, history[1]?.id as string)).title).toBe('Situation Laurent');
    expect((await upgraded.load(doc.id)).title).toBe('Version 2');
  });

  it('keeps at most one revision a minute, and the latest ones up to the limit, oldest dropped', async () => {
    const { vault, later } = await clockedVault();
    const doc = laurentExample();
    for (let i = 0; i < MAX_REVISIONS_PER_CASE + 3; i++) {
      await vault.save({ ...doc, title: `Version ${i}` });
      later(REVISION_INTERVAL_MS);
    }
    const history = await vault.history(doc.id);
    expect(history).toHaveLength(MAX_REVISIONS_PER_CASE);
    expect((await vault.loadRevision(doc.id, history[0]?.id as string)).title).toBe(`Version ${MAX_REVISIONS_PER_CASE + 2}`);
    expect((await vault.loadRevision(doc.id, history.at(-1)?.id as string)).title).toBe('Version 3');
    expect(new Set(history.map((h) => h.createdAt)).size).toBe(MAX_REVISIONS_PER_CASE);
  }, 60_000);

  it('moves cases to the trash and back, archives, duplicates, and empties the trash after 30 days', async () => {
    let now = Date.UTC(2026, 0, 1);
    const vault = testVault({ now: () => now });
    await vault.create(PASSPHRASE);
    const a = laurentExample();
    const b = { ...laurentExample(), title: 'Autre' };
    await vault.save(a);
    await vault.save(b);
    await vault.remove(a.id);
    expect((await vault.list()).map((c) => c.title)).toEqual(['Autre']);
    await vault.setState(a.id, 'active');
    expect(await vault.list()).toHaveLength(2);
    await vault.setState(b.id, 'archived');
    expect((await vault.library()).find((e) => e.id === b.id)).toMatchObject({ state: 'archived' });
    const copy = await vault.duplicate(a.id, '(copie)');
    expect((await vault.load(copy)).title).toBe('Situation Laurent (copie)');
    await vault.remove(a.id);
    now += 10 * 24 * 3600 * 1000;
    expect(await vault.emptyTrash(30)).toBe(0);
    now += 25 * 24 * 3600 * 1000;
    expect(await vault.emptyTrash(30)).toBe(1);
    expect(await vault.db.cases.get(a.id)).toBeUndefined();
    expect(await vault.history(a.id)).toEqual([]);
  });
});

describe('faults: a clear message, nothing lost', () => {
  async function vaultWithTwoCases() {
    const vault = testVault();
    await vault.create(PASSPHRASE);
    const damaged = laurentExample();
    const intact = { ...laurentExample(), title: 'Intacte' };
    await vault.save(damaged);
    await vault.save(intact);
    return { vault, damaged, intact };
  }

  const faults: Array<[string, (row: { iv: Uint8Array; ciphertext: Uint8Array; schemaVersion: number }) => object]> = [
    ['a flipped bit', (row) => ({ ciphertext: row.ciphertext.map((b, i) => (i === 10 ? b ^ 4 : b)) })],
    ['truncation', (row) => ({ ciphertext: row.ciphertext.slice(0, row.ciphertext.length - 20) })],
    ['a swapped IV', (row) => ({ iv: row.iv.map((b) => b ^ 0x55) })],
    ['a changed schema version', (row) => ({ schemaVersion: row.schemaVersion + 1 })],
  ];

  it.each(faults)('%s: that case is unreadable with a reason, the others open, the record is kept', async (_label, damage) => {
    const { vault, damaged, intact } = await vaultWithTwoCases();
    const row = await vault.db.cases.get(damaged.id);
    if (!row) throw new Error('missing');
    const tampered = { ...row, ...damage(row) };
    await vault.db.cases.put(tampered);

    const library = await vault.library();
    const bad = library.find((e) => e.id === damaged.id);
    expect(bad).toMatchObject({ readable: false });
    expect(bad && !bad.readable && bad.reason).toMatch(/integrity|damaged|truncated/);
    expect(library.find((e) => e.id === intact.id)).toMatchObject({ readable: true, title: 'Intacte' });
    await expect(vault.load(damaged.id)).rejects.toThrow();
    // Saving over an unreadable case is refused: the damaged record stays for recovery.
    await expect(vault.save(damaged)).rejects.toThrow(UnreadableCaseError);
    expect(await vault.db.cases.get(damaged.id)).toEqual(tampered);
  });

  it('a record moved to another id fails to open there', async () => {
    const { vault, damaged, intact } = await vaultWithTwoCases();
    const row = await vault.db.cases.get(damaged.id);
    if (!row) throw new Error('missing');
    await vault.db.cases.put({ ...row, id: intact.id });
    const entry = (await vault.library()).find((e) => e.id === intact.id);
    expect(entry).toMatchObject({ readable: false });
  });

  it('a full disk during a save: a clear message, the previous version intact', async () => {
    const db = new VaultDb(`quota-${Math.random()}`, { indexedDB, IDBKeyRange });
    let diskFull = false;
    // Dexie's own middleware layer: every write fails as the browser fails it when the quota is reached.
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) => (diskFull ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(request)),
          };
        },
      }),
    });
    const vault = new Vault(db, { kdf: FAST_KDF });
    await vault.create(PASSPHRASE);
    const doc = { ...laurentExample(), title: 'Intacte' };
    await vault.save(doc);
    diskFull = true;
    await expect(vault.save({ ...doc, title: 'Jamais écrit' })).rejects.toThrow(StorageFullError);
    diskFull = false;
    expect((await vault.load(doc.id)).title).toBe('Intacte');
  });

  it('the same case saved from two windows: the second does not overwrite, its version goes to a copy', async () => {
    const first = testVault();
    await first.create(PASSPHRASE);
    const doc = laurentExample();
    await first.save(doc);
    const second = sameDatabase(first);
    await second.unlock(PASSPHRASE);
    const inSecond = await second.load(doc.id);
    await first.save({ ...doc, title: 'Changé dans la première fenêtre' });
    // The second window sees the change...
    expect((await second.load(doc.id)).title).toBe('Changé dans la première fenêtre');
    // ...and a save based on what it had before does not erase it.
    await second.load(doc.id).then(() => undefined);
    await first.save({ ...doc, title: 'Encore changé' });
    const error = await second.save({ ...inSecond, title: 'Changé dans la seconde' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaveConflictError);
    expect((await first.load(doc.id)).title).toBe('Encore changé');
    const copy = await first.load((error as SaveConflictError).copyId as string);
    expect(copy.title).toBe('Changé dans la seconde (autre fenêtre)');
  });

  it('refuses to seal a case restoreCase would refuse (a name over its limit): the stored version stays', async () => {
    const vault = testVault();
    await vault.create(PASSPHRASE);
    const doc = laurentExample();
    await vault.save(doc);
    const sophie = doc.nodes[0]?.id as string;
    const tooLong = updateNode(doc, sophie, { name: 'A'.repeat(201) });
    const error = await vault.save(tooLong).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidCaseError);
    expect((error as InvalidCaseError).problems[0]).toMatchObject({ path: ['nodes', 0, 'name'], code: 'too_big', maximum: 200, size: 201 });
    await expect(vault.duplicate(doc.id, '(copie)').then(() => vault.mergeCases([{ doc: tooLong, state: 'active', revisions: [] }]))).rejects.toThrow(InvalidCaseError);
    expect(await vault.load(doc.id)).toEqual(doc);
    expect((await vault.library()).every((e) => e.readable)).toBe(true);
  });

  it('a save aborted mid-write leaves the stored version intact, and the change can be kept for the next unlock', async () => {
    const db = new VaultDb(`abort-${Math.random()}`, { indexedDB, IDBKeyRange });
    let failRevisions = false;
    // The case row is written, then the revision write fails: IndexedDB aborts the whole transaction.
    db.use({
      stack: 'dbcore',
      name: 'abort-mid-write',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return { ...table, mutate: (request) => (failRevisions && name === 'revisions' ? Promise.reject(new DOMException('Write failed.', 'UnknownError')) : table.mutate(request)) };
        },
      }),
    });
    let now = 1_700_000_000_000;
    const vault = new Vault(db, { kdf: FAST_KDF, now: () => now });
    await vault.create(PASSPHRASE);
    const doc = { ...laurentExample(), title: 'Intacte' };
    await vault.save(doc);
    now += REVISION_INTERVAL_MS;
    failRevisions = true;
    const changed = { ...doc, title: 'Pas encore enregistrée' };
    await expect(vault.save(changed)).rejects.toThrow();
    expect((await vault.load(doc.id)).title).toBe('Intacte');
    expect(await vault.history(doc.id)).toHaveLength(1);

    // As a lock does: the change goes to the recovery record, the vault locks, and the change is offered back.
    await vault.keepPending(changed);
    vault.lock();
    await vault.unlock(PASSPHRASE);
    expect(await vault.pendingChanges()).toMatchObject([{ id: doc.id, title: 'Pas encore enregistrée' }]);
    failRevisions = false;
    expect(await vault.resumePending(doc.id)).toBe(doc.id);
    expect((await vault.load(doc.id)).title).toBe('Pas encore enregistrée');
    expect(await vault.pendingChanges()).toEqual([]);
  });

  it('a kept change whose case changed meanwhile comes back as a copy; a discarded one is gone', async () => {
    const first = testVault();
    await first.create(PASSPHRASE);
    const doc = laurentExample();
    await first.save(doc);
    await first.keepPending({ ...doc, title: 'Gardée' });
    const second = sameDatabase(first);
    await second.unlock(PASSPHRASE);
    await second.load(doc.id);
    await second.save({ ...doc, title: 'Changée ailleurs' });
    const copyId = await first.resumePending(doc.id);
    expect(copyId).not.toBe(doc.id);
    expect((await first.load(copyId)).title).toBe('Gardée (autre fenêtre)');
    expect((await first.load(doc.id)).title).toBe('Changée ailleurs');

    await first.keepPending({ ...doc, title: 'À jeter' });
    await first.discardPending(doc.id);
    expect(await first.pendingChanges()).toEqual([]);
    // Nothing of it is readable in clear.
    await first.keepPending({ ...doc, title: 'Secret gardé' });
    const dump = JSON.stringify(await first.db.pending.toArray(), (_k, v) => (v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : v));
    expect(dump).not.toContain('Secret');
  });
});

describe('the passphrase rule, applied by the vault itself (shared/security/passphrase.ts)', () => {
  // The same passphrases the create-vault screen refuses (tests/shared/security/passphrase.test.ts,
  // tests/e2e/vault.e2e.test.ts): a caller that skips the screen gets no weaker vault.
  const WEAK = [
    ['aaaaaaaaaaaa', 'repeated'],
    ['            ', 'repeated'],
    ['123456789012', 'common'],
    ['🦊🌲🏠🚲🎻🍐', 'too-short'],
  ] as const;

  it.each(WEAK)('vault.create refuses %j (%s) and creates nothing', async (passphrase, reason) => {
    const vault = testVault();
    await expect(vault.create(passphrase)).rejects.toMatchObject({ name: 'WeakPassphraseError', refusal: { reason } });
    expect(await vault.status()).toBe('absent');
  });

  it.each(WEAK)('changePassphrase refuses %j (%s) and keeps the old passphrase', async (passphrase, reason) => {
    const vault = testVault();
    const code = await vault.create(PASSPHRASE);
    await expect(vault.changePassphrase({ passphrase: PASSPHRASE }, passphrase)).rejects.toMatchObject({ refusal: { reason } });
    await expect(vault.changePassphrase({ recoveryCode: code }, passphrase)).rejects.toMatchObject({ refusal: { reason } });
    vault.lock();
    await vault.unlock(PASSPHRASE);
    expect(await vault.status()).toBe('unlocked');
  });
});
