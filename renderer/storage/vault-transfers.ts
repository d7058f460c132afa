// Cases in and out of the vault as a whole: the sealed rows for a backup, another vault's rows
// opened with that vault's key, and imported cases merged in (file formats: backup.ts).
import { fromUtf8 } from '../../shared/crypto/bytes';
import { openRecord } from '../../shared/crypto/envelope';
import type { VaultHeader } from '../../shared/crypto/vault-header';
import type { CryptoKeyHandle } from '../../shared/crypto/webcrypto';
import type { CaseDocument } from '../../shared/model/case';
import { newId } from '../../shared/model/primitives';
import { restoreCase } from '../../shared/model/restore';
import { assertStorable, CASES, REVISIONS, type CasePayload, type CaseRecords, type CaseState } from './case-records';
import type { KeySlots } from './key-slots';
import { UnreadableCaseError, writing } from './vault-errors';
import type { CaseRow, RevisionRow, VaultDb } from './vault-db';

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

export class VaultTransfers {
  constructor(
    private readonly db: VaultDb,
    private readonly keys: KeySlots,
    private readonly records: CaseRecords,
  ) {}

  /** The sealed rows as stored, with the header: a backup is the vault itself, still encrypted. */
  async snapshot(): Promise<VaultSnapshot> {
    this.keys.dataKey();
    return this.db.transaction('r', this.db.meta, this.db.cases, this.db.revisions, async () => ({
      header: await this.keys.header(),
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
        row: { id: c.doc.id, updatedAt: c.updatedAt, ...(await this.records.seal(CASES, c.doc.id, { doc: c.doc, state: c.state })) } satisfies CaseRow,
        revisions: await Promise.all(
          c.revisions.map(async (r) => {
            const revisionId = newId();
            return { id: revisionId, caseId: c.doc.id, createdAt: r.createdAt, ...(await this.records.seal(REVISIONS, `${c.doc.id}/${revisionId}`, { doc: r.doc })) } satisfies RevisionRow;
          }),
        ),
      })),
    );
    const result: MergeResult = { added: 0, updated: 0, kept: 0 };
    await writing(() =>
      this.db.transaction('rw', this.db.cases, this.db.revisions, async () => {
        for (const item of sealed) {
          const current = await this.db.cases.get(item.id);
          if (!current) result.added++;
          else if (current.updatedAt < item.row.updatedAt) result.updated++;
          else result.kept++;
          if (!current || current.updatedAt < item.row.updatedAt) await this.db.cases.put(item.row);
          const known = new Set((await this.db.revisions.where('caseId').equals(item.id).toArray()).map((r) => r.createdAt));
          await this.db.revisions.bulkAdd(item.revisions.filter((r) => !known.has(r.createdAt)));
        }
      }),
    );
    this.records.forgetCases(sealed.map((item) => item.id));
    return result;
  }
}
