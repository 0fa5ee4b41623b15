/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) over the article's plain text:
 * the content script joins the article's paragraphs with "\n" into one string and maps offsets to DOM ranges itself,
 * so everything here is strings and UTF-16 offsets.
 *
 * Both selectors are recorded for every annotation: the position is a cheap, exact hint for an unchanged page; the
 * quote and its surroundings are what lets the annotation be found again after the page was edited. Selector text
 * and positions are always in NFC, whatever form the described text was in, so an annotation made on a decomposed
 * page (NFD) anchors on a composed one and the other way round.
 *
 * The types are structurally those of `lib/annotations/model.ts`, so an annotation's `target.selector` can be
 * passed to `anchor` as it is.
 */
import { asNormalized, type NormalizedText } from './normalize';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  /** The selected text, NFC. */
  exact: string;
  /** Up to CONTEXT_LENGTH characters right before `exact` (fewer only at the start of the text). */
  prefix: string;
  /** Up to CONTEXT_LENGTH characters right after `exact` (fewer only at the end of the text). */
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** UTF-16 offsets into the NFC text; `end` is exclusive. */
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/**
 * Characters of context kept on each side. 32 is what Hypothesis records: enough to tell apart repeated phrases
 * (a name or a stock phrase occurring many times in one article) and small enough to survive nearby edits and keep
 * the stored annotation small. Both sides together give 64 characters of evidence to score a candidate against.
 */
export const CONTEXT_LENGTH = 32;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Selectors for `text.slice(start, end)`. Offsets are into `text` as given (any normalisation form); the selectors
 * come out in NFC. A context cut would leave half of a surrogate pair at its outer edge: that half is dropped.
 * `text` may be a prepared `normalizeText(text)` view, to describe many ranges of one long text cheaply.
 */
export function describe(
  text: string | NormalizedText,
  start: number,
  end: number,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const view = asNormalized(text);
  const length = view.original.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
    throw new RangeError(`describe: invalid range [${start}, ${end}) for a text of length ${length}`);
  }
  const nfc = view.text;
  const from = view.toNormalized(start, 'start');
  const to = Math.max(from, view.toNormalized(end, 'end'));
  let prefixStart = Math.max(0, from - CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(nfc.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(nfc.length, to + CONTEXT_LENGTH);
  if (suffixEnd < nfc.length && isHighSurrogate(nfc.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: nfc.slice(from, to),
      prefix: nfc.slice(prefixStart, from),
      suffix: nfc.slice(to, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}
