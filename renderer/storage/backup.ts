// Files in and out of the vault: a backup of the whole vault (still encrypted under its own
// passphrase), one case encrypted for a transfer, or one case in clear (behind a warning).
// Every import is read and checked completely before the vault is touched.
import { z } from 'zod';
import { fromBase64, toBase64, utf8 } from '../../shared/crypto/bytes';
import { CASE_FILE_FORMAT, checkFormat, ImportError, openCaseFile, parseJsonFile, sealCaseFile } from '../../shared/crypto/case-file';
import { DEFAULT_KDF, type KdfCost } from '../../shared/crypto/kdf';
import { parseVaultHeader, unlockWithPassphrase, WrongPassphraseError } from '../../shared/crypto/vault-header';
import { MAX_FILE_BYTES } from '../../shared/ipc/contract';
import { type CaseDocument } from '../../shared/model/case';
import { newId } from '../../shared/model/primitives';
import { restoreCase } from '../../shared/model/restore';
import type { ImportedCase, MergeResult, Vault } from './vault';

export const BACKUP_FORMAT = 'maillage-vault-backup';
export const BACKUP_VERSION = 1;
export const MAX_IMPORT_BYTES = MAX_FILE_BYTES;

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const Row = z.strictObject({ id: z.string().min(1).max(200), schemaVersion: z.number().int().positive(), size: z.number().int().nonnegative(), iv: b64, ciphertext: b64 });
const Backup = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.iso.datetime(),
  header: z.unknown(),
  cases: z.array(Row.extend({ updatedAt: z.number() })),
  revisions: z.array(Row.extend({ caseId: z.string().min(1).max(200), createdAt: z.number() })),
});

export async function exportVaultBackup(vault: Vault, now = new Date()): Promise<Uint8Array> {
  const snapshot = await vault.snapshot();
  const encode = <T extends { iv: Uint8Array; ciphertext: Uint8Array }>(row: T) => ({ ...row, iv: toBase64(row.iv), ciphertext: toBase64(row.ciphertext) });
  return utf8(JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), header: snapshot.header, cases: snapshot.cases.map(encode), revisions: snapshot.revisions.map(encode) }));
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

/** Restores or merges a backup made by any Maillage vault, opened with that vault's passphrase. */
export async function importVaultBackup(vault: Vault, raw: unknown, passphrase: string): Promise<MergeResult> {
  checkFormat(raw, BACKUP_FORMAT, BACKUP_VERSION);
  const parsed = Backup.safeParse(raw);
  if (!parsed.success) throw new ImportError('damaged', 'The backup is damaged or truncated: some of its records are incomplete.');
  let header;
  try {
    header = parseVaultHeader(parsed.data.header);
  } catch (error) {
    throw new ImportError('damaged', (error as Error).message);
  }
  let key;
  try {
    key = await unlockWithPassphrase(header, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw new ImportError('wrong-passphrase', 'Wrong passphrase for this backup (it is the passphrase the backed-up vault had).');
    throw error;
  }
  const decode = <T extends { iv: string; ciphertext: string }>(row: T) => ({ ...row, iv: fromBase64(row.iv), ciphertext: fromBase64(row.ciphertext) });
  let cases: ImportedCase[];
  try {
    cases = await vault.decryptForeign(key, { cases: parsed.data.cases.map(decode), revisions: parsed.data.revisions.map(decode) });
  } catch {
    throw new ImportError('damaged', 'The backup is damaged: a record failed its integrity check. Nothing was imported.');
  }
  return vault.mergeCases(cases);
}

export async function exportCaseFile(doc: CaseDocument, passphrase: string, kdf: KdfCost = DEFAULT_KDF): Promise<Uint8Array> {
  return utf8(await sealCaseFile({ doc }, passphrase, kdf));
}

/** Imports one case (encrypted with its passphrase, or in clear). Never replaces a case: a clash gets a new id. */
export async function importCase(vault: Vault, kind: 'case-file' | 'plain-case', raw: unknown, passphrase = '', now = Date.now()): Promise<CaseDocument> {
  const content = kind === 'case-file' ? ((await openCaseFile(raw, passphrase)) as { doc?: unknown } | null)?.doc : raw;
  const restored = restoreCase(content);
  if (!restored.ok) {
    throw restored.error.includes('newer version') ? new ImportError('newer-version', restored.error) : new ImportError('damaged', restored.error);
  }
  const exists = await vault.db.cases.get(restored.doc.id);
  const doc = exists ? { ...restored.doc, id: newId() } : restored.doc;
  await vault.mergeCases([{ doc, state: 'active', updatedAt: now, revisions: [] }]);
  return doc;
}

export function plainCaseJson(doc: CaseDocument): Uint8Array {
  return utf8(JSON.stringify(doc, null, 2));
}
