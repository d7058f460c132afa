// The vault index: the latest version of every case and of every change kept at a lock, signed
// with HMAC-SHA256 under a key derived (HKDF) from the data key. Every write of a case raises the
// vault's serial and records it here, in the same transaction; a read checks the row against it.
// So a row put back from an earlier state of the disk (it opens: it was sealed with the real key)
// is older than the index says, a deleted row is listed but absent, a row of a case deleted for
// good is not listed: each is reported as damaged. What this cannot see is the whole database put
// back as it was (index included): nothing stored beside the data can.
import { z } from 'zod';
import { fromBase64, toBase64, utf8 } from './bytes';
import { deriveHmacKey } from './hkdf';
import { webCrypto, type CryptoKeyHandle } from './webcrypto';

const INDEX_INFO = 'maillage/vault-index/v1';

const Versions = z.record(z.string().min(1).max(64), z.number().int().nonnegative());

export const VaultIndexBody = z.strictObject({
  format: z.literal(1),
  /** The latest version given to any record: the next write gets serial + 1. */
  serial: z.number().int().nonnegative(),
  cases: Versions,
  pending: Versions,
});
export type VaultIndexBody = z.infer<typeof VaultIndexBody>;

/** As stored: the body as signed (JSON text), and its HMAC. */
export const SignedIndex = z.strictObject({
  body: z.string().max(16 * 1024 * 1024),
  tag: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
});
export type SignedIndex = z.infer<typeof SignedIndex>;

export function emptyIndex(): VaultIndexBody {
  return { format: 1, serial: 0, cases: {}, pending: {} };
}

/** The index key, from the raw data key (zeroed by the caller): a key of its own, never the data key. */
export function deriveIndexKey(rawDataKey: Uint8Array): Promise<CryptoKeyHandle> {
  return deriveHmacKey(rawDataKey, INDEX_INFO);
}

export async function signIndex(key: CryptoKeyHandle, body: VaultIndexBody): Promise<SignedIndex> {
  const text = JSON.stringify(body);
  const tag = new Uint8Array(await webCrypto().subtle.sign('HMAC', key, utf8(`${INDEX_INFO}\u0000${text}`)));
  return { body: text, tag: toBase64(tag) };
}

/** The index's body if it is what `key` signed, else null (altered, or signed by another vault). */
export async function openIndex(key: CryptoKeyHandle, stored: unknown): Promise<VaultIndexBody | null> {
  const signed = SignedIndex.safeParse(stored);
  if (!signed.success) return null;
  const ok = await webCrypto().subtle.verify('HMAC', key, fromBase64(signed.data.tag), utf8(`${INDEX_INFO}\u0000${signed.data.body}`));
  if (!ok) return null;
  try {
    const body = VaultIndexBody.safeParse(JSON.parse(signed.data.body));
    return body.success ? body.data : null;
  } catch {
    return null;
  }
}
