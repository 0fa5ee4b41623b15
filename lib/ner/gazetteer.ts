/**
 * The knowledge-base matcher: finds every surface form of every known entity in a text, longest match first.
 *
 * Forms are stored as a trie of match-key tokens (see `text/match-key.ts` and `text/tokens.ts`), so one left-to-right
 * pass over the text's tokens finds all of them with one Map look-up per word, whatever the number of forms. Case is
 * checked afterwards on the original characters: capitalised words of a form must be capitalised in the text, and
 * upper-case abbreviations (SCO, EU) must match exactly.
 */
import { keyOf, keyText } from '../text/match-key';
import { BREAK, JOINER, WORD, tokenize, type TokenList } from '../text/tokens';
import type { CompiledEntity } from '../knowledge/schema';

/** A text with its match key and tokens, computed once and shared by every pass of the engine. */
export interface PreparedText {
  text: string;
  key: string;
  toOriginal: (keyOffset: number) => number;
  tokens: TokenList;
}

export function prepareText(text: string): PreparedText {
  const { key, toOriginal } = keyText(text);
  return { text, key, toOriginal, tokens: tokenize(key) };
}

interface FormRef {
  entity: CompiledEntity;
  /** Per token of the form: must the text's token start with a capital letter? */
  capitalised: boolean[];
  /** For upper-case abbreviations, the exact form the text must contain. */
  exact: string | null;
}

interface TrieNode {
  next: Map<string, TrieNode> | null;
  forms: FormRef[] | null;
}

export interface GazetteerMatch {
  start: number;
  end: number;
  /** First and last token of the match in the prepared text's token list. */
  firstToken: number;
  lastToken: number;
  entity: CompiledEntity;
  /** Other entities sharing the matched form (an ambiguous name), best first after `entity`. */
  alternatives: CompiledEntity[];
}

const UPPER_ABBREVIATION = /^[\p{Lu}\d.&-]+$/u;

function isCapitalised(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

function isAbbreviation(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && UPPER_ABBREVIATION.test(form);
}

export class Gazetteer {
  private readonly root = new Map<string, TrieNode>();
  readonly formCount: number;

  constructor(entities: readonly CompiledEntity[]) {
    let formCount = 0;
    for (const entity of entities) {
      for (const form of entity.forms) {
        if (this.add(entity, form)) formCount++;
      }
    }
    this.formCount = formCount;
  }

  private add(entity: CompiledEntity, form: string): boolean {
    const key = keyOf(form);
    const tokens = tokenize(key);
    if (tokens.count === 0) return false;
    const words: string[] = [];
    const capitalised: boolean[] = [];
    for (let i = 0; i < tokens.count; i++) {
      if (tokens.kinds[i] === BREAK) return false;
      // Key and form have the same length for the NFC forms the compiler produces, so offsets carry over.
      const start = tokens.starts[i] ?? 0;
      const end = tokens.ends[i] ?? 0;
      words.push(key.slice(start, end));
      capitalised.push(tokens.kinds[i] === WORD && isCapitalised(form.slice(start, end)));
    }
    if (tokens.kinds[0] !== WORD) return false;
    let level = this.root;
    let node: TrieNode | undefined;
    for (const word of words) {
      node = level.get(word);
      if (!node) {
        node = { next: null, forms: null };
        level.set(word, node);
      }
      node.next ??= new Map();
      level = node.next;
    }
    if (!node) return false;
    node.forms ??= [];
    if (node.forms.some((ref) => ref.entity === entity)) return false;
    node.forms.push({ entity, capitalised, exact: isAbbreviation(form) ? form : null });
    return true;
  }

  find(text: string): GazetteerMatch[] {
    return this.scan(prepareText(text));
  }

  scan(prepared: PreparedText): GazetteerMatch[] {
    const { text, key, toOriginal, tokens } = prepared;
    const { count, starts, ends, kinds } = tokens;
    const matches: GazetteerMatch[] = [];
    for (let t = 0; t < count; t++) {
      if (kinds[t] !== WORD) continue;
      let node = this.root.get(key.slice(starts[t], ends[t]));
      let best: { last: number; refs: FormRef[] } | null = null;
      let j = t;
      while (node) {
        if (node.forms) {
          const accepted = node.forms.filter((ref) => this.accepts(ref, text, toOriginal, tokens, t, j));
          if (accepted.length > 0) best = { last: j, refs: accepted };
        }
        j++;
        if (j >= count || kinds[j] === BREAK || !node.next) break;
        node = node.next.get(key.slice(starts[j], ends[j]));
      }
      if (best) {
        const [first, ...rest] = best.refs;
        if (first) {
          matches.push({
            start: toOriginal(starts[t] ?? 0),
            end: toOriginal(ends[best.last] ?? 0),
            firstToken: t,
            lastToken: best.last,
            entity: first.entity,
            alternatives: rest.map((ref) => ref.entity),
          });
        }
        t = best.last;
      }
    }
    return matches;
  }

  private accepts(
    ref: FormRef,
    text: string,
    toOriginal: (offset: number) => number,
    tokens: TokenList,
    first: number,
    last: number,
  ): boolean {
    // A form that ends in a joiner ("U.S.") is fine; one that would end on a joiner the text continues past is not.
    if (tokens.kinds[last] === JOINER && last + 1 < tokens.count && tokens.starts[last + 1] === tokens.ends[last]) {
      return false;
    }
    const start = toOriginal(tokens.starts[first] ?? 0);
    const end = toOriginal(tokens.ends[last] ?? 0);
    if (ref.exact !== null) {
      const surface = text.slice(start, end).normalize('NFC');
      return surface === ref.exact || surface.replace(/\s+/g, '') === ref.exact.replace(/\s+/g, '');
    }
    for (let k = 0; k < ref.capitalised.length; k++) {
      if (!ref.capitalised[k]) continue;
      const tokenStart = toOriginal(tokens.starts[first + k] ?? 0);
      if (!isCapitalised(text.charAt(tokenStart))) return false;
    }
    return true;
  }
}
