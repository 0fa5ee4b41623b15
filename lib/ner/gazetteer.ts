/**
 * The knowledge-base matcher: finds every surface form of every known entity in a text, longest match first.
 *
 * Forms live in a trie keyed by canonical word hashes (see `text/scan.ts` and `knowledge/match-index.ts`), so one
 * left-to-right pass over the text's tokens finds all of them with one hash-table probe per word, whatever the number
 * of forms, without building a single substring. A hit is confirmed with a second, independent hash of each word.
 * Case is checked on the original characters: capitalised words of a form must be capitalised in the text, and
 * upper-case abbreviations (SCO, EU) must match exactly.
 */
import { BREAK, CAPITALISED, JOINER, WORD, scan, secondHash, type Scan } from '../text/scan';
import type { MatchIndex } from '../knowledge/match-index';
import type { CompiledEntity } from '../knowledge/schema';

export interface GazetteerMatch {
  start: number;
  end: number;
  /** First and last token of the match in the scan's token list. */
  firstToken: number;
  lastToken: number;
  entity: CompiledEntity;
  /** Other entities sharing the matched form (an ambiguous name), best first after `entity`. */
  alternatives: CompiledEntity[];
}

/**
 * Matches as parallel arrays: a dense page has tens of thousands of mentions, and one object per match made
 * allocation and garbage collection the matcher's largest cost.
 */
export class MatchList {
  count = 0;
  firstTokens = new Uint32Array(64);
  lastTokens = new Uint32Array(64);
  readonly entities: CompiledEntity[] = [];
  /** Only for ambiguous forms: match index → the other entities, best first. */
  readonly alternatives = new Map<number, CompiledEntity[]>();

  push(first: number, last: number, entity: CompiledEntity): number {
    if (this.count === this.firstTokens.length) {
      const firstTokens = new Uint32Array(this.count * 2);
      firstTokens.set(this.firstTokens);
      this.firstTokens = firstTokens;
      const lastTokens = new Uint32Array(this.count * 2);
      lastTokens.set(this.lastTokens);
      this.lastTokens = lastTokens;
    }
    this.firstTokens[this.count] = first;
    this.lastTokens[this.count] = last;
    this.entities.push(entity);
    return this.count++;
  }
}

const withoutSpaces = (text: string): string => text.replace(/\s+/g, '').normalize('NFC');

/** text[start, end) equals `exact` once spaces are dropped (no slicing: this runs for every abbreviation hit). */
function sameIgnoringSpaces(text: string, start: number, end: number, exact: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9 || code === 0xa0) continue;
    if (code !== exact.charCodeAt(k)) return withoutSpaces(text.slice(start, end)) === exact;
    k++;
  }
  return k === exact.length;
}

export class Gazetteer {
  private readonly exactForms = new Map<number, string>();
  private readonly lowerStarts: Uint8Array;

  constructor(
    private readonly index: MatchIndex,
    private readonly entities: readonly CompiledEntity[],
  ) {
    this.lowerStarts = index.lowerStartFilter();
  }

  get formCount(): number {
    return this.index.formCount;
  }

  /** Lower-case words inside organisation and event names ("Ngoại giao"), for the Vietnamese name parser. */
  get nameTails(): ReadonlySet<number> {
    return this.index.tails;
  }

  find(text: string): GazetteerMatch[] {
    const tokens = scan(text);
    const list = this.scan(tokens);
    return list.entities.map((entity, index) => {
      const firstToken = list.firstTokens[index] ?? 0;
      const lastToken = list.lastTokens[index] ?? 0;
      return {
        start: tokens.starts[firstToken] ?? 0,
        end: tokens.ends[lastToken] ?? 0,
        firstToken,
        lastToken,
        entity,
        alternatives: list.alternatives.get(index) ?? [],
      };
    });
  }

  scan(tokens: Scan): MatchList {
    const { count, kinds, hashes, flags } = tokens;
    const index = this.index;
    const matches = new MatchList();
    for (let t = 0; t < count; t++) {
      if (kinds[t] !== WORD) continue;
      const hash = hashes[t] ?? 0;
      const lower = ((flags[t] ?? 0) & CAPITALISED) === 0;
      if (lower && this.lowerStarts[hash & 0xffff] === 0) continue;
      let node = index.child(0, hash);
      if (node < 0 || (lower && !index.allowsLowerStart(node))) continue;
      // Most words start no name: the loop below runs only for the few that do, and allocates only on a match.
      let bestLast = -1;
      let bestNode = -1;
      let j = t;
      while (node >= 0) {
        const to = index.formsEnd(node);
        for (let form = index.formsStart(node); form < to; form++) {
          if (this.fits(form, tokens, t, j)) {
            bestLast = j;
            bestNode = node;
            break;
          }
        }
        j++;
        if (j >= count || kinds[j] === BREAK) break;
        node = index.child(node, hashes[j] ?? 0);
      }
      if (bestNode < 0) continue;
      let matchIndex = -1;
      const to = index.formsEnd(bestNode);
      for (let form = index.formsStart(bestNode); form < to; form++) {
        if (!this.fits(form, tokens, t, bestLast) || !this.confirmed(form, tokens, t)) continue;
        const entity = this.entities[index.entityOf(form)];
        if (!entity) continue;
        if (matchIndex < 0) {
          matchIndex = matches.push(t, bestLast, entity);
        } else {
          const others = matches.alternatives.get(matchIndex) ?? [];
          others.push(entity);
          matches.alternatives.set(matchIndex, others);
        }
      }
      if (matchIndex >= 0) t = bestLast;
    }
    return matches;
  }

  /** Case and boundaries: cheap checks on flags, run at every trie node that ends a form. */
  private fits(form: number, tokens: Scan, first: number, last: number): boolean {
    const { text, starts, ends, kinds, flags } = tokens;
    // A form ending in a joiner ("U.S.") must not stop inside a longer dotted token ("U.S.A").
    if (kinds[last] === JOINER && last + 1 < tokens.count && starts[last + 1] === ends[last]) return false;
    const mask = this.index.capitalisedMaskOf(form);
    for (let k = 0; k <= last - first; k++) {
      if (mask & (1 << k) && ((flags[first + k] ?? 0) & CAPITALISED) === 0) return false;
    }
    return !this.index.isExact(form) || sameIgnoringSpaces(text, starts[first] ?? 0, ends[last] ?? 0, this.exactForm(form));
  }

  private exactForm(form: number): string {
    let exact = this.exactForms.get(form);
    if (exact === undefined) {
      exact = withoutSpaces(this.entities[this.index.entityOf(form)]?.forms[this.index.formIndexOf(form)] ?? '');
      this.exactForms.set(form, exact);
    }
    return exact;
  }

  /** The second hash of every word agrees: run once per match, so a hash collision cannot make one. */
  private confirmed(form: number, tokens: Scan, first: number): boolean {
    const tokenCount = this.index.tokenCountOf(form);
    const confirmAt = this.index.confirmAtOf(form);
    for (let k = 0; k < tokenCount; k++) {
      const t = first + k;
      const hash = secondHash(tokens.text, tokens.starts[t] ?? 0, tokens.ends[t] ?? 0);
      if (hash !== this.index.confirm(confirmAt + k)) return false;
    }
    return true;
  }
}
