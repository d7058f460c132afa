import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../shared/crypto/bytes';
import { openRecord, sealRecord } from '../../../shared/crypto/envelope';
import { KDF_FLOOR, WeakKdfError } from '../../../shared/crypto/kdf';
import {
  createVaultHeader,
  newRecoveryCode,
  normaliseRecoveryCode,
  parseVaultHeader,
  rewrapForNewPassphrase,
  unlockWithPassphrase,
  WrongPassphraseError,
  WrongRecoveryCodeError,
} from '../../../shared/crypto/vault-header';

// The floor, to keep the suite quick; the default (64 MiB, 3 passes) is exercised once below.
const FAST = { memoryKiB: KDF_FLOOR.memoryKiB, iterations: KDF_FLOOR.iterations, parallelism: 1 };
const address = { table: 'cases', id: 'x', schemaVersion: 1 };

async function canDecrypt(key: Awaited<ReturnType<typeof unlockWithPassphrase>>, sealedWith: Awaited<ReturnType<typeof unlockWithPassphrase>>): Promise<boolean> {
  const sealed = await sealRecord(sealedWith, address, utf8('probe'));
  return openRecord(key, address, sealed).then(() => true, () => false);
}

describe('vault header', () => {
  it('creates a vault with the default Argon2id settings (64 MiB, 3 passes, 1 lane) and opens it', async () => {
    const vault = await createVaultHeader('correct horse battery staple');
    expect(vault.header.passphrase.kdf).toMatchObject({ algorithm: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 1 });
    const key = await unlockWithPassphrase(vault.header, 'correct horse battery staple');
    expect(key.extractable).toBe(false);
    expect(await canDecrypt(key, vault.dataKey)).toBe(true);
  }, 30_000);

  it('refuses a wrong passphrase with a clear error', async () => {
    const { header } = await createVaultHeader('le bon mot de passe', FAST);
    await expect(unlockWithPassphrase(header, 'le mauvais')).rejects.toThrow(WrongPassphraseError);
    await expect(unlockWithPassphrase(header, '')).rejects.toThrow(WrongPassphraseError);
  });

  it('accepts the same passphrase in NFC and NFD, with emoji, and 10 000 characters long', async () => {
    for (const passphrase of ['Élodie àçœ 🔐🦊 clé', 'x'.repeat(10_000)]) {
      const { header, dataKey } = await createVaultHeader(passphrase.normalize('NFD'), FAST);
      expect(await canDecrypt(await unlockWithPassphrase(header, passphrase.normalize('NFC')), dataKey)).toBe(true);
    }
  });

  it('refuses a header whose settings were lowered below the floor, before any work', async () => {
    const { header } = await createVaultHeader('passphrase-longue', FAST);
    const weakened = { ...header, passphrase: { ...header.passphrase, kdf: { ...header.passphrase.kdf, memoryKiB: 1024, iterations: 1 } } };
    await expect(unlockWithPassphrase(weakened, 'passphrase-longue')).rejects.toThrow(WeakKdfError);
    expect(() => parseVaultHeader(weakened)).toThrow(WeakKdfError);
  });

  it('refuses a header whose settings were changed, even above the floor (they are bound to the wrapping)', async () => {
    const { header } = await createVaultHeader('passphrase-longue', { ...FAST, iterations: 3 });
    const downgraded = { ...header, passphrase: { ...header.passphrase, kdf: { ...header.passphrase.kdf, iterations: 2 } } };
    await expect(unlockWithPassphrase(downgraded, 'passphrase-longue')).rejects.toThrow(WrongPassphraseError);
  });

  it('makes recovery codes of 160 random bits: 32 symbols of a 32-symbol alphabet, each symbol in use at each place', () => {
    const codes = Array.from({ length: 1000 }, () => newRecoveryCode().replace(/-/g, ''));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{32}$/); // Crockford: no I, L, O, U
    // 1 000 draws per place from 32 uniform symbols miss one with p ≈ 10^-11 over all places: a
    // missing symbol means fewer than 5 random bits per character.
    for (let place = 0; place < 32; place++) expect(new Set(codes.map((code) => code[place])).size, `place ${place}`).toBe(32);
  });

  it('opens with the recovery code however it is typed back', async () => {
    const { header, dataKey, recoveryCode } = await createVaultHeader('oublié bientôt', FAST);
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    const retyped = recoveryCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    expect(normaliseRecoveryCode(retyped)).toBe(recoveryCode.replace(/-/g, ''));
    const rewrapped = await rewrapForNewPassphrase(header, { recoveryCode: retyped }, 'nouveau départ', FAST);
    expect(await canDecrypt(await unlockWithPassphrase(rewrapped, 'nouveau départ'), dataKey)).toBe(true);
    await expect(rewrapForNewPassphrase(header, { recoveryCode: 'AAAA-BBBB' }, 'x', FAST)).rejects.toThrow(WrongRecoveryCodeError);
  });

  it('changes the passphrase by re-wrapping the same data key: old data opens, the old passphrase does not', async () => {
    const { header, dataKey } = await createVaultHeader('ancienne phrase', FAST);
    const next = await rewrapForNewPassphrase(header, { passphrase: 'ancienne phrase' }, 'nouvelle phrase', FAST);
    expect(next.recovery).toEqual(header.recovery);
    expect(await canDecrypt(await unlockWithPassphrase(next, 'nouvelle phrase'), dataKey)).toBe(true);
    await expect(unlockWithPassphrase(next, 'ancienne phrase')).rejects.toThrow(WrongPassphraseError);
    await expect(rewrapForNewPassphrase(header, { passphrase: 'pas la bonne' }, 'x', FAST)).rejects.toThrow(WrongPassphraseError);
  });

  it('refuses a header that is not one', () => {
    expect(() => parseVaultHeader({ format: 1 })).toThrow(/damaged/);
    expect(() => parseVaultHeader('hello')).toThrow(/damaged/);
  });
});
