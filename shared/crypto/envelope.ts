// Record encryption: AES-256-GCM with a fresh 96-bit IV per write, and the record's table, id,
// schema version and (for a case or a kept change) its version in the vault bound as additional
// data, so a record copied under another id, into another table, relabelled with another schema
// version, or passed off as another version of itself fails to open. Which version is the latest
// is the vault index's job (vault-index.ts): an older row put back opens, but is not the latest.
import { utf8 } from './bytes';
import { randomBytes, webCrypto, type CryptoKeyHandle } from './webcrypto';

export interface RecordAddress {
  table: string;
  id: string;
  schemaVersion: number;
  /**
   * The record's version in the vault (it only grows). Absent for revisions, which are written
   * once and never change, and for the rows of vaults made before versions existed.
   */
  version?: number | undefined;
}

export interface SealedRecord {
  iv: Uint8Array;
  ciphertext: Uint8Array;
}

export class RecordIntegrityError extends Error {
  override name = 'RecordIntegrityError';
}

export function recordAad({ table, id, schemaVersion, version }: RecordAddress): Uint8Array {
  if (version === undefined) return utf8(`maillage/record/v1\u0000${table}\u0000${id}\u0000${schemaVersion}`);
  return utf8(`maillage/record/v2\u0000${table}\u0000${id}\u0000${schemaVersion}\u0000${version}`);
}

export async function sealRecord(key: CryptoKeyHandle, address: RecordAddress, plaintext: Uint8Array, iv: Uint8Array = randomBytes(12)): Promise<SealedRecord> {
  const ciphertext = await webCrypto().subtle.encrypt({ name: 'AES-GCM', iv, additionalData: recordAad(address), tagLength: 128 }, key, plaintext);
  return { iv, ciphertext: new Uint8Array(ciphertext) };
}

export async function openRecord(key: CryptoKeyHandle, address: RecordAddress, sealed: SealedRecord): Promise<Uint8Array> {
  if (!(sealed.iv instanceof Uint8Array) || sealed.iv.length !== 12) throw new RecordIntegrityError('The record is damaged: its IV is missing or has the wrong length.');
  if (!(sealed.ciphertext instanceof Uint8Array) || sealed.ciphertext.length < 16) throw new RecordIntegrityError('The record is damaged: it is truncated.');
  try {
    const plain = await webCrypto().subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: recordAad(address), tagLength: 128 }, key, sealed.ciphertext);
    return new Uint8Array(plain);
  } catch {
    throw new RecordIntegrityError('The record failed its integrity check: it was altered, truncated, or moved from another place.');
  }
}

/** A fresh random data key, usable only for encrypting and decrypting, never exported. */
export async function importDataKey(raw: Uint8Array): Promise<CryptoKeyHandle> {
  if (raw.length !== 32) throw new Error('A data key is 256 bits');
  return webCrypto().subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}
