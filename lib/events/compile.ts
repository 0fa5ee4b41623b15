/**
 * The validated dataset → the compact form the extension loads: what the ranking and the cards need (no `sources`,
 * which are for checking the facts, not for showing them), sorted by date so a loader can slice by time.
 */
import * as v from 'valibot';
import { EVENT_KINDS, IMPORTANCES, validateEvents, type Event } from './schema';

export const compiledEventSchema = v.strictObject({
  id: v.string(),
  start: v.string(),
  end: v.string(),
  place: v.string(),
  participants: v.array(v.string()),
  kind: v.picklist(EVENT_KINDS),
  importance: v.picklist(IMPORTANCES),
  title: v.strictObject({ vi: v.string(), en: v.string() }),
  summary: v.strictObject({ vi: v.string(), en: v.string() }),
});
export const compiledEventsSchema = v.array(compiledEventSchema);

export type CompiledEvent = v.InferOutput<typeof compiledEventSchema>;

/** Pure: drops `sources`, copies the rest (no shared arrays), sorts by start, then end, then id. */
export function compileEvents(events: readonly Event[]): CompiledEvent[] {
  return events
    .map(({ id, start, end, place, participants, kind, importance, title, summary }) => ({
      id,
      start,
      end,
      place,
      participants: [...participants],
      kind,
      importance,
      title: { vi: title.vi, en: title.en },
      summary: { vi: summary.vi, en: summary.en },
    }))
    .sort((a, b) => compare(a.start, b.start) || compare(a.end, b.end) || compare(a.id, b.id));
}

/** For the build: validate the raw dataset against the knowledge base's ids and compile it, or throw every problem. */
export function compileEventDataset(raw: unknown, knownIds: ReadonlySet<string>): CompiledEvent[] {
  const { events, problems } = validateEvents(raw, knownIds);
  if (problems.length > 0) throw new Error(`events.json has ${problems.length} problem(s):\n${problems.join('\n')}`);
  return compileEvents(events);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
