// The encrypted vault: the key hierarchy (shared/crypto) over IndexedDB (Dexie). Implements the
// CaseStore the editor saves through, plus what the library needs (states, trash, history).
import { fromUtf8, utf8 } from '../../shared/crypto/bytes';
import { openRecord, RecordIntegrityError, sealRecord } from '../../shared/crypto/envelope';
import { DEFAULT_KDF } from '../../shared/crypto/kdf';
import {
  createVaultHeader,
  parseVaultHeader,
  rewrapForNewPassphrase,
  unlockWithPassphrase,
  type VaultHeader,
} from '../../shared/crypto/vault-header';
import type { CryptoKeyHandle } from '../../shared/crypto/webcrypto';
import { CaseDocument, CURRENT_SCHEMA_VERSION } from '../../shared/model/case';
import { textLimit } from '../../shared/model/limits';
import { newId, type Id } from '../../shared/model/primitives';
import { caseProblems, restoreCase, type CaseProblem } from '../../shared/model/restore';
import { requireAcceptablePassphrase } from '../../shared/security/passphrase';
import { summarise, type CaseStore, type CaseSummary } from './case-store';
import Dexie from 'dexie';
import { VaultDb, type CaseRow, type RevisionRow } from './vault-db';

export const TRASH_DAYS = 30;
/** A new revision at most this often while editing (every save still replaces the case). */
export const REVISION_INTERVAL_MS = 60_000;
export const MAX_REVISIONS_PER_CASE = 200;

export type VaultStatus = 'absent' | 'locked' | 'unlocked';
export type CaseState = 'active' | 'archived' | 'trash';

interface CasePayload {
  doc: CaseDocument;
  state: CaseState;
  trashedAt?: string;
}

export type LibraryEntry =
  | (CaseSummary & { readable: true; state: CaseState; trashedAt?: string; names: string[]; doc: CaseDocument })
  | { id: Id; readable: false; reason: string; updatedAt: string };

export interface RevisionSummary {
  id: Id;
  createdAt: string;
}

export class VaultLockedError extends Error {
  override name = 'VaultLockedError';
  constructor() {
    super('The vault is locked.');
  }
}
export class UnreadableCaseError extends Error {
  override name = 'UnreadableCaseError';
}
/** The case was changed elsewhere (another window) since it was opened here. */
export class SaveConflictError extends Error {
  override name = 'SaveConflictError';
  constructor(readonly copyId: Id, readonly copyTitle: string) {
    super(`This case was changed in another window. Your changes were kept in a copy: “${copyTitle}”.`);
  }
}
/** The case breaks its schema (a text over its limit...): it is not stored, the stored version stays. */
export class InvalidCaseError extends Error {
  override name = 'InvalidCaseError';
  constructor(readonly problems: CaseProblem[]) {
    super(`The case was not saved: it is not valid (${problems.map((p) => `${p.path.join('.')}: ${p.code}`).join('; ')}). The stored version is intact.`);
  }
}

/** Refuses to seal what restoreCase would refuse to open. */
function assertStorable(doc: CaseDocument): void {
  const problems = caseProblems(doc);
  if (problems.length) throw new InvalidCaseError(problems);
}

export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor() {
    super('The disk is full: the change was not saved, and the previous version of the case is intact.');
  }
}

export interface VaultOptions {
  /** Argon2id settings for new vaults and new passphrases (tests use the floor). */
  kdf?: { memoryKiB: number; iterations: number; parallelism: number };
  now?: () => number;
  /** Hooks for tests that interrupt a passphrase change at each step. */
  beforeHeaderWrite?: () => void | Promise<void>;
}

const TITLE_LIMIT = textLimit(CaseDocument.shape.title);
const CASES = 'cases';
const REVISIONS = 'revisions';
const PENDING = 'pending';

/** A change kept at a lock because it could not be saved (see Vault.keepPending). */
export interface PendingChange {
  id: Id;
  title: string;
  createdAt: string;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameRow(a: Pick<CaseRow, 'iv' | 'ciphertext' | 'schemaVersion' | 'updatedAt'>, b: CaseRow): boolean {
  return a.updatedAt === b.updatedAt && a.schemaVersion === b.schemaVersion && sameBytes(a.iv, b.iv) && sameBytes(a.ciphertext, b.ciphertext);
}

/** The stored row is not the one this window last read or wrote (see Vault.save). */
class StoredRowChangedError extends Error {}

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

export class Vault implements CaseStore {
  private key: CryptoKeyHandle | null = null;
  /** updatedAt of each case as this window last read or wrote it: detects edits elsewhere. */
  private readonly seen = new Map<Id, number>();
  /**
   * State of each case as last read or written here, with the exact stored bytes it came with: a
   * save whose stored copy is byte for byte the one known need not decrypt it again.
   */
  private readonly states = new Map<Id, { state: CaseState; row: Pick<CaseRow, 'iv' | 'ciphertext' | 'schemaVersion' | 'updatedAt'> }>();
  /** When each case last got a revision, so most saves skip building one. */
  private readonly lastRevisionAt = new Map<Id, number>();
  private readonly kdf: NonNullable<VaultOptions['kdf']>;
  private readonly now: () => number;
  /** The title of a copy made when a case changed elsewhere (set in the user's language by the app). */
  copyTitle: (title: string) => string = (title) => `${title} (autre fenêtre)`;

  constructor(
    readonly db: VaultDb = new VaultDb(),
    private readonly options: VaultOptions = {},
  ) {
    this.kdf = options.kdf ?? DEFAULT_KDF;
    this.now = options.now ?? Date.now;
  }

  // ---- keys -------------------------------------------------------------------------------

  async status(): Promise<VaultStatus> {
    if (this.key) return 'unlocked';
    return (await this.db.meta.get('header')) ? 'locked' : 'absent';
  }

  private async header(): Promise<VaultHeader> {
    const record = await this.db.meta.get('header');
    if (!record) throw new Error('No vault exists on this computer yet.');
    return parseVaultHeader(record.header);
  }

  /** Creates the vault; returns the recovery code, to be shown once. */
  async create(passphrase: string): Promise<string> {
    await requireAcceptablePassphrase(passphrase);
    const vault = await createVaultHeader(passphrase, this.kdf);
    await this.db.transaction('rw', this.db.meta, async () => {
      if (await this.db.meta.get('header')) throw new Error('A vault already exists on this computer.');
      await this.db.meta.put({ id: 'header', header: vault.header });
    });
    this.key = vault.dataKey;
    return vault.recoveryCode;
  }

  async unlock(passphrase: string): Promise<void> {
    this.key = await unlockWithPassphrase(await this.header(), passphrase);
  }

  /** Drops the key and everything decrypted: after this, nothing of a case is in memory here. */
  lock(): void {
    this.key = null;
    this.seen.clear();
    this.states.clear();
    this.lastRevisionAt.clear();
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
    if (!this.key) this.key = await unlockWithPassphrase(next, newPassphrase);
  }

  /** A copy under a new id, its title saying so (the original's cut if need be to stay within the limit). */
  copyOf(doc: CaseDocument): CaseDocument {
    let title = this.copyTitle(doc.title);
    if (title.length > TITLE_LIMIT) title = this.copyTitle(doc.title.slice(0, Math.max(0, TITLE_LIMIT - (title.length - doc.title.length))));
    return { ...doc, id: newId(), title };
  }

  private requireKey(): CryptoKeyHandle {
    if (!this.key) throw new VaultLockedError();
    return this.key;
  }

  // ---- records ----------------------------------------------------------------------------

  private async seal<T>(table: string, id: string, value: T) {
    const plaintext = utf8(JSON.stringify(value));
    const sealed = await sealRecord(this.requireKey(), { table, id, schemaVersion: CURRENT_SCHEMA_VERSION }, plaintext);
    return { schemaVersion: CURRENT_SCHEMA_VERSION, size: sealed.ciphertext.length, iv: sealed.iv, ciphertext: sealed.ciphertext };
  }

  private async open(table: string, addressId: string, row: { schemaVersion: number; iv: Uint8Array; ciphertext: Uint8Array }): Promise<unknown> {
    const bytes = await openRecord(this.requireKey(), { table, id: addressId, schemaVersion: row.schemaVersion }, { iv: row.iv, ciphertext: row.ciphertext });
    try {
      return JSON.parse(fromUtf8(bytes));
    } catch {
      throw new RecordIntegrityError('The record decrypted but its content is not readable.');
    }
  }

  private async readCase(row: CaseRow): Promise<CasePayload> {
    const raw = (await this.open(CASES, row.id, row)) as Partial<CasePayload> | null;
    const restored = restoreCase(raw?.doc);
    if (!restored.ok) throw new UnreadableCaseError(restored.error);
    if (restored.doc.id !== row.id) throw new RecordIntegrityError('The record does not belong to this case.');
    const state: CaseState = raw?.state === 'archived' || raw?.state === 'trash' ? raw.state : 'active';
    this.states.set(row.id, { state, row });
    return { doc: restored.doc, state, ...(raw?.trashedAt ? { trashedAt: raw.trashedAt } : {}) };
  }

  /** Every case, decrypted; a case that cannot be read is listed with the reason and left untouched. */
  async library(): Promise<LibraryEntry[]> {
    this.requireKey();
    const rows = await this.db.cases.toArray();
    const entries = await Promise.all(
      rows.map(async (row): Promise<LibraryEntry> => {
        try {
          const payload = await this.readCase(row);
          this.seen.set(row.id, row.updatedAt);
          const names = payload.doc.nodes.map((n) => n.name).filter(Boolean);
          return { ...summarise(payload.doc), readable: true, state: payload.state, ...(payload.trashedAt ? { trashedAt: payload.trashedAt } : {}), names, doc: payload.doc };
        } catch (error) {
          return { id: row.id, readable: false, reason: (error as Error).message, updatedAt: new Date(row.updatedAt).toISOString() };
        }
      }),
    );
    return entries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  async list(): Promise<CaseSummary[]> {
    return (await this.library()).filter((e): e is Extract<LibraryEntry, { readable: true }> => e.readable && e.state === 'active');
  }

  async load(id: Id): Promise<CaseDocument> {
    const row = await this.db.cases.get(id);
    if (!row) throw new Error('This case no longer exists.');
    const payload = await this.readCase(row);
    this.seen.set(id, row.updatedAt);
    return payload.doc;
  }

  private async writeCase(payload: CasePayload, options: { revision: boolean; expectUpdatedAt?: number | undefined; expectRow?: Pick<CaseRow, 'iv' | 'ciphertext' | 'schemaVersion' | 'updatedAt'> }): Promise<number> {
    const id = payload.doc.id;
    assertStorable(payload.doc);
    const updatedAt = Math.max(this.now(), (this.seen.get(id) ?? 0) + 1);
    const row: CaseRow = { id, updatedAt, ...(await this.seal(CASES, id, payload)) };
    const revisionId = newId();
    const known = this.lastRevisionAt.get(id);
    // Why: sealing a revision doubles the cost of a save; within the interval none is written.
    const wantsRevision = options.revision && (known === undefined || updatedAt - known >= REVISION_INTERVAL_MS);
    const revision: RevisionRow | null = wantsRevision
      ? { id: revisionId, caseId: id, createdAt: updatedAt, ...(await this.seal(REVISIONS, `${id}/${revisionId}`, { doc: payload.doc })) }
      : null;
    let revisionWritten: number | undefined;
    try {
      await this.db.transaction('rw', this.db.cases, this.db.revisions, async () => {
        // The stored row is read and the new one written in one go: requests run in order, so the
        // read sees the row as it was, and a mismatch throws, which aborts the transaction and
        // undoes the write. Why: waiting for the read before asking for the write added a round
        // trip to IndexedDB to every autosave.
        const [current] = await Promise.all([this.db.cases.get(id), this.db.cases.put(row)]);
        if (options.expectRow && !(current && sameRow(options.expectRow, current))) throw new StoredRowChangedError();
        if (options.expectUpdatedAt !== undefined && current && current.updatedAt !== options.expectUpdatedAt) {
          throw new SaveConflictError('', '');
        }
        if (revision) {
          const ofCase = this.db.revisions.where('[caseId+createdAt]').between([id, Dexie.minKey], [id, Dexie.maxKey]);
          const dates = (await ofCase.keys()).map((key) => (key as unknown as [string, number])[1]);
          const latest = dates[dates.length - 1];
          if (latest === undefined || updatedAt - latest >= REVISION_INTERVAL_MS) {
            await this.db.revisions.add(revision);
            revisionWritten = updatedAt;
            const excess = dates.length + 1 - MAX_REVISIONS_PER_CASE;
            if (excess > 0) await this.db.revisions.bulkDelete(await ofCase.clone().limit(excess).primaryKeys());
          } else {
            revisionWritten = latest;
          }
        }
      });
    } catch (error) {
      if (isQuotaError(error)) throw new StorageFullError();
      throw error;
    }
    this.seen.set(id, updatedAt);
    this.states.set(id, { state: payload.state, row });
    if (revisionWritten !== undefined) this.lastRevisionAt.set(id, revisionWritten);
    return updatedAt;
  }

  /** Saves the case (the CaseStore contract). A case changed meanwhile in another window is not overwritten: this version goes to a copy. */
  async save(doc: CaseDocument): Promise<void> {
    const cached = this.states.get(doc.id);
    if (cached) {
      // The usual case: the stored row is the one this window last read or wrote, which the write
      // checks in its own transaction. Why: reading the row first as well cost a second read of
      // the whole encrypted case at every autosave.
      try {
        await this.writeCase({ doc, state: cached.state }, { revision: true, expectRow: cached.row });
        return;
      } catch (error) {
        if (!(error instanceof StoredRowChangedError)) throw error;
      }
    }
    const existing = await this.db.cases.get(doc.id);
    let state: CaseState = 'active';
    if (existing && cached && sameRow(cached.row, existing)) {
      // Byte for byte what this window read or wrote: its state is known, no need to decrypt it.
      state = cached.state;
    } else if (existing) {
      try {
        state = (await this.readCase(existing)).state;
      } catch {
        throw new UnreadableCaseError('The stored version of this case is unreadable; it is kept as it is and was not overwritten.');
      }
    }
    const expected = this.seen.get(doc.id);
    try {
      await this.writeCase({ doc, state }, { revision: true, expectUpdatedAt: existing ? expected : undefined });
    } catch (error) {
      if (!(error instanceof SaveConflictError)) throw error;
      const copy = this.copyOf(doc);
      await this.writeCase({ doc: copy, state: 'active' }, { revision: true });
      throw new SaveConflictError(copy.id, copy.title);
    }
  }

  /** Moves a case to the trash (restorable for TRASH_DAYS days). */
  async remove(id: Id): Promise<void> {
    await this.setState(id, 'trash');
  }

  async setState(id: Id, state: CaseState): Promise<void> {
    const row = await this.db.cases.get(id);
    if (!row) return;
    const payload = await this.readCase(row);
    this.seen.set(id, row.updatedAt);
    await this.writeCase({ doc: payload.doc, state, ...(state === 'trash' ? { trashedAt: new Date(this.now()).toISOString() } : {}) }, { revision: false });
  }

  async rename(id: Id, title: string): Promise<void> {
    const doc = await this.load(id);
    await this.save({ ...doc, title });
  }

  async duplicate(id: Id, suffix: string): Promise<Id> {
    const doc = await this.load(id);
    const copy = { ...doc, id: newId(), title: `${doc.title} ${suffix}` };
    await this.writeCase({ doc: copy, state: 'active' }, { revision: true });
    return copy.id;
  }

  /** Deletes a case and its history for good. */
  async purge(id: Id): Promise<void> {
    await this.db.transaction('rw', this.db.cases, this.db.revisions, async () => {
      await this.db.cases.delete(id);
      await this.db.revisions.where('caseId').equals(id).delete();
    });
    this.seen.delete(id);
  }

  /** Empties the trash: everything (`olderThanDays` 0) or what has been there for a while. */
  async emptyTrash(olderThanDays = 0): Promise<number> {
    const limit = this.now() - olderThanDays * 24 * 3600 * 1000;
    const trashed = (await this.library()).filter((e) => e.readable && e.state === 'trash' && Date.parse(e.trashedAt ?? '') <= limit);
    for (const entry of trashed) await this.purge(entry.id);
    return trashed.length;
  }

  async history(caseId: Id): Promise<RevisionSummary[]> {
    this.requireKey();
    // From the index alone: the list needs no encrypted copy.
    const ofCase = this.db.revisions.where('[caseId+createdAt]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]);
    const [keys, ids] = await Promise.all([ofCase.keys(), ofCase.clone().primaryKeys()]);
    return ids.map((id, i) => ({ id, createdAt: new Date((keys[i] as unknown as [string, number])[1]).toISOString() })).reverse();
  }

  async loadRevision(caseId: Id, revisionId: Id): Promise<CaseDocument> {
    const row = await this.db.revisions.get(revisionId);
    if (!row || row.caseId !== caseId) throw new Error('This version no longer exists.');
    const raw = (await this.open(REVISIONS, `${caseId}/${revisionId}`, row)) as { doc?: unknown } | null;
    const restored = restoreCase(raw?.doc);
    if (!restored.ok) throw new UnreadableCaseError(restored.error);
    return restored.doc;
  }

  // ---- changes kept at a lock ---------------------------------------------------------------

  /**
   * Keeps, sealed, a change that could not be saved as the vault locks: a small record of its own,
   * which may still fit where the case record did not. Offered at the next unlock.
   */
  async keepPending(doc: CaseDocument): Promise<void> {
    assertStorable(doc);
    const sealed = await this.seal(PENDING, doc.id, { doc, baseUpdatedAt: this.seen.get(doc.id) ?? 0 });
    await this.db.pending.put({ id: doc.id, createdAt: this.now(), ...sealed });
  }

  /** The changes kept at a lock that can be read (one that cannot is left as it is). */
  async pendingChanges(): Promise<PendingChange[]> {
    this.requireKey();
    const rows = await this.db.pending.toArray();
    const out: PendingChange[] = [];
    for (const row of rows) {
      const doc = await this.readPending(row.id).catch(() => null);
      if (doc) out.push({ id: row.id, title: doc.doc.title, createdAt: new Date(row.createdAt).toISOString() });
    }
    return out;
  }

  private async readPending(id: Id): Promise<{ doc: CaseDocument; baseUpdatedAt: number }> {
    const row = await this.db.pending.get(id);
    if (!row) throw new Error('This change is no longer kept.');
    const raw = (await this.open(PENDING, id, row)) as { doc?: unknown; baseUpdatedAt?: unknown } | null;
    const restored = restoreCase(raw?.doc);
    if (!restored.ok || restored.doc.id !== id) throw new UnreadableCaseError(restored.ok ? 'The kept change does not match its case.' : restored.error);
    return { doc: restored.doc, baseUpdatedAt: typeof raw?.baseUpdatedAt === 'number' ? raw.baseUpdatedAt : 0 };
  }

  /**
   * Saves a kept change and forgets it; returns the id of the case to open. Over the case it was
   * made on if that has not changed since; as a copy otherwise (nothing stored is overwritten).
   */
  async resumePending(id: Id): Promise<Id> {
    const pending = await this.readPending(id);
    const stored = await this.db.cases.get(id);
    let target = pending.doc;
    if (stored && stored.updatedAt !== pending.baseUpdatedAt) {
      target = this.copyOf(pending.doc);
    } else if (stored) {
      await this.load(id);
    }
    await this.save(target);
    await this.db.pending.delete(id);
    return target.id;
  }

  async discardPending(id: Id): Promise<void> {
    await this.db.pending.delete(id);
  }

  // ---- backup and transfer ----------------------------------------------------------------

  /** The sealed rows as stored, with the header: a backup is the vault itself, still encrypted. */
  async snapshot(): Promise<VaultSnapshot> {
    this.requireKey();
    return this.db.transaction('r', this.db.meta, this.db.cases, this.db.revisions, async () => ({
      header: await this.header(),
      cases: await this.db.cases.toArray(),
      revisions: await this.db.revisions.toArray(),
    }));
  }

  /** Opens another vault's rows with that vault's key; any damaged row fails the whole import. */
  async decryptForeign(key: CryptoKeyHandle, snapshot: Omit<VaultSnapshot, 'header'>): Promise<ImportedCase[]> {
    const open = async (table: string, id: string, row: { schemaVersion: number; iv: Uint8Array; ciphertext: Uint8Array }) =>
      JSON.parse(fromUtf8(await openRecord(key, { table, id, schemaVersion: row.schemaVersion }, row))) as Partial<CasePayload>;
    const revisionsByCase = new Map<string, RevisionRow[]>();
    for (const r of snapshot.revisions) revisionsByCase.set(r.caseId, [...(revisionsByCase.get(r.caseId) ?? []), r]);
    const out: ImportedCase[] = [];
    for (const row of snapshot.cases) {
      const payload = await open(CASES, row.id, row);
      const restored = restoreCase(payload.doc);
      if (!restored.ok || restored.doc.id !== row.id) throw new UnreadableCaseError(restored.ok ? 'A case does not match its record.' : restored.error);
      const revisions: ImportedCase['revisions'] = [];
      for (const r of revisionsByCase.get(row.id) ?? []) {
        const rev = restoreCase((await open(REVISIONS, `${row.id}/${r.id}`, r)).doc);
        if (rev.ok) revisions.push({ createdAt: r.createdAt, doc: rev.doc });
      }
      out.push({ doc: restored.doc, state: payload.state === 'archived' || payload.state === 'trash' ? payload.state : 'active', updatedAt: row.updatedAt, revisions });
    }
    return out;
  }

  /**
   * Adds imported cases. A case already here is replaced only by a newer version; either way its
   * history gains the other version's revisions. All in one transaction: an error changes nothing.
   */
  async mergeCases(cases: ImportedCase[]): Promise<MergeResult> {
    for (const c of cases) {
      assertStorable(c.doc);
      for (const r of c.revisions) assertStorable(r.doc);
    }
    const sealed = await Promise.all(
      cases.map(async (c) => ({
        id: c.doc.id,
        row: { id: c.doc.id, updatedAt: c.updatedAt, ...(await this.seal(CASES, c.doc.id, { doc: c.doc, state: c.state })) } satisfies CaseRow,
        revisions: await Promise.all(
          c.revisions.map(async (r) => {
            const revisionId = newId();
            return { id: revisionId, caseId: c.doc.id, createdAt: r.createdAt, ...(await this.seal(REVISIONS, `${c.doc.id}/${revisionId}`, { doc: r.doc })) } satisfies RevisionRow;
          }),
        ),
      })),
    );
    const result: MergeResult = { added: 0, updated: 0, kept: 0 };
    try {
      await this.db.transaction('rw', this.db.cases, this.db.revisions, async () => {
        for (const item of sealed) {
          const current = await this.db.cases.get(item.id);
          if (!current) result.added++;
          else if (current.updatedAt < item.row.updatedAt) result.updated++;
          else result.kept++;
          if (!current || current.updatedAt < item.row.updatedAt) await this.db.cases.put(item.row);
          const known = new Set((await this.db.revisions.where('caseId').equals(item.id).toArray()).map((r) => r.createdAt));
          await this.db.revisions.bulkAdd(item.revisions.filter((r) => !known.has(r.createdAt)));
        }
      });
    } catch (error) {
      if (isQuotaError(error)) throw new StorageFullError();
      throw error;
    }
    for (const item of sealed) this.seen.delete(item.id);
    return result;
  }
}

export interface ImportedCase {
  doc: CaseDocument;
  state: CaseState;
  updatedAt: number;
  revisions: Array<{ createdAt: number; doc: CaseDocument }>;
}

export interface MergeResult {
  added: number;
  updated: number;
  kept: number;
}

export interface VaultSnapshot {
  header: VaultHeader;
  cases: CaseRow[];
  revisions: RevisionRow[];
}

export interface VaultImport {
  /** Everything is read and checked first; then one transaction writes it all, or nothing. */
  mergeCases(cases: ImportedCase[]): Promise<MergeResult>;
  snapshot(): Promise<VaultSnapshot>;
  decryptForeign(key: CryptoKeyHandle, snapshot: Omit<VaultSnapshot, 'header'>): Promise<ImportedCase[]>;
}

