/**
 * The engine's single pass over a text: splits it into tokens and gives each word a hash of its canonical form, in
 * one char-code loop with table look-ups, because this sits on the hot path (the matcher must run at tens of MB/s,
 * and whole-text normalize/toLowerCase/regex passes cost several times more than the matching itself).
 *
 * Canonical form of a word: lower case, the five Vietnamese tone marks taken off the letters and counted apart, so
 * old and new tone placement (hòa/hoà, thủy/thuỷ) and composed or decomposed input (NFC/NFD) hash alike while
 * "Nga" and "Ngà" do not. Vowel-quality marks (ă â ê ô ơ ư) and đ are kept. Offsets are always into the original text.
 *
 * Tokens are words (letters, marks, digits), joiners (- . & ' — dashes and apostrophes of every kind folded) that may
 * sit inside a name ("Á-Âu", "TP.HCM", "AT&T"), and breaks (other punctuation, line breaks) that no name crosses.
 */
export const WORD = 0;
export const JOINER = 1;
export const BREAK = 2;
export type TokenKind = typeof WORD | typeof JOINER | typeof BREAK;

/** Token flags. */
export const CAPITALISED = 1;
export const ALL_UPPER = 2;
export const DIGIT_START = 4;
export const SPACED = 8;

// Class 0 means "not classified yet": `info[code] || classify(code)` fills the table on first sight.
const SPACE = 1;
const LETTER = 2;
const DIGIT = 3;
const JOIN = 4;
const PUNCT = 5;
const TONE_MARK = 6;
const OTHER_MARK = 7;

/**
 * Everything the scan needs to know of a UTF-16 code unit, packed in one integer so the hot loop reads one table
 * entry per character instead of four: bits 0–2 the class, 3–5 the Vietnamese tone, 6 upper case, 16–31 the base
 * letter (lower case, tone removed).
 */
const info = new Int32Array(65536);
const CLASS_MASK = 7;
const TONE_SHIFT = 3;
const UPPER_BIT = 1 << 6;
const BASE_SHIFT = 16;

const pack = (kind: number, base: number, tone: number, upper: boolean): number =>
  kind | (tone << TONE_SHIFT) | (upper ? UPPER_BIT : 0) | (base << BASE_SHIFT);

const TONES: Record<string, number> = { '\u0300': 1, '\u0301': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };
const JOINER_CHARS = new Set(['-', '.', '&', "'"]);
const FOLDED_JOINERS: Record<number, number> = { 0x2019: 39, 0x02bc: 39, 0x2212: 45, 0xfe58: 45, 0xfe63: 45, 0xff0d: 45 };
const letterPattern = /[\p{L}\p{N}]/u;
const markPattern = /\p{M}/u;
const spacePattern = /\s/u;

/** Classifies a code unit once and remembers it; returns the packed entry. */
function classify(code: number): number {
  const char = String.fromCharCode(code);
  let kind: number;
  if (code === 10) kind = PUNCT;
  else if (spacePattern.test(char) || code === 0x200b || code === 0xfeff) kind = SPACE;
  else if (TONES[char] !== undefined) kind = TONE_MARK;
  else if (markPattern.test(char)) kind = OTHER_MARK;
  else if (code >= 0x2010 && code <= 0x2015) kind = JOIN;
  else if (FOLDED_JOINERS[code] !== undefined || JOINER_CHARS.has(char)) kind = JOIN;
  else if (code >= 0xd800 && code <= 0xdfff) kind = LETTER;
  else if (letterPattern.test(char)) kind = /\p{N}/u.test(char) ? DIGIT : LETTER;
  else kind = PUNCT;
  let packed: number;
  if (kind === TONE_MARK) {
    packed = pack(kind, 0, TONES[char] ?? 0, false);
  } else if (kind === JOIN) {
    packed = pack(kind, code >= 0x2010 && code <= 0x2015 ? 45 : (FOLDED_JOINERS[code] ?? code), 0, false);
  } else {
    const lower = char.toLowerCase();
    const single = lower.length === 1 ? lower : char;
    let tone = 0;
    let rest = '';
    for (const part of single.normalize('NFD')) {
      const value = TONES[part];
      if (value !== undefined) tone = value;
      else rest += part;
    }
    const recomposed = rest.normalize('NFC');
    const base = recomposed.length === 1 ? recomposed.charCodeAt(0) : single.charCodeAt(0);
    packed = pack(kind, base, tone, kind === LETTER && single !== char);
  }
  info[code] = packed;
  return packed;
}

// Latin, Vietnamese and the combining marks up front; anything else is classified when first seen.
for (let code = 0; code < 0x250; code++) classify(code);
for (let code = 0x300; code < 0x370; code++) classify(code);
for (let code = 0x1e00; code < 0x1f00; code++) classify(code);

const FNV_PRIME = 16777619;
/**
 * Hashes are cut to 30 bits so V8 keeps them as small integers: Map look-ups on them then neither allocate nor hash
 * a heap number, which halves the matcher's time per word.
 */
const SMALL_INTEGER = 0x3fffffff;
const SEED = 0x811c9dc5 | 0;
const SECOND_SEED = 0x5bd1e995 | 0;

export interface Scan {
  text: string;
  count: number;
  starts: Uint32Array;
  ends: Uint32Array;
  kinds: Uint8Array;
  /** Canonical hash of each token (words and joiners; breaks hash their character). */
  hashes: Int32Array;
  flags: Uint8Array;
}

let bases = new Uint16Array(256);

/**
 * Hashes one word's canonical form, text[start, end). `seed` lets the matcher check a hit with a second,
 * independent hash, so a collision would need both 32-bit hashes to collide.
 */
export function hashWord(text: string, start: number, end: number, seed: number = SEED): number {
  let length = 0;
  let tones = 0;
  if (end - start > bases.length) bases = new Uint16Array(end - start);
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const packed = info[code] || classify(code);
    const kind = packed & CLASS_MASK;
    if (kind === TONE_MARK) {
      tones = tones * 6 + ((packed >>> TONE_SHIFT) & 7);
    } else if (kind === OTHER_MARK) {
      // Decomposed vowel marks (a + breve): recompose with the previous letter, as NFC would.
      const previous = length > 0 ? (bases[length - 1] ?? 0) : 0;
      const composed = (String.fromCharCode(previous) + String.fromCharCode(code)).normalize('NFC');
      if (length > 0 && composed.length === 1) bases[length - 1] = composed.charCodeAt(0);
      else bases[length++] = code;
    } else {
      const tone = (packed >>> TONE_SHIFT) & 7;
      if (tone !== 0) tones = tones * 6 + tone;
      bases[length++] = packed >>> BASE_SHIFT;
    }
  }
  let hash = seed;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ (bases[i] ?? 0), FNV_PRIME);
  return Math.imul(hash ^ (tones + 0x9e37), FNV_PRIME) & SMALL_INTEGER;
}

export function secondHash(text: string, start: number, end: number): number {
  return hashWord(text, start, end, SECOND_SEED);
}

function grown<T extends Uint32Array | Uint8Array | Int32Array>(old: T, larger: T): T {
  larger.set(old);
  return larger;
}

export function scan(text: string): Scan {
  // About one token per three characters in Vietnamese news; growing means copying every array, so start there.
  let capacity = Math.max(16, Math.ceil(text.length / 3));
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let kinds = new Uint8Array(capacity);
  let hashes = new Int32Array(capacity);
  let flags = new Uint8Array(capacity);
  let count = 0;
  const grow = (): void => {
    capacity *= 2;
    starts = grown(starts, new Uint32Array(capacity));
    ends = grown(ends, new Uint32Array(capacity));
    kinds = grown(kinds, new Uint8Array(capacity));
    hashes = grown(hashes, new Int32Array(capacity));
    flags = grown(flags, new Uint8Array(capacity));
  };

  const length = text.length;
  let spaced = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const first = info[code] || classify(code);
    const kind = first & CLASS_MASK;
    if (kind === SPACE) {
      spaced = SPACED;
      i++;
      continue;
    }
    if (count === capacity) grow();
    if (kind === LETTER || kind === DIGIT || kind === TONE_MARK || kind === OTHER_MARK) {
      const start = i;
      let hash = SEED;
      let tones = 0;
      let letters = 0;
      let uppers = 0;
      let decomposed = false;
      for (; i < length; i++) {
        const packed = info[text.charCodeAt(i)] || classify(text.charCodeAt(i));
        const k = packed & CLASS_MASK;
        if (k === LETTER || k === DIGIT) {
          hash = Math.imul(hash ^ (packed >>> BASE_SHIFT), FNV_PRIME);
          const tone = (packed >>> TONE_SHIFT) & 7;
          if (tone !== 0) tones = tones * 6 + tone;
          if (k === LETTER) {
            letters++;
            if (packed & UPPER_BIT) uppers++;
          }
        } else if (k === TONE_MARK || k === OTHER_MARK) {
          decomposed = true;
        } else {
          break;
        }
      }
      hash = decomposed ? hashWord(text, start, i) : Math.imul(hash ^ (tones + 0x9e37), FNV_PRIME) & SMALL_INTEGER;
      starts[count] = start;
      ends[count] = i;
      kinds[count] = WORD;
      hashes[count] = hash;
      flags[count] =
        spaced |
        (first & UPPER_BIT ? CAPITALISED : 0) |
        (letters >= 2 && uppers === letters ? ALL_UPPER : 0) |
        (kind === DIGIT ? DIGIT_START : 0);
      count++;
    } else {
      starts[count] = i;
      ends[count] = i + 1;
      kinds[count] = kind === JOIN ? JOINER : BREAK;
      hashes[count] = Math.imul(SEED ^ (kind === JOIN ? first >>> BASE_SHIFT : code), FNV_PRIME) & SMALL_INTEGER;
      flags[count] = spaced;
      count++;
      i++;
    }
    spaced = 0;
  }
  return { text, count, starts, ends, kinds, hashes, flags };
}

/** The token hashes of a short phrase (a cue word, a knowledge-base form), for look-up tables. */
export function phraseHashes(phrase: string): { hashes: number[]; kinds: number[] } {
  const scanned = scan(phrase);
  return { hashes: Array.from(scanned.hashes.subarray(0, scanned.count)), kinds: Array.from(scanned.kinds.subarray(0, scanned.count)) };
}

/** Hash of a single token (a word or a joiner), as the scan computes it. */
export function wordHash(token: string): number {
  return phraseHashes(token).hashes[0] ?? 0;
}
