/**
 * Vietnamese names the knowledge base does not know. Vietnamese capitalises every syllable of a person's or place's
 * name and the first syllable of each word of an organisation's name, so: runs of capitalised syllables are name
 * candidates, and organisation, event and document names are parsed from their head word ("Bộ", "Hội nghị", "Luật")
 * through the capitalised words that follow. Types come from the words around the name.
 */
import type { Candidate, Coverage } from './candidate';
import { PhraseSet } from './phrase-set';
import type { TokenDoc } from './token-doc';
import { JOINER, WORD } from '../text/tokens';
import {
  EVENT_HEADS, FAMILY_NAMES, MISC_HEADS, NON_NAMES, ORGANISATION_HEADS, PERSON_TITLES, PLACE_CUES, SENTENCE_STARTERS,
} from './lexicon/vi';
import type { EntityType } from './types';

const titles = new PhraseSet(PERSON_TITLES);
const organisationHeads = new PhraseSet(ORGANISATION_HEADS);
const eventHeads = new PhraseSet(EVENT_HEADS);
const miscHeads = new PhraseSet(MISC_HEADS);
const placeCues = new PhraseSet(PLACE_CUES);
const starters = new PhraseSet(SENTENCE_STARTERS);
const familyNames = new Set(FAMILY_NAMES);
const nonNames = new PhraseSet(NON_NAMES);

/** Function words that never continue a capitalised word inside a name ("Bộ Ngoại giao cho biết"). */
const FUNCTION_WORDS = new Set([
  'cho', 'của', 'và', 'là', 'đã', 'sẽ', 'đang', 'với', 'tại', 'ở', 'được', 'bị', 'về', 'theo', 'trong', 'ngày',
  'có', 'không', 'này', 'đó', 'các', 'những', 'một', 'hai', 'khi', 'sau', 'trước', 'để', 'từ', 'đến', 'tới', 'vào',
  'ra', 'lên', 'xuống', 'cũng', 'vẫn', 'rằng', 'thì', 'mà', 'nên', 'nhưng', 'hay', 'hoặc', 'như', 'nói', 'cho biết',
  'năm', 'tháng', 'lần', 'người', 'ông', 'bà', 'phát', 'gặp', 'thăm', 'dự', 'họp', 'tiếp', 'nhận', 'kêu', 'gọi',
]);

/** How far (in tokens) a title's promise of a person carries: "Ngoại trưởng Nga Sergei Lavrov". */
const TITLE_REACH = 6;

function headType(doc: TokenDoc, at: number, limit: number): { type: EntityType; length: number } | null {
  if (!doc.capitalised[at]) return null;
  const event = eventHeads.longestAt(doc.keys, at, limit);
  const organisation = organisationHeads.longestAt(doc.keys, at, limit);
  const misc = miscHeads.longestAt(doc.keys, at, limit);
  const best = Math.max(event, organisation, misc);
  if (best === 0) return null;
  const type: EntityType = best === event ? 'EVENT' : best === organisation ? 'ORG' : 'MISC';
  return { type, length: best };
}

/** Lower-case syllables that may follow a capitalised one inside an organisation's name ("Ngoại giao"). */
export type WordTails = ReadonlySet<string>;

/**
 * Parses the capitalised words after a head ("Bộ" + "Ngoại giao" + "Lào"), returning the last token of the name or
 * -1 when no word follows the head.
 */
function parseHeadedName(
  doc: TokenDoc,
  from: number,
  limit: number,
  tails: WordTails,
  coverage: Coverage,
  headIsName: boolean,
): number {
  let last = -1;
  // Once the name reads as complete (a known body, or a word such as "Ngoại giao"), a person's name ends it.
  let descriptive = headIsName;
  let t = from;
  while (t < limit) {
    if (doc.kinds[t] === JOINER && !doc.spaced[t] && t + 1 < limit && !doc.spaced[t + 1] && last === t - 1) {
      t++;
      continue;
    }
    if (doc.kinds[t] !== WORD) break;
    const key = doc.keys[t] ?? '';
    if (doc.capitalised[t] || /^\d/.test(key)) {
      // A person's name after a complete descriptive name ends it: "Bộ Ngoại giao Phạm Thu Hằng".
      if (descriptive && familyNames.has(key) && doc.capitalised[t + 1] && coverage[t] !== 'LOC') break;
      if (coverage[t] === 'PER') break;
      last = t;
      t++;
      let tail = 0;
      while (t < limit && tail < 2 && doc.kinds[t] === WORD && !doc.capitalised[t] && tails.has(doc.keys[t] ?? '')) {
        last = t;
        t++;
        tail++;
        descriptive = true;
      }
      continue;
    }
    if (key === 'và' && last >= 0 && t + 1 < limit && doc.capitalised[t + 1]) {
      t++;
      continue;
    }
    break;
  }
  return last;
}

function titleBefore(doc: TokenDoc, at: number, floor: number, coverage: Coverage): boolean {
  for (let t = at - 1; t >= Math.max(floor, at - TITLE_REACH); t--) {
    if (titles.longestEndingAt(doc.keys, t, floor) > 0) return true;
    if (doc.kinds[t] !== WORD) return false;
    // Only the title's own complement ("Ngoại giao") or a country or body may stand between title and name.
    if (coverage[t] === undefined && !doc.capitalised[t] && FUNCTION_WORDS.has(doc.keys[t] ?? '')) return false;
  }
  return false;
}

function placeCueBefore(doc: TokenDoc, at: number, floor: number): boolean {
  return at - 1 >= floor && placeCues.longestEndingAt(doc.keys, at - 1, floor) > 0;
}

function typeFromContext(doc: TokenDoc, first: number, last: number, floor: number, coverage: Coverage): EntityType | null {
  if (titleBefore(doc, first, floor, coverage)) return 'PER';
  if (placeCueBefore(doc, first, floor)) return 'LOC';
  const length = last - first + 1;
  if (length >= 2 && length <= 5 && familyNames.has(doc.keys[first] ?? '')) return 'PER';
  return null;
}

/** A paragraph written in title case or capitals (a headline): capitalisation says nothing there. */
function isHeadlineLike(doc: TokenDoc, from: number, to: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let t = from; t < to; t++) {
    if (doc.kinds[t] !== WORD) continue;
    words++;
    if (doc.capitalised[t]) capitalised++;
  }
  return words >= 4 && capitalised / words >= 0.7;
}

export function findVietnameseNames(doc: TokenDoc, from: number, to: number, coverage: Coverage, tails: WordTails): Candidate[] {
  if (isHeadlineLike(doc, from, to)) return [];
  const found: Candidate[] = [];
  let t = from;
  while (t < to) {
    if (doc.kinds[t] !== WORD) {
      t++;
      continue;
    }
    const title = titles.longestAt(doc.keys, t, to);
    const head = headType(doc, t, to);
    if (head && head.length >= title) {
      const last = parseHeadedName(doc, t + head.length, to, tails, coverage, coverage[t] !== undefined);
      if (last >= 0) {
        found.push({ first: t, last, type: head.type, headed: true });
        t = last + 1;
        continue;
      }
    }
    const skip = Math.max(title, nonNames.longestAt(doc.keys, t, to));
    if (skip > 0) {
      t += skip;
      continue;
    }
    if (coverage[t] !== undefined || !doc.capitalised[t]) {
      t++;
      continue;
    }
    // A run of capitalised syllables, stopping where a knowledge-base name starts.
    let first = t;
    let last = t;
    while (last + 1 < to) {
      const next = last + 1;
      if (doc.kinds[next] === WORD && doc.capitalised[next] && coverage[next] === undefined) {
        last = next;
      } else if (doc.kinds[next] === JOINER && !doc.spaced[next] && next + 1 < to && !doc.spaced[next + 1] && doc.kinds[next + 1] === WORD) {
        last = next + 1;
      } else {
        break;
      }
    }
    t = last + 1;
    // Sentence-initial ordinary words are capitalised too: "Theo", "Chia sẻ", "Hai nước".
    if (doc.sentenceStart[first]) {
      const starter = starters.longestAt(doc.keys, first, last + 1);
      first += starter;
      if (first > last) continue;
      if (starter === 0 && first === last && !doc.upper[first]) continue;
    }
    if (doc.upper[first] && first === last) continue;
    // A lone capitalised syllable that a word continues is the start of a capitalised phrase ("Ngoại giao").
    const next = last + 1;
    if (first === last && next < to && doc.kinds[next] === WORD && !doc.capitalised[next] && tails.has(doc.keys[next] ?? '')) continue;
    found.push({ first, last, type: typeFromContext(doc, first, last, from, coverage), headed: false });
  }
  return found;
}
