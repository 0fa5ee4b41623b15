import { describe, expect, it } from 'vitest';
import { boundedEditDistance, similarity } from '@/lib/anchoring/similarity';

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}

describe('boundedEditDistance', () => {
  it('agrees with plain Levenshtein within the bound and reports max + 1 beyond it', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const letters = 'aàáảãạbđ ';
    const word = (length: number) => Array.from({ length }, () => letters[Math.floor(random() * letters.length)]).join('');
    for (let n = 0; n < 500; n++) {
      const a = word(Math.floor(random() * 40));
      const b = random() < 0.5 ? word(Math.floor(random() * 40)) : a.slice(1) + word(2);
      const max = Math.floor(random() * 45);
      const exact = levenshtein(a, b);
      expect(boundedEditDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
    }
  });

  it('gives similarities in [0, 1]', () => {
    expect(similarity('', '')).toBe(1);
    expect(similarity('hòa bình', 'hòa bình')).toBe(1);
    expect(similarity('abc', '')).toBe(0);
    expect(similarity('hòa bình', 'hoà bình')).toBe(0.75);
  });
});
