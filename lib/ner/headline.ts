/**
 * Is a paragraph a headline in title case or capitals? There capitalisation says nothing about names, so only
 * knowledge-base names are taken from it. A line that ends like a sentence is prose however many names it holds
 * ("Russian Foreign Minister Sergei Lavrov met Ukrainian officials in Geneva.").
 */
import type { TokenDoc } from './token-doc';
import { WORD, wordHash } from '../text/scan';

const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '"', '”', '»'].map(wordHash));

/** `ignoreUpTo`: words this short are not counted (English keeps "of", "in", "a" lower case in headlines). */
export function isHeadlineLike(doc: TokenDoc, from: number, to: number, ignoreUpTo: number): boolean {
  let last = to - 1;
  while (last > from && doc.kinds[last] !== WORD && !SENTENCE_ENDS.has(doc.hashes[last] ?? 0)) last--;
  if (last >= from && doc.kinds[last] !== WORD) return false;
  let words = 0;
  let capitalised = 0;
  for (let t = from; t < to; t++) {
    if (doc.kinds[t] !== WORD || doc.end(t) - doc.start(t) <= ignoreUpTo) continue;
    words++;
    capitalised += doc.capitalised[t] ?? 0;
  }
  return words >= 4 && capitalised / words >= 0.7;
}
