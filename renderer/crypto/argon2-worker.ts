// Argon2id off the main thread: each derivation runs in a Web Worker of its own, terminated once it
// answers or when the time limit passes. With KDF_CEILING (shared/crypto/kdf.ts) a crafted file
// can neither ask for more than seconds of work nor freeze the window while it is done.
import type { Argon2Request, Argon2Runner } from '../../shared/crypto/kdf';

/** Far above what the ceiling's settings take on a slow computer (default vaults: well under a second). */
export const ARGON2_TIME_LIMIT_MS = 60_000;

export class KdfTimeoutError extends Error {
  override name = 'KdfTimeoutError';
  constructor(readonly seconds: number) {
    super(`Deriving the key took more than ${seconds} s: it was stopped.`);
  }
}

/** What this module needs of a Worker (tests pass a fake one). */
export interface WorkerLike {
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

function startWorker(): WorkerLike {
  return new Worker(new URL('./argon2.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

export function argon2InWorker(makeWorker: () => WorkerLike = startWorker, timeLimitMs = ARGON2_TIME_LIMIT_MS): Argon2Runner {
  return (request: Argon2Request) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const worker = makeWorker();
      const done = () => {
        clearTimeout(timer);
        worker.onmessage = null;
        worker.onerror = null;
        worker.terminate();
      };
      const timer = setTimeout(() => {
        done();
        reject(new KdfTimeoutError(Math.round(timeLimitMs / 1000)));
      }, timeLimitMs);
      worker.onmessage = (event) => {
        done();
        const answer = event.data as { ok: true; key: Uint8Array } | { ok: false; message: string };
        if (answer.ok) resolve(answer.key);
        else reject(new Error(answer.message));
      };
      worker.onerror = () => {
        done();
        reject(new Error('The key derivation could not run.'));
      };
      worker.postMessage(request);
    });
}
