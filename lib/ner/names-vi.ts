/**
 * Vietnamese names the knowledge base does not know. Vietnamese capitalises every syllable of a person's or place's
 * name and the first syllable of each word of an organisation's name, so: runs of capitalised syllables are name
 * candidates, and organisation, event and document names are parsed from their head word ("Bộ", "Hội nghị", "Luật")
 * through the capitalised words that follow. Types come from the words around the name.
 *
 * Only capitalised tokens start any work, so the cost follows the number of capitals, not of words.
 */
import type { Candidate, Coverage } from './candidate';
import { PhraseSet, wordSet } from './phrase-set';
import type { TokenDoc } from './token-doc';
import { isHeadlineLike } from './headline';
import { JOINER, WORD, wordHash } from '../text/scan';
import {
  EVENT_HEADS, FACILITY_WORDS, FAMILY_NAMES, MISC_HEADS, NON_NAMES, ORGANISATION_CUES, ORGANISATION_HEADS, PERSON_TITLES,
  PLACE_CUES, SENTENCE_STARTERS, VERBS_AFTER_NAMES, ADMINISTRATIVE_UNITS, NOT_FACILITIES, MIDDLE_NAMES,
} from './lexicon/vi';
import type { EntityType } from './types';

const titles = new PhraseSet(PERSON_TITLES);
const organisationHeads = new PhraseSet(ORGANISATION_HEADS);
const eventHeads = new PhraseSet(EVENT_HEADS);
const miscHeads = new PhraseSet(MISC_HEADS);
const placeCues = new PhraseSet(PLACE_CUES);
const organisationCues = new PhraseSet(ORGANISATION_CUES);
const facilityWords = new PhraseSet(FACILITY_WORDS);
const notFacilities = new PhraseSet(NOT_FACILITIES);
const starters = new PhraseSet(SENTENCE_STARTERS);
const nonNames = new PhraseSet(NON_NAMES);
const verbsAfterNames = new PhraseSet(VERBS_AFTER_NAMES);
const administrativeUnits = new PhraseSet(ADMINISTRATIVE_UNITS);
const familyNames = wordSet(FAMILY_NAMES);
const middleNames = wordSet(MIDDLE_NAMES);
const AND = wordHash('và');
const AT = wordHash('tại');

/** Function words that break the link between a title and the name after it ("Bộ trưởng … cho biết"). */
const FUNCTION_WORDS = wordSet([
  'cho', 'của', 'và', 'là', 'đã', 'sẽ', 'đang', 'với', 'tại', 'ở', 'được', 'bị', 'về', 'theo', 'trong', 'ngày',
  'có', 'không', 'này', 'đó', 'các', 'những', 'một', 'hai', 'khi', 'sau', 'trước', 'để', 'từ', 'đến', 'tới', 'vào',
  'ra', 'lên', 'xuống', 'cũng', 'vẫn', 'rằng', 'thì', 'mà', 'nên', 'nhưng', 'hay', 'hoặc', 'như', 'nói', 'biết',
  'năm', 'tháng', 'lần', 'người', 'phát', 'gặp', 'thăm', 'dự', 'họp', 'tiếp', 'nhận', 'kêu', 'gọi',
]);

/** How far (in tokens) a title's promise of a person carries: "Ngoại trưởng Nga Sergei Lavrov". */
const TITLE_REACH = 6;

/** Lower-case words one capitalised word of a name may carry ("Dự báo khí tượng thuỷ văn quốc gia"). */
const MAX_TAIL = 6;

/** Lower-case syllables that may follow a capitalised one inside an organisation's name ("Ngoại giao"). */
export type WordTails = ReadonlySet<number>;

function headAt(doc: TokenDoc, at: number, limit: number): { type: EntityType; length: number } | null {
  const event = eventHeads.longestAt(doc.hashes, at, limit);
  const organisation = organisationHeads.longestAt(doc.hashes, at, limit);
  const misc = miscHeads.longestAt(doc.hashes, at, limit);
  const best = Math.max(event, organisation, misc);
  if (best === 0) return null;
  return { type: best === event ? 'EVENT' : best === organisation ? 'ORG' : 'MISC', length: best };
}

/**
 * Parses the capitalised words after a head ("Bộ" + "Ngoại giao" + "Lào"), returning the last token of the name or
 * -1 when no word follows the head.
 */
function parseHeadedName(doc: TokenDoc, from: number, limit: number, tails: WordTails, coverage: Coverage, headIsName: boolean): number {
  let last = -1;
  // Once the name reads as complete (a known body, or a word such as "Ngoại giao"), a person's name ends it.
  let descriptive = headIsName;
  // After "tỉnh" or "thành phố" come the place's own syllables: no lower-case word of the body's name follows them.
  let throughPlace = false;
  let t = from;
  while (t < limit) {
    if (doc.kinds[t] === JOINER && !doc.spaced[t] && t + 1 < limit && !doc.spaced[t + 1] && last === t - 1) {
      t++;
      continue;
    }
    if (doc.kinds[t] !== WORD) break;
    const hash = doc.hashes[t] ?? 0;
    if (doc.capitalised[t] || doc.digit[t]) {
      if (descriptive && familyNames.has(hash) && doc.capitalised[t + 1] && coverage[t] !== 'LOC') break;
      if (coverage[t] === 'PER') break;
      last = t;
      t++;
      let tail = 0;
      while (!throughPlace && t < limit && tail < MAX_TAIL && doc.kinds[t] === WORD && !doc.capitalised[t] && tails.has(doc.hashes[t] ?? 0)) {
        // A body or event the knowledge base knows ends where it says: "Bộ Ngoại giao | thông báo", "Ngân hàng Nhà nước |
        // định hướng"; so does a place of two syllables or more ("Đoàn Luật sư TP.HCM | nói"). A one-syllable place may be
        // the first syllable of a word: "Trường Đại học Mỹ thuật".
        const known = coverage[t - 1];
        if (known !== undefined && known !== 'PER' && coverage[t] === undefined && (known !== 'LOC' || coverage[t - 2] === 'LOC')) break;
        if (coverage[t] === undefined && verbsAfterNames.longestAt(doc.hashes, t, limit) > 0) break;
        last = t;
        t++;
        tail++;
        descriptive = true;
      }
      continue;
    }
    // A local body's name runs on through its province or city: "Công an tỉnh Bình Dương", "UBND xã Phước Lại".
    const unit = administrativeUnits.longestAt(doc.hashes, t, limit);
    if (unit > 0 && t + unit < limit && doc.capitalised[t + unit] && coverage[t + unit] !== 'PER') {
      t += unit;
      throughPlace = true;
      descriptive = true;
      continue;
    }
    // "Bộ Giáo dục và Đào tạo" is one name; "Đảng Cộng sản Việt Nam và Đảng Cộng sản Trung Quốc" are two.
    if (hash === AND && last >= 0 && t + 1 < limit && doc.capitalised[t + 1] && coverage[t + 1] === undefined && !headAt(doc, t + 1, limit)) {
      t++;
      continue;
    }
    break;
  }
  return last;
}

function titleBefore(doc: TokenDoc, at: number, floor: number, coverage: Coverage): boolean {
  for (let t = at - 1; t >= Math.max(floor, at - TITLE_REACH); t--) {
    if (titles.longestEndingAt(doc.hashes, t, floor) > 0) return true;
    // A known country or city may stand between, and so may "tại" before one: "Đại sứ Nga tại Việt Nam Gennady Bezdetko".
    if (coverage[t] !== undefined) continue;
    if (doc.hashes[t] === AT && coverage[t + 1] === 'LOC') continue;
    if (doc.kinds[t] !== WORD) return false;
    // Only the title's own complement ("Ngoại giao") or a country or body may stand between title and name.
    if (!doc.capitalised[t] && FUNCTION_WORDS.has(doc.hashes[t] ?? 0)) return false;
  }
  return false;
}

function typeFromContext(doc: TokenDoc, first: number, last: number, floor: number, coverage: Coverage): EntityType | null {
  if (titleBefore(doc, first, floor, coverage)) return 'PER';
  if (first - 1 >= floor && placeCues.longestEndingAt(doc.hashes, first - 1, floor) > 0) return 'LOC';
  if (first - 1 >= floor && organisationCues.longestEndingAt(doc.hashes, first - 1, floor) > 0) return 'ORG';
  const length = last - first + 1;
  if (length >= 2 && length <= 5 && familyNames.has(doc.hashes[first] ?? 0)) return 'PER';
  return null;
}

/** The last token of the run of capitalised syllables starting at `first`, stopping where a known name starts. */
function extendRun(doc: TokenDoc, first: number, to: number, coverage: Coverage): number {
  let last = first;
  while (last + 1 < to) {
    const next = last + 1;
    if (doc.kinds[next] === WORD && doc.capitalised[next] && coverage[next] === undefined) last = next;
    else if (doc.kinds[next] === JOINER && !doc.spaced[next] && next + 1 < to && !doc.spaced[next + 1] && doc.kinds[next + 1] === WORD) last = next + 1;
    else break;
  }
  return last;
}

/**
 * "Đoàn Thị Kim Yến" is a person, though "Đoàn" also heads bodies ("Đoàn Thanh niên"): a family name, a middle name and
 * one or two more capitalised syllables, and no more.
 */
function personAt(doc: TokenDoc, at: number, limit: number, coverage: Coverage): boolean {
  if (!familyNames.has(doc.hashes[at] ?? 0) || !middleNames.has(doc.hashes[at + 1] ?? 0)) return false;
  let last = at + 1;
  while (last + 1 < limit && last - at < 3 && doc.kinds[last + 1] === WORD && doc.capitalised[last + 1] && coverage[last + 1] === undefined) last++;
  const next = last + 1;
  const continues = next < limit && doc.kinds[next] === WORD && doc.capitalised[next] !== 0;
  return last - at >= 2 && doc.capitalised[at + 1] !== 0 && !continues;
}

export function findVietnameseNames(doc: TokenDoc, from: number, to: number, coverage: Coverage, tails: WordTails): Candidate[] {
  if (isHeadlineLike(doc, from, to, 0)) return [];
  const found: Candidate[] = [];
  let t = from;
  while (t < to) {
    if (doc.kinds[t] !== WORD || !doc.capitalised[t]) {
      t++;
      continue;
    }
    const title = titles.longestAt(doc.hashes, t, to);
    const head = headAt(doc, t, to);
    if (head && head.length >= title && !personAt(doc, t, to, coverage)) {
      const last = parseHeadedName(doc, t + head.length, to, tails, coverage, coverage[t] !== undefined);
      if (last >= 0) {
        found.push({ first: t, last, type: head.type, headed: true });
        t = last + 1;
        continue;
      }
    }
    const skip = Math.max(title, nonNames.longestAt(doc.hashes, t, to));
    if (skip > 0) {
      t += skip;
      continue;
    }
    if (coverage[t] !== undefined) {
      t++;
      continue;
    }
    let first = t;
    const last = extendRun(doc, t, to, coverage);
    t = last + 1;
    // Sentence-initial ordinary words are capitalised too: "Theo", "Chia sẻ", "Hai nước".
    if (doc.sentenceStart[first]) {
      const starter = starters.longestAt(doc.hashes, first, last + 1);
      first += starter;
      if (first > last) continue;
      if (starter === 0 && first === last && !doc.upper[first]) continue;
    }
    if (first === last && doc.upper[first]) continue;
    // A lone capitalised syllable that a word continues is the start of a capitalised phrase ("Ngoại giao").
    const next = last + 1;
    if (first === last && next < to && doc.kinds[next] === WORD && !doc.capitalised[next] && tails.has(doc.hashes[next] ?? 0)) continue;
    found.push({ first, last, type: typeFromContext(doc, first, last, from, coverage), headed: false });
  }
  return found;
}

/**
 * Where a facility or natural feature's generic word stands right before a name, the span starts at that word
 * ("sông Hồng", "sân bay Nội Bài", "đường Nguyễn Huệ"): returns the new first token, or `first` unchanged.
 */
export function facilityStart(doc: TokenDoc, first: number, floor: number): number {
  if (first - 1 < floor) return first;
  const length = facilityWords.longestEndingAt(doc.hashes, first - 1, floor);
  if (length === 0 || notFacilities.longestEndingAt(doc.hashes, first - 1, floor) > length) return first;
  const start = first - length;
  // A capitalised generic word mid-sentence is part of some other name; at a sentence start it is just capitalised.
  return doc.capitalised[start] && !doc.sentenceStart[start] ? first : start;
}
