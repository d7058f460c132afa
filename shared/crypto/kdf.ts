// Passphrase to key: Argon2id (hash-wasm), with parameters stored in the vault header and a floor
// below which a header is refused (a header edited to make brute force cheaper).
import { argon2id } from 'hash-wasm';
import { z } from 'zod';
import { fromBase64, toBase64 } from './bytes';
import { randomBytes } from './webcrypto';

export interface KdfCost {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** The parameters of new vaults: 64 MiB, 3 passes, 1 lane. */
export const DEFAULT_KDF: Readonly<KdfCost> = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };
/** Never accepted below this (OWASP's minimum for Argon2id): 19 MiB, 2 passes. */
export const KDF_FLOOR = { memoryKiB: 19 * 1024, iterations: 2 } as const;

export const KdfParams = z.strictObject({
  algorithm: z.literal('argon2id'),
  memoryKiB: z.number().int().positive().max(4 * 1024 * 1024),
  iterations: z.number().int().positive().max(100),
  parallelism: z.number().int().min(1).max(16),
  salt: z.string().regex(/^[A-Za-z0-9+/]{22}(==)?$/, 'a 16-byte salt'),
});
export type KdfParams = z.infer<typeof KdfParams>;

export class WeakKdfError extends Error {
  override name = 'WeakKdfError';
}

export function newKdfParams(base: { memoryKiB: number; iterations: number; parallelism: number } = DEFAULT_KDF): KdfParams {
  return { algorithm: 'argon2id', ...base, salt: toBase64(randomBytes(16)) };
}

export function assertStrongEnough(params: KdfParams): void {
  if (params.memoryKiB < KDF_FLOOR.memoryKiB || params.iterations < KDF_FLOOR.iterations) {
    throw new WeakKdfError(
      `The vault's key derivation settings are below the minimum (${params.memoryKiB} KiB, ${params.iterations} passes): the vault header may have been tampered with.`,
    );
  }
}

/**
 * The same passphrase typed on two systems can reach us in two Unicode forms (é as one code point
 * or as e + accent): normalise so both open the vault.
 */
export function normalisePassphrase(passphrase: string): string {
  return passphrase.normalize('NFC');
}

export async function derivePassphraseKey(passphrase: string, params: KdfParams): Promise<Uint8Array> {
  assertStrongEnough(params);
  return argon2id({
    password: normalisePassphrase(passphrase),
    salt: fromBase64(params.salt),
    parallelism: params.parallelism,
    iterations: params.iterations,
    memorySize: params.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
}
