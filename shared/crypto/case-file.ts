// A single case as a file of its own, encrypted with a passphrase chosen for the transfer (not the
// vault's): how a case moves to another machine. Argon2id derives the key; the format and the KDF
// settings are bound as additional data.
import { z } from 'zod';
import { fromBase64, fromUtf8, toBase64, utf8 } from './bytes';
import { derivePassphraseKey, isOverKdfCeiling, KdfParams, newKdfParams, DEFAULT_KDF, type KdfCost } from './kdf';
import { randomBytes, webCrypto } from './webcrypto';

export const CASE_FILE_FORMAT = 'maillage-case';
export const CASE_FILE_VERSION = 1;

export const CaseFile = z.strictObject({
  format: z.literal(CASE_FILE_FORMAT),
  version: z.literal(CASE_FILE_VERSION),
  kdf: KdfParams,
  iv: z.string().regex(/^[A-Za-z0-9+/]{16}$/),
  ciphertext: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
export type CaseFile = z.infer<typeof CaseFile>;

export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly problem: 'too-large' | 'not-ours' | 'newer-version' | 'too-many-elements' | 'damaged' | 'wrong-passphrase' | 'kdf-bounds',
    message: string,
  ) {
    super(message);
  }
}

function binding(kdf: KdfParams): Uint8Array {
  return utf8(`${CASE_FILE_FORMAT}/v${CASE_FILE_VERSION}\u0000m=${kdf.memoryKiB}\u0000t=${kdf.iterations}\u0000p=${kdf.parallelism}\u0000s=${kdf.salt}`);
}

async function keyFrom(passphrase: string, kdf: KdfParams) {
  const bytes = await derivePassphraseKey(passphrase, kdf);
  try {
    return await webCrypto().subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  } finally {
    bytes.fill(0);
  }
}

export async function sealCaseFile(payload: unknown, passphrase: string, kdfBase: KdfCost = DEFAULT_KDF): Promise<string> {
  const kdf = newKdfParams(kdfBase);
  const iv = randomBytes(12);
  const ciphertext = await webCrypto().subtle.encrypt({ name: 'AES-GCM', iv, additionalData: binding(kdf) }, await keyFrom(passphrase, kdf), utf8(JSON.stringify(payload)));
  const file: CaseFile = { format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, kdf, iv: toBase64(iv), ciphertext: toBase64(new Uint8Array(ciphertext)) };
  return JSON.stringify(file);
}

/** Parses any Maillage JSON file's outer layer, naming the problem when it is not one we can read. */
export function parseJsonFile(bytes: Uint8Array, maxBytes: number): unknown {
  if (bytes.length > maxBytes) throw new ImportError('too-large', `The file is too large (${bytes.length} bytes; at most ${maxBytes}).`);
  let text: string;
  try {
    text = fromUtf8(bytes);
  } catch {
    throw new ImportError('not-ours', 'This is not a Maillage file (it is not text).');
  }
  try {
    return JSON.parse(text);
  } catch {
    const looksLikeOurs = /^\s*\{\s*"(format|schemaVersion)"/.test(text);
    throw looksLikeOurs
      ? new ImportError('damaged', 'The file is truncated or damaged: it ends before the data does.')
      : new ImportError('not-ours', 'This is not a Maillage file.');
  }
}

/** Checks the format tag and version before anything else, so the message names the real problem. */
export function checkFormat(raw: unknown, format: string, currentVersion: number): void {
  const tagged = raw as { format?: unknown; version?: unknown } | null;
  if (typeof tagged !== 'object' || tagged === null || tagged.format !== format) throw new ImportError('not-ours', 'This is not a Maillage file of this kind.');
  if (typeof tagged.version === 'number' && tagged.version > currentVersion) {
    throw new ImportError('newer-version', `This file was made by a newer version of Maillage (format ${tagged.version}; this version reads up to ${currentVersion}). Update Maillage to import it.`);
  }
}

export async function openCaseFile(raw: unknown, passphrase: string): Promise<unknown> {
  checkFormat(raw, CASE_FILE_FORMAT, CASE_FILE_VERSION);
  const parsed = CaseFile.safeParse(raw);
  if (!parsed.success) {
    if (isOverKdfCeiling(parsed.error.issues)) throw new ImportError('kdf-bounds', 'The file asks for a key derivation out of bounds: refused before any work.');
    throw new ImportError('damaged', 'The file is damaged: some of its fields are missing or wrong.');
  }
  const file = parsed.data;
  let plaintext: ArrayBuffer;
  try {
    plaintext = await webCrypto().subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(file.iv), additionalData: binding(file.kdf) }, await keyFrom(passphrase, file.kdf), fromBase64(file.ciphertext));
  } catch (error) {
    if ((error as Error).name === 'WeakKdfError') throw new ImportError('damaged', (error as Error).message);
    throw new ImportError('wrong-passphrase', 'Wrong passphrase for this file, or the file was altered.');
  }
  try {
    return JSON.parse(fromUtf8(new Uint8Array(plaintext)));
  } catch {
    throw new ImportError('damaged', 'The file decrypted but its content is not readable.');
  }
}
