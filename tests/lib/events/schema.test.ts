import { describe, expect, it } from 'vitest';
import { isIsoDate, validateEvents } from '@/lib/events/schema';

const KNOWN = new Set(['org:sco', 'loc:astana', 'loc:kz', 'loc:cn', 'loc:ru', 'per:xi-jinping', 'per:vladimir-putin']);

function sample(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'evt-2024-sco-summit-astana',
    start: '2024-07-03',
    end: '2024-07-04',
    place: 'loc:astana',
    participants: ['org:sco', 'loc:kz', 'loc:cn', 'loc:ru', 'per:xi-jinping', 'per:vladimir-putin'],
    kind: 'summit',
    importance: 3,
    title: { vi: 'Hội nghị Thượng đỉnh SCO tại Astana', en: 'SCO summit in Astana' },
    summary: { vi: 'Tóm tắt.', en: 'Summary.' },
    sources: ['https://en.wikipedia.org/wiki/2024_SCO_summit'],
    ...overrides,
  };
}

describe('validateEvents', () => {
  it('accepts a well-formed event', () => {
    const { events, problems } = validateEvents([sample()], KNOWN);
    expect(problems).toEqual([]);
    expect(events.map((event) => event.id)).toEqual(['evt-2024-sco-summit-astana']);
  });

  it('names the event and the field of every problem, and keeps only the good events', () => {
    const id = (n: number): string => `evt-2024-case-${n}`;
    const { events, problems } = validateEvents(
      [
        sample({ id: id(1), place: 'loc:nowhere' }),
        sample({ id: id(2), participants: ['org:sco', 'per:nobody'] }),
        sample({ id: id(3), start: '2024-02-30', end: '2024-03-01' }),
        sample({ id: id(4), start: '2024-07-05', end: '2024-07-04' }),
        sample({ id: id(5), sources: ['ftp://example.org/x', 'javascript:alert(1)'] }),
        sample({ id: id(6), importance: 4 }),
        sample({ id: id(6) }),
        sample({ id: id(7), title: { vi: ' ', en: 'x' } }),
        sample({ id: id(8), participants: ['loc:kz', 'loc:kz'] }),
        sample({ id: id(12), participants: ['loc:kz'] }),
        sample({ id: 'evt-2023-wrong-year' }),
        sample({ id: id(9), extra: true }),
        sample({ id: id(10), end: '4 July 2024' }),
        sample({ id: id(11) }),
        sample({ id: id(11) }),
      ],
      KNOWN,
    );
    expect(problems).toEqual([
      'evt-2024-case-1: place: unknown knowledge-base id "loc:nowhere"',
      'evt-2024-case-2: participants[1]: unknown knowledge-base id "per:nobody"',
      'evt-2024-case-3: start: must be a real date written YYYY-MM-DD',
      'evt-2024-case-4: end: 2024-07-04 is before start 2024-07-05',
      'evt-2024-case-5: sources[0]: must be an http(s) URL',
      'evt-2024-case-5: sources[1]: must be an http(s) URL',
      'evt-2024-case-6: importance: must be 1, 2 or 3',
      'evt-2024-case-7: title.vi: must not be empty',
      'evt-2024-case-8: participants[1]: "loc:kz" is listed twice',
      'evt-2024-case-12: participants: has fewer than 2 entries',
      'evt-2023-wrong-year: id: year does not match start 2024-07-03',
      expect.stringMatching(/^evt-2024-case-9: extra: /),
      'evt-2024-case-10: end: must be a real date written YYYY-MM-DD',
      'evt-2024-case-11: id: duplicate id (first used by an earlier event)',
    ]);
    expect(events.map((event) => event.id)).toEqual([id(6), id(11)]);
  });

  it('reports an event without an id by its index, and a dataset that is not an array', () => {
    expect(validateEvents([sample({ id: undefined })], KNOWN).problems).toEqual([expect.stringMatching(/^event #0: id: /)]);
    expect(validateEvents({ events: [] }, KNOWN)).toEqual({ events: [], problems: ['dataset: must be a JSON array of events'] });
  });
});

describe('isIsoDate', () => {
  it('accepts real days only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-7-3')).toBe(false);
  });
});
