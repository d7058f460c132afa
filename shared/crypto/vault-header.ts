// The vault header: how to get the data key from a passphrase or from the recovery code.
//
//   data key (random 256 bits) --AES-256-GCM--> wrapped under a key-encryption key (KEK):
//     - passphrase slot: KEK = Argon2id(passphrase, salt, params from the header)
//     - recovery slot:   KEK = HKDF-SHA256(recovery code, salt)   (the code is 160 random bits)
//
// Each wrapping binds the header's format and its slot's KDF parameters as additional data, so
// editing the parameters (to weaken them) makes unwrapping fail, and the floor check refuses
// weak parameters before any work is done. The recovery slot also carries a check (HMAC under a
// key derived from the data key): unlocking with the passphrase verifies it, so a damaged recovery
// slot is reported at once, not on the day the code is needed. Key bytes are zeroed once imported.
import { z } from 'zod';
import { fromBase64, toBase64, utf8 } from './bytes';
import { importDataKey } from './envelope';
import { assertStrongEnough, derivePassphraseKey, isOverKdfCeiling, KdfOutOfBoundsError, KdfParams, newKdfParams, DEFAULT_KDF } from './kdf';
import { deriveHmacKey } from './hkdf';
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
  recovery: z.strictObject({
    salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
    wrapped: WrappedKey,
    /** HMAC of the slot under a key derived from the data key; absent in vaults made before it (added at their next unlock). */
    check: z.string().regex(/^[A-Za-z0-9+/]{43}=$/).optional(),
  }),
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

/** A key-encryption key from fresh bytes, which are zeroed: they live no longer than the import. */
async function kekFrom(bytes: Uint8Array): Promise<CryptoKeyHandle> {
  try {
    return await webCrypto().subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  } finally {
    bytes.fill(0);
  }
}

const RECOVERY_CHECK_INFO = 'maillage/recovery-check/v1';

/** The check of a recovery slot: HMAC-SHA256, under a key derived from the data key, of the slot as stored. */
async function recoveryCheck(rawDataKey: Uint8Array, slot: { salt: string; wrapped: { iv: string; ciphertext: string } }): Promise<string> {
  const key = await deriveHmacKey(rawDataKey, RECOVERY_CHECK_INFO);
  const tag = await webCrypto().subtle.sign('HMAC', key, utf8(`${RECOVERY_CHECK_INFO}\u0000${slot.salt}\u0000${slot.wrapped.iv}\u0000${slot.wrapped.ciphertext}`));
  return toBase64(new Uint8Array(tag));
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
  const codeBytes = utf8(normaliseRecoveryCode(code));
  const base = await subtle.importKey('raw', codeBytes, 'HKDF', false, ['deriveBits']);
  codeBytes.fill(0);
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

/** A recovery slot for `code`: the data key wrapped under it, and the slot's check. */
async function recoverySlot(rawDataKey: Uint8Array, code: string): Promise<VaultHeader['recovery']> {
  const salt = toBase64(randomBytes(16));
  const slot = { salt, wrapped: await wrap(await recoveryKek(code, salt), recoveryBinding(salt), rawDataKey) };
  return { ...slot, check: await recoveryCheck(rawDataKey, slot) };
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
    const header: VaultHeader = {
      format: VAULT_FORMAT,
      passphrase: { kdf, wrapped: await wrap(passphraseKek, passphraseBinding(kdf), rawKey) },
      recovery: await recoverySlot(rawKey, recoveryCode),
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

/**
 * The recovery slot as the data key sees it: `intact` (its check holds), `damaged` (it does not:
 * the code would no longer open the vault), `unchecked` (a vault made before checks; `check` is
 * the one to add).
 */
export type RecoverySlotState = { state: 'intact' } | { state: 'damaged' } | { state: 'unchecked'; check: string };

/** The data key and the index key, from the passphrase; and the recovery slot verified with them. */
export async function openVaultKeys(header: VaultHeader, passphrase: string): Promise<VaultKeys & { recoverySlot: RecoverySlotState }> {
  const raw = await rawKeyFromPassphrase(header, passphrase);
  try {
    const check = await recoveryCheck(raw, header.recovery);
    const recoverySlot: RecoverySlotState = header.recovery.check === undefined ? { state: 'unchecked', check } : header.recovery.check === check ? { state: 'intact' } : { state: 'damaged' };
    return { ...(await keysFrom(raw)), recoverySlot };
  } finally {
    raw.fill(0);
  }
}

/** A header with a new recovery code (the passphrase proves it is the owner); the old code opens nothing any more. */
export async function replaceRecoveryCode(header: VaultHeader, passphrase: string): Promise<{ header: VaultHeader; recoveryCode: string }> {
  const raw = await rawKeyFromPassphrase(header, passphrase);
  try {
    const recoveryCode = newRecoveryCode();
    return { header: { ...header, recovery: await recoverySlot(raw, recoveryCode) }, recoveryCode };
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
    // The code just opened the slot: it is intact, and its check can be (re)written.
    const recovery = 'recoveryCode' in proof ? { ...header.recovery, check: await recoveryCheck(raw, header.recovery) } : header.recovery;
    return { ...header, passphrase: { kdf, wrapped: await wrap(kek, passphraseBinding(kdf), raw) }, recovery };
  } finally {
    raw.fill(0);
  }
}
