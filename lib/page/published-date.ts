/**
 * When was this article published? In order of trust: `<meta property="article:published_time">` (Open Graph),
 * JSON-LD `datePublished` (top level, arrays and `@graph`), then the first `<time datetime>` inside the article
 * (`findArticleRoot`). A story of an endless feed other than the page's own has only the last (`storyPublishedDate`).
 * Only ISO 8601 dates are read (what these three carry by specification); a value that is not a real date is
 * skipped and the next source is tried. A time without an offset is taken as UTC, so the result never depends on
 * the machine's time zone.
 */
import { findArticleRoot } from './article-root';

/** YYYY-MM-DD, optionally followed by THH:MM[:SS[.fff]] and Z or ±HH[:]MM. */
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Earlier than this is a content system's placeholder (0001-01-01, the 1970 epoch), not a news date. */
const EARLIEST_YEAR = 1990;

export function parsePublishedDate(value: string | null | undefined): Date | null {
  const match = ISO_DATE_TIME.exec(value?.trim() ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [hour, minute, second] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
  const millisecond = Number(`0.${match[7] ?? '0'}`) * 1000;
  if (year < EARLIEST_YEAR || hour > 23 || minute > 59 || second > 59) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const check = new Date(local);
  // Date.UTC rolls 30 February over into March: a date that does not come back unchanged was not real.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const offset = offsetMinutes(match[8]);
  if (offset === null) return null;
  return new Date(local - offset * 60_000);
}

function offsetMinutes(zone: string | undefined): number | null {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 14 || minutes > 59) return null;
  return (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
}

function fromJsonLd(value: unknown, depth: number): Date | null {
  if (depth > 4 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = fromJsonLd(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const published = record['datePublished'];
  const date = typeof published === 'string' ? parsePublishedDate(published) : null;
  return date ?? fromJsonLd(record['@graph'], depth + 1);
}

export function publishedDate(doc: Document): Date | null {
  for (const meta of doc.querySelectorAll('meta[property="article:published_time"]')) {
    const date = parsePublishedDate(meta.getAttribute('content'));
    if (date) return date;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '') as unknown;
    } catch {
      continue; // A page's broken JSON-LD is its own problem: try the next source.
    }
    const date = fromJsonLd(data, 0);
    if (date) return date;
  }
  const root = findArticleRoot(doc);
  return root ? storyPublishedDate([root]) : null;
}

/**
 * The first real `<time datetime>` among a story's parts: the byline's. Later ones are often updates, comments or
 * related stories. The page's metadata is another story's on an endless feed, where this is all a story has.
 */
export function storyPublishedDate(parts: readonly Element[]): Date | null {
  for (const part of parts) {
    const times = part.matches('time[datetime]') ? [part] : part.querySelectorAll('time[datetime]');
    for (const time of times) {
      const date = parsePublishedDate(time.getAttribute('datetime'));
      if (date) return date;
    }
  }
  return null;
}
