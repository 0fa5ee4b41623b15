/**
 * Per-token facts the name finder needs, computed once per text: the token's key, whether it is capitalised or all
 * upper case in the original, whether it starts a sentence, and where paragraphs (lines) begin and end.
 */
import type { PreparedText } from './gazetteer';
import { BREAK, JOINER, WORD } from '../text/tokens';

const SENTENCE_MARKS = new Set(['.', '!', '?', ':', '…', '"', '“', '”', '«', '»', '(', '[', '\n', ';', '-', '*', '•']);

export interface TokenDoc {
  prepared: PreparedText;
  count: number;
  keys: string[];
  kinds: Uint8Array;
  /** The original text of the token starts with a capital letter. */
  capitalised: Uint8Array;
  /** At least two letters, all upper case ("SCO", "TP"). */
  upper: Uint8Array;
  /** First word of a sentence or line. */
  sentenceStart: Uint8Array;
  /** Whitespace separates this token from the previous one. */
  spaced: Uint8Array;
  /** Token ranges [start, end) of the paragraphs (lines). */
  paragraphs: Array<[number, number]>;
  start(token: number): number;
  end(token: number): number;
  surface(first: number, last: number): string;
}

export function buildTokenDoc(prepared: PreparedText): TokenDoc {
  const { text, key, toOriginal, tokens } = prepared;
  const count = tokens.count;
  const keys = new Array<string>(count);
  const capitalised = new Uint8Array(count);
  const upper = new Uint8Array(count);
  const sentenceStart = new Uint8Array(count);
  const spaced = new Uint8Array(count);
  const paragraphs: Array<[number, number]> = [];
  let paragraphStart = 0;
  let atSentenceStart = true;
  for (let t = 0; t < count; t++) {
    const startKey = tokens.starts[t] ?? 0;
    const endKey = tokens.ends[t] ?? 0;
    const tokenKey = key.slice(startKey, endKey);
    keys[t] = tokenKey;
    spaced[t] = t > 0 && (tokens.ends[t - 1] ?? 0) < startKey ? 1 : 0;
    const kind = tokens.kinds[t];
    if (kind === WORD) {
      const original = text.slice(toOriginal(startKey), toOriginal(endKey));
      const first = original.charAt(0);
      capitalised[t] = first !== first.toLowerCase() ? 1 : 0;
      upper[t] = original.length >= 2 && original === original.toUpperCase() && original !== original.toLowerCase() ? 1 : 0;
      sentenceStart[t] = atSentenceStart ? 1 : 0;
      atSentenceStart = false;
    } else if (kind === BREAK || kind === JOINER) {
      if (tokenKey === '\n') {
        if (t > paragraphStart) paragraphs.push([paragraphStart, t]);
        paragraphStart = t + 1;
        atSentenceStart = true;
      } else if (SENTENCE_MARKS.has(tokenKey)) {
        // A full stop glued to the next word is an abbreviation or a dotted name ("TP.HCM"), not a sentence end.
        const glued = kind === JOINER && t + 1 < count && (tokens.starts[t + 1] ?? 0) === endKey;
        if (!glued) atSentenceStart = true;
      }
    }
  }
  if (count > paragraphStart) paragraphs.push([paragraphStart, count]);
  const start = (token: number): number => toOriginal(tokens.starts[token] ?? 0);
  const end = (token: number): number => toOriginal(tokens.ends[token] ?? 0);
  return {
    prepared,
    count,
    keys,
    kinds: tokens.kinds,
    capitalised,
    upper,
    sentenceStart,
    spaced,
    paragraphs,
    start,
    end,
    surface: (first, last) => text.slice(start(first), end(last)),
  };
}
