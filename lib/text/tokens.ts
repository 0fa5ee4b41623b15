/**
 * A tokenizer for match keys, written as a char-code loop because it sits on the engine's hot path: the matcher must
 * run at tens of MB/s, and a Unicode regex per token costs several times more than a table look-up per character.
 *
 * Tokens are words (letters, marks, digits), joiners (- . & ') that may sit inside a name ("Á-Âu", "TP.HCM", "AT&T")
 * and breaks (any other punctuation, and line breaks) that no name crosses. Spaces separate tokens and are dropped.
 */
export const WORD = 0;
export const JOINER = 1;
export const BREAK = 2;
export type TokenKind = typeof WORD | typeof JOINER | typeof BREAK;

export interface TokenList {
  count: number;
  starts: Uint32Array;
  ends: Uint32Array;
  kinds: Uint8Array;
}

const otherWordChars = new Map<number, boolean>();
const wordCharPattern = /[\p{L}\p{M}\p{N}]/u;

export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code < 0x250) return code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
  if (code >= 0x300 && code <= 0x36f) return true;
  if (code >= 0x1e00 && code <= 0x1eff) return true;
  let known = otherWordChars.get(code);
  if (known === undefined) {
    known = wordCharPattern.test(String.fromCharCode(code));
    otherWordChars.set(code, known);
  }
  return known;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000;
}

function isJoinerCode(code: number): boolean {
  return code === 45 || code === 46 || code === 38 || code === 39;
}

export function tokenize(key: string): TokenList {
  let capacity = Math.max(16, key.length >> 2);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let kinds = new Uint8Array(capacity);
  let count = 0;
  const push = (start: number, end: number, kind: TokenKind): void => {
    if (count === capacity) {
      capacity *= 2;
      const grownStarts = new Uint32Array(capacity);
      grownStarts.set(starts);
      starts = grownStarts;
      const grownEnds = new Uint32Array(capacity);
      grownEnds.set(ends);
      ends = grownEnds;
      const grownKinds = new Uint8Array(capacity);
      grownKinds.set(kinds);
      kinds = grownKinds;
    }
    starts[count] = start;
    ends[count] = end;
    kinds[count] = kind;
    count++;
  };

  const length = key.length;
  let i = 0;
  while (i < length) {
    const code = key.charCodeAt(i);
    if (isWordCode(code)) {
      const start = i;
      i++;
      while (i < length && isWordCode(key.charCodeAt(i))) i++;
      push(start, i, WORD);
    } else if (isSpaceCode(code)) {
      i++;
    } else {
      push(i, i + 1, isJoinerCode(code) ? JOINER : BREAK);
      i++;
    }
  }
  return { count, starts, ends, kinds };
}
