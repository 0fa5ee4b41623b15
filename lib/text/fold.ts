/** Lower case, tones and other diacritics removed, đ → d: for matching what a reader types or corrects. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
