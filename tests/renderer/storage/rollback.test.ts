// Issue 12, finding 5: putting back an older encrypted row, deleting one, swapping one, or
// importing a backup that was edited, that comes from another vault, or that lost its revisions,
// never passes silently and never replaces a newer case.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { fromUtf8, toBase64, utf8 } from '../../../shared/crypto/bytes';
import { sealRecord } from '../../../shared/crypto/envelope';
import { KDF_FLOOR } from '../../../shared/crypto/kdf';
import { createVaultHeader } from '../../../shared/crypto/vault-header';
import { VaultDb } from '../../../renderer/storage/vault-db';
import { laurentExample } from '../../../shared/examples/laurent';
import { exportVaultBackup, identifyImport, importCase, importVaultBackup, plainCaseJson } from '../../../renderer/storage/backup';
import { UnreadableCaseError } from '../../../renderer/storage/vault';
import type { Vault } from '../../../renderer/storage/vault';
import { clockedVault, PASSPHRASE, testVault, vaultWithTwoVersions } from './vault-fixture';

type Backup = { cases: Array<{ id: string; updatedAt: number }>; revisions: unknown[] };

const backupOf = async (vault: Vault): Promise<Backup> => JSON.parse(fromUtf8(await exportVaultBackup(vault))) as Backup;
const titles = async (vault: Vault) => (await vault.list()).map((c) => c.title).sort();

/** Everything in the vault's database, to put back later as it was (a disk image restored). */
async function imageOf(vault: Vault) {
  const [meta, cases, revisions] = await Promise.all([vault.db.meta.toArray(), vault.db.cases.toArray(), vault.db.revisions.toArray()]);
  return async () => {
    await vault.db.transaction('rw', vault.db.meta, vault.db.cases, vault.db.revisions, async () => {
      await Promise.all([vault.db.meta.clear(), vault.db.cases.clear(), vault.db.revisions.clear()]);
      await Promise.all([vault.db.meta.bulkPut(meta), vault.db.cases.bulkPut(cases), vault.db.revisions.bulkPut(revisions)]);
    });
  };
}

describe('rows put back, deleted or swapped in the vault are reported as damaged', () => {
  it('an older row of a case put back: damaged, kept as it is, never saved over', async () => {
    const { vault, later } = await clockedVault();
    const doc = laurentExample();
    await vault.save(doc);
    const older = await vault.db.cases.get(doc.id);
    later(1000);
    await vault.save({ ...doc, title: 'Plus récente' });
    await vault.db.cases.put(older as NonNullable<typeof older>);

    const entry = (await vault.library()).find((e) => e.id === doc.id);
    expect(entry).toMatchObject({ readable: false });
    await expect(vault.load(doc.id)).rejects.toThrow();
    await expect(vault.save({ ...doc, title: 'Par-dessus' })).rejects.toThrow(UnreadableCaseError);
    expect(await vault.db.cases.get(doc.id)).toEqual(older);
  });

  it('a deleted row: the case is listed as damaged, not silently gone', async () => {
    const vault = testVault();
    await vault.create(PASSPHRASE);
    const gone = laurentExample();
    const kept = { ...laurentExample(), title: 'Intacte' };
    await vault.save(gone);
    await vault.save(kept);
    await vault.db.cases.delete(gone.id);
    const library = await vault.library();
    expect(library.find((e) => e.id === gone.id)).toMatchObject({ readable: false });
    expect(library.find((e) => e.id === kept.id)).toMatchObject({ readable: true });
  });

  it('a deleted case put back after it was deleted for good: damaged', async () => {
    const vault = testVault();
    await vault.create(PASSPHRASE);
    const doc = laurentExample();
    await vault.save(doc);
    const row = await vault.db.cases.get(doc.id);
    await vault.purge(doc.id);
    await vault.db.cases.put(row as NonNullable<typeof row>);
    expect((await vault.library()).find((e) => e.id === doc.id)).toMatchObject({ readable: false });
  });

  it('two revisions with their dates swapped, or one deleted: the history says which are damaged', async () => {
    const { vault, doc } = await vaultWithTwoVersions();
    const rows = await vault.db.revisions.where('caseId').equals(doc.id).toArray();
    expect(rows).toHaveLength(2);
    const [a, b] = rows as [(typeof rows)[0], (typeof rows)[0]];
    await vault.db.revisions.bulkPut([{ ...a, createdAt: b.createdAt }, { ...b, createdAt: a.createdAt }]);
    expect((await vault.history(doc.id)).filter((r) => r.damaged)).toHaveLength(2);
    await vault.db.revisions.bulkPut([a, b]);
    expect((await vault.history(doc.id)).filter((r) => r.damaged)).toHaveLength(0);
    await vault.db.revisions.delete(a.id);
    const history = await vault.history(doc.id);
    expect(history).toHaveLength(2);
    expect(history.filter((r) => r.damaged)).toEqual([expect.objectContaining({ id: a.id, damaged: true })]);
  });
});

describe('a vault made before versions existed', () => {
  /** The rows as the previous version of Maillage wrote them: no version, no index, revisions by date only. */
  async function legacyVault() {
    const { header, dataKey } = await createVaultHeader(PASSPHRASE, { memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1 });
    const db = new VaultDb(`legacy-${Math.random()}`, { indexedDB, IDBKeyRange });
    await db.meta.put({ id: 'header', header });
    const doc = laurentExample();
    const seal = async (table: string, id: string, value: unknown) => {
      const sealed = await sealRecord(dataKey, { table, id, schemaVersion: 2 }, utf8(JSON.stringify(value)));
      return { schemaVersion: 2, size: sealed.ciphertext.length, ...sealed };
    };
    const older = await seal('cases', doc.id, { doc: { ...doc, title: 'Ancienne' }, state: 'active' });
    await db.cases.put({ id: doc.id, updatedAt: 1_000, ...(await seal('cases', doc.id, { doc, state: 'active' })) });
    await db.revisions.put({ id: 'r1', caseId: doc.id, createdAt: 500, ...(await seal('revisions', `${doc.id}/r1`, { doc: { ...doc, title: 'Première' } })) });
    return { db, doc, older: { id: doc.id, updatedAt: 500, ...older } };
  }

  it('opens with its cases and their history, and from then on an older row put back is seen', async () => {
    const { db, doc, older } = await legacyVault();
    const vault = testVault({}, db.name);
    await vault.unlock(PASSPHRASE);
    expect(vault.integrityNotice()).toBeNull();
    expect((await vault.load(doc.id)).title).toBe(doc.title);
    const history = await vault.history(doc.id);
    expect(history).toEqual([expect.objectContaining({ id: 'r1' })]);
    expect((await vault.loadRevision(doc.id, 'r1')).title).toBe('Première');
    await vault.save({ ...doc, title: 'Après la mise à jour' });

    // A second window, after the upgrade: the same rows open.
    const other = testVault({}, db.name);
    await other.unlock(PASSPHRASE);
    expect((await other.load(doc.id)).title).toBe('Après la mise à jour');

    await db.cases.put(older);
    expect((await vault.library()).find((e) => e.id === doc.id)).toMatchObject({ readable: false, damage: 'replayed' });
  });

  it('its backups (format 1, no versions) still import, each case as a new one', async () => {
    const { db, doc } = await legacyVault();
    const encode = <T extends { iv: Uint8Array; ciphertext: Uint8Array }>(row: T) => ({ ...row, iv: toBase64(row.iv), ciphertext: toBase64(row.ciphertext) });
    const header = await db.meta.get('header');
    const backup = { format: 'maillage-vault-backup', version: 1, createdAt: new Date().toISOString(), header: header?.id === 'header' ? header.header : null, cases: (await db.cases.toArray()).map(encode), revisions: (await db.revisions.toArray()).map(encode) };
    const target = testVault();
    await target.create('une autre phrase secrète');
    const result = await importVaultBackup(target, backup, PASSPHRASE);
    expect(result).toMatchObject({ added: 1 });
    const id = result.ids[0] as string;
    expect(id).not.toBe(doc.id);
    expect((await target.load(id)).title).toBe(doc.title);
    expect(await target.history(id)).toHaveLength(1);
  });

  it('an index removed once versions exist is rebuilt, and the library is told', async () => {
    const { vault } = await vaultWithTwoVersions();
    await vault.db.meta.delete('index');
    vault.lock();
    await vault.unlock(PASSPHRASE);
    expect(vault.integrityNotice()).toBe('index-missing');
    expect((await vault.library()).every((e) => e.readable)).toBe(true);
    vault.lock();
    await vault.unlock(PASSPHRASE);
    expect(vault.integrityNotice()).toBeNull();
  });
});

describe('importing a backup never replaces a case silently', () => {
  it('a backup whose dates were edited to look newer comes in as a copy; the newer case stays', async () => {
    const { vault, later } = await clockedVault();
    const doc = laurentExample();
    await vault.save({ ...doc, title: 'Ancienne' });
    const old = await backupOf(vault);
    later(5000);
    await vault.save({ ...doc, title: 'Récente' });
    for (const row of old.cases) row.updatedAt += 10 * 365 * 24 * 3600 * 1000;
    await importVaultBackup(vault, old, PASSPHRASE);
    expect((await vault.load(doc.id)).title).toBe('Récente');
    expect(await titles(vault)).toEqual(['Ancienne (importée)', 'Récente']);
  });

  it('a backup from another vault with a case of the same id comes in as a copy under a fresh id', async () => {
    const here = testVault();
    await here.create(PASSPHRASE);
    const doc = laurentExample();
    await here.save({ ...doc, title: 'Ici' });
    const { vault: elsewhere } = await clockedVault(Date.now() + 3600_000);
    await elsewhere.save({ ...doc, title: 'Ailleurs', updatedAt: new Date(Date.now() + 3600_000).toISOString() });
    await importVaultBackup(here, await backupOf(elsewhere), PASSPHRASE);
    expect((await here.load(doc.id)).title).toBe('Ici');
    const copy = (await here.list()).find((c) => c.title === 'Ailleurs (importée)');
    expect(copy?.id).toBeDefined();
    expect(copy?.id).not.toBe(doc.id);
  });

  it('a backup with its revisions removed is refused, and nothing is imported', async () => {
    const { vault } = await vaultWithTwoVersions();
    const backup = await backupOf(vault);
    backup.revisions = [];
    const target = testVault();
    await target.create('une autre phrase secrète');
    await expect(importVaultBackup(target, backup, PASSPHRASE)).rejects.toMatchObject({ problem: 'damaged' });
    expect(await target.db.cases.count()).toBe(0);
  });

  it('a newer version of the same case from this very vault replaces it, the replaced version kept in the history first', async () => {
    const { vault, later } = await clockedVault();
    const doc = laurentExample();
    await vault.save({ ...doc, title: 'Version 1' });
    later(10_000);
    // Within the minute: no revision of its own, it is only the case's current version.
    await vault.save({ ...doc, title: 'Version 1 modifiée' });
    const restoreImage = await imageOf(vault);
    later(120_000);
    await vault.save({ ...doc, title: 'Version 2' });
    const newer = await backupOf(vault);
    // The computer's disk is put back as it was at version 1; the backup holds version 2.
    vault.lock();
    await restoreImage();
    await vault.unlock(PASSPHRASE);
    later(120_000);
    expect(await importVaultBackup(vault, newer, PASSPHRASE)).toMatchObject({ updated: 1 });
    expect((await vault.load(doc.id)).title).toBe('Version 2');
    expect(await titles(vault)).toEqual(['Version 2']);
    const history = await vault.history(doc.id);
    const versions = await Promise.all(history.map((r) => vault.loadRevision(doc.id, r.id).then((d) => d.title)));
    expect(versions).toContain('Version 1 modifiée');
  });
});

describe('imported cases get fresh random ids', () => {
  it('a plain case and a backup from another vault land under ids of their own', async () => {
    const doc = laurentExample();
    const target = testVault();
    await target.create(PASSPHRASE);
    const plain = await importCase(target, 'plain-case', identifyImport(plainCaseJson(doc)).raw);
    expect(plain.id).not.toBe(doc.id);
    expect(plain.title).toBe(doc.title);

    const { vault: source, doc: backedUp } = await vaultWithTwoVersions();
    await importVaultBackup(target, await backupOf(source), PASSPHRASE);
    const imported = (await target.list()).find((c) => c.title === 'Version 2');
    expect(imported?.id).not.toBe(backedUp.id);
    expect(await target.history(imported?.id as string)).toHaveLength(2);
  });

  it('a crafted file cannot choose the id its case lands under', async () => {
    const target = testVault();
    await target.create(PASSPHRASE);
    const crafted = { ...laurentExample(), id: 'choisi-par-le-fichier' };
    const imported = await importCase(target, 'plain-case', identifyImport(utf8(JSON.stringify(crafted))).raw);
    expect(imported.id).not.toBe('choisi-par-le-fichier');
  });
});
