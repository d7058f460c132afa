import { createCipheriv, createDecipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, utf8 } from '../../../shared/crypto/bytes';
import { importDataKey, openRecord, recordAad, RecordIntegrityError, sealRecord } from '../../../shared/crypto/envelope';

const RAW_KEY = Uint8Array.from({ length: 32 }, (_, i) => i);
const IV = Uint8Array.from({ length: 12 }, (_, i) => 0xa0 + i);
const ADDRESS = { table: 'cases', id: 'c1', schemaVersion: 1 };

describe('record envelope (AES-256-GCM)', () => {
  it('matches an independent implementation (known answer, Node’s own AES-GCM)', async () => {
    const key = await importDataKey(RAW_KEY);
    const plaintext = utf8('{"title":"Situation A"}');
    const sealed = await sealRecord(key, ADDRESS, plaintext, IV);

    const cipher = createCipheriv('aes-256-gcm', RAW_KEY, IV);
    cipher.setAAD(recordAad(ADDRESS));
    const expected = new Uint8Array([...cipher.update(plaintext), ...cipher.final(), ...cipher.getAuthTag()]);
    expect(toBase64(sealed.ciphertext)).toBe(toBase64(expected));

    const decipher = createDecipheriv('aes-256-gcm', RAW_KEY, IV);
    decipher.setAAD(recordAad(ADDRESS));
    decipher.setAuthTag(sealed.ciphertext.slice(-16));
    expect(Buffer.concat([decipher.update(sealed.ciphertext.slice(0, -16)), decipher.final()]).toString()).toBe('{"title":"Situation A"}');
  });

  it('uses a fresh IV for every write', async () => {
    const key = await importDataKey(RAW_KEY);
    const a = await sealRecord(key, ADDRESS, utf8('same'));
    const b = await sealRecord(key, ADDRESS, utf8('same'));
    expect(toBase64(a.iv)).not.toBe(toBase64(b.iv));
    expect(toBase64(a.ciphertext)).not.toBe(toBase64(b.ciphertext));
  });

  it('opens what it sealed', async () => {
    const key = await importDataKey(RAW_KEY);
    const sealed = await sealRecord(key, ADDRESS, utf8('Léa, 9 ans'));
    expect(new TextDecoder().decode(await openRecord(key, ADDRESS, sealed))).toBe('Léa, 9 ans');
  });

  describe('refuses a tampered record', () => {
    const tampered: Array<[string, (s: { iv: Uint8Array; ciphertext: Uint8Array }) => { iv: Uint8Array; ciphertext: Uint8Array }, typeof ADDRESS?]> = [
      ['a flipped bit', (s) => ({ ...s, ciphertext: s.ciphertext.map((b, i) => (i === 3 ? b ^ 1 : b)) })],
      ['a flipped bit in the tag', (s) => ({ ...s, ciphertext: s.ciphertext.map((b, i) => (i === s.ciphertext.length - 1 ? b ^ 0x80 : b)) })],
      ['truncation', (s) => ({ ...s, ciphertext: s.ciphertext.slice(0, -5) })],
      ['truncated to nothing', (s) => ({ ...s, ciphertext: new Uint8Array(0) })],
      ['another IV', (s) => ({ ...s, iv: s.iv.map((b) => b ^ 0xff) })],
      ['a short IV', (s) => ({ ...s, iv: s.iv.slice(0, 8) })],
      ['moved to another id', (s) => s, { ...ADDRESS, id: 'c2' }],
      ['moved to another table', (s) => s, { ...ADDRESS, table: 'revisions' }],
      ['relabelled with another schema version', (s) => s, { ...ADDRESS, schemaVersion: 2 }],
    ];
    it.each(tampered)('%s', async (_label, damage, address = ADDRESS) => {
      const key = await importDataKey(RAW_KEY);
      const sealed = await sealRecord(key, ADDRESS, utf8('{"secret":"Enzo"}'));
      await expect(openRecord(key, address, damage(sealed))).rejects.toThrow(RecordIntegrityError);
    });
  });

  it('binds the version of a record: an older one cannot pass for the latest, a legacy one for a versioned one', async () => {
    const key = await importDataKey(RAW_KEY);
    const seventh = { ...ADDRESS, version: 7 };
    const sealed = await sealRecord(key, seventh, utf8('v7'));
    expect(new TextDecoder().decode(await openRecord(key, seventh, sealed))).toBe('v7');
    await expect(openRecord(key, { ...ADDRESS, version: 8 }, sealed)).rejects.toThrow(RecordIntegrityError);
    await expect(openRecord(key, ADDRESS, sealed)).rejects.toThrow(RecordIntegrityError);
  });

  it('refuses to open with another key', async () => {
    const sealed = await sealRecord(await importDataKey(RAW_KEY), ADDRESS, utf8('x'));
    const other = await importDataKey(RAW_KEY.map((b) => b ^ 1));
    await expect(openRecord(other, ADDRESS, sealed)).rejects.toThrow(RecordIntegrityError);
  });

  it('keeps the data key inside WebCrypto (not extractable)', async () => {
    const key = await importDataKey(RAW_KEY);
    expect(key.extractable).toBe(false);
  });
});

describe('base64', () => {
  it.each([[''], ['f'], ['fo'], ['foo'], ['foob'], ['fooba'], ['foobar']])('round-trips %j like Node', (text) => {
    const bytes = utf8(text);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
  it('refuses garbage', () => {
    expect(() => fromBase64('abc$')).toThrow();
  });
});
