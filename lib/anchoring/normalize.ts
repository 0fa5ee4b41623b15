/**
 * NFC view of a text with offset maps both ways.
 *
 * Selectors are stored in NFC (the content script's text is NFC already), but a page may serve decomposed text
 * (NFD, or a mix: "hòa" as h + o + U+0300 + a). Anchoring searches the NFC form and maps the offsets it finds back
 * to the caller's string, so callers may pass any normalisation form and always get offsets into *their* string.
 *
 * How the map is built without a per-character table: NFC never composes or reorders across an ASCII character
 * (ASCII characters are starters, are never the second half of a canonical composition, and have no
 * decomposition), so the text is cut before every ASCII character into short chunks that can be normalised one by
 * one. Only chunks that NFC changes are recorded; every other offset moves by the accumulated length difference.
 * A changed chunk is further cut before each non-mark code point (base letter + its combining marks) when that
 * gives the same result, so a boundary between two letters of a decomposed word still maps exactly; an offset that
 * falls *inside* a recorded piece (between a letter and its marks) is rounded outwards: to the piece's start for a
 * range start and to its end for a range end, so a mapped range never loses part of a character.
 */

export type Bias = 'start' | 'end';

export interface NormalizedText {
  /** The caller's string. */
  readonly original: string;
  /** `original` in NFC. */
  readonly text: string;
  /** True when `original` was already NFC: every offset maps to itself. */
  readonly identity: boolean;
  /** Offset in `original` → offset in `text`. */
  toNormalized(offset: number, bias: Bias): number;
  /** Offset in `text` → offset in `original`. */
  toOriginal(offset: number, bias: Bias): number;
}

const MARK = /\p{M}/u;

/** Pieces of the text that NFC changed, as parallel arrays sorted by offset. */
interface Pieces {
  origStart: number[];
  origEnd: number[];
  normStart: number[];
  normEnd: number[];
}

/** Index of the last piece whose start (in `starts`) is < offset, or -1. */
function lastBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function mapOffset(
  offset: number,
  bias: Bias,
  fromStart: readonly number[],
  fromEnd: readonly number[],
  toStart: readonly number[],
  toEnd: readonly number[],
): number {
  const index = lastBefore(fromStart, offset);
  if (index < 0) return offset;
  const end = fromEnd[index] ?? 0;
  if (offset < end) return bias === 'start' ? (toStart[index] ?? 0) : (toEnd[index] ?? 0);
  return offset + ((toEnd[index] ?? 0) - end);
}

function record(pieces: Pieces, origStart: number, origEnd: number, normStart: number, normEnd: number): void {
  pieces.origStart.push(origStart);
  pieces.origEnd.push(origEnd);
  pieces.normStart.push(normStart);
  pieces.normEnd.push(normEnd);
}

/** Records the pieces of one chunk that NFC changed; returns the chunk's NFC form. */
function normalizeChunk(chunk: string, origOffset: number, normOffset: number, pieces: Pieces): string {
  const normalized = chunk.normalize('NFC');
  if (normalized === chunk) return chunk;
  // Try the finer cut: one piece per base character and its marks.
  const bounds: number[] = [0];
  let index = 0;
  for (const char of chunk) {
    if (index > 0 && !MARK.test(char)) bounds.push(index);
    index += char.length;
  }
  bounds.push(chunk.length);
  const parts: string[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) parts.push(chunk.slice(bounds[i], bounds[i + 1]).normalize('NFC'));
  if (parts.join('') !== normalized) {
    // Composition across base characters (e.g. conjoining Hangul jamo): map the chunk as one unit.
    record(pieces, origOffset, origOffset + chunk.length, normOffset, normOffset + normalized.length);
    return normalized;
  }
  let normAt = normOffset;
  for (let i = 0; i < parts.length; i++) {
    const from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? 0;
    const part = parts[i] ?? '';
    if (part !== chunk.slice(from, to)) record(pieces, origOffset + from, origOffset + to, normAt, normAt + part.length);
    normAt += part.length;
  }
  return normalized;
}

function identityView(text: string): NormalizedText {
  return { original: text, text, identity: true, toNormalized: (offset) => offset, toOriginal: (offset) => offset };
}

/** Builds the NFC view of `text`. O(n); for NFC input (the usual case) it is one `normalize` call and a compare. */
export function normalizeText(text: string): NormalizedText {
  if (text.normalize('NFC') === text) return identityView(text);
  const pieces: Pieces = { origStart: [], origEnd: [], normStart: [], normEnd: [] };
  const out: string[] = [];
  let normLength = 0;
  // Groups of at least GROUP characters, cut before an ASCII character, are normalised whole first: most of a
  // partly decomposed page is unchanged by NFC and costs one call per group instead of one per word.
  const GROUP = 256;
  let groupStart = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && (i - groupStart < GROUP || text.charCodeAt(i) >= 0x80)) continue;
    const group = text.slice(groupStart, i);
    const normalizedGroup = group.normalize('NFC');
    if (normalizedGroup === group) {
      out.push(group);
      normLength += group.length;
    } else {
      // Cut the group before each ASCII character and normalise the chunks one by one.
      let chunkStart = 0;
      for (let j = 1; j <= group.length; j++) {
        if (j < group.length && group.charCodeAt(j) >= 0x80) continue;
        const normalized = normalizeChunk(group.slice(chunkStart, j), groupStart + chunkStart, normLength, pieces);
        out.push(normalized);
        normLength += normalized.length;
        chunkStart = j;
      }
    }
    groupStart = i;
  }
  const normalizedText = out.join('');
  return {
    original: text,
    text: normalizedText,
    identity: false,
    toNormalized: (offset, bias) =>
      mapOffset(offset, bias, pieces.origStart, pieces.origEnd, pieces.normStart, pieces.normEnd),
    toOriginal: (offset, bias) =>
      mapOffset(offset, bias, pieces.normStart, pieces.normEnd, pieces.origStart, pieces.origEnd),
  };
}

/** `text` if it is already a view, else its view (lets hot paths prepare a text once and reuse it). */
export function asNormalized(text: string | NormalizedText): NormalizedText {
  return typeof text === 'string' ? normalizeText(text) : text;
}
