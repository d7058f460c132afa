// The vault's key slots (the header record): creating the vault, unlocking it with the passphrase,
// changing the passphrase (with the old one or the recovery code), making a new recovery code.
// Holds the keys while the vault is unlocked; nothing else here knows a passphrase. Wrong attempts
// are counted in the vault itself (the `throttle` record), so a reload does not reset the wait.
import { DEFAULT_KDF, type KdfCost } from '../../shared/crypto/kdf';
import {
  createVaultHeader,
  openVaultKeys,
  parseVaultHeader,
  replaceRecoveryCode,
  rewrapForNewPassphrase,
  WrongPassphraseError,
  WrongRecoveryCodeError,
  type VaultHeader,
  type VaultKeys,
} from '../../shared/crypto/vault-header';
import type { CryptoKeyHandle } from '../../shared/crypto/webcrypto';
import { requireAcceptablePassphrase } from '../../shared/security/passphrase';
import { VaultLockedError } from './vault-errors';
import type { VaultDb } from './vault-db';

export type VaultStatus = 'absent' | 'locked' | 'unlocked';

export interface KeySlotOptions {
  /** Argon2id settings for new vaults and new passphrases (tests use the floor). */
  kdf?: KdfCost;
  now?: () => number;
  /** Hooks for tests that interrupt a passphrase change at each step. */
  beforeHeaderWrite?: () => void | Promise<void>;
}

/** Wrong attempts wait longer and longer: 1, 2, 4... seconds, at most 30. */
export function retryDelayMs(failures: number): number {
  return failures === 0 ? 0 : Math.min(30_000, 1000 * 2 ** (failures - 1));
}

/** An attempt made before the wait after a wrong one is over: refused without trying. */
export class UnlockThrottledError extends Error {
  override name = 'UnlockThrottledError';
  constructor(readonly waitMs: number) {
    super(`Too many wrong attempts: try again in ${Math.ceil(waitMs / 1000)} s.`);
  }
}

const THROTTLE_ID = 'throttle';

export class KeySlots {
  private keys: VaultKeys | null = null;
  private recoveryDamaged = false;
  private readonly kdf: KdfCost;
  private readonly now: () => number;

  constructor(
    private readonly db: VaultDb,
    private readonly options: KeySlotOptions = {},
  ) {
    this.kdf = options.kdf ?? DEFAULT_KDF;
    this.now = options.now ?? Date.now;
  }

  async status(): Promise<VaultStatus> {
    if (this.keys) return 'unlocked';
    return (await this.db.meta.get('header')) ? 'locked' : 'absent';
  }

  async header(): Promise<VaultHeader> {
    const record = await this.db.meta.get('header');
    if (record?.id !== 'header') throw new Error('No vault exists on this computer yet.');
    return parseVaultHeader(record.header);
  }

  /** The data key; throws when the vault is locked. */
  dataKey(): CryptoKeyHandle {
    if (!this.keys) throw new VaultLockedError();
    return this.keys.data;
  }

  /** The key the vault index is signed with (vault-index.ts); throws when the vault is locked. */
  indexKey(): CryptoKeyHandle {
    if (!this.keys) throw new VaultLockedError();
    return this.keys.index;
  }

  /** The recovery slot failed its check at the last unlock: the code would not open the vault. */
  recoverySlotDamaged(): boolean {
    return this.recoveryDamaged;
  }

  /** How long before the next attempt may be made (0: now). */
  async unlockDelay(): Promise<number> {
    const record = await this.db.meta.get(THROTTLE_ID);
    return record?.id === THROTTLE_ID ? Math.max(0, record.retryAt - this.now()) : 0;
  }

  /**
   * Runs an attempt with a passphrase or the recovery code: refused without trying while the wait
   * after a wrong one runs; a wrong one is counted (in the vault) and sets the next wait; a right
   * one clears the count.
   */
  private async attempt<T>(run: () => Promise<T>): Promise<T> {
    const wait = await this.unlockDelay();
    if (wait > 0) throw new UnlockThrottledError(wait);
    try {
      const result = await run();
      await this.db.meta.delete(THROTTLE_ID);
      return result;
    } catch (error) {
      if (error instanceof WrongPassphraseError || error instanceof WrongRecoveryCodeError) {
        await this.db.transaction('rw', this.db.meta, async () => {
          const record = await this.db.meta.get(THROTTLE_ID);
          const failures = (record?.id === THROTTLE_ID ? record.failures : 0) + 1;
          await this.db.meta.put({ id: THROTTLE_ID, failures, retryAt: this.now() + retryDelayMs(failures) });
        });
      }
      throw error;
    }
  }

  /** Creates the vault; returns the recovery code, to be shown once. */
  async create(passphrase: string): Promise<string> {
    await requireAcceptablePassphrase(passphrase);
    const vault = await createVaultHeader(passphrase, this.kdf);
    await this.db.transaction('rw', this.db.meta, async () => {
      if (await this.db.meta.get('header')) throw new Error('A vault already exists on this computer.');
      await this.db.meta.put({ id: 'header', header: vault.header });
    });
    this.keys = vault.keys;
    this.recoveryDamaged = false;
    return vault.recoveryCode;
  }

  /** Opens the keys, and verifies the recovery slot with them (a vault made before the check gets one). */
  async unlock(passphrase: string): Promise<void> {
    const header = await this.header();
    const opened = await this.attempt(() => openVaultKeys(header, passphrase));
    this.keys = { data: opened.data, index: opened.index };
    this.recoveryDamaged = opened.recoverySlot.state === 'damaged';
    if (opened.recoverySlot.state === 'unchecked') {
      const check = opened.recoverySlot.check;
      await this.writeHeader(header, { ...header, recovery: { ...header.recovery, check } });
    }
  }

  lock(): void {
    this.keys = null;
    this.recoveryDamaged = false;
  }

  /** Writes `next` if the stored header is still `current` (another window may have changed it). */
  private async writeHeader(current: VaultHeader, next: VaultHeader): Promise<void> {
    await this.db.transaction('rw', this.db.meta, async () => {
      const stored = await this.db.meta.get('header');
      if (stored?.id === 'header' && JSON.stringify(stored.header) === JSON.stringify(current)) await this.db.meta.put({ id: 'header', header: next });
    });
  }

  /**
   * Replaces the passphrase. Only the header record changes, in one transaction: if the app dies
   * at any point, either the old or the new passphrase opens the vault, never neither.
   */
  async changePassphrase(proof: { passphrase: string } | { recoveryCode: string }, newPassphrase: string): Promise<void> {
    await requireAcceptablePassphrase(newPassphrase);
    const current = await this.header();
    const next = await this.attempt(() => rewrapForNewPassphrase(current, proof, newPassphrase, this.kdf));
    await this.options.beforeHeaderWrite?.();
    await this.db.transaction('rw', this.db.meta, async () => {
      await this.db.meta.put({ id: 'header', header: next });
    });
    if ('recoveryCode' in proof) this.recoveryDamaged = false;
    if (!this.keys) {
      const opened = await openVaultKeys(next, newPassphrase);
      this.keys = { data: opened.data, index: opened.index };
    }
  }

  /** A new recovery code (the passphrase proves the owner), shown once: the old code opens nothing any more. */
  async newRecoveryCode(passphrase: string): Promise<string> {
    const current = await this.header();
    const { header, recoveryCode } = await this.attempt(() => replaceRecoveryCode(current, passphrase));
    await this.db.transaction('rw', this.db.meta, async () => {
      await this.db.meta.put({ id: 'header', header });
    });
    this.recoveryDamaged = false;
    return recoveryCode;
  }
}
