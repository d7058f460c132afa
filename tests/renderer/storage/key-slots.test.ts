// Issue 12, finding 7: the unlock delay lived in the unlock screen's React state (a reload reset
// it; Vault.unlock and the recovery form had none); the Argon2 output stayed in memory; a flipped
// byte in the recovery slot went unnoticed until the code was needed.
import { afterEach, describe, expect, it } from 'vitest';
import { argon2InPlace, setArgon2Runner } from '../../../shared/crypto/kdf';
import { WrongPassphraseError, WrongRecoveryCodeError } from '../../../shared/crypto/vault-header';
import { laurentExample } from '../../../shared/examples/laurent';
import { lockedVaultHeader, PASSPHRASE, sameDatabase, testVault } from './vault-fixture';

/** A vault whose clock the test moves, and a second window (a reload) on the same database. */
async function clocked() {
  let now = 1_700_000_000_000;
  const vault = testVault({ now: () => now });
  await vault.create(PASSPHRASE);
  await vault.save(laurentExample());
  vault.lock();
  return { vault, reload: () => sameDatabase(vault, { now: () => now }), later: (ms: number) => (now += ms) };
}

describe('unlock throttling, kept in the vault', () => {
  it('a wrong passphrase makes the next attempt wait, even with the right one, after a reload too', async () => {
    const { vault, reload, later } = await clocked();
    await expect(vault.unlock('pas la bonne phrase')).rejects.toThrow(WrongPassphraseError);
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ name: 'UnlockThrottledError' });
    expect(await vault.status()).toBe('locked');

    const reloaded = reload();
    expect(await reloaded.unlockDelay()).toBe(1000);
    await expect(reloaded.unlock(PASSPHRASE)).rejects.toMatchObject({ name: 'UnlockThrottledError' });
    later(1000);
    await expect(reloaded.unlock('encore une mauvaise')).rejects.toThrow(WrongPassphraseError);
    expect(await reloaded.unlockDelay()).toBe(2000);
    later(2000);
    await reloaded.unlock(PASSPHRASE);
    expect(await reloaded.list()).toHaveLength(1);
    // Success clears the count.
    reloaded.lock();
    expect(await reloaded.unlockDelay()).toBe(0);
  });

  it('the recovery code is throttled the same way, and its wrong attempts count', async () => {
    const { vault, later } = await clocked();
    await expect(vault.changePassphrase({ recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH' }, 'une toute nouvelle phrase')).rejects.toThrow(WrongRecoveryCodeError);
    await expect(vault.changePassphrase({ recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH' }, 'une toute nouvelle phrase')).rejects.toMatchObject({ name: 'UnlockThrottledError' });
    await expect(vault.unlock(PASSPHRASE)).rejects.toMatchObject({ name: 'UnlockThrottledError' });
    later(1000);
    await vault.unlock(PASSPHRASE);
  });

  it('waits longer and longer, up to 30 s', async () => {
    const { vault, later } = await clocked();
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      await expect(vault.unlock(`mauvaise ${i}`)).rejects.toThrow(WrongPassphraseError);
      delays.push(await vault.unlockDelay());
      later(delays[i] as number);
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
  });
});

describe('key bytes and key slots', () => {
  afterEach(() => setArgon2Runner(argon2InPlace));

  it('zeroes the Argon2 output once it is imported as a key', async () => {
    const outputs: Uint8Array[] = [];
    setArgon2Runner(async (request) => {
      const key = await argon2InPlace(request);
      outputs.push(key);
      return key;
    });
    const vault = testVault();
    await vault.create(PASSPHRASE);
    vault.lock();
    await vault.unlock(PASSPHRASE);
    await vault.changePassphrase({ passphrase: PASSPHRASE }, 'une toute nouvelle phrase');
    expect(outputs.length).toBeGreaterThanOrEqual(3);
    for (const key of outputs) expect([...key].every((b) => b === 0)).toBe(true);
  });

  it('a flipped byte in the recovery slot is reported at unlock, and a new recovery code can be made', async () => {
    const { vault, header, store } = await lockedVaultHeader<{ recovery: { wrapped: { iv: string; ciphertext: string } } }>();
    const ciphertext = header.recovery.wrapped.ciphertext;
    const flipped = (ciphertext[5] === 'A' ? 'B' : 'A') + '';
    await store({ ...header, recovery: { ...header.recovery, wrapped: { ...header.recovery.wrapped, ciphertext: ciphertext.slice(0, 5) + flipped + ciphertext.slice(6) } } });

    await vault.unlock(PASSPHRASE);
    expect(vault.recoverySlotDamaged()).toBe(true);
    const code = await vault.newRecoveryCode(PASSPHRASE);
    expect(vault.recoverySlotDamaged()).toBe(false);
    vault.lock();
    await vault.changePassphrase({ recoveryCode: code }, 'une toute nouvelle phrase');
    expect(await vault.list()).toEqual([]);
    vault.lock();
    await vault.unlock('une toute nouvelle phrase');
    expect(vault.recoverySlotDamaged()).toBe(false);
  });
});
