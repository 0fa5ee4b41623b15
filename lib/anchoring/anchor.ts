/**
 * Finds an annotation's text again in a (possibly edited) article text — the quote-matching strategy of
 * Hypothesis's `match-quote`, written afresh, with stricter acceptance: an annotation whose passage is gone must
 * come back orphaned (null), never pinned to some other sentence.
 *
 * Strategy, cheapest first:
 *  1. Position: the TextPositionSelector's range still holds the quote with the same surroundings → done.
 *  2. Exact: every exact occurrence of the quote is scored on its surroundings (prefix/suffix similarity) and its
 *     closeness to the old position. If the best one has its surroundings intact, nothing can beat it → done.
 *  3. Fuzzy: approximate search (Myers' bit-parallel algorithm, `approx-string-match`): first ~1,000 characters
 *     around the old position, then its neighbourhood (~8,000), then the rest of the text, in chunks so that a
 *     deadline can stop it. Candidates are scored like exact ones, with the quote's own similarity counting most.
 *     The search is bounded by the best candidate so far (branch and bound): it only asks for matches with few
 *     enough errors to still beat it, so an exact occurrence with slightly changed surroundings costs a cheap
 *     search, not a full one — and an edited passage is found even when an unedited copy of its quote (with
 *     different surroundings) stands elsewhere.
 *
 * Score of a candidate (weights as in Hypothesis): 50 × quote similarity + 20 × prefix similarity + 20 × suffix
 * similarity + 2 × position closeness. The quote dominates because it *is* the annotated text; the two contexts
 * together (40) weigh almost as much, which is what tells apart repeated phrases and rejects look-alike sentences;
 * position only breaks ties (2), since edits above the passage shift every offset. The `score` reported is that sum
 * divided by its maximum, in [0, 1]. Similarities are 1 − edit distance / length.
 *
 * Acceptance (why null is returned rather than the best candidate) depends on where the candidate is:
 *  - in the neighbourhood of the old position (NEIGHBOURHOOD_RADIUS + 4 × quote length characters either side;
 *    everywhere when there is no position selector): quote similarity ≥ 0.75, and surroundings either mostly
 *    intact (mean of prefix and suffix similarity ≥ 0.8) or intact on one side (≥ 0.9) with a mean ≥ 0.5 — the
 *    passage stayed and the sentence next to it was rewritten;
 *  - farther away: quote similarity ≥ 0.9 and surroundings mostly intact (mean ≥ 0.8) — a moved passage takes its
 *    text and its surroundings with it; an edited *and* moved one is rare, while formulaic news prose (and the
 *    benchmark's templated text) is full of sentences that differ from the quote only by a few names and share
 *    one side of its context.
 * See the constants for the figures behind each number.
 *
 * Offsets: selectors are NFC (see selectors.ts). The text may be in any form: it is searched in NFC and the result
 * is mapped back to offsets into the caller's string.
 */
import search from 'approx-string-match';
import { asNormalized, type NormalizedText } from './normalize';
import { CONTEXT_LENGTH, type TextPositionSelector, type TextQuoteSelector, type Selector } from './selectors';
import { boundedEditDistance, similarity } from './similarity';

export type AnchorMethod = 'exact' | 'position' | 'fuzzy';

export interface AnchorResult {
  /** UTF-16 offsets into the text passed in (not its NFC form, if they differ). */
  start: number;
  end: number;
  method: AnchorMethod;
  /** Weighted score divided by its maximum: 1 = quote, both contexts and position all intact. */
  score: number;
}

/** `anchored`, `orphaned` (the passage is gone: forget the highlight), or `timeout` (unknown: try again later). */
export type AnchorOutcome = { status: 'anchored'; result: AnchorResult } | { status: 'orphaned' } | { status: 'timeout' };

/** The W3C selector list of an annotation target, or the pair `describe` returns. */
export type AnchorSelectors =
  | readonly Selector[]
  | { quote: TextQuoteSelector; position?: TextPositionSelector | null | undefined };

export interface AnchorOptions {
  /**
   * Time budget in milliseconds for this call (default 50). A fuzzy search still running past it stops and the
   * annotation comes back null (`anchorDetailed`: `timeout`). 50 ms is the "long task" threshold of browsers: one
   * annotation must never make the page janky, whatever the text.
   */
  deadlineMs?: number;
  /**
   * The context length the selectors were recorded with (default CONTEXT_LENGTH, as `describe` does). A stored
   * prefix shorter than this means the quote was that close to the start of the text, so a candidate is compared
   * with this many characters before it (a candidate deep in the text cannot then match an empty prefix); likewise
   * for the suffix and the end. Pass 0 for selectors from producers that store shorter contexts by choice.
   */
  contextLength?: number;
  /** Clock in milliseconds (default `performance.now`); tests inject one to exercise the deadline. */
  now?: () => number;
}

// ---------------------------------------------------------------------------------------------------- constants

/** Scoring weights (Hypothesis's): see the module comment. */
export const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/**
 * A fuzzy match near the old position must keep at least 75% of the quote (edit distance ≤ a quarter of its
 * length). The edits a news site makes to a passage it keeps — a typo fixed, a tone mark moved (hòa → hoà is 2
 * edits), a double space, a number updated, a word swapped — stay well below that on any quote of a few words
 * (two words, "hòa bình" → "hoà bình", sit exactly at it); past a quarter of the characters the sentence was
 * rewritten and the note may no longer apply to it. It also bounds the search: errors above the threshold could
 * never be accepted, so the approximate search is run with maxErrors = ⌊len/4⌋ (capped at 256) rather than
 * Hypothesis's len/2 — the same accepted results, found faster.
 */
export const MIN_QUOTE_SIMILARITY = 0.75;

/**
 * Away from the old position a match must keep 90% of the quote (and have its surroundings mostly intact): a moved
 * paragraph with a typo fixed is found, a look-alike sentence with other names in it is not. On the templated
 * 30,000-word test text, an annotation of a deleted paragraph otherwise found, 10,000 characters away, the next
 * sentence of the same template (other country, city and month: quote similarity 0.8, one side of the context
 * identical). The whole-text search then runs with maxErrors = ⌊len/10⌋, which also makes it cheaper.
 */
export const FAR_QUOTE_SIMILARITY = 0.9;

/**
 * Context similarity (mean of prefix and suffix similarity) of "surroundings mostly intact": 0.8, i.e. the 64
 * characters around the candidate are within ~13 edits of the stored ones — the passage with its surroundings,
 * give or take a typo or a changed word next to it. Needed far from the old position; near it, it is also the bar
 * for stopping early: a match this good in the neighbourhood ends the search (anything still better elsewhere
 * would need the same surroundings and a closer quote: a duplicate of the passage, between which position decides,
 * and position favours the one found).
 */
export const STRONG_CONTEXT_SIMILARITY = 0.8;

/**
 * In the neighbourhood of the old position, a candidate with only partial surroundings is accepted if one side is
 * intact — similarity ≥ 0.9, i.e. at most ~3 edits in 32 characters — and the mean of both sides is ≥ 0.5: what a
 * passage looks like when the sentence before or after it was rewritten or removed (the intact side ~1, the other
 * ~0.2–0.4, mean 0.55–0.7). The same mean far away, or with neither side intact, is what a stock phrase repeated
 * in another paragraph looks like: on the benchmark's templated 30,000-word text, annotations of deleted paragraphs
 * found such look-alikes with means of 0.55–0.75, 1,000 to 110,000 characters away, sides 0.5–0.75 (or one side
 * identical by coincidence, far away). Below a mean of 0.5 the quote alone is not evidence enough, wherever it is.
 */
export const MIN_CONTEXT_SIMILARITY = 0.5;
export const INTACT_SIDE_SIMILARITY = 0.9;

/**
 * The neighbourhood of the old position: this many characters each side, plus 4 × the quote length. Several
 * paragraphs (a paragraph of news is ~300–700 characters), so an update inserted above the passage, a caption or
 * a deleted paragraph leave it in the neighbourhood; `anchorAll` moreover centres it on where the passage's
 * anchored neighbours moved to. It is also the window searched first.
 */
export const NEIGHBOURHOOD_RADIUS = 4096;

/** Default time budget per anchor() call, in milliseconds. */
export const DEFAULT_DEADLINE_MS = 50;

/** Hypothesis's cap on errors: keeps the bit-parallel search to at most 8 blocks of 32 pattern characters. */
export const MAX_ERRORS = 256;

/** First, smaller fuzzy window around the old position (characters each side, plus 2 × quote length). */
const INNER_RADIUS = 512;

/** Contexts longer than this (foreign producers; the model allows 64) are cut: they cost more than they tell. */
const MAX_CONTEXT = 64;

/** Text chunk for whole-text fuzzy search: long enough that per-chunk set-up is negligible, short enough to check
 *  the deadline often (each chunk takes ~0.1 ms) and to report the best match of each region, not only the best
 *  one overall (the library returns only the lowest-error matches of what it is given). */
const CHUNK = 8192;

/** Exact occurrences scored between two deadline checks. */
const EXACT_BATCH = 128;

// ---------------------------------------------------------------------------------------------------- queries

/** An annotation's selectors, normalised for searching. */
export interface Query {
  exact: string;
  prefix: string;
  suffix: string;
  /** Old position range in the NFC text, if a position selector was given. */
  position: { start: number; end: number } | null;
  /** Length of context a candidate is compared with on each side. */
  prefixWindow: number;
  suffixWindow: number;
  /** Largest error count the approximate search is asked for, near the old position and away from it. */
  maxErrors: number;
  farMaxErrors: number;
}

export interface Candidate {
  start: number;
  end: number;
  quoteSimilarity: number;
  /** Mean of the prefix and suffix similarities. */
  contextSimilarity: number;
  /** The better of the prefix and suffix similarities. */
  bestSide: number;
  /** Weighted score (not normalised). */
  total: number;
  /** In the neighbourhood of the hint (true when there is no hint). */
  near: boolean;
}

function pickSelectors(selectors: AnchorSelectors): {
  quote: TextQuoteSelector | undefined;
  position: TextPositionSelector | undefined;
} {
  if (!Array.isArray(selectors)) {
    const pair = selectors as { quote: TextQuoteSelector; position?: TextPositionSelector | null };
    return { quote: pair.quote, position: pair.position ?? undefined };
  }
  const list = selectors as readonly Selector[];
  return {
    quote: list.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector'),
    position: list.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector'),
  };
}

/** The most errors a match of a quote of `length` can have and keep `minSimilarity` (rounding guarded). */
function errorsAllowed(length: number, minSimilarity: number): number {
  return Math.min(MAX_ERRORS, Math.floor(length * (1 - minSimilarity) + 1e-9));
}

/** Builds the search query for `selectors`, or null if there is no usable quote. */
export function makeQuery(selectors: AnchorSelectors, contextLength = CONTEXT_LENGTH): Query | null {
  const { quote, position } = pickSelectors(selectors);
  if (!quote || typeof quote.exact !== 'string') return null;
  const exact = quote.exact.normalize('NFC');
  if (exact.length === 0) return null;
  const prefix = (quote.prefix ?? '').normalize('NFC').slice(-MAX_CONTEXT);
  const suffix = (quote.suffix ?? '').normalize('NFC').slice(0, MAX_CONTEXT);
  // With no context at all there is nothing to compare (a bare quote): windows of 0 make both similarities 1.
  const hasContext = prefix.length > 0 || suffix.length > 0;
  const window = hasContext ? Math.max(0, Math.floor(contextLength)) : 0;
  // An empty range holds no quote: it is how imports from tools that record no position say "unknown" ({0, 0}).
  const valid =
    position && Number.isInteger(position.start) && Number.isInteger(position.end) && position.start >= 0 && position.end > position.start;
  return {
    exact,
    prefix,
    suffix,
    position: valid ? { start: position.start, end: position.end } : null,
    // Context is compared at its own length: another tool may record less than ours, and an unchanged page must
    // still match it in full. An empty side (the quote opens or closes the text) is compared over the whole window.
    prefixWindow: prefix.length > 0 ? prefix.length : window,
    suffixWindow: suffix.length > 0 ? suffix.length : window,
    maxErrors: errorsAllowed(exact.length, MIN_QUOTE_SIMILARITY),
    farMaxErrors: errorsAllowed(exact.length, FAR_QUOTE_SIMILARITY),
  };
}

// ---------------------------------------------------------------------------------------------------- scoring

function maxTotal(hint: number | undefined): number {
  return WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + (hint === undefined ? 0 : WEIGHTS.position);
}

function prefixSimilarity(text: string, query: Query, start: number): number {
  if (query.prefixWindow === 0) return 1;
  const window = text.slice(Math.max(0, start - query.prefixWindow), start);
  return window === query.prefix ? 1 : similarity(query.prefix, window);
}

function suffixSimilarity(text: string, query: Query, end: number): number {
  if (query.suffixWindow === 0) return 1;
  const window = text.slice(end, end + query.suffixWindow);
  return window === query.suffix ? 1 : similarity(query.suffix, window);
}

export function scoreCandidate(
  text: string,
  query: Query,
  start: number,
  end: number,
  quoteSimilarity: number,
  hint: number | undefined,
): Candidate {
  const prefix = prefixSimilarity(text, query, start);
  const suffix = suffixSimilarity(text, query, end);
  let total = WEIGHTS.quote * quoteSimilarity + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix;
  if (hint !== undefined) total += WEIGHTS.position * (1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length)));
  const near = hint === undefined || Math.abs(start - hint) <= neighbourhood(query);
  return { start, end, quoteSimilarity, contextSimilarity: (prefix + suffix) / 2, bestSide: Math.max(prefix, suffix), total, near };
}

/** Radius of the neighbourhood of the old position for this query. */
function neighbourhood(query: Query): number {
  return NEIGHBOURHOOD_RADIUS + 4 * query.exact.length;
}

/** The acceptance rule (see the module comment). The 1e-9 absorbs rounding in 1 − errors / length. */
export function acceptable(candidate: Candidate): boolean {
  const quote = candidate.quoteSimilarity + 1e-9;
  const context = candidate.contextSimilarity;
  if (!candidate.near) return quote >= FAR_QUOTE_SIMILARITY && context >= STRONG_CONTEXT_SIMILARITY;
  if (quote < MIN_QUOTE_SIMILARITY) return false;
  return (
    context >= STRONG_CONTEXT_SIMILARITY ||
    (context >= MIN_CONTEXT_SIMILARITY && candidate.bestSide >= INTACT_SIDE_SIMILARITY)
  );
}

const better = (a: Candidate | null, b: Candidate): boolean => a === null || b.total > a.total;

/** True when the quote sits at `start` with exactly its stored surroundings: the best score there can be. */
export function intactAt(text: string, query: Query, start: number): boolean {
  if (start < 0 || !text.startsWith(query.exact, start)) return false;
  const end = start + query.exact.length;
  const before = text.slice(Math.max(0, start - query.prefixWindow), start);
  const after = text.slice(end, end + query.suffixWindow);
  return (query.prefixWindow === 0 || before === query.prefix) && (query.suffixWindow === 0 || after === query.suffix);
}

// ---------------------------------------------------------------------------------------------------- stages

export interface Deadline {
  now: () => number;
  at: number;
}

export const TIMEOUT = 'timeout' as const;

export interface ExactStage {
  /** Best acceptable exact occurrence, or null. */
  best: Candidate | null;
  /** Start of every exact occurrence (masked out of the fuzzy search, whose lowest-error results they would be). */
  occurrences: number[];
}

/** Scores every exact occurrence of the quote. */
export function exactStage(text: string, query: Query, hint: number | undefined, deadline: Deadline): ExactStage | typeof TIMEOUT {
  const occurrences: number[] = [];
  let best: Candidate | null = null;
  const length = query.exact.length;
  for (let at = text.indexOf(query.exact); at !== -1; at = text.indexOf(query.exact, at + 1)) {
    occurrences.push(at);
    const candidate = scoreCandidate(text, query, at, at + length, 1, hint);
    if (acceptable(candidate) && better(best, candidate)) best = candidate;
    if (occurrences.length % EXACT_BATCH === 0 && deadline.now() > deadline.at) return TIMEOUT;
  }
  return { best, occurrences };
}

/**
 * The largest error count a fuzzy candidate may have and still beat `best` (branch and bound): its total is at
 * most 50 × (1 − e/len) + 40 + 2, which must exceed best.total. Returns −1 when nothing fuzzy can win.
 */
export function errorBound(query: Query, best: Candidate | null, hint: number | undefined): number {
  if (best === null) return query.maxErrors;
  const room = ((maxTotal(hint) - best.total) * query.exact.length) / WEIGHTS.quote;
  return Math.min(query.maxErrors, Math.ceil(room) - 1);
}

/**
 * Text with the exact occurrences replaced by NUL (never in a quote taken from page text), same length so offsets
 * hold. Not U+FFFF: minifiers write it out as a raw character, and Chrome refuses to load a content script holding
 * a Unicode noncharacter ("isn't UTF-8 encoded").
 */
const MASK = String.fromCharCode(0);

function masked(text: string, from: number, to: number, occurrences: readonly number[], length: number): string {
  let slice = text.slice(from, to);
  for (const at of occurrences) {
    if (at + length <= from || at >= to) continue;
    const a = Math.max(at, from) - from;
    const b = Math.min(at + length, to) - from;
    slice = slice.slice(0, a) + MASK.repeat(b - a) + slice.slice(b);
  }
  return slice;
}

/**
 * Nudges a fuzzy match's bounds by up to 2 characters each way where that scores better. The library picks, for
 * each match end, the longest start with the lowest error count, so a tie between "substitute the first character"
 * and "drop it" comes back with a stray character (often a space) in front; the contexts settle such ties.
 */
function refine(text: string, query: Query, candidate: Candidate, hint: number | undefined): Candidate {
  const length = query.exact.length;
  const limit = Math.min(length, Math.round(length * (1 - candidate.quoteSimilarity)) + 4);
  const measure = (start: number, end: number): Candidate | null => {
    if (start < 0 || end > text.length || end <= start) return null;
    const errors = boundedEditDistance(query.exact, text.slice(start, end), limit);
    if (errors > limit) return null;
    return scoreCandidate(text, query, start, end, 1 - errors / length, hint);
  };
  let best = measure(candidate.start, candidate.end) ?? candidate;
  const { end } = best;
  for (let start = candidate.start - 2; start <= candidate.start + 2; start++) {
    const next = start === best.start ? null : measure(start, end);
    if (next && acceptable(next) && next.total > best.total) best = next;
  }
  const { start } = best;
  for (let end2 = end - 2; end2 <= end + 2; end2++) {
    const next = end2 === best.end ? null : measure(start, end2);
    if (next && acceptable(next) && next.total > best.total) best = next;
  }
  return best;
}

/**
 * Approximate search of text[from, to) in overlapping chunks, with at most `cap` errors; adds acceptable
 * candidates that beat `best`. Returns the new best, or TIMEOUT.
 */
function fuzzyRange(
  text: string,
  query: Query,
  from: number,
  to: number,
  cap: number,
  occurrences: readonly number[],
  hint: number | undefined,
  initial: Candidate | null,
  deadline: Deadline,
): Candidate | null | typeof TIMEOUT {
  let best = initial;
  const length = query.exact.length;
  for (let chunkStart = from; chunkStart < to; chunkStart += CHUNK) {
    const maxErrors = Math.min(cap, errorBound(query, best, hint));
    if (maxErrors < 1) break;
    if (deadline.now() > deadline.at) return TIMEOUT;
    // Overlap by a whole match (quote + errors) so that no match is cut in two by a chunk boundary.
    const chunkEnd = Math.min(to, chunkStart + CHUNK + length + maxErrors);
    const slice = masked(text, chunkStart, chunkEnd, occurrences, length);
    for (const match of search(slice, query.exact, maxErrors)) {
      const candidate = scoreCandidate(
        text,
        query,
        chunkStart + match.start,
        chunkStart + match.end,
        1 - match.errors / length,
        hint,
      );
      if (acceptable(candidate) && better(best, candidate)) best = candidate;
    }
    if (chunkEnd >= to) break;
  }
  return best;
}

/**
 * True when `best` cannot be beaten: no fuzzy candidate could score higher (see errorBound), and it lies in the
 * neighbourhood of the old position (or there is none).
 */
export function settled(query: Query, best: Candidate | null, hint: number | undefined): boolean {
  return best !== null && best.near && errorBound(query, best, hint) < 1;
}

/**
 * Fuzzy stage: the neighbourhood of the old position first, then the rest of the text.
 *
 * Position weighs only 2 in the score, but the neighbourhood counts for more in one case: the quote with its
 * surroundings unchanged far away (a pull-quote, a lead repeated in a summary box, a duplicated paragraph) and the
 * passage itself edited in place. The edit is the likelier story, so the neighbourhood is searched on its own,
 * unbounded by a far-away best, and a match there with strong surroundings wins. Otherwise it is highest score.
 */
export function fuzzyStage(
  text: string,
  query: Query,
  hint: number | undefined,
  exact: ExactStage,
  deadline: Deadline,
): Candidate | null | typeof TIMEOUT {
  let best = exact.best;
  if (settled(query, best, hint)) return best;
  const length = query.exact.length;
  const overlap = length + query.maxErrors;
  const refined = (found: Candidate | null): Candidate | null =>
    found === null || found === exact.best ? found : refine(text, query, found, hint);
  /** Searched so far: [from, to). Each wider search covers the parts of its range outside it. */
  let searchedFrom = 0;
  let searchedTo = 0;
  const searchAround = (from: number, to: number, cap: number, initial: Candidate | null): Candidate | null | typeof TIMEOUT => {
    // Each side overlaps what was searched by a match length, so no match is cut at the seam.
    const ranges: Array<[number, number]> =
      searchedTo > searchedFrom
        ? [
            [from, Math.min(to, searchedFrom + overlap)],
            [Math.max(from, searchedTo - overlap), to],
          ]
        : [[from, to]];
    let found = initial;
    for (const [a, b] of ranges) {
      if (b <= a) continue;
      const next = fuzzyRange(text, query, a, b, cap, exact.occurrences, hint, found, deadline);
      if (next === TIMEOUT) return TIMEOUT;
      found = next;
    }
    searchedFrom = from;
    searchedTo = to;
    return found;
  };
  if (hint !== undefined) {
    // The neighbourhood, in two steps: a few paragraphs (where `anchorAll`'s neighbour-corrected hint nearly always
    // puts the passage: a search of ~1,000 characters), then the whole neighbourhood.
    const local = best !== null && best.near ? best : null;
    let found: Candidate | null = local;
    for (const radius of [INNER_RADIUS + 2 * length, neighbourhood(query)]) {
      const from = Math.max(0, hint - radius);
      const searched = searchAround(from, Math.min(text.length, hint + length + radius), query.maxErrors, found);
      if (searched === TIMEOUT) return TIMEOUT;
      found = searched === found ? found : refined(searched);
      if (found !== null && found.near && found.contextSimilarity >= STRONG_CONTEXT_SIMILARITY) return found;
    }
    if (found !== null && better(best, found)) best = found;
    if (best !== null && errorBound(query, best, hint) < 1) return best;
  }
  // Away from the old position only matches that keep FAR_QUOTE_SIMILARITY of the quote can be accepted.
  const rest = searchAround(0, text.length, hint === undefined ? query.maxErrors : query.farMaxErrors, best);
  if (rest === TIMEOUT) return TIMEOUT;
  return rest === best ? best : refined(rest);
}

// ---------------------------------------------------------------------------------------------------- API

export function toResult(view: NormalizedText, query: Query, candidate: Candidate, hint: number | undefined, method?: AnchorMethod): AnchorResult {
  const atOldPosition =
    query.position !== null && candidate.start === query.position.start && candidate.end === query.position.end;
  const kind: AnchorMethod = method ?? (candidate.quoteSimilarity < 1 ? 'fuzzy' : atOldPosition ? 'position' : 'exact');
  const score = Math.round((candidate.total / maxTotal(hint)) * 1000) / 1000;
  return {
    start: view.toOriginal(candidate.start, 'start'),
    end: view.toOriginal(candidate.end, 'end'),
    method: kind,
    score,
  };
}

export function makeDeadline(options: AnchorOptions | undefined, fallbackMs: number): Deadline {
  const now = options?.now ?? (() => performance.now());
  const ms = options?.deadlineMs ?? fallbackMs;
  return { now, at: now() + ms };
}

/** The old position as a search hint, clamped into the text. */
export function hintOf(query: Query, textLength: number): number | undefined {
  return query.position === null ? undefined : Math.min(query.position.start, textLength);
}

/** Runs the stages for one query on a prepared text. `hint` may differ from the stored position (anchorAll shifts
 *  it by the offset its neighbours moved). */
export function anchorQuery(view: NormalizedText, query: Query, hint: number | undefined, deadline: Deadline): AnchorOutcome {
  const text = view.text;
  const position = query.position;
  if (position !== null && position.end - position.start === query.exact.length && intactAt(text, query, position.start)) {
    const candidate = scoreCandidate(text, query, position.start, position.end, 1, position.start);
    return { status: 'anchored', result: toResult(view, query, candidate, position.start, 'position') };
  }
  const exact = exactStage(text, query, hint, deadline);
  if (exact === TIMEOUT) return { status: 'timeout' };
  const best = fuzzyStage(text, query, hint, exact, deadline);
  if (best === TIMEOUT) return { status: 'timeout' };
  return best === null ? { status: 'orphaned' } : { status: 'anchored', result: toResult(view, query, best, hint) };
}

/** Like `anchor`, but tells an orphan (the passage is gone) from a timeout (not known: worth retrying later). */
export function anchorDetailed(text: string | NormalizedText, selectors: AnchorSelectors, options?: AnchorOptions): AnchorOutcome {
  const deadline = makeDeadline(options, DEFAULT_DEADLINE_MS);
  const query = makeQuery(selectors, options?.contextLength);
  if (query === null) return { status: 'orphaned' };
  const view = asNormalized(text);
  return anchorQuery(view, query, hintOf(query, view.text.length), deadline);
}

/**
 * Where the annotation's text is now in `text`, or null if it cannot be found with confidence (orphaned) or not
 * within `options.deadlineMs`. `text` may be passed as a `normalizeText(text)` view to skip re-normalising it.
 */
export function anchor(text: string | NormalizedText, selectors: AnchorSelectors, options?: AnchorOptions): AnchorResult | null {
  const outcome = anchorDetailed(text, selectors, options);
  return outcome.status === 'anchored' ? outcome.result : null;
}
