// Cases in and out of the vault as a whole: the sealed rows (and the signed index) for a backup,
// another vault's rows opened and checked with that vault's keys, and imported cases merged in
// (file formats: backup.ts). An import never replaces a case silently: a case comes in under a
// fresh id, as a copy if its id is here, unless it is provably a newer version of that very case
// from this very vault; then the version it replaces goes to the history first.
import { fromUtf8 } from '../../shared/crypto/bytes';
import { openRecord } from '../../shared/crypto/envelope';
import { openIndex, type SignedIndex } from '../../shared/crypto/vault-index';
import type { VaultHeader, VaultKeys } from '../../shared/crypto/vault-header';
import type { CaseDocument } from '../../shared/model/case';
import { newId, type Id } from '../../shared/model/primitives';
import { restoreCase, type Repair } from '../../shared/model/restore';
import { assertStorable, CASES, REVISIONS, type CasePayload, type CaseRecords, type CaseState, type RevisionRef } from './case-records';
import { INDEX_ID } from './index-store';
import type { KeySlots } from './key-slots';
import { SaveConflictError, UnreadableCaseError } from './vault-errors';
import type { CaseRow, RevisionRow, VaultDb } from './vault-db';

export interface ImportedCase {
  doc: CaseDocument;
  state: CaseState;
  /** Its version in the vault it comes from (absent: a file of one case, or a backup from before versions). */
  version?: number;
  revisions: Array<{ createdAt: number; doc: CaseDocument }>;
  /** What restoreCase repaired as the file was read (said to the user). */
  repairs?: Repair[];
}

export interface MergeResult {
  /** New cases, each under a fresh id. */
  added: number;
  /** Cases replaced by a newer version of themselves from this vault (the replaced one is in the history). */
  updated: number;
  /** Cases already here in that very version. */
  kept: number;
  /** Cases whose id is here, come in as copies. */
  copies: number;
  /** Where each imported case is now, in the order given. */
  ids: Id[];
  /** The cases that were repaired as they were read, with what was done. */
  repaired: Array<{ title: string; repairs: Repair[] }>;
}

export interface VaultSnapshot {
  header: VaultHeader;
  cases: CaseRow[];
  revisions: RevisionRow[];
  /** Absent in backups made before the vault index existed. */
  index?: SignedIndex;
}

/** What a backup holds, checked: its cases, and whether this vault's own key signed its index. */
export interface OpenedBackup {
  cases: ImportedCase[];
  sameVault: boolean;
}

export class VaultTransfers {
  constructor(
    private readonly db: VaultDb,
    private readonly keys: KeySlots,
    private readonly records: CaseRecords,
  ) {}

  /** The sealed rows as stored, with the header and the signed index: a backup is the vault itself, still encrypted. */
  async snapshot(): Promise<VaultSnapshot> {
    this.keys.dataKey();
    return this.db.transaction('r', this.db.meta, this.db.cases, this.db.revisions, async () => {
      const index = await this.db.meta.get(INDEX_ID);
      return {
        header: await this.keys.header(),
        cases: await this.db.cases.toArray(),
        revisions: await this.db.revisions.toArray(),
        ...(index?.id === INDEX_ID ? { index: index.index } : {}),
      };
    });
  }

  /**
   * Opens another vault's rows with that vault's keys and checks them as that vault would: every
   * case the index lists is there in the version it lists, every revision a case lists is there
   * under its date. Anything damaged, older or missing fails the whole import.
   */
  async openBackup(keys: VaultKeys, snapshot: Omit<VaultSnapshot, 'header'>): Promise<OpenedBackup> {
    const damaged = (why: string) => new UnreadableCaseError(`The backup is damaged: ${why}.`, 'altered');
    let listed: Record<string, number> | null = null;
    if (snapshot.index) {
      const body = await openIndex(keys.index, snapshot.index);
      if (!body) throw damaged('its index fails its check');
      listed = body.cases;
      const present = new Set(snapshot.cases.map((row) => row.id));
      if (Object.keys(listed).some((id) => !present.has(id))) throw damaged('a case it lists is missing');
    } else if (snapshot.cases.some((row) => row.version !== undefined)) {
      throw damaged('its index was removed');
    }
    const open = async (table: string, id: string, row: { schemaVersion: number; iv: Uint8Array; ciphertext: Uint8Array; version?: number | undefined }) =>
      JSON.parse(fromUtf8(await openRecord(keys.data, { table, id, schemaVersion: row.schemaVersion, version: row.version }, row))) as Partial<CasePayload>;
    const revisionsByCase = new Map<string, Map<string, RevisionRow>>();
    for (const r of snapshot.revisions) revisionsByCase.set(r.caseId, (revisionsByCase.get(r.caseId) ?? new Map()).set(r.id, r));
    const cases: ImportedCase[] = [];
    for (const row of snapshot.cases) {
      if (listed && listed[row.id] !== row.version) throw damaged('a case is not in the version its index lists');
      const payload = await open(CASES, row.id, row);
      const restored = restoreCase(payload.doc);
      if (!restored.ok || restored.doc.id !== row.id) throw new UnreadableCaseError(restored.ok ? 'A case does not match its record.' : restored.error);
      const stored = revisionsByCase.get(row.id) ?? new Map<string, RevisionRow>();
      // A backup from before versions lists no revisions: it brings those it has.
      const refs: RevisionRef[] = listed ? (payload.revisions ?? []) : [...stored.values()].map((r): RevisionRef => [r.id, r.createdAt]);
      const revisions: ImportedCase['revisions'] = [];
      for (const [revisionId, createdAt] of refs) {
        const r = stored.get(revisionId);
        if (!r || r.createdAt !== createdAt) throw damaged('a revision it lists is missing');
        const rev = restoreCase((await open(REVISIONS, `${row.id}/${r.id}`, r)).doc);
        if (rev.ok) revisions.push({ createdAt, doc: rev.doc });
      }
      cases.push({
        doc: restored.doc,
        state: payload.state === 'archived' || payload.state === 'trash' ? payload.state : 'active',
        ...(row.version !== undefined ? { version: row.version } : {}),
        revisions,
        ...(restored.repairs.length ? { repairs: restored.repairs } : {}),
      });
    }
    // The same vault has the same data key, hence the same index key: its signature proves it.
    const sameVault = snapshot.index ? (await openIndex(this.keys.indexKey(), snapshot.index)) !== null : false;
    return { cases, sameVault };
  }

  /**
   * Adds imported cases, all in one transaction (an error changes nothing). A case comes in under
   * a fresh id, as a copy if its id is here, unless `sameVault` and it is a newer version of the
   * case here: then it replaces it, the replaced version going to the history first.
   */
  async mergeCases(cases: ImportedCase[], options: { sameVault?: boolean } = {}): Promise<MergeResult> {
    for (const c of cases) {
      assertStorable(c.doc);
      for (const r of c.revisions) assertStorable(r.doc);
    }
    type Plan = { kind: 'kept' } | { kind: 'updated'; current: CaseRow; replaced: CaseDocument; known: RevisionRef[] } | { kind: 'added' | 'copies'; doc: CaseDocument };
    const plans: Array<{ imported: ImportedCase; plan: Plan }> = [];
    for (const imported of cases) {
      const current = await this.db.cases.get(imported.doc.id);
      let plan: Plan;
      if (options.sameVault && current && imported.version !== undefined && current.version !== undefined && imported.version <= current.version) {
        plan = imported.version === current.version ? { kind: 'kept' } : { kind: 'copies', doc: this.records.copyOf(imported.doc, 'imported') };
      } else if (options.sameVault && current && imported.version !== undefined && current.version !== undefined) {
        const replaced = await this.records.load(imported.doc.id);
        plan = { kind: 'updated', current, replaced, known: this.records.knownCase(imported.doc.id)?.revisions ?? [] };
      } else {
        plan = current ? { kind: 'copies', doc: this.records.copyOf(imported.doc, 'imported') } : { kind: 'added', doc: { ...imported.doc, id: newId() } };
      }
      plans.push({ imported, plan });
    }
    const now = this.records.now();
    const sealRevision = async (caseId: Id, createdAt: number, doc: CaseDocument): Promise<RevisionRow> => {
      const revisionId = newId();
      return { id: revisionId, caseId, createdAt, ...(await this.records.seal(REVISIONS, `${caseId}/${revisionId}`, { doc })) };
    };
    // Revisions are sealed once, outside the transaction; the case rows carry the index's versions.
    const prepared = await Promise.all(
      plans.map(async ({ imported, plan }) => {
        if (plan.kind === 'kept') return { plan, revisions: [] as RevisionRow[], refs: [] as RevisionRef[] };
        const id = plan.kind === 'updated' ? imported.doc.id : plan.doc.id;
        const own = plan.kind === 'updated' ? plan.known : [];
        const known = new Set(own.map(([, createdAt]) => createdAt));
        const revisions = await Promise.all(imported.revisions.filter((r) => !known.has(r.createdAt)).map((r) => sealRevision(id, r.createdAt, r.doc)));
        if (plan.kind === 'updated') revisions.push(await sealRevision(id, Math.max(now, ...own.map(([, at]) => at + 1)), plan.replaced));
        // Over MAX_REVISIONS_PER_CASE for a while: the next save prunes the oldest.
        const refs = [...own, ...revisions.map((r): RevisionRef => [r.id, r.createdAt])].sort((a, b) => a[1] - b[1]);
        return { plan, revisions, refs };
      }),
    );
    const result: MergeResult = { added: 0, updated: 0, kept: 0, copies: 0, ids: plans.map(({ imported, plan }) => (plan.kind === 'added' || plan.kind === 'copies' ? plan.doc.id : imported.doc.id)),
      repaired: cases.filter((c) => c.repairs?.length).map((c) => ({ title: c.doc.title, repairs: c.repairs ?? [] })),
    };
    const written = await this.records.commit(async (next) => {
      const rows: CaseRow[] = [];
      for (const [i, { plan, refs }] of prepared.entries()) {
        if (plan.kind === 'kept') continue;
        const imported = (plans[i] as (typeof plans)[number]).imported;
        const doc = plan.kind === 'updated' ? imported.doc : plan.doc;
        const version = ++next.serial;
        next.cases[doc.id] = version;
        rows.push({ id: doc.id, updatedAt: Math.max(now, plan.kind === 'updated' ? plan.current.updatedAt + 1 : 0), version, ...(await this.records.seal(CASES, doc.id, { doc, state: imported.state, revisions: refs }, version)) });
      }
      return async () => {
        for (const { plan } of prepared) {
          if (plan.kind !== 'updated') continue;
          const stored = await this.db.cases.get(plan.current.id);
          if (stored?.version !== plan.current.version) throw new SaveConflictError();
        }
        await this.db.cases.bulkPut(rows);
        await this.db.revisions.bulkAdd(prepared.flatMap((p) => p.revisions));
        return rows;
      };
    });
    for (const { plan } of prepared) result[plan.kind]++;
    this.records.forgetCases(written.map((row) => row.id));
    return result;
  }
}
