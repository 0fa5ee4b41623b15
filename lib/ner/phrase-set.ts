/**
 * A set of short phrases (cue words, titles, heads) looked up by token position: two hash tries, one read forwards
 * and one backwards, so a look-up walks a few Map entries and builds no strings.
 */
import { phraseHashes } from '../text/scan';

interface Node {
  next: Map<number, Node>;
  end: boolean;
}

function insert(root: Map<number, Node>, hashes: readonly number[]): void {
  let level = root;
  let node: Node | undefined;
  for (const hash of hashes) {
    node = level.get(hash);
    if (!node) {
      node = { next: new Map(), end: false };
      level.set(hash, node);
    }
    level = node.next;
  }
  if (node) node.end = true;
}

export class PhraseSet {
  private readonly forwards = new Map<number, Node>();
  private readonly backwards = new Map<number, Node>();

  constructor(list: readonly string[]) {
    for (const phrase of list) {
      const { hashes } = phraseHashes(phrase);
      if (hashes.length === 0) continue;
      insert(this.forwards, hashes);
      insert(this.backwards, [...hashes].reverse());
    }
  }

  /** Number of tokens of the longest phrase starting at `first` (0 when none), not reaching `limit`. */
  longestAt(hashes: Int32Array, first: number, limit: number): number {
    let best = 0;
    let level = this.forwards;
    for (let t = first; t < limit; t++) {
      const node = level.get(hashes[t] ?? 0);
      if (!node) break;
      if (node.end) best = t - first + 1;
      level = node.next;
    }
    return best;
  }

  /** Number of tokens of the longest phrase ending at `last` (0 when none), not reaching before `floor`. */
  longestEndingAt(hashes: Int32Array, last: number, floor: number): number {
    let best = 0;
    let level = this.backwards;
    for (let t = last; t >= floor; t--) {
      const node = level.get(hashes[t] ?? 0);
      if (!node) break;
      if (node.end) best = last - t + 1;
      level = node.next;
    }
    return best;
  }
}

/** A set of single words, by hash. */
export function wordSet(words: readonly string[]): ReadonlySet<number> {
  const set = new Set<number>();
  for (const word of words) {
    const { hashes } = phraseHashes(word);
    if (hashes.length === 1 && hashes[0] !== undefined) set.add(hashes[0]);
  }
  return set;
}
