/**
 * The engine's one public entry point: text (+ language) → entity mentions with UTF-16 offsets into that text.
 *
 * Two sources of mentions: the knowledge base's names (linked) and names found from capitalisation and context
 * (unlinked). Where they overlap, the longest outer name wins; a knowledge-base name wins a tie.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { CompiledEntity } from '../knowledge/schema';
import { buildTokenDoc, type TokenDoc } from './token-doc';
import type { Candidate } from './candidate';
import { facilityStart, findVietnameseNames } from './names-vi';
import { findEnglishNames, lowerCaseWords } from './names-en';
import { wordTails } from './word-tails';
import { detectLanguage } from '../text/language';
import { JOINER, WORD, scan } from '../text/scan';
import type { EntityType, Lang, Mention } from './types';

export interface RecogniseOptions {
  /** The page's language; 'auto' detects it per paragraph. */
  lang: Lang | 'auto';
}

interface Span {
  first: number;
  last: number;
  type: EntityType;
  id: string | null;
  rank: number;
}

/** Short names that are also ordinary words ("Anh" is Britain and "brother"): not trusted at a sentence start. */
function acceptMatch(doc: TokenDoc, first: number, last: number, entity: CompiledEntity): boolean {
  if (last > first || !entity.tags?.includes('ambiguous-short')) return true;
  const previous = first - 1;
  // "Minh Anh" is a person, not Britain: a short name glued to a capitalised word belongs to that name.
  const afterCapitalised = previous >= 0 && doc.kinds[previous] === WORD && doc.capitalised[previous] === 1;
  return !doc.sentenceStart[first] && !afterCapitalised;
}

function paragraphLanguage(doc: TokenDoc, from: number, to: number, fallback: Lang): Lang {
  return detectLanguage(doc.surface(from, Math.max(from, to - 1))) ?? fallback;
}

/**
 * Capitalised words of a candidate, a hyphenated compound counting once: "T-shirt" and "E-commerce" starting a
 * sentence are one word, not a two-word name ("Hwang Dong-hyuk" still has two).
 */
/** A country's id (`loc:` and its two-letter ISO code): "US Supreme Court" is a country's court, not one name. */
const COUNTRY_ID = /^loc:[a-z]{2}$/;

function wordCount(doc: TokenDoc, candidate: Candidate): number {
  let words = 0;
  for (let t = candidate.first; t <= candidate.last; t++) {
    const glued = t > candidate.first && doc.kinds[t - 1] === JOINER && !doc.spaced[t - 1] && !doc.spaced[t];
    if (doc.kinds[t] === WORD && doc.capitalised[t] && !glued) words++;
  }
  return words;
}

export function recognise(kb: KnowledgeBase, text: string, options: RecogniseOptions): Mention[] {
  if (text.length === 0) return [];
  const scanned = scan(text);
  const doc = buildTokenDoc(scanned);
  const matches = kb.gazetteer.scan(scanned);
  const spans: Span[] = [];
  const coverage = new Array<EntityType | undefined>(doc.count);
  // Known cities and regions by their last token, for names that start with one ("Bristol City Council").
  const placesEndingAt = new Map<number, number>();
  for (let index = 0; index < matches.count; index++) {
    const first = matches.firstTokens[index] ?? 0;
    const last = matches.lastTokens[index] ?? 0;
    const entity = matches.entities[index];
    if (!entity || !acceptMatch(doc, first, last, entity)) continue;
    coverage.fill(entity.type, first, last + 1);
    spans.push({ first, last, type: entity.type, id: entity.id, rank: 2 });
    if (entity.type === 'LOC' && !COUNTRY_ID.test(entity.id)) placesEndingAt.set(last, first);
  }

  const pageLang = options.lang === 'auto' ? (detectLanguage(text) ?? 'en') : options.lang;
  const tails = wordTails(kb);
  let ordinary: Set<number> | null = null;
  const candidates: Array<Candidate & { lang: Lang }> = [];
  for (const [from, to] of doc.paragraphs) {
    const lang = options.lang === 'auto' ? paragraphLanguage(doc, from, to, pageLang) : pageLang;
    if (lang === 'vi') {
      for (const found of findVietnameseNames(doc, from, to, coverage, tails)) candidates.push({ ...found, lang });
    } else {
      ordinary ??= lowerCaseWords(doc);
      for (const found of findEnglishNames(doc, from, to, coverage, ordinary, placesEndingAt)) candidates.push({ ...found, lang });
    }
  }

  // What the document itself says: a name typed once keeps its type; a person's last name alone is that person.
  const typedSurfaces = new Map<string, EntityType>();
  const personParts = new Set<number>();
  const surfaceKey = (first: number, last: number): string => doc.hashes.subarray(first, last + 1).join(' ');
  // An English run of two or more capitalised words with no other clue is most often a person; a Vietnamese one
  // without a family name or a clue is as often a place, a brand or a work, so it is left out.
  const personByDefault = (candidate: Candidate & { lang: Lang }): boolean => candidate.lang === 'en' && wordCount(doc, candidate) >= 2;
  for (const candidate of candidates) {
    if (candidate.type === 'PER' || (candidate.type === null && personByDefault(candidate))) {
      if (candidate.last > candidate.first) personParts.add(doc.hashes[candidate.last] ?? 0);
    }
    if (candidate.type !== null) typedSurfaces.set(surfaceKey(candidate.first, candidate.last), candidate.type);
  }
  for (const span of spans) if (span.type === 'PER' && span.last > span.first) personParts.add(doc.hashes[span.last] ?? 0);
  for (const candidate of candidates) {
    // One word, a hyphenated one included: "Bankman-Fried" after "Sam Bankman-Fried".
    const single = wordCount(doc, candidate) <= 1;
    const type =
      candidate.type ??
      typedSurfaces.get(surfaceKey(candidate.first, candidate.last)) ??
      (single && personParts.has(doc.hashes[candidate.last] ?? 0) ? 'PER' : null) ??
      (personByDefault(candidate) ? 'PER' : null);
    if (type === null) continue;
    spans.push({ first: candidate.first, last: candidate.last, type, id: null, rank: candidate.headed ? 3 : 1 });
  }
  return resolveOverlaps(spans, doc.count).map(withFacilityWord(doc)).map((span) => {
    const start = doc.start(span.first);
    const end = doc.end(span.last);
    return { start, end, type: span.type, text: text.slice(start, end), id: span.id };
  });
}

/** Vietnamese places named with their generic word ("sông Hồng", "đường Nguyễn Huệ") become one place. */
function withFacilityWord(doc: TokenDoc): (span: Span, index: number, spans: Span[]) => Span {
  return (span, index, spans) => {
    if (span.type !== 'LOC' && !(span.type === 'PER' && span.id === null)) return span;
    const previousEnd = index > 0 ? (spans[index - 1]?.last ?? -1) + 1 : 0;
    const first = facilityStart(doc, span.first, previousEnd);
    if (first === span.first) return span;
    // A street named after a person is a place, not that person.
    return { ...span, first, type: 'LOC', id: span.type === 'LOC' ? span.id : null };
  };
}

/**
 * Keeps the best of overlapping spans: a headed name ("Đại học Quốc gia Hà Nội") over the knowledge-base names
 * inside it, then knowledge-base names, then the longest.
 */
function resolveOverlaps(spans: Span[], tokenCount: number): Span[] {
  // Knowledge-base names never overlap each other (the matcher is leftmost-longest). A headed name outranks only
  // the knowledge-base names it strictly contains; one that cuts a known name short ("Tổ chức An ninh" inside
  // "Tổ chức An ninh và Hợp tác châu Âu") or merely repeats it gives way.
  const known = new Int32Array(tokenCount).fill(-1);
  spans.forEach((span, index) => {
    if (span.rank === 2) known.fill(index, span.first, span.last + 1);
  });
  const containsOnlyWhole = (span: Span): boolean => {
    for (let t = span.first; t <= span.last; t++) {
      const other = spans[known[t] ?? -1];
      if (!other) continue;
      if (other.first < span.first || other.last > span.last || (other.first === span.first && other.last === span.last)) return false;
    }
    return true;
  };
  const ordered = spans
    .filter((span) => span.rank !== 3 || containsOnlyWhole(span))
    .sort((a, b) => b.rank - a.rank || b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken: Span[] = [];
  const occupied = new Uint8Array(tokenCount);
  for (const span of ordered) {
    let free = true;
    for (let t = span.first; t <= span.last && free; t++) if (occupied[t]) free = false;
    if (!free) continue;
    occupied.fill(1, span.first, span.last + 1);
    taken.push(span);
  }
  return taken.sort((a, b) => a.first - b.first);
}
