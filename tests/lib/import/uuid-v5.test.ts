import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { importedId, sha1, uuidV5 } from '@/lib/import/uuid-v5';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

describe('uuidV5', () => {
  it('computes SHA-1 as Node does, across block boundaries', () => {
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const input = new Uint8Array(length).map((_, i) => (i * 31 + length) & 0xff);
      expect(hex(sha1(input))).toBe(createHash('sha1').update(input).digest('hex'));
    }
  });

  it('gives the RFC version-5 UUID other implementations give (Python: uuid5(NAMESPACE_DNS, "www.example.com"))', () => {
    expect(uuidV5(DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('derives the same id for the same name, another for another, in the form the model accepts', () => {
    const id = importedId('https://hypothes.is/a/AbC123');
    expect(id).toBe(importedId('https://hypothes.is/a/AbC123'));
    expect(id).not.toBe(importedId('https://hypothes.is/a/AbC124'));
    expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(importedId('Tập Cận Bình')).toMatch(/^urn:uuid:/);
  });
});
