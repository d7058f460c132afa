// Keys of their own derived from the data key's bytes (HKDF-SHA256, one `info` per use), so that
// the data key itself never signs anything: the vault index, the recovery slot's check.
import { utf8 } from './bytes';
import { webCrypto, type CryptoKeyHandle } from './webcrypto';

/** An HMAC-SHA256 key, not extractable, derived from `raw` for `info` (the derived bytes are zeroed). */
export async function deriveHmacKey(raw: Uint8Array, info: string): Promise<CryptoKeyHandle> {
  const subtle = webCrypto().subtle;
  const base = await subtle.importKey('raw', raw, 'HKDF', false, ['deriveBits']);
  const bits = new Uint8Array(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: utf8(info) }, base, 256));
  try {
    return await subtle.importKey('raw', bits, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  } finally {
    bits.fill(0);
  }
}
