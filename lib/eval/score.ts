/**
 * Scores predicted entity spans against gold spans the way news-NER evaluations do: a prediction counts only when its
 * start, end and (for typed scores) type all match a gold span.
 */

export interface ScoredSpan {
  start: number;
  end: number;
  type: string;
  id: string | null;
}

export interface Counts {
  truePositives: number;
  predicted: number;
  gold: number;
}

export interface Report {
  perType: Record<string, Counts>;
  typed: Counts;
  untyped: Counts;
  /** Gold spans with an id whose boundaries were found. */
  linkable: number;
  /** …of which the predicted id is the gold id. */
  linkedCorrectly: number;
}

export const emptyCounts = (): Counts => ({ truePositives: 0, predicted: 0, gold: 0 });

export function emptyReport(): Report {
  return { perType: {}, typed: emptyCounts(), untyped: emptyCounts(), linkable: 0, linkedCorrectly: 0 };
}

/** EVENT counts as MISC in the headline score (the four-type convention of public Vietnamese NER sets). */
export function fourTypes(type: string): string {
  return type === 'EVENT' ? 'MISC' : type;
}

function add(counts: Counts, other: Counts): void {
  counts.truePositives += other.truePositives;
  counts.predicted += other.predicted;
  counts.gold += other.gold;
}

export function scoreDocument(
  report: Report,
  gold: readonly ScoredSpan[],
  predicted: readonly ScoredSpan[],
  mapType: (type: string) => string = fourTypes,
): void {
  const goldByBounds = new Map(gold.map((span) => [`${span.start}:${span.end}`, span]));
  const typeCounts = (type: string): Counts => (report.perType[type] ??= emptyCounts());
  for (const span of gold) typeCounts(mapType(span.type)).gold++;
  for (const span of predicted) typeCounts(mapType(span.type)).predicted++;
  const untyped: Counts = { truePositives: 0, predicted: predicted.length, gold: gold.length };
  const typed: Counts = { truePositives: 0, predicted: predicted.length, gold: gold.length };
  for (const span of predicted) {
    const match = goldByBounds.get(`${span.start}:${span.end}`);
    if (!match) continue;
    untyped.truePositives++;
    if (mapType(match.type) === mapType(span.type)) {
      typed.truePositives++;
      typeCounts(mapType(span.type)).truePositives++;
    }
    if (match.id !== null) {
      report.linkable++;
      if (match.id === span.id) report.linkedCorrectly++;
    }
  }
  add(report.untyped, untyped);
  add(report.typed, typed);
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export function scores(counts: Counts): Scores {
  const precision = counts.predicted === 0 ? 0 : counts.truePositives / counts.predicted;
  const recall = counts.gold === 0 ? 0 : counts.truePositives / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

