import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { closeness, countLinkedEntities, describeGap, rankEvents, type PageEntity, type RankableEvent } from '@/lib/events/rank';
import { loadEventsFromDisk } from '@/lib/events/node-events';
import { recognise } from '@/lib/ner/recognise';
import { articleTextOf } from '@/lib/page/html-article';
import { publishedDate } from '@/lib/page/published-date';
import type { Lang } from '@/lib/ner/types';
import { bundledKnowledgeBase } from '../../support/bundled-kb';

const TODAY = new Date('2026-11-23T12:00:00Z');

/** A fixture page as the extension sees it: the article's linked entities, its language and its date. */
function seedPage(file: string): { entities: PageEntity[]; published: Date | null; lang: Lang } {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const doc = new window.DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html') as unknown as Document;
  const article = articleTextOf(doc);
  const published = publishedDate(doc);
  void window.happyDOM.close();
  const lang = article.lang ?? 'en';
  return { entities: countLinkedEntities(recognise(bundledKnowledgeBase(), article.text, { lang })), published, lang };
}

const event = (id: string, start: string, participants: string[], overrides: Partial<RankableEvent> = {}): RankableEvent => ({
  id,
  start,
  end: start,
  place: participants[0] ?? 'loc:nowhere',
  participants,
  importance: 2,
  ...overrides,
});

/** Events none of the test pages mention: a dataset of realistic size, so that rarity weighs as in the real one. */
const unrelated = Array.from({ length: 30 }, (_, index) => event(`evt-2020-unrelated-${index}`, '2020-01-01', ['loc:vn']));

const SHORT_NAMES: Record<string, { vi: string; en: string }> = {
  'per:vladimir-putin': { vi: 'Putin', en: 'Putin' },
  'per:xi-jinping': { vi: 'Tập Cận Bình', en: 'Xi Jinping' },
  'loc:kz': { vi: 'Kazakhstan', en: 'Kazakhstan' },
  'loc:cn': { vi: 'Trung Quốc', en: 'China' },
  'loc:ru': { vi: 'Nga', en: 'Russia' },
};
const names = (id: string): { vi: string; en: string } | undefined => SHORT_NAMES[id];

const putinXiKz: PageEntity[] = [
  { id: 'per:vladimir-putin', type: 'PER', count: 3 },
  { id: 'per:xi-jinping', type: 'PER', count: 2 },
  { id: 'loc:kz', type: 'LOC', count: 1 },
];

describe('rankEvents on the real dataset', () => {
  const kb = bundledKnowledgeBase();
  const events = loadEventsFromDisk(new Set(kb.compiled.entities.map((entity) => entity.id)));

  it('puts the July 2024 SCO summit in Astana and Putin\u2019s May 2024 state visit to China first for the seed article', () => {
    const page = seedPage('tests/fixtures/seed-putin-xi-astana.html');
    expect(page.published?.toISOString()).toBe('2024-05-21T02:00:00.000Z');
    const ranked = rankEvents(events, page, { today: TODAY, limit: 5, names: (id) => kb.get(id)?.name });
    expect(ranked.slice(0, 2).map((item) => item.id)).toEqual(['evt-2024-sco-summit-astana', 'evt-2024-putin-state-visit-china']);
    expect(ranked[0]?.reason).toMatch(/Vladimir Putin.*Astana · 6 tuần sau bài báo này$/);
    expect(ranked[1]?.reason).toMatch(/Tập Cận Bình.* · 4 ngày trước bài báo này$/);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
  });

  it('keeps the second seed article on its own ministers\u2019 meeting (Goa, May 2023)', () => {
    const page = seedPage('tests/fixtures/seed-sco-ministers.html');
    const ranked = rankEvents(events, page, { today: TODAY, limit: 3, names: (id) => kb.get(id)?.name });
    expect(ranked[0]?.id).toBe('evt-2023-sco-cfm-goa');
  });

  it('gives no events to a page with no linked entities, or with entities no event involves', () => {
    const options = { today: TODAY, limit: 5, names };
    expect(rankEvents(events, { entities: [], published: null, lang: 'vi' }, options)).toEqual([]);
    const unrelated: PageEntity[] = [{ id: 'loc:vn-khanh-hoa', type: 'LOC', count: 4 }];
    expect(rankEvents(events, { entities: unrelated, published: null, lang: 'en' }, options)).toEqual([]);
  });

  it('shows nothing for a single passing mention of a country everybody mentions', () => {
    const once: PageEntity[] = [{ id: 'loc:cn', type: 'LOC', count: 1 }];
    expect(rankEvents(events, { entities: once, published: null, lang: 'en' }, { today: TODAY, limit: 5 })).toEqual([]);
  });
});

describe('rankEvents scoring', () => {
  const options = { today: TODAY, limit: 10, names };

  it('decays with time in both directions, symmetrically', () => {
    const published = new Date('2024-05-21T00:00:00Z');
    const events = [
      event('evt-2014-ten-years-before', '2014-05-21', ['loc:kz', 'per:vladimir-putin', 'per:xi-jinping']),
      event('evt-2023-one-year-before', '2023-05-22', ['loc:kz', 'per:vladimir-putin', 'per:xi-jinping']),
      event('evt-2024-month-after', '2024-06-20', ['loc:kz', 'per:vladimir-putin', 'per:xi-jinping']),
      event('evt-2024-week-before', '2024-05-14', ['loc:kz', 'per:vladimir-putin', 'per:xi-jinping']),
      event('evt-2024-month-before', '2024-04-21', ['loc:kz', 'per:vladimir-putin', 'per:xi-jinping']),
    ];
    const ranked = rankEvents(events, { entities: putinXiKz, published, lang: 'en' }, options);
    expect(ranked.map((item) => item.id)).toEqual([
      'evt-2024-week-before',
      'evt-2024-month-after',
      'evt-2024-month-before',
      'evt-2023-one-year-before',
      'evt-2014-ten-years-before',
    ]);
    const score = (id: string): number => ranked.find((item) => item.id === id)?.score ?? NaN;
    expect(score('evt-2024-month-after')).toBeCloseTo(score('evt-2024-month-before'), 9);
    expect(score('evt-2024-week-before') / score('evt-2023-one-year-before')).toBeGreaterThan(4);
    expect(closeness(0)).toBe(1);
    expect(closeness(60)).toBe(0.5);
    expect(closeness(-60)).toBe(0.5);
    expect(closeness(3650)).toBeLessThan(0.02);
  });

  it('measures time from today when the page has no date', () => {
    const events = [
      event('evt-2026-recent', '2026-11-01', ['loc:kz', 'per:vladimir-putin']),
      event('evt-2024-old', '2024-05-01', ['loc:kz', 'per:vladimir-putin']),
    ];
    const ranked = rankEvents(events, { entities: putinXiKz, published: null, lang: 'en' }, options);
    expect(ranked.map((item) => item.id)).toEqual(['evt-2026-recent', 'evt-2024-old']);
    expect(ranked[0]?.reason).toBe('Putin, Kazakhstan · 3 weeks ago');
    expect(ranked[1]?.reason).toBe('Putin, Kazakhstan · 3 years ago');
  });

  it('weighs people above countries, a landmark above a routine meeting, and more mentions above fewer', () => {
    const published = new Date('2024-05-21T00:00:00Z');
    const page = (entities: PageEntity[]) => ({ entities, published, lang: 'en' as const });
    const people = event('evt-2024-people', '2024-05-21', ['per:vladimir-putin']);
    const countries = event('evt-2024-countries', '2024-05-21', ['loc:ru']);
    const both: PageEntity[] = [
      { id: 'per:vladimir-putin', type: 'PER', count: 2 },
      { id: 'loc:ru', type: 'LOC', count: 10 },
    ];
    expect(rankEvents([people, countries], page(both), options).map((item) => item.id)).toEqual(['evt-2024-people', 'evt-2024-countries']);

    const routine = event('evt-2024-routine', '2024-05-21', ['per:vladimir-putin'], { importance: 1 });
    const landmark = event('evt-2024-landmark', '2024-05-21', ['per:xi-jinping'], { importance: 3 });
    const ranked = rankEvents([routine, landmark], page(putinXiKz), options);
    expect(ranked.map((item) => item.id)).toEqual(['evt-2024-landmark', 'evt-2024-routine']);

    const once = rankEvents([people, ...unrelated], page([{ id: 'per:vladimir-putin', type: 'PER', count: 1 }]), options)[0]?.score ?? 0;
    const often = rankEvents([people, ...unrelated], page([{ id: 'per:vladimir-putin', type: 'PER', count: 10 }]), options)[0]?.score ?? 0;
    expect(often).toBeGreaterThan(once);
    expect(often).toBeLessThan(once * 4); // Diminishing: ten mentions are not ten times one.
  });

  it('weighs an entity that is in every event less than a rare one', () => {
    const published = new Date('2024-05-21T00:00:00Z');
    const entities: PageEntity[] = [
      { id: 'per:vladimir-putin', type: 'PER', count: 1 },
      { id: 'per:xi-jinping', type: 'PER', count: 1 },
    ];
    const events = [
      event('evt-2024-with-xi', '2024-05-21', ['per:xi-jinping', 'per:vladimir-putin']),
      ...['a', 'b', 'c'].map((slug) => event(`evt-2024-putin-${slug}`, '2024-05-21', ['per:vladimir-putin'])),
      event('evt-2024-xi-alone', '2024-05-21', ['per:xi-jinping']),
    ];
    const ranked = rankEvents(events, { entities, published, lang: 'en' }, options);
    expect(ranked[0]?.id).toBe('evt-2024-with-xi');
    expect(ranked[1]?.id).toBe('evt-2024-xi-alone');
  });

  it('respects the limit', () => {
    const events = ['a', 'b', 'c'].map((slug) => event(`evt-2024-${slug}`, '2024-05-21', ['per:vladimir-putin']));
    const page = { entities: putinXiKz, published: null, lang: 'en' as const };
    expect(rankEvents(events, page, { ...options, limit: 2 })).toHaveLength(2);
    expect(rankEvents(events, page, { ...options, limit: 0 })).toEqual([]);
  });
});

describe('the reason string', () => {
  const summit = event('evt-2024-sco-summit-astana', '2024-07-03', ['loc:astana', 'org:sco', 'loc:kz', 'per:xi-jinping', 'per:vladimir-putin'], {
    end: '2024-07-04',
  });
  const published = new Date('2024-05-21T02:00:00Z');

  it('names the shared entities, people first, and says when, in English', () => {
    const [ranked] = rankEvents([summit], { entities: putinXiKz, published, lang: 'en' }, { today: TODAY, limit: 1, names });
    expect(ranked?.reason).toBe('Putin, Xi Jinping, Kazakhstan · 6 weeks after this article');
  });

  it('in Vietnamese', () => {
    const [ranked] = rankEvents([summit], { entities: putinXiKz, published, lang: 'vi' }, { today: TODAY, limit: 1, names });
    expect(ranked?.reason).toBe('Putin, Tập Cận Bình, Kazakhstan · 6 tuần sau bài báo này');
  });

  it('shows at most three names, leaves out ids without one, and falls back to the time alone', () => {
    const page: PageEntity[] = [
      ...putinXiKz,
      { id: 'loc:cn', type: 'LOC', count: 5 },
      { id: 'loc:ru', type: 'LOC', count: 5 },
      { id: 'org:unnamed', type: 'ORG', count: 1 },
    ];
    const wide = event('evt-2024-wide', '2024-05-21', ['org:unnamed', 'loc:kz', 'loc:cn', 'loc:ru', 'per:xi-jinping', 'per:vladimir-putin']);
    const [ranked] = rankEvents([wide], { entities: page, published, lang: 'en' }, { today: TODAY, limit: 1, names });
    expect(ranked?.reason.split(' · ')[0]?.split(', ')).toHaveLength(3);
    expect(ranked?.reason).not.toContain('unnamed');
    const [bare] = rankEvents([wide], { entities: page, published, lang: 'vi' }, { today: TODAY, limit: 1 });
    expect(bare?.reason).toBe('cùng tuần với bài báo này');
  });

  it('describes days, weeks, months and years, before and after, and the same week', () => {
    const cases: Array<[number, string, string]> = [
      [0, 'same week as this article', 'cùng tuần với bài báo này'],
      [-3, 'same week as this article', 'cùng tuần với bài báo này'],
      [4, '4 days after this article', '4 ngày sau bài báo này'],
      [-13, '13 days before this article', '13 ngày trước bài báo này'],
      [43, '6 weeks after this article', '6 tuần sau bài báo này'],
      [-90, '3 months before this article', '3 tháng trước bài báo này'],
      [400, '1 year after this article', '1 năm sau bài báo này'],
      [-3653, '10 years before this article', '10 năm trước bài báo này'],
    ];
    for (const [days, en, vi] of cases) {
      expect(describeGap(days, 'en', 'article'), String(days)).toBe(en);
      expect(describeGap(days, 'vi', 'article'), String(days)).toBe(vi);
    }
    expect(describeGap(-1, 'en', 'today')).toBe('this week');
    expect(describeGap(-1, 'vi', 'today')).toBe('tuần này');
    expect(describeGap(-21, 'en', 'today')).toBe('3 weeks ago');
    expect(describeGap(-21, 'vi', 'today')).toBe('3 tuần trước');
    expect(describeGap(61, 'en', 'today')).toBe('in 2 months');
    expect(describeGap(61, 'vi', 'today')).toBe('2 tháng nữa');
  });
});

describe('countLinkedEntities', () => {
  it('counts linked mentions per id and skips unlinked names', () => {
    const mention = (id: string | null, type: 'PER' | 'LOC') => ({ start: 0, end: 1, type, text: 'x', id });
    expect(countLinkedEntities([mention('loc:kz', 'LOC'), mention(null, 'PER'), mention('loc:kz', 'LOC'), mention('per:xi-jinping', 'PER')])).toEqual([
      { id: 'loc:kz', type: 'LOC', count: 2 },
      { id: 'per:xi-jinping', type: 'PER', count: 1 },
    ]);
  });
});
