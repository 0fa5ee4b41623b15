/**
 * Match keys: the form of a text the matcher compares. A key is NFC, lower case, with new-style Vietnamese tone
 * placement, one kind of dash and one kind of space. Diacritics and đ are kept: "Nga" must not match "ngà".
 *
 * The key has exactly as many UTF-16 units as the text it came from whenever the text is already NFC and lower-casing
 * keeps lengths (true of Latin, Vietnamese, Cyrillic, Greek, CJK), so key offsets are text offsets. For the rare text
 * where that fails (decomposed input, "İ"), `toOriginal` maps key offsets back to the original text.
 */
import { canonicalTonePlacement } from './vietnamese-tones';

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const APOSTROPHES = /[\u2019\u02BC]/g;

function unifyPunctuation(text: string): string {
  return text.replace(DASHES, '-').replace(SPACES, ' ').replace(APOSTROPHES, "'");
}

/** The key of a short string such as a knowledge-base alias. */
export function keyOf(text: string): string {
  return canonicalTonePlacement(unifyPunctuation(text.normalize('NFC')).toLowerCase());
}

export interface KeyedText {
  key: string;
  /** Offset in the original text of the key offset `i` (valid for 0 ≤ i ≤ key.length). */
  toOriginal: (keyOffset: number) => number;
}

const identity = (offset: number): number => offset;

export function keyText(text: string): KeyedText {
  const nfc = text.normalize('NFC');
  const lower = nfc.toLowerCase();
  if (nfc.length === text.length && lower.length === text.length) {
    return { key: canonicalTonePlacement(unifyPunctuation(lower)), toOriginal: identity };
  }
  return keyTextSlow(text);
}

/** Per grapheme-ish cluster (base + combining marks): each key unit remembers the cluster it came from. */
function keyTextSlow(text: string): KeyedText {
  const parts: string[] = [];
  const origins: number[] = [];
  for (const match of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const piece = unifyPunctuation(match[0].normalize('NFC')).toLowerCase();
    parts.push(piece);
    for (let i = 0; i < piece.length; i++) origins.push(match.index);
  }
  origins.push(text.length);
  const key = canonicalTonePlacement(parts.join(''));
  return {
    key,
    toOriginal: (keyOffset) => {
      // A key offset inside a cluster maps to the cluster's start; the end of a cluster maps to the next one's start.
      return origins[keyOffset] ?? text.length;
    },
  };
}
