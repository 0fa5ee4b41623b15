import { describe, expect, it } from 'vitest';
import { facets, indexAnnotations, NO_FILTERS, search, sourceLink } from '@/lib/dashboard/search';
import { fold } from '@/lib/text/fold';
import { highlight } from '../../support/annotations';

const annotations = [
  highlight('https://vnexpress.example/a', 'Thủ tướng Phạm Minh Chính thăm Đà Nẵng', {
    'newslens:kind': 'note',
    motivation: 'commenting',
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: 'Kiểm tra lại ngày đến', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'kinh-te' },
    ],
  }),
  highlight('https://news.example/b', 'Putin and Xi met in Astana', {
    'newslens:kind': 'claim',
    motivation: 'assessing',
    body: [
      {
        type: 'TextualBody',
        purpose: 'assessing',
        value: 'Mostly true',
        'newslens:rating': { value: 2, best: 1, worst: 5 },
      },
      { type: 'SpecificResource', purpose: 'identifying', source: 'urn:newslens:kb:per:vladimir-putin', 'newslens:kb': 'per:vladimir-putin' },
    ],
  }),
];
const entries = indexAnnotations(annotations);

describe('dashboard search', () => {
  it('folds tones, đ and case', () => {
    expect(fold('Đà Nẵng Hòa Bình THỦY')).toBe('da nang hoa binh thuy');
  });

  it('finds text written with diacritics from a query typed without them', () => {
    expect(search(entries, { ...NO_FILTERS, query: 'pham minh chinh da nang' }).map((e) => e.annotation.id)).toEqual([annotations[0]?.id]);
    expect(search(entries, { ...NO_FILTERS, query: 'kiem tra' })).toHaveLength(1);
    expect(search(entries, { ...NO_FILTERS, query: 'hanoi' })).toHaveLength(0);
  });

  it('filters by kind, tag, site, verdict, entity and date', () => {
    expect(search(entries, { ...NO_FILTERS, kind: 'claim' }).map((e) => e.verdict)).toEqual(['Mostly true']);
    expect(search(entries, { ...NO_FILTERS, tag: 'kinh-te' })).toHaveLength(1);
    expect(search(entries, { ...NO_FILTERS, site: 'news.example' })).toHaveLength(1);
    expect(search(entries, { ...NO_FILTERS, verdict: 'Mostly true', entity: 'per:vladimir-putin' })).toHaveLength(1);
    expect(search(entries, { ...NO_FILTERS, from: '2026-11-02' })).toHaveLength(0);
    expect(search(entries, { ...NO_FILTERS, from: '2026-11-01', to: '2026-11-01' })).toHaveLength(2);
    expect(facets(entries)).toEqual({
      tags: ['kinh-te'],
      sites: ['news.example', 'vnexpress.example'],
      verdicts: ['Mostly true'],
      entities: ['per:vladimir-putin'],
    });
  });

  it('links to the page scrolled to the quote', () => {
    expect(sourceLink(annotations[1]!)).toBe('https://news.example/b#:~:text=Putin%20and%20Xi%20met%20in%20Astana');
  });
});
