// Files in and out of the vault: a backup of the whole vault (still encrypted under its own
// passphrase), one case encrypted for a transfer, or one case in clear (behind a warning).
// Every import is read and checked completely before the vault is touched.
import { z } from 'zod';
import { fromBase64, toBase64, utf8 } from '../../shared/crypto/bytes';
import { CASE_FILE_FORMAT, checkFormat, ImportError, openCaseFile, parseJsonFile, sealCaseFile } from '../../shared/crypto/case-file';
import { DEFAULT_KDF, KdfOutOfBoundsError, type KdfCost } from '../../shared/crypto/kdf';
import { openVaultKeys, parseVaultHeader, WrongPassphraseError } from '../../shared/crypto/vault-header';
import { SignedIndex } from '../../shared/crypto/vault-index';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { type CaseDocument } from '../../shared/model/case';
import { restoreCase, type Repair } from '../../shared/model/restore';
import type { MergeResult, OpenedBackup, Vault } from './vault';

export const BACKUP_FORMAT = 'maillage-vault-backup';
/** 2: rows carry their version, and the signed vault index comes along. Version 1 is still read. */
export const BACKUP_VERSION = 2;
export const MAX_IMPORT_BYTES = MAX_FILE_BYTES;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const Row = z.strictObject({ id: z.string().min(1).max(200), schemaVersion: z.number().int().positive(), size: z.number().int().nonnegative(), iv: b64, ciphertext: b64 });
const Version = z.number().int().nonnegative();
const Backup = z.union([
  z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(1),
    createdAt: z.iso.datetime(),
    header: z.unknown(),
    cases: z.array(Row.extend({ updatedAt: z.number() })),
    revisions: z.array(Row.extend({ caseId: z.string().min(1).max(200), createdAt: z.number() })),
  }),
  z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    createdAt: z.iso.datetime(),
    header: z.unknown(),
    index: SignedIndex,
    cases: z.array(Row.extend({ updatedAt: z.number(), version: Version })),
    revisions: z.array(Row.extend({ caseId: z.string().min(1).max(200), createdAt: z.number() })),
  }),
]);

export async function exportVaultBackup(vault: Vault, now = new Date()): Promise<Uint8Array> {
  const snapshot = await vault.snapshot();
  const encode = <T extends { iv: Uint8Array; ciphertext: Uint8Array }>(row: T) => ({ ...row, iv: toBase64(row.iv), ciphertext: toBase64(row.ciphertext) });
  return utf8(JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), header: snapshot.header, index: snapshot.index, cases: snapshot.cases.map(encode), revisions: snapshot.revisions.map(encode) }));
}

export type ImportKind = 'backup' | 'case-file' | 'plain-case';

/** What a file is, without needing its passphrase: to ask for one only when it is needed. */
export function identifyImport(bytes: Uint8Array): { kind: ImportKind; raw: unknown } {
  const raw = parseJsonFile(bytes, MAX_IMPORT_BYTES);
  const format = (raw as { format?: unknown } | null)?.format;
  if (format === BACKUP_FORMAT) return { kind: 'backup', raw };
  if (format === CASE_FILE_FORMAT) return { kind: 'case-file', raw };
  if (raw && typeof raw === 'object' && 'schemaVersion' in raw && 'nodes' in raw) return { kind: 'plain-case', raw };
  throw new ImportError('not-ours', 'This is not a Maillage file.');
}

/**
 * Restores or merges a backup made by any Maillage vault, opened with that vault's passphrase and
 * checked against its own index: a record altered, older than listed, or missing (revisions
 * included) fails it all. Cases come in under fresh ids (copies when their id is here), except a
 * newer version of a case of this very vault, which replaces it (see VaultTransfers.mergeCases).
 */
export async function importVaultBackup(vault: Vault, raw: unknown, passphrase: string): Promise<MergeResult> {
  checkFormat(raw, BACKUP_FORMAT, BACKUP_VERSION);
  const parsed = Backup.safeParse(raw);
  if (!parsed.success) throw new ImportError('damaged', 'The backup is damaged or truncated: some of its records are incomplete.');
  let header;
  try {
    header = parseVaultHeader(parsed.data.header);
  } catch (error) {
    throw new ImportError(error instanceof KdfOutOfBoundsError ? 'kdf-bounds' : 'damaged', (error as Error).message);
  }
  let keys;
  try {
    keys = await openVaultKeys(header, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw new ImportError('wrong-passphrase', 'Wrong passphrase for this backup (it is the passphrase the backed-up vault had).');
    throw error;
  }
  const decode = <T extends { iv: string; ciphertext: string }>(row: T): Omit<T, 'iv' | 'ciphertext'> & { iv: Uint8Array; ciphertext: Uint8Array } => ({ ...row, iv: fromBase64(row.iv), ciphertext: fromBase64(row.ciphertext) });
  let opened: OpenedBackup;
  try {
    const data = parsed.data;
    opened = await vault.openBackup(keys, { cases: (data.cases as Array<(typeof data.cases)[number]>).map((row) => decode(row)), revisions: data.revisions.map(decode), ...(data.version === BACKUP_VERSION ? { index: data.index } : {}) });
  } catch (error) {
    throw new ImportError('damaged', `The backup is damaged: a record failed its integrity check, or is missing or older than the backup lists (${(error as Error).message}). Nothing was imported.`);
  }
  return vault.mergeCases(opened.cases, { sameVault: opened.sameVault });
}

export async function exportCaseFile(doc: CaseDocument, passphrase: string, kdf: KdfCost = DEFAULT_KDF): Promise<Uint8Array> {
  return utf8(await sealCaseFile({ doc }, passphrase, kdf));
}

/** Imports one case (encrypted with its passphrase, or in clear) under a fresh id: never over a case, never under an id the file chose. */
export async function importCase(vault: Vault, kind: 'case-file' | 'plain-case', raw: unknown, passphrase = ''): Promise<CaseDocument & { repairs?: Repair[] }> {
  const content = kind === 'case-file' ? ((await openCaseFile(raw, passphrase)) as { doc?: unknown } | null)?.doc : raw;
  const restored = restoreCase(content);
  if (!restored.ok) {
    const problem = restored.problem === 'newer-version' || restored.problem === 'too-many-elements' ? restored.problem : 'damaged';
    throw new ImportError(problem, restored.error);
  }
  const result = await vault.mergeCases([{ doc: restored.doc, state: 'active', revisions: [] }]);
  const doc = await vault.load(result.ids[0] as string);
  return restored.repairs.length ? Object.assign(doc, { repairs: restored.repairs }) : doc;
}

export function plainCaseJson(doc: CaseDocument): Uint8Array {
  return utf8(JSON.stringify(doc, null, 2));
}
