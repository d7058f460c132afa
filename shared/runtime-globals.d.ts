/* eslint-disable no-var -- `declare var` is how globals are declared */
// The few globals that exist identically in browsers, Electron and Node >= 20, declared by hand
// because shared/ is compiled without the DOM and Node type libraries (on purpose: anything else
// would tie shared/ to one runtime). Add to this list only what all three provide.

interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: { new (): TextEncoder };

interface TextDecoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare var TextDecoder: { new (label?: string, options?: { fatal?: boolean }): TextDecoder };

interface SharedCrypto {
  getRandomValues<T extends Uint8Array | Uint32Array>(array: T): T;
  randomUUID(): string;
}
declare var crypto: SharedCrypto;

declare function setTimeout(handler: () => void, timeout?: number): unknown;
declare function clearTimeout(id: unknown): void;
