/**
 * The reader's entity corrections, a local layer over the bundled knowledge base: they are annotations (kind
 * "entity") and apply to every page by the corrected words themselves — "not a name", another type, another link,
 * or a name the engine missed.
 */
import type { Annotation } from '../annotations/model';
import { fold } from '../text/fold';
import type { EntityType, Mention } from './types';

export interface Correction {
  /** The corrected words, as quoted. */
  surface: string;
  type: EntityType | 'NOT_AN_ENTITY';
  id: string | null;
}

export function correctionsFrom(annotations: readonly Annotation[]): Correction[] {
  const corrections: Correction[] = [];
  for (const annotation of annotations) {
    if (annotation['newslens:kind'] !== 'entity') continue;
    let type: Correction['type'] | null = null;
    let id: string | null = null;
    for (const body of annotation.body) {
      if (body.purpose === 'classifying') type = body.value;
      if (body.purpose === 'identifying') id = body['newslens:kb'] ?? null;
    }
    const surface = annotation.target.selector[0].exact.trim();
    if (type && surface) corrections.push({ surface, type, id });
  }
  return corrections;
}

/** Whole-word occurrences of `surface` in `text` (case and tones ignored, as the reader would see them). */
function occurrences(text: string, foldedText: string, surface: string): Array<[number, number]> {
  const needle = fold(surface);
  const found: Array<[number, number]> = [];
  if (!needle) return found;
  const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let at = foldedText.indexOf(needle); at >= 0; at = foldedText.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!isWordChar(text[at - 1]) && !isWordChar(text[end])) found.push([at, end]);
  }
  return found;
}

/**
 * Applies corrections, the most recent last (a later correction of the same words wins): mentions of rejected words
 * go, retyped or relinked ones change, and missed ones are added where they stand whole in the text.
 */
export function applyCorrections(text: string, mentions: readonly Mention[], corrections: readonly Correction[]): Mention[] {
  if (corrections.length === 0) return [...mentions];
  const latest = new Map<string, Correction>();
  for (const correction of corrections) latest.set(fold(correction.surface), correction);
  // fold() keeps lengths for NFC Vietnamese and Latin text; where it would not, corrections are skipped, not misplaced.
  const foldedText = fold(text);
  if (foldedText.length !== text.length) return [...mentions];
  const result: Mention[] = [];
  for (const mention of mentions) {
    const correction = latest.get(fold(mention.text));
    if (!correction) result.push(mention);
    else if (correction.type !== 'NOT_AN_ENTITY') result.push({ ...mention, type: correction.type, id: correction.id ?? mention.id });
  }
  for (const correction of latest.values()) {
    if (correction.type === 'NOT_AN_ENTITY') continue;
    for (const [start, end] of occurrences(text, foldedText, correction.surface)) {
      if (result.some((mention) => mention.start < end && start < mention.end)) continue;
      result.push({ start, end, type: correction.type, text: text.slice(start, end), id: correction.id });
    }
  }
  return result.sort((a, b) => a.start - b.start);
}
