// WebCrypto, as provided by browsers, Electron and Node >= 20 alike (globalThis.crypto). Typed
// here by hand, only the calls Maillage makes, because shared/ is compiled without the DOM types.

export interface CryptoKeyHandle {
  readonly type: string;
  readonly extractable: boolean;
  readonly usages: readonly string[];
}

type Bytes = Uint8Array;
export interface AesGcmParams {
  name: 'AES-GCM';
  iv: Bytes;
  additionalData?: Bytes;
  tagLength?: 128;
}

export interface SubtleSubset {
  importKey(format: 'raw', keyData: Bytes, algorithm: { name: 'AES-GCM' } | { name: 'HMAC'; hash: 'SHA-256' } | 'HKDF', extractable: boolean, usages: string[]): Promise<CryptoKeyHandle>;
  generateKey(algorithm: { name: 'AES-GCM'; length: 256 }, extractable: boolean, usages: string[]): Promise<CryptoKeyHandle>;
  exportKey(format: 'raw', key: CryptoKeyHandle): Promise<ArrayBuffer>;
  encrypt(algorithm: AesGcmParams, key: CryptoKeyHandle, data: Bytes): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParams, key: CryptoKeyHandle, data: Bytes): Promise<ArrayBuffer>;
  deriveBits(algorithm: { name: 'HKDF'; hash: 'SHA-256'; salt: Bytes; info: Bytes }, baseKey: CryptoKeyHandle, length: number): Promise<ArrayBuffer>;
  sign(algorithm: 'HMAC', key: CryptoKeyHandle, data: Bytes): Promise<ArrayBuffer>;
  verify(algorithm: 'HMAC', key: CryptoKeyHandle, signature: Bytes, data: Bytes): Promise<boolean>;
}

interface WebCrypto {
  subtle: SubtleSubset;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

export function webCrypto(): WebCrypto {
  const candidate = (globalThis as unknown as { crypto?: WebCrypto }).crypto;
  if (!candidate?.subtle) throw new Error('WebCrypto is not available in this environment');
  return candidate;
}

export function randomBytes(length: number): Uint8Array {
  return webCrypto().getRandomValues(new Uint8Array(length));
}
