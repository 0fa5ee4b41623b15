import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { compileEventDataset, compileEvents, compiledEventsSchema } from '@/lib/events/compile';
import type { Event } from '@/lib/events/schema';

const event = (id: string, start: string, end = start): Event => ({
  id,
  start,
  end,
  place: 'loc:astana',
  participants: ['org:sco', 'loc:kz'],
  kind: 'summit',
  importance: 2,
  title: { vi: `Tiêu đề ${id}`, en: `Title ${id}` },
  summary: { vi: 'Tóm tắt.', en: 'Summary.' },
  sources: ['https://example.org/'],
});

describe('compileEvents', () => {
  it('drops the sources, keeps what the cards need and sorts by date, then id', () => {
    const input = [event('evt-2024-b', '2024-07-03'), event('evt-2001-a', '2001-06-15'), event('evt-2024-a', '2024-07-03', '2024-07-04')];
    const compiled = compileEvents(input);
    expect(compiled.map((item) => item.id)).toEqual(['evt-2001-a', 'evt-2024-b', 'evt-2024-a']);
    expect(compiled[0]).toEqual({
      id: 'evt-2001-a',
      start: '2001-06-15',
      end: '2001-06-15',
      place: 'loc:astana',
      participants: ['org:sco', 'loc:kz'],
      kind: 'summit',
      importance: 2,
      title: { vi: 'Tiêu đề evt-2001-a', en: 'Title evt-2001-a' },
      summary: { vi: 'Tóm tắt.', en: 'Summary.' },
    });
    expect(v.safeParse(compiledEventsSchema, JSON.parse(JSON.stringify(compiled))).success).toBe(true);
  });

  it('is pure: the input is left as it was and shares no arrays with the output', () => {
    const input = [event('evt-2024-b', '2024-07-03'), event('evt-2001-a', '2001-06-15')];
    const before = structuredClone(input);
    const compiled = compileEvents(input);
    expect(input).toEqual(before);
    compiled[0]!.participants.push('loc:kz');
    expect(input[1]!.participants).toEqual(['org:sco', 'loc:kz']);
  });
});

describe('compileEventDataset', () => {
  it('throws with every problem listed', () => {
    expect(() => compileEventDataset([event('evt-2024-a', '2024-07-03')], new Set(['org:sco', 'loc:kz']))).toThrow(
      /1 problem\(s\):\nevt-2024-a: place: unknown knowledge-base id "loc:astana"/,
    );
    expect(compileEventDataset([event('evt-2024-a', '2024-07-03')], new Set(['org:sco', 'loc:kz', 'loc:astana']))).toHaveLength(1);
  });
});
