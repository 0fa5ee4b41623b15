/**
 * Vietnamese or English? The product reads those two languages, so this is a binary choice, and Vietnamese gives
 * itself away: about one letter in four carries a diacritic found in no English word (ă â đ ê ô ơ ư and the tones).
 * Counting them is exact on news paragraphs and costs one pass, which is why no n-gram detector is bundled.
 */
import type { Lang } from '../ner/types';

const VIETNAMESE_LETTERS = /[ăâđêôơưĂÂĐÊÔƠƯ\u00C0-\u00C3\u00C8-\u00CA\u00CC\u00CD\u00D2-\u00D5\u00D9\u00DA\u00DD\u00E0-\u00E3\u00E8-\u00EA\u00EC\u00ED\u00F2-\u00F5\u00F9\u00FA\u00FD\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/g;
const LATIN_LETTERS = /[A-Za-z]/g;

/** Share of Vietnamese-specific letters above which a text is Vietnamese (English news stays near 0). */
const VIETNAMESE_SHARE = 0.04;

/** Detects the language of a text; null when it has too few letters to tell. */
export function detectLanguage(text: string): Lang | null {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const vietnamese = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  const latin = sample.match(LATIN_LETTERS)?.length ?? 0;
  const letters = vietnamese + latin;
  if (letters < 12) return null;
  return vietnamese / letters >= VIETNAMESE_SHARE ? 'vi' : 'en';
}

/** The language a `lang` attribute declares, when it is one we read. */
export function languageFromTag(tag: string | null | undefined): Lang | null {
  // Split on strings, not a regular expression: this runs as the content script starts, on every page, and a
  // fresh isolated world's first regular expression costs a few tenths of a millisecond to set up.
  const primary = tag?.trim().toLowerCase().split('-')[0]?.split('_')[0];
  return primary === 'vi' || primary === 'en' ? primary : null;
}
