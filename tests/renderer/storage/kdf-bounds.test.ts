// Issue 12, finding 6: a backup or transfer file declaring an absurd key derivation (1 992 294 KiB
// and 100 passes blocked the app for 515 s; 2-4 GiB threw a raw RangeError) is refused by its
// schema before any work, with a message in the user's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromUtf8 } from '../../../shared/crypto/bytes';
import { ImportError } from '../../../shared/crypto/case-file';
import { argon2InPlace, KDF_FLOOR, KdfOutOfBoundsError, setArgon2Runner } from '../../../shared/crypto/kdf';
import { translate } from '../../../shared/i18n/messages';
import { laurentExample } from '../../../shared/examples/laurent';
import { exportCaseFile, exportVaultBackup, identifyImport, importCase, importVaultBackup } from '../../../renderer/storage/backup';
import { lockedVaultHeader, PASSPHRASE, testVault, vaultWithTwoVersions } from './vault-fixture';

const FAST = { memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1 };
const CRAFTED: Array<[string, { memoryKiB: number; iterations: number; parallelism?: number }]> = [
  ['2 GiB and 100 passes', { memoryKiB: 2 * 1024 * 1024, iterations: 100 }],
  ['1 992 294 KiB and 100 passes (515 s before)', { memoryKiB: 1_992_294, iterations: 100 }],
  ['4 GiB', { memoryKiB: 4 * 1024 * 1024, iterations: 3 }],
  ['11 passes', { memoryKiB: 64 * 1024, iterations: 11 }],
  ['8 lanes', { memoryKiB: 64 * 1024, iterations: 3, parallelism: 8 }],
];

/**
 * Refused before any work: the derivation is never started (a spy stands in for Argon2id). Speed is
 * the benchmark's business; what makes the refusal instant is that nothing is derived at all.
 */
let derivations = 0;
async function refusal(run: () => Promise<unknown>): Promise<{ derived: number; error: unknown }> {
  const before = derivations;
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  return { derived: derivations - before, error };
}

describe('a crafted key-derivation header is refused at once, in the user’s language', () => {
  // One vault to import into, one transfer file and one backup to tamper with: the suite stays lean.
  let target: ReturnType<typeof testVault>;
  let transferFile: string;
  let backupFile: string;
  beforeAll(async () => {
    setArgon2Runner(async (request) => {
      derivations++;
      return argon2InPlace(request);
    });
    target = testVault();
    await target.create('une autre phrase secrète');
    transferFile = fromUtf8(await exportCaseFile(laurentExample(), 'phrase de transfert', FAST));
    backupFile = fromUtf8(await exportVaultBackup((await vaultWithTwoVersions()).vault));
    // A hang guard, not a timing: four key derivations, on two cores shared by the whole team.
  }, 60_000);
  afterAll(() => setArgon2Runner(argon2InPlace));

  it.each(CRAFTED)('a transfer file declaring %s', async (_label, kdf) => {
    const file = JSON.parse(transferFile);
    file.kdf = { ...file.kdf, ...kdf };
    const { derived, error } = await refusal(() => importCase(target, 'case-file', identifyImport(new TextEncoder().encode(JSON.stringify(file))).raw, 'phrase de transfert'));
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problem).toBe('kdf-bounds');
    expect(derived).toBe(0);
    expect(await target.db.cases.count()).toBe(0);
  });

  it.each(CRAFTED)('a backup whose header declares %s', async (_label, kdf) => {
    const backup = JSON.parse(backupFile);
    backup.header.passphrase.kdf = { ...backup.header.passphrase.kdf, ...kdf };
    const { derived, error } = await refusal(() => importVaultBackup(target, backup, PASSPHRASE));
    expect((error as ImportError).problem).toBe('kdf-bounds');
    expect(derived).toBe(0);
    expect(await target.db.cases.count()).toBe(0);
  });

  it('the vault’s own header edited the same way: unlock refuses at once, nothing derived', async () => {
    const { vault, header, store } = await lockedVaultHeader<{ passphrase: { kdf: object } }>();
    await store({ ...header, passphrase: { ...header.passphrase, kdf: { ...header.passphrase.kdf, memoryKiB: 2 * 1024 * 1024, iterations: 100 } } });
    const { derived, error } = await refusal(() => vault.unlock(PASSPHRASE));
    expect(error).toBeInstanceOf(KdfOutOfBoundsError);
    expect(derived).toBe(0);
  });

  it('says so in French and in English', () => {
    for (const locale of ['fr', 'en'] as const) {
      const text = translate(locale, 'transfer.error.kdf-bounds');
      expect(text).toMatch(locale === 'fr' ? /1 Gio/ : /1 GiB/);
      expect(translate(locale, 'unlock.kdfBounds').length).toBeGreaterThan(20);
    }
  });
});
