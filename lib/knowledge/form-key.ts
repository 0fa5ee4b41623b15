/**
 * The match key of a knowledge-base form, computed at build time so the worker loads a ready trie: the canonical
 * hash of each token, a second hash to confirm hits, which tokens must be capitalised, and whether the form is an
 * upper-case abbreviation that must match exactly.
 */
import { BREAK, CAPITALISED, WORD, scan, secondHash } from '../text/scan';

/** [token hashes, confirming hashes, capitalised-token bit mask, 1 if an exact-case abbreviation]. */
export type FormKey = [number[], number[], number, 0 | 1];

const UPPER_ABBREVIATION = /^[\p{Lu}\d.&\s-]+$/u;

export function isAbbreviation(form: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && UPPER_ABBREVIATION.test(form);
}

/** Null for a form no text can match (it starts with punctuation or holds a break such as a comma). */
export function formKey(form: string): FormKey | null {
  const tokens = scan(form);
  if (tokens.count === 0 || tokens.count > 30 || tokens.kinds[0] !== WORD) return null;
  const hashes: number[] = [];
  const confirms: number[] = [];
  let mask = 0;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kinds[i] === BREAK) return null;
    hashes.push(tokens.hashes[i] ?? 0);
    confirms.push(secondHash(form, tokens.starts[i] ?? 0, tokens.ends[i] ?? 0));
    if (tokens.kinds[i] === WORD && ((tokens.flags[i] ?? 0) & CAPITALISED) !== 0) mask |= 1 << i;
  }
  return [hashes, confirms, mask, isAbbreviation(form) ? 1 : 0];
}
