// The case records of the vault: sealing and opening them, saving with a check that nobody wrote
// the case meanwhile, revisions, the trash, and the changes kept at a lock. Every write raises the
// vault's serial and records the new version in the signed vault index, in the same transaction;
// every read checks the row against it (shared/crypto/vault-index.ts says what that proves).
import { fromUtf8, utf8 } from '../../shared/crypto/bytes';
import { openRecord, RecordIntegrityError, sealRecord } from '../../shared/crypto/envelope';
import { emptyIndex, type VaultIndexBody } from '../../shared/crypto/vault-index';
import { CaseDocument, CURRENT_SCHEMA_VERSION } from '../../shared/model/case';
import { textLimit } from '../../shared/model/limits';
import { newId, type Id } from '../../shared/model/primitives';
import { caseProblems, restoreCase, type CaseProblem, type Repair } from '../../shared/model/restore';
import { salvageCase } from '../../shared/model/salvage';
import { summarise, type CaseSummary } from './case-store';
import { INDEX_ID, IndexStore, type CheckedIndex } from './index-store';
import type { KeySlots } from './key-slots';
import { InvalidCaseError, SaveConflictError, UnreadableCaseError, writing, type Damage } from './vault-errors';
import type { CaseRow, MetaRecord, PendingRow, RevisionRow, SealedRow, VaultDb } from './vault-db';

export const TRASH_DAYS = 30;
/** A new revision at most this often while editing (every save still replaces the case). */
export const REVISION_INTERVAL_MS = 60_000;
export const MAX_REVISIONS_PER_CASE = 200;

export type CaseState = 'active' | 'archived' | 'trash';

/** A revision as its case lists it: id and date, authenticated with the case. */
export type RevisionRef = [id: Id, createdAt: number];

export interface CasePayload {
  doc: CaseDocument;
  state: CaseState;
  trashedAt?: string;
  /**
   * The case's revisions, oldest first. Sealed with the case, so that a revision deleted, put
   * back, or given another date is seen. Absent only in rows written before it existed.
   */
  revisions?: RevisionRef[];
}

export type LibraryEntry =
  | (CaseSummary & { readable: true; state: CaseState; trashedAt?: string; names: string[]; doc: CaseDocument })
  | { id: Id; readable: false; damage: Damage | 'invalid'; reason: string; updatedAt: string | null };

export interface RevisionSummary {
  id: Id;
  createdAt: string;
  /** Listed by the case but absent, or stored under another date: it is not offered. */
  damaged?: true;
}

/** A change kept at a lock because it could not be saved (see CaseRecords.keepPending). */
export interface PendingChange {
  id: Id;
  title: string;
  createdAt: string;
}

/** Why a copy is made: the case changed in another window meanwhile, or an import found its id here. */
export type CopyReason = 'otherWindow' | 'imported';

/** The vault index had to be rebuilt from the records present: what was put back or removed before cannot be told. */
export type IndexNotice = 'index-missing' | 'index-altered';

export const CASES = 'cases';
export const REVISIONS = 'revisions';
const PENDING = 'pending';
const TITLE_LIMIT = textLimit(CaseDocument.shape.title);
const MAX_INDEX_RETRIES = 8;

/** Refuses to seal what restoreCase would refuse to open. */
export function assertStorable(doc: CaseDocument): void {
  const problems = caseProblems(doc);
  if (problems.length) throw new InvalidCaseError(problems);
}

type RowStamp = Pick<CaseRow, 'iv' | 'ciphertext' | 'schemaVersion' | 'updatedAt' | 'version'>;

/** What this window knows of a case: the stored row as it read or wrote it, and what it sealed. */
export interface KnownCase {
  row: RowStamp;
  state: CaseState;
  trashedAt?: string;
  revisions: RevisionRef[];
  /** What restoreCase repaired when this window last read the case (said to the user as it opens). */
  repairs?: Repair[];
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameRow(a: RowStamp, b: RowStamp): boolean {
  return a.updatedAt === b.updatedAt && a.version === b.version && a.schemaVersion === b.schemaVersion && sameBytes(a.iv, b.iv) && sameBytes(a.ciphertext, b.ciphertext);
}

function isRevisionRef(value: unknown): value is RevisionRef {
  return Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'number';
}

function without(versions: Record<Id, number>, id: Id): Record<Id, number> {
  return Object.fromEntries(Object.entries(versions).filter(([key]) => key !== id));
}

/** Another window wrote the index between our read and our write: the write is prepared again. */
class IndexMovedError extends Error {}

export class CaseRecords {
  /**
   * Each case as this window last read or wrote it: a save checks, in its own transaction, that
   * the stored row is still that one (nobody wrote the case meanwhile).
   */
  private readonly known = new Map<Id, KnownCase>();
  private readonly indexes: IndexStore;
  /** Set when the vault index had to be rebuilt (see IndexNotice); the library says so. */
  notice: IndexNotice | null = null;
  /** The title of a copy, by why it was made (set in the user's language by the app). */
  copyTitles: Record<CopyReason, (title: string) => string> = {
    otherWindow: (title) => `${title} (autre fenêtre)`,
    imported: (title) => `${title} (importée)`,
  };

  constructor(
    private readonly db: VaultDb,
    private readonly keys: KeySlots,
    readonly now: () => number,
  ) {
    this.indexes = new IndexStore(db, keys);
  }

  /** Forgets everything decrypted (the vault locks). */
  forget(): void {
    this.known.clear();
    this.indexes.forget();
    this.notice = null;
  }

  /** Forgets what this window knew of these cases: its next save of one of them is a conflict. */
  forgetCases(ids: Iterable<Id>): void {
    for (const id of ids) this.known.delete(id);
  }

  knownCase(id: Id): KnownCase | undefined {
    return this.known.get(id);
  }

  // ---- the vault index --------------------------------------------------------------------

  /**
   * Run at unlock. A vault made before the index existed gets one: its cases and kept changes
   * are sealed again with a version, their revisions listed. An index that is missing while
   * versioned rows exist, or that fails its check, is rebuilt from the rows present, and said.
   */
  async openIndex(): Promise<void> {
    this.notice = null;
    const stored = await this.db.meta.get(INDEX_ID);
    if (await this.indexes.check(stored)) return;
    await this.rebuildIndex(stored);
  }

  private async rebuildIndex(stored: MetaRecord | undefined): Promise<CheckedIndex> {
    const [cases, pending] = await Promise.all([this.db.cases.toArray(), this.db.pending.toArray()]);
    const legacy = !stored && [...cases, ...pending].every((row) => row.version === undefined);
    const body = emptyIndex();
    const rewritten: { cases: CaseRow[]; pending: PendingRow[] } = { cases: [], pending: [] };
    if (legacy) {
      for (const row of cases) {
        const upgraded = await this.upgradeLegacyCase(row, body);
        if (upgraded) rewritten.cases.push(upgraded);
        else body.cases[row.id] = 0;
      }
      for (const row of pending) {
        const raw = await this.open(PENDING, row.id, row).catch(() => null);
        if (raw === null) {
          body.pending[row.id] = 0;
          continue;
        }
        const version = ++body.serial;
        body.pending[row.id] = version;
        rewritten.pending.push({ ...row, version, ...(await this.seal(PENDING, row.id, raw, version)) });
      }
    } else {
      for (const row of cases) body.cases[row.id] = row.version ?? 0;
      for (const row of pending) body.pending[row.id] = row.version ?? 0;
      body.serial = Math.max(0, ...Object.values(body.cases), ...Object.values(body.pending));
    }
    const signed = await this.indexes.sign(body);
    const wrote = await writing(() =>
      this.db.transaction('rw', [this.db.meta, this.db.cases, this.db.pending], async () => {
        const now = await this.db.meta.get(INDEX_ID);
        // Another window did it first: its index stands.
        if (now?.id === INDEX_ID && (stored?.id !== INDEX_ID || now.index.tag !== stored.index.tag)) return false;
        await this.db.meta.put({ id: INDEX_ID, index: signed });
        if (rewritten.cases.length) await this.db.cases.bulkPut(rewritten.cases);
        if (rewritten.pending.length) await this.db.pending.bulkPut(rewritten.pending);
        return true;
      }),
    );
    if (!wrote) {
      const theirs = await this.indexes.read();
      if (theirs) return theirs;
      throw new Error('The vault index changed while it was being rebuilt.');
    }
    if (!legacy) this.notice = stored ? 'index-altered' : 'index-missing';
    this.indexes.written(signed, body);
    return { tag: signed.tag, body };
  }

  /** A case row from before versions, sealed again with one and its revisions listed; null if it does not open. */
  private async upgradeLegacyCase(row: CaseRow, body: VaultIndexBody): Promise<CaseRow | null> {
    const raw = (await this.open(CASES, row.id, row).catch(() => null)) as Partial<CasePayload> | null;
    if (raw === null || typeof raw !== 'object') return null;
    const revisions = await this.db.revisions.where('caseId').equals(row.id).toArray();
    const refs = revisions.sort((a, b) => a.createdAt - b.createdAt).map((r): RevisionRef => [r.id, r.createdAt]);
    const version = ++body.serial;
    body.cases[row.id] = version;
    return { ...row, version, ...(await this.seal(CASES, row.id, { ...raw, revisions: refs }, version)) };
  }

  /** The index as stored now, checked; rebuilt (and said) if it is missing or fails its check. */
  private async currentIndex(stored?: MetaRecord): Promise<CheckedIndex> {
    const record = stored ?? (await this.db.meta.get(INDEX_ID));
    return (await this.indexes.check(record)) ?? (await this.rebuildIndex(record));
  }

  /**
   * Writes in one transaction: what `prepare` returns, with the index as `prepare` changed it.
   * `prepare` gets a copy of the current index to change (raising the serial for each version
   * it gives). If another window wrote the index meanwhile, it is all prepared again.
   */
  async commit<T>(prepare: (next: VaultIndexBody) => Promise<() => Promise<T>>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const base = await this.currentIndex();
      const next: VaultIndexBody = { ...base.body, cases: { ...base.body.cases }, pending: { ...base.body.pending } };
      const write = await prepare(next);
      const signed = await this.indexes.sign(next);
      try {
        const result = await writing(() =>
          this.db.transaction('rw', [this.db.meta, this.db.cases, this.db.revisions, this.db.pending], async () => {
            const [stored] = await Promise.all([this.db.meta.get(INDEX_ID), this.db.meta.put({ id: INDEX_ID, index: signed })]);
            if (stored?.id !== INDEX_ID || stored.index.tag !== base.tag) throw new IndexMovedError();
            return write();
          }),
        );
        this.indexes.written(signed, next);
        return result;
      } catch (error) {
        if (!(error instanceof IndexMovedError) || attempt >= MAX_INDEX_RETRIES) throw error;
      }
    }
  }

  // ---- sealing ----------------------------------------------------------------------------

  async seal<T>(table: string, id: string, value: T, version?: number): Promise<Omit<SealedRow, 'id'>> {
    const plaintext = utf8(JSON.stringify(value));
    const sealed = await sealRecord(this.keys.dataKey(), { table, id, schemaVersion: CURRENT_SCHEMA_VERSION, version }, plaintext);
    return { schemaVersion: CURRENT_SCHEMA_VERSION, size: sealed.ciphertext.length, iv: sealed.iv, ciphertext: sealed.ciphertext };
  }

  private async open(table: string, addressId: string, row: { schemaVersion: number; iv: Uint8Array; ciphertext: Uint8Array; version?: number | undefined }): Promise<unknown> {
    const bytes = await openRecord(this.keys.dataKey(), { table, id: addressId, schemaVersion: row.schemaVersion, version: row.version }, { iv: row.iv, ciphertext: row.ciphertext });
    try {
      return JSON.parse(fromUtf8(bytes));
    } catch {
      throw new RecordIntegrityError('The record decrypted but its content is not readable.');
    }
  }

  /** Opens a case row as the index knows it: an older, unlisted or altered row is damaged. */
  private async openCase(row: CaseRow, index: VaultIndexBody): Promise<Partial<CasePayload> | null> {
    const expected = index.cases[row.id];
    if (expected === undefined) throw new UnreadableCaseError('This record is not in the vault index: a case deleted for good was put back, or the record comes from elsewhere.', 'unlisted');
    if ((row.version ?? 0) !== expected) throw new UnreadableCaseError('This record is an older version of the case put back in place of the latest one.', 'replayed');
    try {
      return (await this.open(CASES, row.id, row)) as Partial<CasePayload> | null;
    } catch (error) {
      if (error instanceof RecordIntegrityError) throw new UnreadableCaseError(error.message, 'altered');
      throw error;
    }
  }

  private async readCase(row: CaseRow, index: VaultIndexBody): Promise<CasePayload> {
    const raw = await this.openCase(row, index);
    const restored = restoreCase(raw?.doc);
    if (!restored.ok) throw new UnreadableCaseError(restored.error, 'invalid', restored.problems);
    if (restored.doc.id !== row.id) throw new UnreadableCaseError('The record does not belong to this case.', 'altered');
    const state: CaseState = raw?.state === 'archived' || raw?.state === 'trash' ? raw.state : 'active';
    const revisions = Array.isArray(raw?.revisions) ? raw.revisions.filter(isRevisionRef) : [];
    const trashedAt = typeof raw?.trashedAt === 'string' ? raw.trashedAt : undefined;
    this.known.set(row.id, { row, state, revisions, ...(trashedAt ? { trashedAt } : {}), ...(restored.repairs.length ? { repairs: restored.repairs } : {}) });
    return { doc: restored.doc, state, revisions, ...(trashedAt ? { trashedAt } : {}) };
  }

  /** The stored row of a case and the index, read together. */
  private async readRow(id: Id): Promise<{ row: CaseRow | undefined; index: VaultIndexBody }> {
    const [stored, row] = await this.db.transaction('r', this.db.meta, this.db.cases, () => Promise.all([this.db.meta.get(INDEX_ID), this.db.cases.get(id)]));
    return { row, index: (await this.currentIndex(stored)).body };
  }

  /** A copy under a new id, its title saying why (the original's cut if need be to stay within the limit). */
  copyOf(doc: CaseDocument, reason: CopyReason = 'otherWindow'): CaseDocument {
    const make = this.copyTitles[reason];
    let title = make(doc.title);
    if (title.length > TITLE_LIMIT) title = make(doc.title.slice(0, Math.max(0, TITLE_LIMIT - (title.length - doc.title.length))));
    return { ...doc, id: newId(), title };
  }

  // ---- reading ----------------------------------------------------------------------------

  /** Every case, decrypted; a case that cannot be read is listed with the reason and left untouched. */
  async library(): Promise<LibraryEntry[]> {
    this.keys.dataKey();
    const [stored, rows] = await this.db.transaction('r', this.db.meta, this.db.cases, () => Promise.all([this.db.meta.get(INDEX_ID), this.db.cases.toArray()]));
    const index = (await this.currentIndex(stored)).body;
    const entries = await Promise.all(
      rows.map(async (row): Promise<LibraryEntry> => {
        try {
          const payload = await this.readCase(row, index);
          const names = payload.doc.nodes.map((n) => n.name).filter(Boolean);
          return { ...summarise(payload.doc), readable: true, state: payload.state, ...(payload.trashedAt ? { trashedAt: payload.trashedAt } : {}), names, doc: payload.doc };
        } catch (error) {
          const damage = error instanceof UnreadableCaseError ? error.damage : 'altered';
          return { id: row.id, readable: false, damage, reason: (error as Error).message, updatedAt: new Date(row.updatedAt).toISOString() };
        }
      }),
    );
    const present = new Set(rows.map((row) => row.id));
    for (const id of Object.keys(index.cases)) {
      if (!present.has(id)) entries.push({ id, readable: false, damage: 'missing', reason: 'The vault index lists this case, but its record is gone.', updatedAt: null });
    }
    return entries.sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''));
  }

  async list(): Promise<CaseSummary[]> {
    return (await this.library()).filter((e): e is Extract<LibraryEntry, { readable: true }> => e.readable && e.state === 'active');
  }

  async load(id: Id): Promise<CaseDocument> {
    const { row, index } = await this.readRow(id);
    if (!row) {
      if (index.cases[id] !== undefined) throw new UnreadableCaseError('The vault index lists this case, but its record is gone.', 'missing');
      throw new Error('This case no longer exists.');
    }
    return (await this.readCase(row, index)).doc;
  }

  // ---- writing ----------------------------------------------------------------------------

  /**
   * Writes a case, with a revision if one is due. `expect` is what this window knows of it
   * (null: the case must not exist yet): if the stored row is another, nothing is written and a
   * SaveConflictError (without a copy) is raised.
   */
  async writeCase(payload: Omit<CasePayload, 'revisions'>, options: { revision: boolean; expect: KnownCase | null }): Promise<void> {
    const id = payload.doc.id;
    assertStorable(payload.doc);
    const updatedAt = Math.max(this.now(), (options.expect?.row.updatedAt ?? 0) + 1);
    const listed = options.expect?.revisions ?? [];
    const latest = listed.at(-1)?.[1];
    let revisions = listed;
    let revision: RevisionRow | null = null;
    let pruned: Id[] = [];
    // Why: sealing a revision doubles the cost of a save; within the interval none is written.
    if (options.revision && (latest === undefined || updatedAt - latest >= REVISION_INTERVAL_MS)) {
      const revisionId = newId();
      revision = { id: revisionId, caseId: id, createdAt: updatedAt, ...(await this.seal(REVISIONS, `${id}/${revisionId}`, { doc: payload.doc })) };
      revisions = [...listed, [revisionId, updatedAt]];
      if (revisions.length > MAX_REVISIONS_PER_CASE) {
        pruned = revisions.slice(0, revisions.length - MAX_REVISIONS_PER_CASE).map(([revisionId]) => revisionId);
        revisions = revisions.slice(-MAX_REVISIONS_PER_CASE);
      }
    }
    const row = await this.commit(async (next) => {
      const version = ++next.serial;
      next.cases[id] = version;
      const row: CaseRow = { id, updatedAt, version, ...(await this.seal(CASES, id, { ...payload, revisions }, version)) };
      return async () => {
        // The stored row is read and the new one written in one go: requests run in order, so the
        // read sees the row as it was, and a mismatch throws, which aborts the transaction and
        // undoes the write. Why: waiting for the read before asking for the write added a round
        // trip to IndexedDB to every autosave.
        const [current] = await Promise.all([this.db.cases.get(id), this.db.cases.put(row)]);
        if (options.expect ? !(current && sameRow(options.expect.row, current)) : current) throw new SaveConflictError();
        if (revision) await this.db.revisions.add(revision);
        if (pruned.length) await this.db.revisions.bulkDelete(pruned);
        return row;
      };
    });
    this.known.set(id, { row, state: payload.state, revisions, ...(payload.trashedAt ? { trashedAt: payload.trashedAt } : {}) });
  }

  /** Saves the case (the CaseStore contract). A case changed meanwhile elsewhere is not overwritten: this version goes to a copy. */
  async save(doc: CaseDocument): Promise<void> {
    const known = this.known.get(doc.id);
    try {
      // The stored row must be the one this window last read or wrote, which the write checks in
      // its own transaction. Why: reading the row first as well cost a second read of the whole
      // encrypted case at every autosave.
      await this.writeCase({ doc, state: known?.state ?? 'active', ...(known?.trashedAt ? { trashedAt: known.trashedAt } : {}) }, { revision: true, expect: known ?? null });
      return;
    } catch (error) {
      if (!(error instanceof SaveConflictError)) throw error;
    }
    const { row, index } = await this.readRow(doc.id);
    if (row || index.cases[doc.id] !== undefined) {
      try {
        if (!row) throw new Error('missing');
        await this.readCase(row, index);
      } catch {
        throw new UnreadableCaseError('The stored version of this case is unreadable; it is kept as it is and was not overwritten.', 'altered');
      }
    }
    const copy = this.copyOf(doc);
    await this.writeCase({ doc: copy, state: 'active' }, { revision: true, expect: null });
    throw new SaveConflictError(copy.id, copy.title);
  }

  async setState(id: Id, state: CaseState): Promise<void> {
    const { row, index } = await this.readRow(id);
    if (!row) return;
    const payload = await this.readCase(row, index);
    await this.writeCase({ doc: payload.doc, state, ...(state === 'trash' ? { trashedAt: new Date(this.now()).toISOString() } : {}) }, { revision: false, expect: this.known.get(id) ?? null });
  }

  async rename(id: Id, title: string): Promise<void> {
    const doc = await this.load(id);
    await this.save({ ...doc, title });
  }

  async duplicate(id: Id, suffix: string): Promise<Id> {
    const doc = await this.load(id);
    const copy = { ...doc, id: newId(), title: `${doc.title} ${suffix}` };
    await this.writeCase({ doc: copy, state: 'active' }, { revision: true, expect: null });
    return copy.id;
  }

  /** Deletes a case and its history for good (a damaged one too: the index forgets it). */
  async purge(id: Id): Promise<void> {
    await this.commit(async (next) => {
      next.cases = without(next.cases, id);
      return async () => {
        await this.db.cases.delete(id);
        await this.db.revisions.where('caseId').equals(id).delete();
      };
    });
    this.known.delete(id);
  }

  /** Empties the trash: everything (`olderThanDays` 0) or what has been there for a while. */
  async emptyTrash(olderThanDays = 0): Promise<number> {
    const limit = this.now() - olderThanDays * 24 * 3600 * 1000;
    const trashed = (await this.library()).filter((e) => e.readable && e.state === 'trash' && Date.parse(e.trashedAt ?? '') <= limit);
    for (const entry of trashed) await this.purge(entry.id);
    return trashed.length;
  }

  // ---- history ----------------------------------------------------------------------------

  /** The revisions the case lists, newest first; one absent or stored under another date is marked damaged. */
  async history(caseId: Id): Promise<RevisionSummary[]> {
    const { row, index } = await this.readRow(caseId);
    if (!row) return [];
    const { revisions } = await this.readCase(row, index);
    // From the index of the revisions table alone: the list needs no encrypted copy.
    const stored = new Map<string, number>();
    await this.db.revisions.where('caseId').equals(caseId).each((r) => stored.set(r.id, r.createdAt));
    return (revisions ?? []).map(([id, createdAt]): RevisionSummary => ({ id, createdAt: new Date(createdAt).toISOString(), ...(stored.get(id) === createdAt ? {} : { damaged: true as const }) })).reverse();
  }

  async loadRevision(caseId: Id, revisionId: Id): Promise<CaseDocument> {
    const row = await this.db.revisions.get(revisionId);
    if (!row || row.caseId !== caseId) throw new Error('This version no longer exists.');
    let raw: { doc?: unknown } | null;
    try {
      raw = (await this.open(REVISIONS, `${caseId}/${revisionId}`, row)) as { doc?: unknown } | null;
    } catch (error) {
      if (error instanceof RecordIntegrityError) throw new UnreadableCaseError(error.message, 'altered');
      throw error;
    }
    const restored = restoreCase(raw?.doc);
    if (!restored.ok) throw new UnreadableCaseError(restored.error, 'invalid', restored.problems);
    return restored.doc;
  }

  // ---- repairing a record that does not pass validation -------------------------------------

  /** An authentic case record whose content fails validation, opened as it is (anything else throws). */
  private async readInvalid(id: Id): Promise<{ row: CaseRow; raw: Partial<CasePayload> | null; problems: CaseProblem[] }> {
    const { row, index } = await this.readRow(id);
    if (!row) throw new Error('This case no longer exists.');
    const raw = await this.openCase(row, index);
    const restored = restoreCase(raw?.doc);
    if (restored.ok) throw new Error('This case passes validation: there is nothing to repair.');
    return { row, raw, problems: restored.problems };
  }

  /**
   * What is wrong with an authentic record that fails validation, and what a repair would do: the
   * record is only read (`doc` is its content as stored, for the names the problems name).
   */
  async inspectInvalid(id: Id): Promise<{ doc: unknown; problems: CaseProblem[]; repairs: Repair[] | null }> {
    const { raw, problems } = await this.readInvalid(id);
    const salvaged = salvageCase(raw?.doc, id);
    return { doc: raw?.doc, problems, repairs: salvaged.ok ? salvaged.repairs : null };
  }

  /**
   * Repairs such a record (salvageCase: texts cut, invalid values taken out, records that cannot
   * be kept removed) and saves the result as the case's next version, its revisions kept; returns
   * what was repaired. The stored row must still be the one read (another window may repair too).
   */
  async repairInvalid(id: Id): Promise<Repair[]> {
    const { row, raw } = await this.readInvalid(id);
    const salvaged = salvageCase(raw?.doc, id);
    if (!salvaged.ok) throw new UnreadableCaseError(salvaged.error, 'invalid');
    const state: CaseState = raw?.state === 'archived' || raw?.state === 'trash' ? raw.state : 'active';
    const trashedAt = typeof raw?.trashedAt === 'string' ? raw.trashedAt : undefined;
    const revisions = Array.isArray(raw?.revisions) ? raw.revisions.filter(isRevisionRef) : [];
    const expect: KnownCase = { row, state, revisions, ...(trashedAt ? { trashedAt } : {}) };
    await this.writeCase({ doc: salvaged.doc, state, ...(trashedAt ? { trashedAt } : {}) }, { revision: true, expect });
    return salvaged.repairs;
  }

  // ---- changes kept at a lock ---------------------------------------------------------------

  /**
   * Keeps, sealed, a change that could not be saved as the vault locks: a small record of its own,
   * which may still fit where the case record did not. Offered at the next unlock.
   */
  async keepPending(doc: CaseDocument): Promise<void> {
    assertStorable(doc);
    const baseVersion = this.known.get(doc.id)?.row.version ?? 0;
    await this.commit(async (next) => {
      const version = ++next.serial;
      next.pending[doc.id] = version;
      const row: PendingRow = { id: doc.id, createdAt: this.now(), version, ...(await this.seal(PENDING, doc.id, { doc, baseVersion }, version)) };
      return () => this.db.pending.put(row);
    });
  }

  /** The changes kept at a lock that can be read (one that cannot, or that the index does not list as the latest, is left as it is). */
  async pendingChanges(): Promise<PendingChange[]> {
    this.keys.dataKey();
    const rows = await this.db.pending.toArray();
    const out: PendingChange[] = [];
    for (const row of rows) {
      const kept = await this.readPending(row.id).catch(() => null);
      if (kept) out.push({ id: row.id, title: kept.doc.title, createdAt: new Date(row.createdAt).toISOString() });
    }
    return out;
  }

  private async readPending(id: Id): Promise<{ doc: CaseDocument; base: { version: number } | { updatedAt: number } }> {
    const [stored, row] = await this.db.transaction('r', this.db.meta, this.db.pending, () => Promise.all([this.db.meta.get(INDEX_ID), this.db.pending.get(id)]));
    if (!row) throw new Error('This change is no longer kept.');
    const index = (await this.currentIndex(stored)).body;
    if (index.pending[id] !== (row.version ?? 0)) throw new UnreadableCaseError('This kept change is not the latest one the vault knows.', index.pending[id] === undefined ? 'unlisted' : 'replayed');
    const raw = (await this.open(PENDING, id, row)) as { doc?: unknown; baseVersion?: unknown; baseUpdatedAt?: unknown } | null;
    const restored = restoreCase(raw?.doc);
    if (!restored.ok || restored.doc.id !== id) throw new UnreadableCaseError(restored.ok ? 'The kept change does not match its case.' : restored.error);
    // Kept changes written before versions name the case's stored date instead.
    const base = typeof raw?.baseVersion === 'number' ? { version: raw.baseVersion } : { updatedAt: typeof raw?.baseUpdatedAt === 'number' ? raw.baseUpdatedAt : 0 };
    return { doc: restored.doc, base };
  }

  /**
   * Saves a kept change and forgets it; returns the id of the case to open. Over the case it was
   * made on if that has not changed since; as a copy otherwise (nothing stored is overwritten).
   */
  async resumePending(id: Id): Promise<Id> {
    const pending = await this.readPending(id);
    const stored = await this.db.cases.get(id);
    let target = pending.doc;
    const unchanged = stored && ('version' in pending.base ? (stored.version ?? 0) === pending.base.version : stored.updatedAt === pending.base.updatedAt);
    if (stored && !unchanged) {
      target = this.copyOf(pending.doc);
    } else if (stored) {
      await this.load(id);
    }
    await this.save(target);
    await this.discardPending(id);
    return target.id;
  }

  async discardPending(id: Id): Promise<void> {
    await this.commit(async (next) => {
      next.pending = without(next.pending, id);
      return () => this.db.pending.delete(id);
    });
  }
}
