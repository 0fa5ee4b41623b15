/**
 * Export for NLP researchers: each analysed page's text with its entity spans (the reader's corrections already
 * applied by the caller), as JSON Lines or as CoNLL IOB2. The JSONL record is the `npm run ner` CLI's, with the page's
 * url and title in place of the file name, so the same loaders read both.
 */
import { toConll } from '../ner/conll';
import type { EntityType, Lang, Mention } from '../ner/types';

export interface AnalysedPage {
  url: string;
  title: string;
  lang: Lang;
  /** The text the mentions' offsets index (UTF-16 code units). */
  text: string;
  mentions: readonly Mention[];
}

export interface ExportedEntity {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  id: string | null;
  /** The Wikidata item ("Q1858") of the knowledge-base entry, when the lookup knows one. */
  wikidata?: string;
}

export interface JsonlRecord {
  url: string;
  title: string;
  lang: Lang;
  text: string;
  entities: ExportedEntity[];
}

/** Maps a knowledge-base id to its Wikidata item, e.g. `(id) => kb.get(id)?.wikidata`. */
export type WikidataLookup = (id: string) => string | undefined;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of an astral character (an emoji, a rare CJK name). */
function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/**
 * The page's mentions in text order, after checking they describe its text. A bad span here is a bug upstream (the
 * engine, the corrections layer, or text that changed after analysis); exporting it would silently mislabel a
 * research corpus, so this throws, naming the page and the offset, instead of dropping or repairing it.
 */
export function checkedMentions(page: AnalysedPage): Mention[] {
  const fail = (mention: Mention, problem: string): never => {
    throw new Error(`NLP export: page ${page.url}: mention ${JSON.stringify(mention.text)} at ${mention.start}–${mention.end} ${problem}`);
  };
  if (/[\r\n]/.test(page.url)) throw new Error(`NLP export: page URL ${JSON.stringify(page.url)} contains a line break`);
  const sorted = [...page.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  let previous: Mention | undefined;
  for (const mention of sorted) {
    const { start, end } = mention;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > page.text.length || start >= end) {
      fail(mention, `is out of range (text length ${page.text.length})`);
    }
    if (page.text.slice(start, end) !== mention.text) {
      fail(mention, `does not match the text there (${JSON.stringify(page.text.slice(start, end))})`);
    }
    if (splitsSurrogatePair(page.text, start) || splitsSurrogatePair(page.text, end)) fail(mention, 'splits a surrogate pair');
    if (previous && start < previous.end) fail(mention, `overlaps the mention at ${previous.start}–${previous.end}`);
    previous = mention;
  }
  return sorted;
}

/** One page's JSONL record (checked; see checkedMentions). */
export function toJsonlRecord(page: AnalysedPage, wikidataOf?: WikidataLookup): JsonlRecord {
  const entities = checkedMentions(page).map(({ start, end, type, text, id }): ExportedEntity => {
    const wikidata = id !== null ? wikidataOf?.(id) : undefined;
    return { start, end, type, text, id, ...(wikidata ? { wikidata } : {}) };
  });
  return { url: page.url, title: page.title, lang: page.lang, text: page.text, entities };
}

/**
 * JSON Lines: one record per page, each line ended by "\n". JSON.stringify escapes line breaks inside strings, so a
 * record never spans lines. Offsets are UTF-16 code units, as in JavaScript and the CLI; Python counts code points,
 * so its readers must convert when a text holds astral characters (emoji) before an entity.
 */
export function toJsonl(pages: readonly AnalysedPage[], wikidataOf?: WikidataLookup): string {
  return pages.map((page) => `${JSON.stringify(toJsonlRecord(page, wikidataOf))}\n`).join('');
}

/**
 * CoNLL IOB2, one token per line with its tag, a blank line after each sentence (line of the text); each page opens
 * with a CoNLL-U style `# newdoc id = <url>` comment, and ends with a blank line so documents stay apart.
 */
export function toConllDocument(pages: readonly AnalysedPage[]): string {
  return pages
    .map((page) => {
      const conll = toConll(page.text, checkedMentions(page));
      return `# newdoc id = ${page.url}\n${conll}${conll === '' || conll.endsWith('\n') ? '' : '\n'}\n`;
    })
    .join('');
}
