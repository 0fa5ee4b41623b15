import { describe, expect, it } from 'vitest';
import { keyOf, keyText } from '@/lib/text/match-key';

describe('match keys', () => {
  it('lower-cases, unifies dashes and moves old-style tones without changing length', () => {
    const text = 'Hòa Bình – Thủy Điện';
    const { key } = keyText(text);
    expect(key).toBe('hoà bình - thuỷ điện');
    expect(key.length).toBe(text.length);
  });

  it('keeps đ and diacritics apart from plain letters', () => {
    expect(keyOf('Đà Nẵng')).not.toBe(keyOf('Da Nang'));
    expect(keyOf('Nga')).not.toBe(keyOf('Ngà'));
  });

  it('maps key offsets back into decomposed text', () => {
    const text = 'Hà Nội'.normalize('NFD');
    const keyed = keyText(text);
    expect(keyed.key).toBe('hà nội');
    const start = keyed.key.indexOf('nội');
    expect(text.slice(keyed.toOriginal(start), keyed.toOriginal(start + 3)).normalize('NFC')).toBe('Nội');
  });
});
