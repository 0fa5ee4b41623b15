/**
 * Converts other tools' annotations into NewsLens's model: Hypothesis (its API and export JSON — `uri`, `text`,
 * `tags`, `target: [{ source, selector: [...] }]`, `document.title`) and generic W3C Web Annotations (`target` an
 * object or a list, `selector` an object or a list, `body` a string, a TextualBody or a list, or `bodyValue`).
 *
 * What NewsLens can re-anchor is a quote on a web page, so an item converts only if it has a TextQuoteSelector on an
 * http(s) page; anything else (a page note, a reply, a PDF, an image region) comes back with the reason it was
 * left out, for the import screen to list.
 *
 * Choices, each to keep what the reader sees faithful to the source:
 *  - ids: a name-based UUID (version 5) of the tool's own identity for the annotation (Hypothesis's `links.html` or
 *    `https://hypothes.is/a/<id>`, which is also the id of Hypothesis's own JSON-LD form; a W3C annotation's `id`;
 *    failing both, its content), so the same file imported twice merges instead of duplicating.
 *  - the page: the canonical URL without tracking parameters (canonical-url.ts), as for the reader's own
 *    annotations; the address as given is kept as the visited URL.
 *  - the quote's context is cut to the model's 64 characters, keeping the characters next to the quote (the end of
 *    the prefix, the start of the suffix): those are the ones anchoring compares first. Shorter contexts are kept
 *    as they are. Hypothesis records 32 characters a side, as NewsLens does; a tool that records fewer produces
 *    annotations that anchoring (which reads a context under 32 characters as "the quote was that close to the
 *    edge of the text") may leave orphaned on an unchanged page: a matter for anchoring, not for the data.
 *  - the position: the tool's TextPositionSelector when it has a sensible one — its offsets count from the start of
 *    the tool's text (Hypothesis: the whole page), not ours (the article), but anchoring only uses a position as a
 *    hint after checking the quote and its surroundings are there, and `anchorAll` corrects an offset shared by
 *    neighbouring annotations. Without one, UNKNOWN_POSITION (see there).
 *  - tags as the editor stores them (trimmed, lower-case, each once); the note as plain text (Hypothesis's Markdown
 *    is kept as typed, not rendered).
 *  - dates: `created` and `updated`/`modified` as instants in UTC; an item with none is dated `now` (which makes a
 *    re-import of it count as updated, never duplicated, since its id does not depend on the date).
 */
import * as v from 'valibot';
import { withoutTracking } from '../annotations/canonical-url';
import { ANNOTATION_CONTEXT, annotationSchema, type Annotation, type AnnotationBody } from '../annotations/model';
import { valueIssue } from './issues';
import type { SkipReason } from './problems';
import { importedId } from './uuid-v5';

/**
 * The position recorded when the source gives none: the empty range at 0. The model requires a position, and an
 * empty range can never hold a quote (a quote has at least one character), so it can only mean "not known"; it stays
 * valid under any check that start ≤ end. Anchoring today still reads it as a hint that the quote was near the
 * start of the text: a quote found exactly with its surroundings is anchored wherever it is, but one whose
 * surroundings were edited is only accepted within ~4,000 characters of the start. (An inverted range would make
 * anchoring ignore the position, but writes an invalid selector into every export of it.)
 */
export const UNKNOWN_POSITION = { type: 'TextPositionSelector', start: 0, end: 0 } as const;

/** The model's limits (model.ts), repeated here to cut or refuse before validation rather than fail it. */
const CONTEXT_MAX = 64;
const QUOTE_MAX = 20_000;
const NOTE_MAX = 50_000;
const TAG_MAX = 100;
const TITLE_MAX = 1000;
const URL_MAX = 4096;
/** The model allows 100 bodies: the note and 99 tags. */
const TAGS_MAX = 99;

export type Conversion = { ok: true; annotation: Annotation } | { ok: false; reason: SkipReason };

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const records = (value: unknown): Json[] => listOf(value).filter(isRecord);
const stringOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const skip = (reason: SkipReason): Conversion => ({ ok: false, reason });
const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const shortened = (text: string, max = 80): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Does the item come from Hypothesis (its API or export), rather than a generic W3C producer? */
export function isHypothesisItem(item: unknown): boolean {
  return isRecord(item) && typeof item.uri === 'string';
}

/** The last `max` characters of `prefix`, not starting on the second half of a surrogate pair. */
export function cutPrefix(prefix: string, max = CONTEXT_MAX): string {
  if (prefix.length <= max) return prefix;
  const cut = prefix.slice(-max);
  const first = cut.charCodeAt(0);
  return first >= 0xdc00 && first <= 0xdfff ? cut.slice(1) : cut;
}

/** The first `max` characters of `suffix`, not ending on the first half of a surrogate pair. */
export function cutSuffix(suffix: string, max = CONTEXT_MAX): string {
  if (suffix.length <= max) return suffix;
  const cut = suffix.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** The address as given, without its fragment (written as the browser writes it: lower-case scheme and host). */
function visitedUrl(source: string): string | null {
  try {
    const url = new URL(source);
    url.hash = '';
    return url.toString();
  } catch {
    return null;
  }
}

/** A timestamp as the model stores it, or undefined for a missing or unreadable one. */
function timestamp(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

interface QuotedTarget {
  source: string;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number } | null;
}

/** The page address of a target: `source` as a string or as an object with an `id`. */
function sourceOf(target: Json, fallback: unknown): string | undefined {
  const source = target.source;
  if (typeof source === 'string') return source;
  if (isRecord(source) && typeof source.id === 'string') return source.id;
  return stringOf(fallback);
}

/** The first target with a TextQuoteSelector (W3C targets can be several; Hypothesis's is a list of one). */
function quotedTarget(item: Json): QuotedTarget | null {
  for (const target of records(item.target)) {
    const selectors = records(target.selector);
    const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector' && typeof selector.exact === 'string' && selector.exact !== '');
    if (!quote) continue;
    const source = sourceOf(target, item.uri);
    if (source === undefined) continue;
    const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
    const start = position?.start;
    const end = position?.end;
    return {
      source,
      quote: { exact: stringOf(quote.exact) ?? '', prefix: stringOf(quote.prefix) ?? '', suffix: stringOf(quote.suffix) ?? '' },
      position: isOffset(start) && isOffset(end) && end >= start ? { start, end } : null,
    };
  }
  return null;
}

/** Why an item has no usable quote. */
function whyNoQuote(item: Json): SkipReason {
  if (listOf(item.target).length === 0) return { kind: 'noTarget' };
  if (records(item.target).every((target) => target.selector === undefined)) return { kind: 'pageNote' };
  const quoted = records(item.target).some((target) => records(target.selector).some((selector) => selector.type === 'TextQuoteSelector'));
  return quoted ? { kind: 'noPageAddress' } : { kind: 'noQuoteSelector' };
}

/** The note and the tags: Hypothesis's `text` and `tags`, or a W3C annotation's bodies. */
function noteAndTags(item: Json, hypothesis: boolean): { note: string; tags: string[] } {
  if (hypothesis) {
    return { note: stringOf(item.text) ?? '', tags: listOf(item.tags).filter((tag): tag is string => typeof tag === 'string') };
  }
  const notes: string[] = [];
  const tags: string[] = [];
  if (typeof item.bodyValue === 'string') notes.push(item.bodyValue);
  for (const body of listOf(item.body)) {
    // A bare string body is, strictly, the IRI of a resource; producers use it for the note's text, so it is read so.
    if (typeof body === 'string') notes.push(body);
    else if (isRecord(body) && typeof body.value === 'string' && (body.type === undefined || body.type === 'TextualBody')) {
      const purposes = listOf(body.purpose);
      if (purposes.includes('tagging')) tags.push(body.value);
      else if (purposes.length === 0 || purposes.some((purpose) => purpose === 'commenting' || purpose === 'describing' || purpose === 'replying')) notes.push(body.value);
    }
  }
  return { note: notes.map((note) => note.trim()).filter(Boolean).join('\n\n'), tags };
}

/** Tags as the editor stores them: trimmed, lower-case, each once, cut to the model's length. */
function cleanTags(tags: readonly string[]): string[] {
  const cleaned = tags.map((tag) => tag.trim().toLowerCase().slice(0, TAG_MAX).trim()).filter(Boolean);
  return [...new Set(cleaned)].slice(0, TAGS_MAX);
}

function titleOf(item: Json): string | undefined {
  const document = item.document;
  const title = isRecord(document) ? listOf(document.title).find((entry): entry is string => typeof entry === 'string' && entry.trim() !== '') : undefined;
  return title?.trim().slice(0, TITLE_MAX);
}

/**
 * What identifies the annotation in its source: Hypothesis's link to it, a W3C annotation's id, or failing those
 * its content (page, quote, note, tags, creation time), so that even id-less items merge on a second import.
 */
function identityOf(item: Json, hypothesis: boolean, target: QuotedTarget, note: string, tags: readonly string[]): string {
  const id = stringOf(item.id);
  if (hypothesis) {
    const links = item.links;
    const html = isRecord(links) ? stringOf(links.html) : undefined;
    if (html) return html;
    if (id) return `https://hypothes.is/a/${id}`;
  } else if (id) {
    return id;
  }
  return JSON.stringify(['content', target.source, target.quote, note, tags, stringOf(item.created) ?? '']);
}

/** Converts one foreign item, or says why it cannot be. `now` dates items that carry no date at all. */
export function convertForeign(item: unknown, now: Date): Conversion {
  if (!isRecord(item)) return skip({ kind: 'notObject' });
  if (listOf(item.references).length > 0) return skip({ kind: 'reply' });
  const hypothesis = isHypothesisItem(item);
  const target = quotedTarget(item);
  if (!target) return skip(whyNoQuote(item));

  const page = withoutTracking(target.source);
  if (page === null) return skip({ kind: 'notWebPage', address: shortened(target.source) });
  if (page.length > URL_MAX) return skip({ kind: 'tooLong', what: 'address', max: URL_MAX });
  const exact = target.quote.exact.normalize('NFC');
  if (exact.length > QUOTE_MAX) return skip({ kind: 'tooLong', what: 'quote', max: QUOTE_MAX });
  const { note: rawNote, tags: rawTags } = noteAndTags(item, hypothesis);
  const note = rawNote.trim();
  if (note.length > NOTE_MAX) return skip({ kind: 'tooLong', what: 'note', max: NOTE_MAX });
  const tags = cleanTags(rawTags);

  const created = timestamp(item.created) ?? timestamp(item.updated) ?? timestamp(item.modified) ?? now.toISOString();
  const modified = timestamp(item.updated) ?? timestamp(item.modified) ?? created;
  const visited = visitedUrl(target.source);
  const title = titleOf(item);
  const body: AnnotationBody[] = [
    ...(note ? [{ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' } as const] : []),
    ...tags.map((value) => ({ type: 'TextualBody', purpose: 'tagging', value }) as const),
  ];
  const candidate: Annotation = {
    '@context': ANNOTATION_CONTEXT,
    id: importedId(identityOf(item, hypothesis, target, note, tags)),
    type: 'Annotation',
    motivation: note ? 'commenting' : 'highlighting',
    created,
    modified,
    target: {
      source: page,
      ...(visited !== null && visited.length <= URL_MAX ? { 'newslens:visited': visited } : {}),
      ...(title ? { 'newslens:title': title } : {}),
      selector: [
        {
          type: 'TextQuoteSelector',
          exact,
          prefix: cutPrefix(target.quote.prefix.normalize('NFC')),
          suffix: cutSuffix(target.quote.suffix.normalize('NFC')),
        },
        target.position ? { type: 'TextPositionSelector', ...target.position } : { ...UNKNOWN_POSITION },
      ],
    },
    body,
    'newslens:kind': note ? 'note' : 'highlight',
    'newslens:colour': 'yellow',
  };
  // The last word is the model's: whatever slipped past the checks above is reported, never stored.
  const parsed = v.safeParse(annotationSchema, candidate);
  if (!parsed.success) return skip({ kind: 'invalid', problem: valueIssue(parsed.issues[0]) });
  return { ok: true, annotation: parsed.output };
}
