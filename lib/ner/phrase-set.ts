/** A set of short phrases (cue words, titles, heads) looked up by token position in a prepared text. */
import { keyOf } from '../text/match-key';
import { tokenize } from '../text/tokens';

export class PhraseSet {
  private readonly phrases = new Set<string>();
  readonly maxTokens: number;

  constructor(list: readonly string[]) {
    let maxTokens = 1;
    for (const phrase of list) {
      const key = keyOf(phrase);
      const tokens = tokenize(key);
      const parts: string[] = [];
      for (let i = 0; i < tokens.count; i++) parts.push(key.slice(tokens.starts[i], tokens.ends[i]));
      if (parts.length === 0) continue;
      this.phrases.add(parts.join(' '));
      maxTokens = Math.max(maxTokens, parts.length);
    }
    this.maxTokens = maxTokens;
  }

  /** Number of tokens of the longest phrase starting at `first` (0 when none), not reaching `limit`. */
  longestAt(keys: readonly string[], first: number, limit: number): number {
    let phrase = '';
    let best = 0;
    for (let n = 1; n <= this.maxTokens && first + n - 1 < limit; n++) {
      phrase = n === 1 ? (keys[first] ?? '') : `${phrase} ${keys[first + n - 1] ?? ''}`;
      if (this.phrases.has(phrase)) best = n;
    }
    return best;
  }

  /** Number of tokens of the longest phrase ending at `last` (0 when none), not reaching before `floor`. */
  longestEndingAt(keys: readonly string[], last: number, floor: number): number {
    let best = 0;
    for (let n = 1; n <= this.maxTokens && last - n + 1 >= floor; n++) {
      const phrase = keys.slice(last - n + 1, last + 1).join(' ');
      if (this.phrases.has(phrase)) best = n;
    }
    return best;
  }

  has(phrase: string): boolean {
    return this.phrases.has(phrase);
  }
}
