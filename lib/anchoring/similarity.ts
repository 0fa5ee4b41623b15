/**
 * Edit distance (Levenshtein, UTF-16 code units) with a cut-off, and the similarity in [0, 1] built on it.
 *
 * Used to compare a stored 32-character prefix/suffix with the text around a candidate (a 33×33 table: about a
 * thousand cell updates, so scoring thousands of exact occurrences stays within a millisecond or two), and to
 * re-measure a fuzzy candidate's quote when its bounds are nudged. The cut-off (`max`) restricts the table to the
 * diagonal band |i − j| ≤ max (Ukkonen), which is what keeps the quote re-measurement linear in the quote length.
 */

let previousRow = new Int32Array(128);
let currentRow = new Int32Array(128);

/**
 * Levenshtein distance between `a` and `b`, or `max + 1` if it is larger than `max`.
 * Buffers are reused between calls (the module is single-threaded), so scoring loops allocate nothing.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const m = a.length;
  const n = b.length;
  const over = max + 1;
  if (Math.abs(m - n) > max) return over;
  if (m === 0 || n === 0) return Math.max(m, n);
  if (previousRow.length < n + 2) {
    previousRow = new Int32Array(n + 64);
    currentRow = new Int32Array(n + 64);
  }
  let prev = previousRow;
  let cur = currentRow;
  for (let j = 0; j <= n; j++) prev[j] = j <= max ? j : over;
  if (n + 1 < prev.length) prev[n + 1] = over;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    // Column lo − 1 is the band's left edge: the first column is i (i deletions), anything else is out of band.
    cur[lo - 1] = lo === 1 ? (i <= max ? i : over) : over;
    let rowMin = cur[lo - 1] ?? over;
    const code = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      let value = (prev[j - 1] ?? over) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = (prev[j] ?? over) + 1;
      if (deletion < value) value = deletion;
      const insertion = (cur[j - 1] ?? over) + 1;
      if (insertion < value) value = insertion;
      if (value > over) value = over;
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (hi + 1 <= n) cur[hi + 1] = over;
    if (rowMin > max) return over;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return Math.min(prev[n] ?? over, over);
}

/** 1 − distance / longer length: 1 for equal strings (and for two empty ones), 0 for nothing in common. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  return 1 - boundedEditDistance(a, b, longer) / longer;
}
