// The case records of the vault: sealing and opening them, saving with a check that nobody wrote
// the case meanwhile, revisions, the trash, and the changes kept at a lock.
import Dexie from 'dexie';
import { fromUtf8, utf8 } from '../../shared/crypto/bytes';
import { openRecord, RecordIntegrityError, sealRecord } from '../../shared/crypto/envelope';
import { CaseDocument, CURRENT_SCHEMA_VERSION } from '../../shared/model/case';
import { textLimit } from '../../shared/model/limits';
import { newId, type Id } from '../../shared/model/primitives';
import { caseProblems, restoreCase } from '../../shared/model/restore';
import { summarise, type CaseSummary } from './case-store';
import type { KeySlots } from './key-slots';
import { InvalidCaseError, SaveConflictError, UnreadableCaseError, writing } from './vault-errors';
import type { CaseRow, RevisionRow, SealedRow, VaultDb } from './vault-db';

export const TRASH_DAYS = 30;
/** A new revision at most this often while editing (every save still replaces the case). */
export const REVISION_INTERVAL_MS = 60_000;
export const MAX_REVISIONS_PER_CASE = 200;

export type CaseState = 'active' | 'archived' | 'trash';

export interface CasePayload {
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

/** A change kept at a lock because it could not be saved (see CaseRecords.keepPending). */
export interface PendingChange {
  id: Id;
  title: string;
  createdAt: string;
}

export const CASES = 'cases';
export const REVISIONS = 'revisions';
const PENDING = 'pending';
const TITLE_LIMIT = textLimit(CaseDocument.shape.title);

/** Refuses to seal what restoreCase would refuse to open. */
export function assertStorable(doc: CaseDocument): void {
  const problems = caseProblems(doc);
  if (problems.length) throw new InvalidCaseError(problems);
}

type RowStamp = Pick<CaseRow, 'iv' | 'ciphertext' | 'schemaVersion' | 'updatedAt'>;

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameRow(a: RowStamp, b: RowStamp): boolean {
  return a.updatedAt === b.updatedAt && a.schemaVersion === b.schemaVersion && sameBytes(a.iv, b.iv) && sameBytes(a.ciphertext, b.ciphertext);
}

export class CaseRecords {
  /**
   * Each case as this window last read or wrote it: the exact stored row (a save checks, in its
   * own transaction, that the row is still that one: nobody wrote the case meanwhile), its state,
   * and when it last got a revision (so most saves skip building one).
   */
  private readonly known = new Map<Id, { row: RowStamp; state: CaseState; lastRevisionAt?: number }>();
  /** The title of a copy made when a case changed elsewhere (set in the user's language by the app). */
  copyTitle: (title: string) => string = (title) => `${title} (autre fenêtre)`;

  constructor(
    private readonly db: VaultDb,
    private readonly keys: KeySlots,
    private readonly now: () => number,
  ) {}

  /** Forgets everything decrypted (the vault locks). */
  forget(): void {
    this.known.clear();
  }

  /** Forgets what this window knew of these cases: its next save of one of them is a conflict. */
  forgetCases(ids: Iterable<Id>): void {
    for (const id of ids) this.known.delete(id);
  }

  // ---- sealing ----------------------------------------------------------------------------

  async seal<T>(table: string, id: string, value: T): Promise<Omit<SealedRow, 'id'>> {
    const plaintext = utf8(JSON.stringify(value));
    const sealed = await sealRecord(this.keys.dataKey(), { table, id, schemaVersion: CURRENT_SCHEMA_VERSION }, plaintext);
    return { schemaVersion: CURRENT_SCHEMA_VERSION, size: sealed.ciphertext.length, iv: sealed.iv, ciphertext: sealed.ciphertext };
  }

  private async open(table: string, addressId: string, row: { schemaVersion: number; iv: Uint8Array; ciphertext: Uint8Array }): Promise<unknown> {
    const bytes = await openRecord(this.keys.dataKey(), { table, id: addressId, schemaVersion: row.schemaVersion }, { iv: row.iv, ciphertext: row.ciphertext });
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
    this.known.set(row.id, { ...this.known.get(row.id), row, state });
    return { doc: restored.doc, state, ...(raw?.trashedAt ? { trashedAt: raw.trashedAt } : {}) };
  }

  /** A copy under a new id, its title saying so (the original's cut if need be to stay within the limit). */
  copyOf(doc: CaseDocument): CaseDocument {
    let title = this.copyTitle(doc.title);
    if (title.length > TITLE_LIMIT) title = this.copyTitle(doc.title.slice(0, Math.max(0, TITLE_LIMIT - (title.length - doc.title.length))));
    return { ...doc, id: newId(), title };
  }

  // ---- reading ----------------------------------------------------------------------------

  /** Every case, decrypted; a case that cannot be read is listed with the reason and left untouched. */
  async library(): Promise<LibraryEntry[]> {
    this.keys.dataKey();
    const rows = await this.db.cases.toArray();
    const entries = await Promise.all(
      rows.map(async (row): Promise<LibraryEntry> => {
        try {
          const payload = await this.readCase(row);
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
    return (await this.readCase(row)).doc;
  }

  // ---- writing ----------------------------------------------------------------------------

  /**
   * Writes a case, with a revision if one is due. `expect` is the row this window knows (absent:
   * the case must not exist yet): if the stored row is another, nothing is written and a
   * SaveConflictError (without a copy) is raised.
   */
  async writeCase(payload: CasePayload, options: { revision: boolean; expect: RowStamp | null }): Promise<number> {
    const id = payload.doc.id;
    assertStorable(payload.doc);
    const known = this.known.get(id);
    const updatedAt = Math.max(this.now(), (options.expect?.updatedAt ?? 0) + 1);
    const row: CaseRow = { id, updatedAt, ...(await this.seal(CASES, id, payload)) };
    const revisionId = newId();
    // Why: sealing a revision doubles the cost of a save; within the interval none is written.
    const wantsRevision = options.revision && (known?.lastRevisionAt === undefined || updatedAt - known.lastRevisionAt >= REVISION_INTERVAL_MS);
    const revision: RevisionRow | null = wantsRevision
      ? { id: revisionId, caseId: id, createdAt: updatedAt, ...(await this.seal(REVISIONS, `${id}/${revisionId}`, { doc: payload.doc })) }
      : null;
    let revisionWritten: number | undefined;
    await writing(() =>
      this.db.transaction('rw', this.db.cases, this.db.revisions, async () => {
        // The stored row is read and the new one written in one go: requests run in order, so the
        // read sees the row as it was, and a mismatch throws, which aborts the transaction and
        // undoes the write. Why: waiting for the read before asking for the write added a round
        // trip to IndexedDB to every autosave.
        const [current] = await Promise.all([this.db.cases.get(id), this.db.cases.put(row)]);
        if (options.expect ? !(current && sameRow(options.expect, current)) : current) throw new SaveConflictError();
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
      }),
    );
    this.known.set(id, { row, state: payload.state, ...((revisionWritten ?? known?.lastRevisionAt) !== undefined ? { lastRevisionAt: revisionWritten ?? known?.lastRevisionAt } : {}) });
    return updatedAt;
  }

  /** Saves the case (the CaseStore contract). A case changed meanwhile elsewhere is not overwritten: this version goes to a copy. */
  async save(doc: CaseDocument): Promise<void> {
    const known = this.known.get(doc.id);
    try {
      // The stored row must be the one this window last read or wrote, which the write checks in
      // its own transaction. Why: reading the row first as well cost a second read of the whole
      // encrypted case at every autosave.
      await this.writeCase({ doc, state: known?.state ?? 'active' }, { revision: true, expect: known?.row ?? null });
      return;
    } catch (error) {
      if (!(error instanceof SaveConflictError)) throw error;
    }
    const stored = await this.db.cases.get(doc.id);
    if (stored) {
      try {
        await this.readCase(stored);
      } catch {
        throw new UnreadableCaseError('The stored version of this case is unreadable; it is kept as it is and was not overwritten.');
      }
    }
    const copy = this.copyOf(doc);
    await this.writeCase({ doc: copy, state: 'active' }, { revision: true, expect: null });
    throw new SaveConflictError(copy.id, copy.title);
  }

  async setState(id: Id, state: CaseState): Promise<void> {
    const row = await this.db.cases.get(id);
    if (!row) return;
    const payload = await this.readCase(row);
    await this.writeCase({ doc: payload.doc, state, ...(state === 'trash' ? { trashedAt: new Date(this.now()).toISOString() } : {}) }, { revision: false, expect: row });
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

  /** Deletes a case and its history for good. */
  async purge(id: Id): Promise<void> {
    await this.db.transaction('rw', this.db.cases, this.db.revisions, async () => {
      await this.db.cases.delete(id);
      await this.db.revisions.where('caseId').equals(id).delete();
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

  async history(caseId: Id): Promise<RevisionSummary[]> {
    this.keys.dataKey();
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
    const sealed = await this.seal(PENDING, doc.id, { doc, baseUpdatedAt: this.known.get(doc.id)?.row.updatedAt ?? 0 });
    await this.db.pending.put({ id: doc.id, createdAt: this.now(), ...sealed });
  }

  /** The changes kept at a lock that can be read (one that cannot is left as it is). */
  async pendingChanges(): Promise<PendingChange[]> {
    this.keys.dataKey();
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
}
