/**
 * Anchors all of a page's annotations on its text in one call, sharing the work between them:
 *
 *  - the text is normalised (and its offset map built) once, not once per annotation;
 *  - annotations are taken in order of their old position, and the offset by which the last anchored one moved is
 *    carried to the next: an edit above a run of annotations (a paragraph inserted near the top, a caption added)
 *    shifts them all by the same amount, so after the first one each is confirmed with one `startsWith` and two
 *    string compares at its shifted position instead of a scan of the text;
 *  - two phases: first every annotation gets the cheap checks (position, shifted position, exact occurrences);
 *    only then are fuzzy searches run for the rest. The few expensive searches (edited or deleted passages) thus
 *    cannot use up the budget before the many cheap ones are done, and they search around the position their
 *    already-anchored neighbours moved to.
 *
 * Time: `deadlineMs` bounds the whole call (default 500 ms); `perTargetDeadlineMs` can also bound each fuzzy search
 * (default: no bound of its own). Annotations not done in time come back null from `anchorAll`; `anchorAllDetailed` reports them as
 * `timeout`, so that a caller can retry them later (e.g. in an idle callback) instead of listing them as orphaned.
 */
import {
  TIMEOUT,
  exactStage,
  fuzzyStage,
  intactAt,
  makeDeadline,
  makeQuery,
  scoreCandidate,
  settled,
  toResult,
  type AnchorOptions,
  type AnchorOutcome,
  type AnchorResult,
  type AnchorSelectors,
  type Deadline,
  type ExactStage,
  type Query,
} from './anchor';
import { asNormalized, type NormalizedText } from './normalize';

export interface AnchorAllOptions extends AnchorOptions {
  /** Budget for the whole batch in milliseconds (default DEFAULT_BATCH_DEADLINE_MS). */
  deadlineMs?: number;
  /**
   * Budget for each annotation's fuzzy search, within the batch's (default: none of its own). Not 50 ms as for
   * `anchor`: the first searches on a page run before the JIT has compiled the search code, several times slower
   * than the benchmark's warm figures, and a timed-out annotation must not be shown as lost. The cheap checks of
   * every annotation are done before any fuzzy search anyway, so one slow search can only delay other edited ones.
   */
  perTargetDeadlineMs?: number;
}

/**
 * Default batch budget. The benchmark anchors 200 annotations on a 30,000-word text in 1–30 ms once warm, even
 * with edits and deleted paragraphs; the first call on a page runs before the JIT has compiled the search (2–3×
 * slower), on a phone several times slower again. 500 ms covers that with room to spare — an annotation wrongly
 * listed as lost is worse than one slow page load — while still bounding how long the main thread can be held.
 */
export const DEFAULT_BATCH_DEADLINE_MS = 500;

interface Pending {
  index: number;
  rank: number;
  /** Phase 1's exact stage, and the hint it was scored against. */
  exact: ExactStage;
  hint: number | undefined;
}

/** Anchors every target on `text`; result i is target i's outcome. */
export function anchorAllDetailed(
  text: string | NormalizedText,
  targets: readonly AnchorSelectors[],
  options?: AnchorAllOptions,
): AnchorOutcome[] {
  const deadline = makeDeadline(options, DEFAULT_BATCH_DEADLINE_MS);
  const perTargetMs = options?.perTargetDeadlineMs ?? Number.POSITIVE_INFINITY;
  const view = asNormalized(text);
  const nfc = view.text;
  const queries: Array<Query | null> = targets.map((target) => makeQuery(target, options?.contextLength));
  const outcomes: AnchorOutcome[] = targets.map((): AnchorOutcome => ({ status: 'timeout' }));

  // Old-position order (annotations without a position last): neighbours in this order moved by similar amounts.
  const order: number[] = [];
  queries.forEach((query, index) => {
    if (query === null) outcomes[index] = { status: 'orphaned' };
    else order.push(index);
  });
  const startOf = (index: number): number => queries[index]?.position?.start ?? Number.POSITIVE_INFINITY;
  order.sort((a, b) => startOf(a) - startOf(b));
  /** How far each anchored annotation moved (by rank in `order`); undefined until anchored. */
  const moved: Array<number | undefined> = new Array<number | undefined>(order.length);
  const clampHint = (value: number): number => Math.max(0, Math.min(nfc.length, value));

  const anchored = (index: number, rank: number, query: Query, result: AnchorResult, newStart: number): void => {
    outcomes[index] = { status: 'anchored', result };
    if (query.position !== null) moved[rank] = newStart - query.position.start;
  };

  // Phase 1: position, shifted position, exact occurrences.
  const pending: Pending[] = [];
  let shift = 0;
  for (let rank = 0; rank < order.length; rank++) {
    const index = order[rank] ?? 0;
    const query = queries[index];
    if (!query) continue;
    const position = query.position;
    if (position !== null && position.end - position.start === query.exact.length) {
      for (const [offset, method] of [[0, 'position'], [shift, 'exact']] as const) {
        if (method === 'exact' && offset === 0) continue;
        const start = position.start + offset;
        if (!intactAt(nfc, query, start)) continue;
        const hint = clampHint(position.start + offset);
        const candidate = scoreCandidate(nfc, query, start, start + query.exact.length, 1, hint);
        anchored(index, rank, query, toResult(view, query, candidate, hint, method), start);
        shift = offset;
        break;
      }
      if (outcomes[index]?.status === 'anchored') continue;
    }
    if (deadline.now() > deadline.at) continue; // stays `timeout`
    const hint = position === null ? undefined : clampHint(position.start + shift);
    const exact = exactStage(nfc, query, hint, deadline);
    if (exact === TIMEOUT) continue;
    if (exact.best && settled(query, exact.best, hint)) {
      // Nothing fuzzy could beat it (its surroundings are intact): settled without a search.
      anchored(index, rank, query, toResult(view, query, exact.best, hint), exact.best.start);
      shift = moved[rank] ?? shift;
    } else pending.push({ index, rank, exact, hint });
  }

  // Phase 2: fuzzy search for the rest, around where their nearest anchored predecessor moved to.
  let nextRank = 0;
  let lastShift = 0;
  for (const pendingTarget of pending) {
    const { index, rank } = pendingTarget;
    for (; nextRank < rank; nextRank++) lastShift = moved[nextRank] ?? lastShift;
    const query = queries[index];
    if (!query) continue;
    const now = deadline.now();
    if (now > deadline.at) break;
    const own: Deadline = { now: deadline.now, at: Math.min(deadline.at, now + perTargetMs) };
    const hint = query.position === null ? undefined : clampHint(query.position.start + lastShift);
    // Neighbours anchored since phase 1 may have moved the hint: the exact occurrences are then scored again
    // (closeness and the neighbourhood rule depend on it).
    const exact = hint === pendingTarget.hint ? pendingTarget.exact : exactStage(nfc, query, hint, own);
    if (exact === TIMEOUT) continue;
    const best = fuzzyStage(nfc, query, hint, exact, own);
    if (best === TIMEOUT) continue;
    if (best === null) outcomes[index] = { status: 'orphaned' };
    else anchored(index, rank, query, toResult(view, query, best, hint), best.start);
  }
  return outcomes;
}

/** Anchors every target on `text`: result i is target i's anchor, or null (orphaned or out of time). */
export function anchorAll(
  text: string | NormalizedText,
  targets: readonly AnchorSelectors[],
  options?: AnchorAllOptions,
): Array<AnchorResult | null> {
  return anchorAllDetailed(text, targets, options).map((outcome) => (outcome.status === 'anchored' ? outcome.result : null));
}
