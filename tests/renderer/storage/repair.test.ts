// Issue 12: "unreadable is never final" and "restoreCase repairs silently". A case record that is
// authentic but fails validation (written by a version that sealed a 230-character name) was listed
// as "Situation illisible" with Zod's English and no way out; the repairs restoreCase made as a case
// opened or was imported were never said (nobody read `repairs`).
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../shared/crypto/bytes';
import { sealRecord } from '../../../shared/crypto/envelope';
import { KDF_FLOOR } from '../../../shared/crypto/kdf';
import { createVaultHeader } from '../../../shared/crypto/vault-header';
import { laurentExample } from '../../../shared/examples/laurent';
import { importCase } from '../../../renderer/storage/backup';
import { UnreadableCaseError } from '../../../renderer/storage/vault';
import { VaultDb } from '../../../renderer/storage/vault-db';
import { describeCaseProblem, describeRepair } from '../../../renderer/vault/case-problems';
import { salvageCase } from '../../../shared/model/salvage';
import { PASSPHRASE, testVault } from './vault-fixture';

/** A vault as an earlier version wrote it: each case sealed as it is, without validation, and one older valid revision. */
async function vaultSealedAsIs(cases: unknown[]) {
  const { header, dataKey } = await createVaultHeader(PASSPHRASE, { memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1 });
  const db = new VaultDb(`as-is-${Math.random()}`, { indexedDB, IDBKeyRange });
  await db.meta.put({ id: 'header', header });
  const seal = async (table: string, id: string, value: unknown) => ({ schemaVersion: 2, ...(await sealRecord(dataKey, { table, id, schemaVersion: 2 }, utf8(JSON.stringify(value)))) });
  for (const doc of cases as Array<{ id: string }>) {
    await db.cases.put({ id: doc.id, updatedAt: 2_000, size: 0, ...(await seal('cases', doc.id, { doc, state: 'active', revisions: [['r1', 1_000]] })) });
    await db.revisions.put({ id: 'r1', caseId: doc.id, createdAt: 1_000, size: 0, ...(await seal('revisions', `${doc.id}/r1`, { doc: { ...laurentExample(), id: doc.id, title: 'Version valide' } })) });
  }
  const vault = testVault({}, db.name);
  await vault.unlock(PASSPHRASE);
  return vault;
}

/** The worked example with a name of 230 characters (over the limit of 200). */
async function vaultWithInvalidCase() {
  const doc = laurentExample();
  const longName = `Sophie ${'L'.repeat(223)}`;
  const vault = await vaultSealedAsIs([{ ...doc, nodes: doc.nodes.map((n, i) => (i === 0 ? { ...n, name: longName } : n)) }]);
  return { vault, doc, longName };
}

describe('a record that fails validation opens in a repair view', () => {
  it('says what is wrong in French, repairs it, says what was repaired, and keeps its history', async () => {
    const { vault, doc, longName } = await vaultWithInvalidCase();
    const [entry] = await vault.library();
    expect(entry).toMatchObject({ readable: false, damage: 'invalid' });
    await expect(vault.load(doc.id)).rejects.toBeInstanceOf(UnreadableCaseError);

    const inspected = await vault.inspectInvalid(doc.id);
    expect(inspected.problems.map((p) => describeCaseProblem('fr', p, inspected.doc))).toEqual(['Élément « Sophie LLLLLLLLLLLLLLLLL… », nom : texte trop long (230 caractères, 200 au plus)']);
    expect(inspected.repairs?.map((r) => describeRepair('fr', r))).toEqual(['Élément « Sophie LLLLLLLLLLLLLLLLL… », nom : texte coupé à 200 caractères (il en avait 230).']);

    const repairs = await vault.repairInvalid(doc.id);
    expect(repairs).toEqual(inspected.repairs);
    const repaired = await vault.load(doc.id);
    expect(repaired.nodes[0]?.name).toBe(longName.slice(0, 200));
    expect(repaired.nodes.slice(1)).toEqual(doc.nodes.slice(1));
    // The last good version is still one click away in the history, the repaired one beside it.
    const history = await vault.history(doc.id);
    expect(history).toHaveLength(2);
    expect((await vault.loadRevision(doc.id, 'r1')).title).toBe('Version valide');
    await expect(vault.repairInvalid(doc.id)).rejects.toThrow(/nothing to repair/);
  });

  it('never repairs a record that fails authentication: that one is damaged and kept as it is', async () => {
    const { vault, doc } = await vaultWithInvalidCase();
    const row = await vault.db.cases.get(doc.id);
    if (!row) throw new Error('no row');
    const ciphertext = row.ciphertext.slice();
    ciphertext[10] = (ciphertext[10] ?? 0) ^ 1;
    await vault.db.cases.put({ ...row, ciphertext });
    await expect(vault.repairInvalid(doc.id)).rejects.toMatchObject({ damage: 'altered' });
    expect((await vault.db.cases.get(doc.id))?.ciphertext).toEqual(ciphertext);
  });
});

describe('what restoreCase repairs is said, not done silently', () => {
  it('on opening a case, and on importing one: a link whose end is gone is removed, and the repair names it', async () => {
    const doc = laurentExample();
    const link = doc.links.find((l) => l.kind === 'couple');
    if (link?.kind !== 'couple') throw new Error('no couple link');
    const broken = { ...doc, links: [...doc.links, { ...link, id: 'dangling', b: 'nobody' }] };
    const vault = await vaultSealedAsIs([broken]);
    const opened = await vault.open(doc.id);
    expect(opened.doc.links.some((l) => l.id === 'dangling')).toBe(false);
    const said = opened.repairs.map((r) => describeRepair('fr', r));
    expect(said).toEqual([`Lien « ${doc.nodes.find((n) => n.id === link.a)?.name} » retiré : une de ses extrémités n’existe plus.`]);

    const imported = await importCase(vault, 'plain-case', broken);
    expect(imported.repairs?.map((r) => describeRepair('fr', r))).toEqual(said);
    expect(imported.links.some((l) => l.id === 'dangling')).toBe(false);
  });
});

describe('a repair is said in French, without the names of the code', () => {
  it('a value taken out of a field the user knows by another name', () => {
    const raw = JSON.parse(JSON.stringify(laurentExample()));
    raw.nodes[1].gender = 'dragon';
    const salvaged = salvageCase(raw);
    if (!salvaged.ok) throw new Error(salvaged.error);
    const said = salvaged.repairs.map((r) => describeRepair('fr', r));
    expect(said).toEqual([`Élément « ${raw.nodes[1].name} » : valeur non valide retirée (la valeur par défaut s’applique).`]);
  });
});
