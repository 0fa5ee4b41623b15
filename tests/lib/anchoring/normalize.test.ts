import { describe, expect, it } from 'vitest';
import { normalizeText } from '@/lib/anchoring/normalize';
import { TEXT } from './fixtures';

describe('normalizeText', () => {
  it('is the identity on NFC text', () => {
    const view = normalizeText(TEXT);
    expect(view.identity).toBe(true);
    expect(view.text).toBe(TEXT);
    expect(view.toNormalized(17, 'start')).toBe(17);
    expect(view.toOriginal(17, 'end')).toBe(17);
  });

  it('maps word boundaries of decomposed Vietnamese text exactly, both ways', () => {
    const nfd = TEXT.normalize('NFD');
    const view = normalizeText(nfd);
    expect(view.identity).toBe(false);
    expect(view.text).toBe(TEXT);
    // Every space is a boundary both texts share: its offsets map onto each other.
    const nfcSpaces = [...TEXT.matchAll(/ /g)].map((m) => m.index);
    const nfdSpaces = [...nfd.matchAll(/ /g)].map((m) => m.index);
    expect(nfdSpaces.map((at) => view.toNormalized(at, 'start'))).toEqual(nfcSpaces);
    expect(nfcSpaces.map((at) => view.toOriginal(at, 'end'))).toEqual(nfdSpaces);
    expect(view.toNormalized(nfd.length, 'end')).toBe(TEXT.length);
    expect(view.toOriginal(TEXT.length, 'end')).toBe(nfd.length);
  });

  it('maps letter boundaries inside a decomposed word, and rounds offsets inside a letter outwards', () => {
    const nfd = 'hòa bình'.normalize('NFD'); // h o ◌̀ a ␠ b i ◌̀ n h
    const view = normalizeText(`Duy trì ${nfd}.`);
    expect(view.text).toBe('Duy trì hòa bình.');
    const o = 'Duy trì h'.length; // the o, first of "o + ◌̀"
    expect(view.toNormalized(o, 'start')).toBe(o);
    expect(view.toNormalized(o + 2, 'start')).toBe(o + 1); // after the mark: the NFC "ò" ends here
    expect(view.toNormalized(o + 1, 'start')).toBe(o); // between o and its mark: round to the letter's start
    expect(view.toNormalized(o + 1, 'end')).toBe(o + 1); // … or to its end
    expect(view.toOriginal(o + 1, 'end')).toBe(o + 2);
  });

  it('handles a mix of composed and decomposed text and characters outside the BMP', () => {
    const mixed = `Hà Nội 😀 ${'Thủy điện'.normalize('NFD')} và ${'Huế'.normalize('NFC')}`;
    const view = normalizeText(mixed);
    expect(view.text).toBe(mixed.normalize('NFC'));
    const at = mixed.indexOf(' và');
    expect(view.text.slice(view.toNormalized(at, 'start'))).toBe(' và Huế');
  });
});
