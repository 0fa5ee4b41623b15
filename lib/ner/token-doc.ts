/**
 * Per-token facts the name finder needs, computed once per text from the scan: capitalisation, whether a token starts
 * a sentence, and where paragraphs (lines) begin and end.
 */
import { ALL_UPPER, BREAK, CAPITALISED, DIGIT_START, JOINER, SPACED, WORD, phraseHashes, type Scan } from '../text/scan';

const hashOf = (mark: string): number => phraseHashes(mark).hashes[0] ?? 0;
const SENTENCE_MARKS = new Set(['.', '!', '?', ':', '…', '"', '“', '”', '«', '»', '(', '[', ';'].map(hashOf));
const LINE_BREAK = hashOf('\n');

export interface TokenDoc {
  scan: Scan;
  count: number;
  hashes: Int32Array;
  kinds: Uint8Array;
  /** The original text of the token starts with a capital letter. */
  capitalised: Uint8Array;
  /** At least two letters, all upper case ("SCO", "TP"). */
  upper: Uint8Array;
  digit: Uint8Array;
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

export function buildTokenDoc(scanned: Scan): TokenDoc {
  const { count, kinds, hashes, flags, starts, ends, text } = scanned;
  const capitalised = new Uint8Array(count);
  const upper = new Uint8Array(count);
  const digit = new Uint8Array(count);
  const sentenceStart = new Uint8Array(count);
  const spaced = new Uint8Array(count);
  const paragraphs: Array<[number, number]> = [];
  let paragraphStart = 0;
  let atSentenceStart = true;
  for (let t = 0; t < count; t++) {
    const flag = flags[t] ?? 0;
    spaced[t] = flag & SPACED ? 1 : 0;
    const kind = kinds[t];
    if (kind === WORD) {
      capitalised[t] = flag & CAPITALISED ? 1 : 0;
      upper[t] = flag & ALL_UPPER ? 1 : 0;
      digit[t] = flag & DIGIT_START ? 1 : 0;
      sentenceStart[t] = atSentenceStart ? 1 : 0;
      atSentenceStart = false;
      continue;
    }
    const hash = hashes[t] ?? 0;
    if (kind === BREAK && hash === LINE_BREAK) {
      if (t > paragraphStart) paragraphs.push([paragraphStart, t]);
      paragraphStart = t + 1;
      atSentenceStart = true;
    } else if (SENTENCE_MARKS.has(hash)) {
      // A full stop glued to the next word is an abbreviation or a dotted name ("TP.HCM"), not a sentence end.
      const glued = kind === JOINER && t + 1 < count && starts[t + 1] === ends[t];
      if (!glued) atSentenceStart = true;
    }
  }
  if (count > paragraphStart) paragraphs.push([paragraphStart, count]);
  const start = (token: number): number => starts[token] ?? 0;
  const end = (token: number): number => ends[token] ?? 0;
  return {
    scan: scanned,
    count,
    hashes,
    kinds,
    capitalised,
    upper,
    digit,
    sentenceStart,
    spaced,
    paragraphs,
    start,
    end,
    surface: (first, last) => text.slice(start(first), end(last)),
  };
}
