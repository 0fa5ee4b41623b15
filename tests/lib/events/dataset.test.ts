import { describe, expect, it } from 'vitest';
import { compileFromDisk } from '@/lib/knowledge/node-sources';
import { validateEvents } from '@/lib/events/schema';
import { compileEvents } from '@/lib/events/compile';
import { readEventsFile } from '@/lib/events/node-events';

describe('the bundled event dataset', () => {
  const knownIds = new Set(compileFromDisk().entities.map((entity) => entity.id));
  const raw = readEventsFile();

  it('passes validation against the real knowledge base', () => {
    const { events, problems } = validateEvents(raw, knownIds);
    expect(problems).toEqual([]);
    expect(events).toHaveLength(165);
  });

  it('compiles to events sorted by date, without sources', () => {
    const compiled = compileEvents(validateEvents(raw, knownIds).events);
    expect(compiled).toHaveLength(165);
    for (let i = 1; i < compiled.length; i++) expect(compiled[i - 1]!.start <= compiled[i]!.start).toBe(true);
    expect(compiled.some((event) => 'sources' in event)).toBe(false);
  });
});
