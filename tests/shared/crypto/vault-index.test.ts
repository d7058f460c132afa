import { describe, expect, it } from 'vitest';
import { deriveIndexKey, emptyIndex, openIndex, signIndex } from '../../../shared/crypto/vault-index';

const RAW_KEY = Uint8Array.from({ length: 32 }, (_, i) => i);

describe('vault index (HMAC-SHA256 under a key derived from the data key)', () => {
  it('opens what it signed, and nothing altered or signed by another vault', async () => {
    const key = await deriveIndexKey(RAW_KEY);
    const body = { ...emptyIndex(), serial: 3, cases: { a: 3, b: 1 } };
    const signed = await signIndex(key, body);
    expect(await openIndex(key, signed)).toEqual(body);
    // An older version of a case passed off as the latest: the body changes, the tag no longer fits.
    expect(await openIndex(key, { ...signed, body: signed.body.replace('"a":3', '"a":2') })).toBeNull();
    expect(await openIndex(await deriveIndexKey(RAW_KEY.map((b) => b ^ 1)), signed)).toBeNull();
    expect(await openIndex(key, { body: signed.body })).toBeNull();
  });

  it('derives a key of its own, not extractable', async () => {
    const key = await deriveIndexKey(RAW_KEY);
    expect(key.extractable).toBe(false);
    expect(key.usages).not.toContain('encrypt');
  });
});
