// The vault index as stored in the meta table (shared/crypto/vault-index.ts), checked once per
// version: a read that finds the record this window last checked or wrote need not verify it again.
import { openIndex, signIndex, type SignedIndex, type VaultIndexBody } from '../../shared/crypto/vault-index';
import type { KeySlots } from './key-slots';
import type { MetaRecord, VaultDb } from './vault-db';

export interface CheckedIndex {
  tag: string;
  body: VaultIndexBody;
}

export const INDEX_ID = 'index';

export class IndexStore {
  private checked: CheckedIndex | null = null;

  constructor(
    private readonly db: VaultDb,
    private readonly keys: KeySlots,
  ) {}

  forget(): void {
    this.checked = null;
  }

  /** The index this window last checked or wrote (null: none yet, or another window wrote since). */
  last(): CheckedIndex | null {
    return this.checked;
  }

  /** The stored record's body if it is the vault's own, else null (absent, altered, from elsewhere). */
  async check(stored: MetaRecord | undefined): Promise<CheckedIndex | null> {
    if (!stored || stored.id !== INDEX_ID) return null;
    if (this.checked?.tag === stored.index.tag) return this.checked;
    const body = await openIndex(this.keys.indexKey(), stored.index);
    if (!body) return null;
    this.checked = { tag: stored.index.tag, body };
    return this.checked;
  }

  async read(): Promise<CheckedIndex | null> {
    return this.check(await this.db.meta.get(INDEX_ID));
  }

  async sign(body: VaultIndexBody): Promise<SignedIndex> {
    return signIndex(this.keys.indexKey(), body);
  }

  /** Called once the transaction that wrote `signed` is committed. */
  written(signed: SignedIndex, body: VaultIndexBody): void {
    this.checked = { tag: signed.tag, body };
  }
}
