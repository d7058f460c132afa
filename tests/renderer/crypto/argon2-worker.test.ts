import { describe, expect, it } from 'vitest';
import { argon2InWorker, KdfTimeoutError, type WorkerLike } from '../../../renderer/crypto/argon2-worker';

const REQUEST = { password: 'phrase', salt: new Uint8Array(16), memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 };

/** A worker that answers as `answer` says (or never), and records being terminated. */
function fakeWorker(answer: ((worker: WorkerLike) => void) | null) {
  const state = { terminated: 0, posted: [] as unknown[] };
  const worker: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(message) {
      state.posted.push(message);
      if (answer) setTimeout(() => answer(worker), 1);
    },
    terminate() {
      state.terminated++;
    },
  };
  return { worker, state };
}

describe('Argon2id in a Web Worker, with a time limit', () => {
  it('answers with the worker’s key, and the worker is terminated', async () => {
    const key = Uint8Array.from({ length: 32 }, (_, i) => i);
    const { worker, state } = fakeWorker((w) => w.onmessage?.({ data: { ok: true, key } }));
    await expect(argon2InWorker(() => worker, 1000)(REQUEST)).resolves.toBe(key);
    expect(state.posted).toEqual([REQUEST]);
    expect(state.terminated).toBe(1);
  });

  it('stops a derivation that runs past the limit: the worker is terminated, the error says so', async () => {
    const { worker, state } = fakeWorker(null);
    const error = await argon2InWorker(() => worker, 30)(REQUEST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KdfTimeoutError);
    expect(state.terminated).toBe(1);
  });

  it('reports a worker that fails, and terminates it', async () => {
    const { worker, state } = fakeWorker((w) => w.onerror?.(new Error('boom')));
    await expect(argon2InWorker(() => worker, 1000)(REQUEST)).rejects.toThrow(/could not run/);
    const failing = fakeWorker((w) => w.onmessage?.({ data: { ok: false, message: 'Invalid typed array length' } }));
    await expect(argon2InWorker(() => failing.worker, 1000)(REQUEST)).rejects.toThrow(/Invalid typed array length/);
    expect(state.terminated + failing.state.terminated).toBe(2);
  });
});
