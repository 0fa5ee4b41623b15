// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ownAddress } from '@/lib/annotations/story-address';

const PAGE = 'https://www.news.example/the-gioi/sco-astana-2024';

/** A feed's story as the page holds it: its parts are the children of a block of `html`. */
function story(html: string): Element[] {
  document.body.innerHTML = `<div id="story">${html}</div>`;
  return [...(document.getElementById('story')?.children ?? [])];
}

describe('ownAddress', () => {
  it('reads the link that is the story\u2019s headline, resolved, without tracking, with the headline as title', () => {
    const parts = story('<h2><a href="/the-gioi/asean-vientiane-2024?utm_source=feed#top">ASEAN  họp cấp cao</a></h2><p>Văn bản.</p>');
    expect(ownAddress(parts, PAGE)).toEqual({ address: 'https://www.news.example/the-gioi/asean-vientiane-2024', title: 'ASEAN họp cấp cao' });
    const wrapped = story('<a href="https://m.news.example/asean"><h2>ASEAN</h2></a><p>Văn bản.</p>');
    expect(ownAddress(wrapped, PAGE)?.address).toBe('https://m.news.example/asean');
  });

  it('ignores a link inside the headline that is not the whole of it, and one to another site', () => {
    expect(ownAddress(story('<h2>Phản ứng của <a href="/tag/asean">ASEAN</a></h2><p>Văn bản.</p>'), PAGE)).toBeNull();
    expect(ownAddress(story('<h2><a href="https://other.example/asean">ASEAN</a></h2>'), PAGE)).toBeNull();
    expect(ownAddress(story('<h2><a href="javascript:void(0)">ASEAN</a></h2>'), PAGE)).toBeNull();
    expect(ownAddress(story('<h2>ASEAN</h2><p>Không có liên kết.</p>'), PAGE)).toBeNull();
  });

  it('reads the story\u2019s schema.org item: its itemid, else its own url, not an author\u2019s', () => {
    const byId = story('<article itemscope itemtype="https://schema.org/NewsArticle" itemid="/asean"><h2>ASEAN</h2></article>');
    expect(ownAddress(byId, PAGE)?.address).toBe('https://www.news.example/asean');
    const byUrl = story(`<article itemscope itemtype="https://schema.org/NewsArticle"><h2>ASEAN</h2>
      <div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="url" content="/tac-gia/an"></div>
      <meta itemprop="url" content="/asean"></article>`);
    expect(ownAddress(byUrl, PAGE)?.address).toBe('https://www.news.example/asean');
    const authorOnly = story(`<article itemscope itemtype="https://schema.org/NewsArticle"><h2>ASEAN</h2>
      <div itemprop="author" itemscope itemtype="https://schema.org/Person"><link itemprop="url" href="/tac-gia/an"></div></article>`);
    expect(ownAddress(authorOnly, PAGE)).toBeNull();
    // The item may sit around the story's parts; its page entity may be an item of its own.
    document.body.innerHTML = `<div itemscope itemtype="https://schema.org/NewsArticle">
      <div itemprop="mainEntityOfPage" itemscope itemtype="https://schema.org/WebPage" itemid="https://news.example/asean"></div>
      <h2 id="h">ASEAN</h2><div id="b"><p>Văn bản.</p></div></div>`;
    const around = [document.getElementById('h'), document.getElementById('b')].filter((part) => part !== null);
    expect(ownAddress(around, PAGE)?.address).toBe('https://news.example/asean');
  });
});
