/**
 * English names the knowledge base does not know: runs of capitalised words (with "of", "de", "van" … inside), typed
 * by their own last or first word ("… University", "Ministry of …"), by the words before them ("President", "in") and
 * by what follows ("… said"). Sentence-initial ordinary words and days or months are left out.
 */
import type { Candidate, Coverage } from './candidate';
import { PhraseSet, wordSet } from './phrase-set';
import type { TokenDoc } from './token-doc';
import { isHeadlineLike } from './headline';
import { JOINER, WORD, wordHash } from '../text/scan';
import {
  DEMONYMS, EVENT_WORDS, MISC_WORDS, NAME_CONNECTORS, NON_NAMES, ORGANISATION_WORDS, PERSON_TITLES, PLACE_CUES,
  PLACE_WORDS, SENTENCE_STARTERS,
} from './lexicon/en';
import type { EntityType } from './types';

const titles = new PhraseSet(PERSON_TITLES);
const placeCues = new PhraseSet(PLACE_CUES);
const demonyms = new PhraseSet(DEMONYMS);
const organisationWords = wordSet(ORGANISATION_WORDS);
const eventWords = wordSet(EVENT_WORDS);
const miscWords = wordSet(MISC_WORDS);
const placeWords = wordSet(PLACE_WORDS);
const connectors = wordSet(NAME_CONNECTORS);
const nonNames = wordSet(NON_NAMES);
const starters = wordSet(SENTENCE_STARTERS);
const SPEECH_VERBS = wordSet(['said', 'says', 'told', 'added', 'wrote', 'argued', 'noted', 'warned', 'stated', 'explained']);
const OF = wordHash('of');
const NOT_IN_PERSON_NAMES = wordSet(['of', 'for', 'the']);
const APOSTROPHE = wordHash("'");

function typeFromOwnWords(doc: TokenDoc, first: number, last: number): EntityType | null {
  const lastKey = doc.hashes[last] ?? 0;
  const firstKey = doc.hashes[first] ?? 0;
  if (organisationWords.has(lastKey) || organisationWords.has(firstKey)) return 'ORG';
  if (eventWords.has(lastKey)) return 'EVENT';
  if (miscWords.has(lastKey)) return 'MISC';
  if (placeWords.has(lastKey)) return 'LOC';
  for (let t = first; t <= last; t++) if (organisationWords.has(doc.hashes[t] ?? 0) && doc.hashes[t + 1] === OF) return 'ORG';
  return null;
}

function typeFromContext(doc: TokenDoc, first: number, last: number, floor: number, limit: number): EntityType | null {
  if (first - 1 >= floor && titles.longestEndingAt(doc.hashes, first - 1, floor) > 0) return 'PER';
  if (last + 1 < limit && SPEECH_VERBS.has(doc.hashes[last + 1] ?? 0) && last > first) return 'PER';
  if (first - 1 >= floor && placeCues.longestEndingAt(doc.hashes, first - 1, floor) > 0 && first === last) return 'LOC';
  return null;
}

/** Words seen in lower case somewhere in the document are ordinary words when they start a sentence. */
export function lowerCaseWords(doc: TokenDoc): Set<number> {
  const seen = new Set<number>();
  for (let t = 0; t < doc.count; t++) if (doc.kinds[t] === WORD && !doc.capitalised[t]) seen.add(doc.hashes[t] ?? 0);
  return seen;
}

/**
 * `placesEndingAt` maps the last token of each known city or region (not a country) to its first: a name its own
 * words type that starts right after one takes it in ("Bristol | City Council" is "Bristol City Council").
 */
export function findEnglishNames(
  doc: TokenDoc,
  from: number,
  to: number,
  coverage: Coverage,
  ordinary: ReadonlySet<number>,
  placesEndingAt: ReadonlyMap<number, number>,
): Candidate[] {
  if (isHeadlineLike(doc, from, to, 3)) return [];
  const found: Candidate[] = [];
  let t = from;
  while (t < to) {
    if (doc.kinds[t] !== WORD || !doc.capitalised[t] || coverage[t] !== undefined) {
      t++;
      continue;
    }
    const last = extendRun(doc, t, to, coverage);
    const before = found.length;
    splitAtTitles(doc, t, last, from, to, ordinary, found);
    const place = placesEndingAt.get(t - 1);
    const first = found[before];
    if (place !== undefined && place >= from && first?.first === t && first.headed && first.type !== 'PER' && doc.spaced[t]) {
      first.first = place;
    }
    t = last + 1;
  }
  return found;
}

/** The last token of the run of capitalised words starting at `first`. */
function extendRun(doc: TokenDoc, first: number, to: number, coverage: Coverage): number {
  let last = first;
  while (last + 1 < to) {
    const next = last + 1;
    if (doc.kinds[next] === WORD && doc.capitalised[next] && coverage[next] === undefined) {
      last = next;
      continue;
    }
    // Hyphens and apostrophes inside a name ("Dong-hyuk", "O'Connor"), not a possessive ("Putin's").
    if (doc.kinds[next] === JOINER && !doc.spaced[next] && next + 1 < to && !doc.spaced[next + 1] &&
      doc.kinds[next + 1] === WORD && (doc.hashes[next] !== APOSTROPHE || doc.capitalised[next + 1])) {
      last = next + 1;
      continue;
    }
    // "Bank of England", "International Committee of the Red Cross": up to two connectors before a capital.
    let after = next;
    while (after < to && after - next < 2 && doc.kinds[after] === WORD && !doc.capitalised[after] && connectors.has(doc.hashes[after] ?? 0)) after++;
    if (after > next && after < to && doc.kinds[after] === WORD && doc.capitalised[after]) {
      last = after;
      if (coverage[after] !== undefined) break;
      continue;
    }
    break;
  }
  return last;
}

/**
 * English capitalises titles before names ("Russian Foreign Minister Sergei Lavrov"): a title inside a run splits
 * it, the words after the title are a person, and the words before are named on their own ("Russian").
 */
function splitAtTitles(doc: TokenDoc, first: number, last: number, floor: number, limit: number, ordinary: ReadonlySet<number>, found: Candidate[]): void {
  for (let t = first; t <= last; t++) {
    let title = titles.longestAt(doc.hashes, t, last + 1);
    if (title === 0 || t + title > last + 1) continue;
    // A hyphenated title is one title: "Director-General Jean Kaseya", "President-elect Donald Trump".
    while (t + title + 1 <= last && isGlued(doc, t + title)) title += 2;
    if (t > first) classify(doc, first, t - 1, floor, limit, ordinary, found, null);
    classify(doc, t + title, last, floor, limit, ordinary, found, 'PER');
    return;
  }
  classify(doc, first, last, floor, limit, ordinary, found, null);
}

/** A joiner glued to the words on both sides ("Director-General", "Dong-hyuk"), not a spaced dash. */
function isGlued(doc: TokenDoc, joiner: number): boolean {
  return doc.kinds[joiner] === JOINER && !doc.spaced[joiner] && !doc.spaced[joiner + 1] && doc.kinds[joiner + 1] === WORD;
}

function classify(doc: TokenDoc, start: number, end: number, floor: number, limit: number, ordinary: ReadonlySet<number>, found: Candidate[], cue: EntityType | null): void {
  let first = start;
  let last = end;
  // A name starts with a capitalised word (not "of the" after a title, nor the hyphen of "co-director") and ends
  // with a word.
  while (first <= last && (doc.kinds[first] !== WORD || !doc.capitalised[first])) first++;
  while (last >= first && doc.kinds[last] !== WORD) last--;
  while (first <= last && (nonNames.has(doc.hashes[first] ?? 0) ||
    (doc.sentenceStart[first] && (starters.has(doc.hashes[first] ?? 0) || ordinary.has(doc.hashes[first] ?? 0))))) {
    first++;
    while (first <= last && (doc.kinds[first] !== WORD || !doc.capitalised[first])) first++;
  }
  while (last >= first && (nonNames.has(doc.hashes[last] ?? 0) || (doc.kinds[last] === WORD && connectors.has(doc.hashes[last] ?? 0)))) last--;
  if (first > last) return;
  const demonym = demonyms.longestAt(doc.hashes, first, last + 1);
  if (demonym === last - first + 1) {
    found.push({ first, last, type: 'MISC', headed: true });
    return;
  }
  const joint = firstConnector(doc, first, last);
  const rest = joint > first ? nextCapitalised(doc, joint, last) : -1;
  // "Rahul Menon of Eastwind Aviation Consulting": a name, then the body it works for. ("Bank of England" names its
  // kind before "of" and stays whole.)
  if (rest >= 0 && typeFromOwnWords(doc, first, joint - 1) === null && typeFromOwnWords(doc, rest, last) !== null) {
    classify(doc, first, joint - 1, floor, limit, ordinary, found, cue);
    classify(doc, rest, last, floor, limit, ordinary, found, null);
    return;
  }
  const own = typeFromOwnWords(doc, first, last);
  if (own) {
    found.push({ first, last, type: own, headed: true });
    return;
  }
  const type = cue ?? typeFromContext(doc, first, last, floor, limit);
  // A person's name does not run on through "of": "Pascal Mumbere | of the Heal Africa hospital". Nor does an untyped
  // run, which becomes a person when nothing else says what it is.
  if (joint > first && (type === 'PER' || type === null)) {
    found.push({ first, last: joint - 1, type, headed: false });
    if (rest >= 0) classify(doc, rest, last, floor, limit, ordinary, found, null);
    return;
  }
  found.push({ first, last, type, headed: false });
}

/** The first capitalised word from `from` to `last`, or -1. */
function nextCapitalised(doc: TokenDoc, from: number, last: number): number {
  for (let t = from; t <= last; t++) if (doc.kinds[t] === WORD && doc.capitalised[t]) return t;
  return -1;
}

/** The first lower-case "of", "for" or "the" inside a run, or -1 ("van", "de", "bin" … belong to people's names). */
function firstConnector(doc: TokenDoc, first: number, last: number): number {
  for (let t = first + 1; t < last; t++) if (doc.kinds[t] === WORD && !doc.capitalised[t] && NOT_IN_PERSON_NAMES.has(doc.hashes[t] ?? 0)) return t;
  return -1;
}
