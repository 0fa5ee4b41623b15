/**
 * How much one import may hold. The whole file is read into memory, parsed and validated in the extension page
 * before anything is written, and then written in a single IndexedDB transaction: these bounds keep that to a few
 * hundred megabytes of memory and a transaction the browser finishes in seconds. A reader's annotations are counted
 * in thousands; a file past these limits is almost certainly not one of theirs.
 */
import type { ImportProblem } from './problems';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_ANNOTATIONS = 100_000;

type TooLarge = Extract<ImportProblem, { kind: 'tooLarge' }>;

/** The refusal for a file of `bytes` bytes, or null when it is small enough. The UI calls it with `File.size`
 *  before reading the file at all. */
export function fileSizeProblem(bytes: number): TooLarge | null {
  return bytes <= MAX_FILE_BYTES ? null : { kind: 'tooLarge', bytes, maxBytes: MAX_FILE_BYTES };
}

/** The same refusal for a file already read as text: its UTF-8 size (what it weighed on disk) is what counts. Only
 *  whether it is past the limit is worked out, so the size is not given. */
export function textSizeProblem(text: string): TooLarge | null {
  return exceedsUtf8(text, MAX_FILE_BYTES) ? { kind: 'tooLarge', bytes: null, maxBytes: MAX_FILE_BYTES } : null;
}

/** The refusal for a file of `count` annotations, or null when there are few enough. */
export function countProblem(count: number): Extract<ImportProblem, { kind: 'tooMany' }> | null {
  return count <= MAX_ANNOTATIONS ? null : { kind: 'tooMany', count, max: MAX_ANNOTATIONS };
}

/**
 * Is `text` more than `limit` bytes in UTF-8? Each UTF-16 unit is 1 to 3 bytes (a surrogate pair 4 for two), so
 * most texts are decided by their length alone; the rest are counted, stopping as soon as the limit is passed.
 */
export function exceedsUtf8(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is one 4-byte character: its first half counts 3, its second half 1.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xdc00 && code <= 0xdfff ? 1 : 3;
    if (bytes > limit) return true;
  }
  return false;
}
