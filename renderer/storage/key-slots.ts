// The vault's key slots (the header record): creating the vault, unlocking it with the passphrase,
// changing the passphrase (with the old one or the recovery code). Holds the data key while the
// vault is unlocked; nothing else here knows a passphrase.
import { DEFAULT_KDF, type KdfCost } from '../../shared/crypto/kdf';
import { createVaultHeader, openVaultKeys, parseVaultHeader, rewrapForNewPassphrase, type VaultHeader, type VaultKeys } from '../../shared/crypto/vault-header';
import type { CryptoKeyHandle } from '../../shared/crypto/webcrypto';
import { requireAcceptablePassphrase } from '../../shared/security/passphrase';
import { VaultLockedError } from './vault-errors';
import type { VaultDb } from './vault-db';

export type VaultStatus = 'absent' | 'locked' | 'unlocked';

export interface KeySlotOptions {
  /** Argon2id settings for new vaults and new passphrases (tests use the floor). */
  kdf?: KdfCost;
  /** Hooks for tests that interrupt a passphrase change at each step. */
  beforeHeaderWrite?: () => void | Promise<void>;
}

export class KeySlots {
  private keys: VaultKeys | null = null;
  private readonly kdf: KdfCost;

  constructor(
    private readonly db: VaultDb,
    private readonly options: KeySlotOptions = {},
  ) {
    this.kdf = options.kdf ?? DEFAULT_KDF;
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

  /** Creates the vault; returns the recovery code, to be shown once. */
  async create(passphrase: string): Promise<string> {
    await requireAcceptablePassphrase(passphrase);
    const vault = await createVaultHeader(passphrase, this.kdf);
    await this.db.transaction('rw', this.db.meta, async () => {
      if (await this.db.meta.get('header')) throw new Error('A vault already exists on this computer.');
      await this.db.meta.put({ id: 'header', header: vault.header });
    });
    this.keys = vault.keys;
    return vault.recoveryCode;
  }

  async unlock(passphrase: string): Promise<void> {
    this.keys = await openVaultKeys(await this.header(), passphrase);
  }

  lock(): void {
    this.keys = null;
  }

  /**
   * Replaces the passphrase. Only the header record changes, in one transaction: if the app dies
   * at any point, either the old or the new passphrase opens the vault, never neither.
   */
  async changePassphrase(proof: { passphrase: string } | { recoveryCode: string }, newPassphrase: string): Promise<void> {
    await requireAcceptablePassphrase(newPassphrase);
    const current = await this.header();
    const next = await rewrapForNewPassphrase(current, proof, newPassphrase, this.kdf);
    await this.options.beforeHeaderWrite?.();
    await this.db.transaction('rw', this.db.meta, async () => {
      await this.db.meta.put({ id: 'header', header: next });
    });
    if (!this.keys) this.keys = await openVaultKeys(next, newPassphrase);
  }
}
