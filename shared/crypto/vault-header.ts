// The vault header: how to get the data key from a passphrase or from the recovery code.
//
//   data key (random 256 bits) --AES-256-GCM--> wrapped under a key-encryption key (KEK):
//     - passphrase slot: KEK = Argon2id(passphrase, salt, params from the header)
//     - recovery slot:   KEK = HKDF-SHA256(recovery code, salt)   (the code is 160 random bits)
//
// Each wrapping binds the header's format and its slot's KDF parameters as additional data, so
// editing the parameters (to weaken them) makes unwrapping fail, and the floor check refuses
// weak parameters before any work is done.
import { z } from 'zod';
import { fromBase64, toBase64, utf8 } from './bytes';
import { importDataKey } from './envelope';
import { assertStrongEnough, derivePassphraseKey, isOverKdfCeiling, KdfOutOfBoundsError, KdfParams, newKdfParams, DEFAULT_KDF } from './kdf';
import { deriveIndexKey } from './vault-index';
import { randomBytes, webCrypto, type CryptoKeyHandle } from './webcrypto';

export const VAULT_FORMAT = 1;

const WrappedKey = z.strictObject({
  iv: z.string().regex(/^[A-Za-z0-9+/]{16}$/),
  ciphertext: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(200),
});

export const VaultHeader = z.strictObject({
  format: z.literal(VAULT_FORMAT),
  passphrase: z.strictObject({ kdf: KdfParams, wrapped: WrappedKey }),
  recovery: z.strictObject({ salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/), wrapped: WrappedKey }),
});
export type VaultHeader = z.infer<typeof VaultHeader>;

export class WrongPassphraseError extends Error {
  override name = 'WrongPassphraseError';
  constructor() {
    super('Wrong passphrase.');
  }
}
export class WrongRecoveryCodeError extends Error {
  override name = 'WrongRecoveryCodeError';
  constructor() {
    super('Wrong recovery code.');
  }
}

function passphraseBinding(kdf: KdfParams): Uint8Array {
  return utf8(`maillage/vault/v${VAULT_FORMAT}/passphrase\u0000argon2id\u0000m=${kdf.memoryKiB}\u0000t=${kdf.iterations}\u0000p=${kdf.parallelism}\u0000s=${kdf.salt}`);
}
function recoveryBinding(salt: string): Uint8Array {
  return utf8(`maillage/vault/v${VAULT_FORMAT}/recovery\u0000hkdf-sha256\u0000s=${salt}`);
}

async function kekFrom(bytes: Uint8Array): Promise<CryptoKeyHandle> {
  return webCrypto().subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

async function wrap(kek: CryptoKeyHandle, binding: Uint8Array, rawKey: Uint8Array) {
  const iv = randomBytes(12);
  const ciphertext = new Uint8Array(await webCrypto().subtle.encrypt({ name: 'AES-GCM', iv, additionalData: binding }, kek, rawKey));
  return { iv: toBase64(iv), ciphertext: toBase64(ciphertext) };
}

async function unwrap(kek: CryptoKeyHandle, binding: Uint8Array, wrapped: z.infer<typeof WrappedKey>): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await webCrypto().subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(wrapped.iv), additionalData: binding }, kek, fromBase64(wrapped.ciphertext)));
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Recovery code: 160 random bits, written as 8 groups of 4 characters (Crockford base32).

const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newRecoveryCode(): string {
  // 32 characters of 5 random bits each (the low 5 bits of a random byte are uniform): 160 bits.
  const chars = [...randomBytes(32)].map((b) => BASE32[b & 31]).join('');
  return (chars.match(/.{4}/g) as string[]).join('-');
}

/** Accepts the code however it was typed back: lower case, spaces, O for 0, I or L for 1. */
export function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

async function recoveryKek(code: string, salt: string): Promise<CryptoKeyHandle> {
  const subtle = webCrypto().subtle;
  const base = await subtle.importKey('raw', utf8(normaliseRecoveryCode(code)), 'HKDF', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: fromBase64(salt), info: recoveryBinding(salt) }, base, 256);
  return kekFrom(new Uint8Array(bits));
}

// ---------------------------------------------------------------------------------------------

/** What an unlocked vault holds: the data key, and the index key derived from it (vault-index.ts). */
export interface VaultKeys {
  data: CryptoKeyHandle;
  index: CryptoKeyHandle;
}

async function keysFrom(rawDataKey: Uint8Array): Promise<VaultKeys> {
  return { data: await importDataKey(rawDataKey), index: await deriveIndexKey(rawDataKey) };
}

export interface NewVault {
  header: VaultHeader;
  dataKey: CryptoKeyHandle;
  keys: VaultKeys;
  recoveryCode: string;
}

export async function createVaultHeader(passphrase: string, kdfBase: { memoryKiB: number; iterations: number; parallelism: number } = DEFAULT_KDF): Promise<NewVault> {
  if (passphrase.length === 0) throw new Error('A vault needs a passphrase.');
  const rawKey = randomBytes(32);
  try {
    const kdf = newKdfParams(kdfBase);
    const passphraseKek = await kekFrom(await derivePassphraseKey(passphrase, kdf));
    const recoveryCode = newRecoveryCode();
    const recoverySalt = toBase64(randomBytes(16));
    const header: VaultHeader = {
      format: VAULT_FORMAT,
      passphrase: { kdf, wrapped: await wrap(passphraseKek, passphraseBinding(kdf), rawKey) },
      recovery: { salt: recoverySalt, wrapped: await wrap(await recoveryKek(recoveryCode, recoverySalt), recoveryBinding(recoverySalt), rawKey) },
    };
    const keys = await keysFrom(rawKey);
    return { header, dataKey: keys.data, keys, recoveryCode };
  } finally {
    rawKey.fill(0);
  }
}

export function parseVaultHeader(raw: unknown): VaultHeader {
  const parsed = VaultHeader.safeParse(raw);
  if (!parsed.success) {
    if (isOverKdfCeiling(parsed.error.issues)) throw new KdfOutOfBoundsError();
    throw new Error('The vault header is damaged or from an unknown version.');
  }
  assertStrongEnough(parsed.data.passphrase.kdf);
  return parsed.data;
}

async function rawKeyFromPassphrase(header: VaultHeader, passphrase: string): Promise<Uint8Array> {
  assertStrongEnough(header.passphrase.kdf);
  // No vault is created with an empty passphrase, so it is simply the wrong one.
  if (passphrase.length === 0) throw new WrongPassphraseError();
  const kek = await kekFrom(await derivePassphraseKey(passphrase, header.passphrase.kdf));
  const raw = await unwrap(kek, passphraseBinding(header.passphrase.kdf), header.passphrase.wrapped);
  if (!raw) throw new WrongPassphraseError();
  return raw;
}

/** The data key, as a non-extractable key: it can encrypt and decrypt, never leave. */
export async function unlockWithPassphrase(header: VaultHeader, passphrase: string): Promise<CryptoKeyHandle> {
  const raw = await rawKeyFromPassphrase(header, passphrase);
  try {
    return await importDataKey(raw);
  } finally {
    raw.fill(0);
  }
}

/** The data key and the index key, from the passphrase. */
export async function openVaultKeys(header: VaultHeader, passphrase: string): Promise<VaultKeys> {
  const raw = await rawKeyFromPassphrase(header, passphrase);
  try {
    return await keysFrom(raw);
  } finally {
    raw.fill(0);
  }
}

async function rawKeyFromRecovery(header: VaultHeader, code: string): Promise<Uint8Array> {
  const raw = await unwrap(await recoveryKek(code, header.recovery.salt), recoveryBinding(header.recovery.salt), header.recovery.wrapped);
  if (!raw) throw new WrongRecoveryCodeError();
  return raw;
}

/**
 * A header with the data key wrapped under a new passphrase (new salt, current parameters). The
 * recovery slot and the data are untouched: only this one header record changes.
 */
export async function rewrapForNewPassphrase(
  header: VaultHeader,
  proof: { passphrase: string } | { recoveryCode: string },
  newPassphrase: string,
  kdfBase: { memoryKiB: number; iterations: number; parallelism: number } = DEFAULT_KDF,
): Promise<VaultHeader> {
  const raw = 'passphrase' in proof ? await rawKeyFromPassphrase(header, proof.passphrase) : await rawKeyFromRecovery(header, proof.recoveryCode);
  try {
    const kdf = newKdfParams(kdfBase);
    const kek = await kekFrom(await derivePassphraseKey(newPassphrase, kdf));
    return { ...header, passphrase: { kdf, wrapped: await wrap(kek, passphraseBinding(kdf), raw) } };
  } finally {
    raw.fill(0);
  }
}
