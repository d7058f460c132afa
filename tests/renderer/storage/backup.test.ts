import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../../../shared/crypto/bytes';
import { ImportError, parseJsonFile } from '../../../shared/crypto/case-file';
import { KDF_FLOOR } from '../../../shared/crypto/kdf';
import { laurentExample } from '../../../shared/examples/laurent';
import { exportCaseFile, exportVaultBackup, identifyImport, importCase, importVaultBackup, plainCaseJson } from '../../../renderer/storage/backup';
import { PASSPHRASE, testVault, vaultWithTwoVersions } from './vault-fixture';
import type { CaseDocument } from '../../../shared/model/case';
import { person } from '../../../shared/model/operations';

/** The case with people added until it holds `count` elements. */
function withElements(doc: CaseDocument, count: number): CaseDocument {
  return { ...doc, nodes: [...doc.nodes, ...Array.from({ length: count - doc.nodes.length }, (_, i) => person({ name: `P${i}`, position: { x: i, y: 0 } }))] };
}

const FAST = { memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1 };

async function source() {
  const { vault, doc, later } = await vaultWithTwoVersions();
  return { vault, doc, tick: () => later(120_000) };
}

async function contents(vault: Awaited<ReturnType<typeof source>>['vault']) {
  return JSON.stringify({ cases: await vault.db.cases.toArray(), revisions: await vault.db.revisions.toArray() });
}

describe('vault backup', () => {
  it('restores into another vault, opened with the backed-up vault’s passphrase, with its history', async () => {
    const { vault, doc } = await source();
    const bytes = await exportVaultBackup(vault);
    expect(fromUtf8(bytes)).not.toContain('Laurent');
    const target = testVault();
    await target.create('une autre phrase secrète');
    const { kind, raw } = identifyImport(bytes);
    expect(kind).toBe('backup');
    const result = await importVaultBackup(target, raw, PASSPHRASE);
    expect(result).toMatchObject({ added: 1, updated: 0, kept: 0, copies: 0 });
    // Under an id of its own here (imported cases get fresh ids).
    const [id] = result.ids as [string];
    expect(id).not.toBe(doc.id);
    expect((await target.load(id)).title).toBe('Version 2');
    expect(await target.history(id)).toHaveLength(2);
  });

  it('merges: an older backup of this vault comes in as a copy, never over the newer case; the same version is kept', async () => {
    const { vault, doc, tick } = await source();
    const old = await exportVaultBackup(vault);
    expect(await importVaultBackup(vault, identifyImport(old).raw, PASSPHRASE)).toMatchObject({ added: 0, copies: 0, updated: 0, kept: 1 });
    tick();
    await vault.save({ ...doc, title: 'Version 3' });
    expect(await importVaultBackup(vault, identifyImport(old).raw, PASSPHRASE)).toMatchObject({ added: 0, copies: 1, updated: 0, kept: 0 });
    expect((await vault.load(doc.id)).title).toBe('Version 3');
    expect((await vault.list()).map((c) => c.title).sort()).toEqual(['Version 2 (importée)', 'Version 3']);
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    const { vault } = await source();
    const bytes = await exportVaultBackup(vault);
    const target = testVault();
    await target.create('une autre phrase secrète');
    await expect(importVaultBackup(target, identifyImport(bytes).raw, 'pas celle-là du tout')).rejects.toMatchObject({ problem: 'wrong-passphrase' });
    expect(await target.db.cases.count()).toBe(0);
  });

  it('refuses a backup with one altered record, and imports none of it', async () => {
    const { vault } = await source();
    const backup = JSON.parse(fromUtf8(await exportVaultBackup(vault)));
    const other = laurentExample();
    await vault.save(other);
    const twoCases = JSON.parse(fromUtf8(await exportVaultBackup(vault)));
    const target = testVault();
    await target.create('une autre phrase secrète');
    const ciphertext: string = twoCases.cases[1].ciphertext;
    twoCases.cases[1].ciphertext = (ciphertext[0] === 'A' ? 'B' : 'A') + ciphertext.slice(1);
    await expect(importVaultBackup(target, twoCases, PASSPHRASE)).rejects.toMatchObject({ problem: 'damaged' });
    expect(await target.db.cases.count()).toBe(0);
    expect(backup.cases).toHaveLength(1);
  });
});

describe('bad import files: a clear message naming the problem, nothing in the vault changes', () => {
  const cases: Array<[string, () => Promise<Uint8Array>, string]> = [
    ['a truncated backup', async () => (await exportVaultBackup((await source()).vault)).slice(0, 300), 'damaged'],
    ['a truncated case file', async () => (await exportCaseFile(laurentExample(), 'phrase de transfert', FAST)).slice(0, 120), 'damaged'],
    ['a file that is not ours (JSON)', async () => utf8('{"hello": "world"}'), 'not-ours'],
    ['a file that is not ours (binary)', async () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]), 'not-ours'],
    ['a file that is not ours (text)', async () => utf8('Nom;Prénom\nLaurent;Sophie\n'), 'not-ours'],
    ['a backup from a newer version', async () => utf8(JSON.stringify({ format: 'maillage-vault-backup', version: 9, createdAt: new Date().toISOString(), header: {}, cases: [], revisions: [] })), 'newer-version'],
    ['a case file from a newer version', async () => utf8(JSON.stringify({ format: 'maillage-case', version: 2 })), 'newer-version'],
    ['a plain case from a newer version', async () => utf8(JSON.stringify({ ...laurentExample(), schemaVersion: 7 })), 'newer-version'],
    // 5 019 elements: more than a case may hold, said as such (it was "truncated or damaged").
    ['a plain case of 5 019 elements', async () => utf8(JSON.stringify(withElements(laurentExample(), 5019))), 'too-many-elements'],
  ];

  it.each(cases)('%s', async (_label, make, problem) => {
    const target = testVault();
    await target.create(PASSPHRASE);
    const before = await contents(target);
    const bytes = await make();
    const attempt = async () => {
      const { kind, raw } = identifyImport(bytes);
      if (kind === 'backup') await importVaultBackup(target, raw, PASSPHRASE);
      else await importCase(target, kind, raw, 'phrase de transfert');
    };
    const error = await attempt().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toBe(problem);
    expect((error as Error).message.length).toBeGreaterThan(10);
    expect(await contents(target)).toBe(before);
  });

  it('a file far too large is refused before it is read', () => {
    expect(() => parseJsonFile(new Uint8Array(2048), 1024)).toThrow(expect.objectContaining({ problem: 'too-large' }));
  });
});

describe('one case, to move to another machine', () => {
  it('travels encrypted with its own passphrase, and lands under a new id each time', async () => {
    const doc = laurentExample();
    const file = await exportCaseFile(doc, 'phrase de transfert', FAST);
    expect(fromUtf8(file)).not.toMatch(/Laurent|Enzo|Situation/);
    const target = testVault();
    await target.create(PASSPHRASE);
    const { kind, raw } = identifyImport(file);
    expect(kind).toBe('case-file');
    await expect(importCase(target, 'case-file', raw, 'mauvaise phrase')).rejects.toMatchObject({ problem: 'wrong-passphrase' });
    const first = await importCase(target, 'case-file', raw, 'phrase de transfert');
    expect(first.id).not.toBe(doc.id);
    expect({ ...first, id: doc.id }).toEqual(doc);
    const second = await importCase(target, 'case-file', raw, 'phrase de transfert');
    expect(second.id).not.toBe(doc.id);
    expect(second.id).not.toBe(first.id);
    expect(await target.list()).toHaveLength(2);
  });

  it('a plain JSON export imports back as the same case, under an id of its own', async () => {
    const doc = laurentExample();
    const target = testVault();
    await target.create(PASSPHRASE);
    const { kind, raw } = identifyImport(plainCaseJson(doc));
    expect(kind).toBe('plain-case');
    const imported = await importCase(target, 'plain-case', raw);
    expect({ ...imported, id: doc.id }).toEqual(doc);
  });
});
