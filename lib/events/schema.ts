/**
 * The bundled event dataset (`public/data/events.json`, described in `EVENTS.md` next to this file) as a run-time
 * schema, and the validator that also checks what a schema cannot: ids that must resolve in the knowledge base,
 * start ≤ end, unique ids.
 */
import * as v from 'valibot';

export const EVENT_KINDS = [
  'summit',
  'ministerial',
  'state-visit',
  'bilateral-meeting',
  'agreement',
  'war',
  'conflict-milestone',
  'un-milestone',
  'election',
  'accession',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** 1 routine or preparatory, 2 a regular major event, 3 a landmark. */
export const IMPORTANCES = [1, 2, 3] as const;
export type Importance = (typeof IMPORTANCES)[number];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD (not 2024-02-30, which `Date.parse` quietly turns into 1 March). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    return new URL(value).hostname.length > 0;
  } catch {
    return false;
  }
}

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));
const isoDate = v.pipe(v.string(), v.check(isIsoDate, 'must be a real date written YYYY-MM-DD'));
const entityId = v.pipe(v.string(), v.regex(/^(per|org|loc|evt|misc):[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a knowledge-base id'));
const bilingual = v.strictObject({ vi: nonEmpty, en: nonEmpty });

export const eventSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^evt-\d{4}-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like "evt-2024-sco-summit-astana"')),
  start: isoDate,
  end: isoDate,
  place: entityId,
  participants: v.pipe(v.array(entityId), v.minLength(2, 'has fewer than 2 entries'), v.maxLength(12, 'has more than 12 entries')),
  kind: v.picklist(EVENT_KINDS),
  importance: v.picklist(IMPORTANCES, 'must be 1, 2 or 3'),
  title: bilingual,
  summary: bilingual,
  sources: v.pipe(v.array(v.pipe(v.string(), v.check(isHttpUrl, 'must be an http(s) URL'))), v.minLength(1, 'must not be empty')),
});

export type Event = v.InferOutput<typeof eventSchema>;

export interface EventValidation {
  /** The events that passed every check, in input order (of duplicated ids, the first). */
  events: Event[];
  /** One line per problem, each starting with the event's id (or its index) and the field: "evt-…: place: …". */
  problems: string[];
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  return path || '(event)';
}

function labelOf(item: unknown, index: number): string {
  const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' && id.length > 0 ? id : `event #${index}`;
}

export function validateEvents(events: unknown, knownIds: ReadonlySet<string>): EventValidation {
  if (!Array.isArray(events)) return { events: [], problems: ['dataset: must be a JSON array of events'] };
  const valid: Event[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  events.forEach((item: unknown, index) => {
    const label = labelOf(item, index);
    const parsed = v.safeParse(eventSchema, item);
    if (!parsed.success) {
      for (const issue of parsed.issues) problems.push(`${label}: ${issuePath(issue)}: ${issue.message}`);
      return;
    }
    const event = parsed.output;
    const found: string[] = [];
    if (seen.has(event.id)) found.push(`id: duplicate id (first used by an earlier event)`);
    if (event.start > event.end) found.push(`end: ${event.end} is before start ${event.start}`);
    if (!event.id.startsWith(`evt-${event.start.slice(0, 4)}-`)) found.push(`id: year does not match start ${event.start}`);
    if (!knownIds.has(event.place)) found.push(`place: unknown knowledge-base id "${event.place}"`);
    const participants = new Set<string>();
    event.participants.forEach((id, at) => {
      if (!knownIds.has(id)) found.push(`participants[${at}]: unknown knowledge-base id "${id}"`);
      if (participants.has(id)) found.push(`participants[${at}]: "${id}" is listed twice`);
      participants.add(id);
    });
    seen.add(event.id);
    if (found.length > 0) {
      for (const problem of found) problems.push(`${label}: ${problem}`);
      return;
    }
    valid.push(event);
  });
  return { events: valid, problems };
}
