/** Anchoring of annotations on article text: see selectors.ts (what is stored), anchor.ts (finding one again) and
 *  anchor-many.ts (a page's worth at once). */
export { CONTEXT_LENGTH, describe, type Selector, type TextPositionSelector, type TextQuoteSelector } from './selectors';
export {
  DEFAULT_DEADLINE_MS,
  FAR_QUOTE_SIMILARITY,
  INTACT_SIDE_SIMILARITY,
  MIN_CONTEXT_SIMILARITY,
  NEIGHBOURHOOD_RADIUS,
  MIN_QUOTE_SIMILARITY,
  STRONG_CONTEXT_SIMILARITY,
  WEIGHTS,
  anchor,
  anchorDetailed,
  type AnchorMethod,
  type AnchorOptions,
  type AnchorOutcome,
  type AnchorResult,
  type AnchorSelectors,
} from './anchor';
export { DEFAULT_BATCH_DEADLINE_MS, anchorAll, anchorAllDetailed, type AnchorAllOptions } from './anchor-many';
export { normalizeText, type NormalizedText } from './normalize';
