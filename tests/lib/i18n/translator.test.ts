import { describe, expect, it } from 'vitest';
import { fillTemplate, placeholdersIn } from '@/lib/i18n/template';
import { cardText } from '@/lib/i18n/card';
import { pageText } from '@/lib/i18n/pages';

describe('templates', () => {
  it('fills named placeholders with text, leaving markup-like values as they are', () => {
    expect(fillTemplate('Mention {index} of {count}', { index: 2, count: 5 })).toBe('Mention 2 of 5');
    expect(fillTemplate('Highlight names on {site}', { site: '<b>x</b>' })).toBe('Highlight names on <b>x</b>');
    expect(fillTemplate('{a} and {b}', { a: '{b}', b: 'B' })).toBe('{b} and B');
  });

  it('keeps a placeholder without a value visible', () => {
    expect(fillTemplate('Not saved: {reason}')).toBe('Not saved: {reason}');
  });

  it('lists a template\u2019s placeholders once each', () => {
    expect(placeholdersIn('{b} {a} {b}')).toEqual(['a', 'b']);
    expect(placeholdersIn('no placeholder')).toEqual([]);
  });
});

describe('translators', () => {
  it('look text up in the chosen language', () => {
    expect(cardText('vi')('entity.PER')).toBe('Người');
    expect(cardText('en')('entity.PER')).toBe('Person');
    expect(cardText('vi')('card.position', { index: 1, count: 3 })).toBe('Lần nhắc 1/3 trên trang này');
    expect(pageText('vi')('entityGroup.LOC')).toBe('Địa điểm');
    expect(pageText('en')('entityGroup.LOC')).toBe('Places');
  });

  it('choose English plural forms by count, and the one Vietnamese form', () => {
    const en = pageText('en');
    expect(en.plural('entities.mentions', 1)).toBe('1 mention');
    expect(en.plural('entities.mentions', 2)).toBe('2 mentions');
    expect(en.plural('dashboard.shown', 1, { shown: 0 })).toBe('0 of 1 annotation');
    expect(pageText('vi').plural('entities.mentions', 1)).toBe('1 lần nhắc đến');
    expect(en.plural('entities.mentions', 1200)).toBe('1,200 mentions');
    expect(pageText('vi').plural('entities.mentions', 1200)).toBe('1.200 lần nhắc đến');
  });

  it('format dates for the interface language', () => {
    const day = new Date('2024-07-04T10:00:00Z');
    const options = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    expect(pageText('en').date(day, options)).toBe('4 July 2024');
    expect(pageText('vi').date(day, options)).toBe('4 tháng 7, 2024');
  });
});
