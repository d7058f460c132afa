// The Web Worker that runs Argon2id (shared/crypto/kdf.ts), so that deriving a key never blocks the
// window: one request, one answer, then the page terminates the worker (argon2-worker.ts).
import { argon2InPlace, type Argon2Request } from '../../shared/crypto/kdf';

interface WorkerScope {
  onmessage: ((event: MessageEvent<Argon2Request>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  argon2InPlace(event.data).then(
    (key) => scope.postMessage({ ok: true, key }, [key.buffer as ArrayBuffer]),
    (error: unknown) => scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
};
