// Passphrase to key: Argon2id (hash-wasm), with parameters stored in the vault header (or in a
// transfer file), a floor below which they are refused (a header edited to make brute force
// cheaper) and a ceiling above which they are refused before any work (a file crafted to freeze
// the app or exhaust its memory). Where Argon2id runs is the app's choice: the renderer runs it in
// a Web Worker with a time limit (renderer/crypto/argon2-worker.ts), tests and the CLI in place.
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

/**
 * Never accepted above this: 1 GiB, 10 passes, 4 lanes (16 times the memory of new vaults, still
 * seconds of work). Refused by the schema, so before any memory is taken or any pass is run.
 */
export const KDF_CEILING = { memoryKiB: 1024 * 1024, iterations: 10, parallelism: 4 } as const;

export const KdfParams = z.strictObject({
  algorithm: z.literal('argon2id'),
  memoryKiB: z.number().int().positive().max(KDF_CEILING.memoryKiB),
  iterations: z.number().int().positive().max(KDF_CEILING.iterations),
  parallelism: z.number().int().min(1).max(KDF_CEILING.parallelism),
  salt: z.string().regex(/^[A-Za-z0-9+/]{22}(==)?$/, 'a 16-byte salt'),
});
export type KdfParams = z.infer<typeof KdfParams>;

export class WeakKdfError extends Error {
  override name = 'WeakKdfError';
}

/** Key-derivation settings above KDF_CEILING: the file or header was not made by Maillage, or was altered. */
export class KdfOutOfBoundsError extends Error {
  override name = 'KdfOutOfBoundsError';
  constructor() {
    super(`The key derivation settings are out of bounds (at most ${KDF_CEILING.memoryKiB} KiB, ${KDF_CEILING.iterations} passes, ${KDF_CEILING.parallelism} lanes): refused before any work.`);
  }
}

/** Whether a schema refusal is about KDF settings over the ceiling (the path ends in one of them). */
export function isOverKdfCeiling(issues: ReadonlyArray<{ code: string; path: ReadonlyArray<PropertyKey> }>): boolean {
  return issues.some((issue) => issue.code === 'too_big' && ['memoryKiB', 'iterations', 'parallelism'].includes(String(issue.path.at(-1))) && issue.path.includes('kdf'));
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

/** What Argon2id is asked for (a passphrase already normalised). */
export interface Argon2Request {
  password: string;
  salt: Uint8Array;
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}
export type Argon2Runner = (request: Argon2Request) => Promise<Uint8Array>;

/** Argon2id in the calling thread (tests, the command line, and the Web Worker itself). */
export const argon2InPlace: Argon2Runner = (request) =>
  argon2id({ password: request.password, salt: request.salt, parallelism: request.parallelism, iterations: request.iterations, memorySize: request.memoryKiB, hashLength: 32, outputType: 'binary' });

let runArgon2: Argon2Runner = argon2InPlace;

/** Where Argon2id runs from now on (the renderer: a Web Worker with a time limit). */
export function setArgon2Runner(runner: Argon2Runner): void {
  runArgon2 = runner;
}

/** 32 bytes from the passphrase; the caller zeroes them once they are imported as a key. */
export async function derivePassphraseKey(passphrase: string, params: KdfParams): Promise<Uint8Array> {
  assertStrongEnough(params);
  // Defence in depth: every caller parsed `params` with the schema already.
  if (!KdfParams.safeParse(params).success) throw new KdfOutOfBoundsError();
  return runArgon2({ password: normalisePassphrase(passphrase), salt: fromBase64(params.salt), memoryKiB: params.memoryKiB, iterations: params.iterations, parallelism: params.parallelism });
}
