// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePublishedDate, publishedDate, storyPublishedDate } from '@/lib/page/published-date';

function page(head: string, body = ''): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

const iso = (date: Date | null): string | null => date?.toISOString() ?? null;
const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('publishedDate', () => {
  it('reads article:published_time first', () => {
    const doc = page(
      `<meta property="article:published_time" content="2024-05-21T09:00:00+07:00">${ld({ datePublished: '2020-01-01' })}`,
      '<article><time datetime="2019-01-01">1/1/2019</time></article>',
    );
    expect(iso(publishedDate(doc))).toBe('2024-05-21T02:00:00.000Z');
  });

  it('falls back to JSON-LD datePublished, also inside @graph and arrays', () => {
    expect(iso(publishedDate(page(ld({ '@type': 'NewsArticle', datePublished: '2023-05-05T10:00:00+07:00' }))))).toBe(
      '2023-05-05T03:00:00.000Z',
    );
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2025-02-18T14:00:00+08:00' }] };
    expect(iso(publishedDate(page(ld(graph))))).toBe('2025-02-18T06:00:00.000Z');
    expect(iso(publishedDate(page(ld([{ '@type': 'Organization' }, { datePublished: '2025-11-23' }]))))).toBe('2025-11-23T00:00:00.000Z');
  });

  it('falls back to the first <time datetime> inside the article, not one outside it', () => {
    const doc = page(
      '',
      `<header><time datetime="2030-01-01">today</time></header>
       <article><h1>Title</h1><p><time>no datetime</time> <time datetime="2025-03-10T08:00:00+07:00">10/3</time></p>
       <time datetime="2025-03-11">updated</time></article>`,
    );
    expect(iso(publishedDate(doc))).toBe('2025-03-10T01:00:00.000Z');
  });

  it('skips invalid dates and broken JSON-LD and tries the next source', () => {
    const doc = page(
      `<meta property="article:published_time" content="not a date">
       <script type="application/ld+json">{ broken</script>${ld({ datePublished: '2024-02-30T10:00:00Z' })}`,
      '<article><time datetime="yesterday">x</time><time datetime="2024-05-21">21/5</time></article>',
    );
    expect(iso(publishedDate(doc))).toBe('2024-05-21T00:00:00.000Z');
  });

  it('returns null when the page says nothing', () => {
    expect(publishedDate(page('<meta property="og:type" content="article">', '<main><p>Text</p></main>'))).toBeNull();
  });

  it('reads the seed page\u2019s date', () => {
    const html = readFileSync('tests/fixtures/seed-putin-xi-astana.html', 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(iso(publishedDate(doc))).toBe('2024-05-21T02:00:00.000Z');
  });
});

describe('storyPublishedDate', () => {
  it('reads the first real <time datetime> among a story’s parts, whatever the page’s metadata says', () => {
    page(
      '<meta property="article:published_time" content="2024-07-04T09:00:00+05:00">',
      `<h1 id="headline">ASEAN</h1><p id="sapo"><time datetime="soon">soon</time><time datetime="2024-10-11T18:00:00+07:00">11/10</time></p>
       <div id="body"><time datetime="2024-10-12">updated</time></div>`,
    );
    const parts = ['headline', 'sapo', 'body'].map((id) => document.getElementById(id)).filter((part) => part !== null);
    expect(iso(storyPublishedDate(parts))).toBe('2024-10-11T11:00:00.000Z');
    expect(storyPublishedDate(parts.slice(0, 1))).toBeNull();
  });
});

describe('parsePublishedDate', () => {
  it('reads ISO 8601 dates and times, with or without an offset (no offset is UTC)', () => {
    expect(iso(parsePublishedDate('2024-05-21'))).toBe('2024-05-21T00:00:00.000Z');
    expect(iso(parsePublishedDate(' 2024-05-21T09:00 '))).toBe('2024-05-21T09:00:00.000Z');
    expect(iso(parsePublishedDate('2024-05-21 09:00:00.250+0700'))).toBe('2024-05-21T02:00:00.250Z');
    expect(iso(parsePublishedDate('2024-05-21T09:00:00-05:30'))).toBe('2024-05-21T14:30:00.000Z');
    expect(iso(parsePublishedDate('2024-05-21T09:00:00z'))).toBe('2024-05-21T09:00:00.000Z');
  });

  it('rejects what is not a real date', () => {
    for (const value of ['', null, undefined, '21/05/2024', 'May 21, 2024', '2023-02-29', '2024-13-01', '2024-05-21T24:00', '2024-05-21T09:00+25:00', '0001-01-01', '1970-01-01T00:00:00Z']) {
      expect(parsePublishedDate(value), String(value)).toBeNull();
    }
  });
});
