import { describe, expect, it } from 'vitest';
import { ALL_UPPER, BREAK, CAPITALISED, JOINER, WORD, scan, wordHash } from '@/lib/text/scan';

const words = (text: string) => {
  const result = scan(text);
  return Array.from({ length: result.count }, (_, i) => text.slice(result.starts[i], result.ends[i]));
};

describe('scan', () => {
  it('splits words, joiners and breaks with offsets into the original text', () => {
    const text = 'TP.HCM, Á-Âu\n“Nga”';
    expect(words(text)).toEqual(['TP', '.', 'HCM', ',', 'Á', '-', 'Âu', '\n', '“', 'Nga', '”']);
    const result = scan(text);
    expect(Array.from(result.kinds.subarray(0, 4))).toEqual([WORD, JOINER, WORD, BREAK]);
  });

  it('hashes case, tone placement and composition alike', () => {
    const hash = (word: string) => scan(word).hashes[0];
    expect(hash('Hòa')).toBe(hash('hoà'));
    expect(hash('THỦY')).toBe(hash('thuỷ'));
    expect(hash('Hà'.normalize('NFD'))).toBe(hash('hà'));
    expect(hash('Ă'.normalize('NFD'))).toBe(hash('ă'));
    expect(hash('Nga')).not.toBe(hash('Ngà'));
    expect(hash('Đà')).not.toBe(hash('Da'));
    expect(hash('–')).toBe(hash('-'));
    expect(wordHash('nga')).toBe(hash('NGA'));
  });

  it('flags capitalised and all-upper words and keeps offsets in decomposed text', () => {
    const text = 'Ông SCO Hà Nội'.normalize('NFD');
    const result = scan(text);
    expect(result.count).toBe(4);
    expect(result.flags[1]! & ALL_UPPER).toBeTruthy();
    expect(result.flags[2]! & CAPITALISED).toBeTruthy();
    expect(text.slice(result.starts[3], result.ends[3]).normalize('NFC')).toBe('Nội');
  });

  it('survives empty, binary and other-script input', () => {
    expect(scan('').count).toBe(0);
    expect(scan('\u0000\uFFFF\uD800 ').count).toBeGreaterThan(0);
    expect(words('北京 Москва')).toEqual(['北京', 'Москва']);
  });
});
