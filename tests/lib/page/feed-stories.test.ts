// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { feedContainers, storiesArrived } from '@/lib/page/feed-stories';

/** Paragraphs enough for a story (over 300 characters), or a teaser's one line. */
const paragraphs = (count: number): string =>
  Array.from({ length: count }, () => '<p>Các ngoại trưởng SCO gặp nhau tại Astana để chuẩn bị hội nghị thượng đỉnh vào tháng Bảy năm 2024.</p>').join('');

function element(html: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const first = holder.firstElementChild;
  if (!first) throw new Error('no element');
  return first;
}

describe('feedContainers', () => {
  beforeEach(() => {
    document.body.innerHTML = `<main><div id="column"><article id="story"><h1>SCO</h1>${paragraphs(4)}</article></div></main>`;
  });

  it("watches the story's column and the level above, never the document's root", () => {
    const story = document.getElementById('story');
    if (!story) throw new Error('no story');
    expect(feedContainers([story]).map((container) => container.id || container.localName)).toEqual(['column', 'main']);
    const main = document.querySelector('main');
    if (!main) throw new Error('no main');
    expect(feedContainers([main]).map((container) => container.localName)).toEqual(['body']);
  });

  it('watches the block holding a region of several parts (a headline above the body)', () => {
    document.body.innerHTML = `<main><div id="column"><h1 id="title">SCO</h1><article id="story">${paragraphs(4)}</article></div></main>`;
    const parts = ['title', 'story'].map((id) => document.getElementById(id)).filter((part) => part !== null);
    expect(feedContainers(parts).map((container) => container.id || container.localName)).toEqual(['column', 'main', 'body']);
  });

  it('has nothing to watch for an empty region', () => {
    expect(feedContainers([])).toEqual([]);
  });
});

describe('storiesArrived', () => {
  const region = (): Element[] => [document.getElementById('story')].filter((part) => part !== null);
  beforeEach(() => {
    document.body.innerHTML = `<div id="column"><article id="story"><h1>SCO</h1>${paragraphs(4)}</article></div>`;
  });

  it('reads a wrapped story with the headline and standfirst above it, not the rest of its block', () => {
    const wrapper = element(`<div class="next-story"><div class="share">Chia sẻ: Facebook, Zalo</div><h2>ASEAN họp tại Viêng Chăn</h2>
      <p class="sapo">Lào tổ chức hội nghị cấp cao ASEAN tại Viêng Chăn.</p><article>${paragraphs(4)}</article><div class="tags">Malaysia, Lào</div></div>`);
    document.getElementById('column')?.append(wrapper);
    expect(storiesArrived(wrapper, region())).toEqual([[wrapper.querySelector('h2'), wrapper.querySelector('.sapo'), wrapper.querySelector('article')]]);
  });

  it('reads each story of a block that brings several', () => {
    const batch = element(`<div><article><h2>A</h2>${paragraphs(4)}</article><article><h2>B</h2>${paragraphs(4)}</article></div>`);
    expect(storiesArrived(batch, region())).toEqual([...batch.children].map((story) => [story]));
  });

  it('leaves teasers, comments, related rows, pop-ups and stories without a headline unread', () => {
    const teaser = element('<article><h2>Tin liên quan</h2><p>Một dòng.</p></article>');
    const comments = element(`<section id="comments"><article><h2>Bạn đọc</h2>${paragraphs(4)}</article></section>`);
    const related = element(`<div class="related-news"><article><h2>Xem thêm</h2>${paragraphs(4)}</article></div>`);
    const headless = element(`<article>${paragraphs(4)}</article>`);
    const aside = element(`<div><aside><article><h2>Đọc nhiều</h2>${paragraphs(4)}</article></aside></div>`);
    const popup = element(`<div role="dialog"><article><h2>Đừng bỏ lỡ</h2>${paragraphs(4)}</article></div>`);
    for (const node of [teaser, comments, related, headless, aside, popup]) {
      document.getElementById('column')?.append(node);
      expect(storiesArrived(node, region())).toEqual([]);
    }
    expect(storiesArrived(document.createTextNode('Astana'), region())).toEqual([]);
  });

  it('takes a short <article> for the new story when it replaces the whole region (a router swapping stories)', () => {
    const short = element('<article><h1>ASEAN</h1><p>Lào chủ trì hội nghị tại Viêng Chăn.</p></article>');
    document.getElementById('story')?.replaceWith(short);
    expect(storiesArrived(short, [], false)).toEqual([]);
    expect(storiesArrived(short, [], true)).toEqual([[short]]);
  });

  it('reads an opinion column that arrives, though its class holds "comment"', () => {
    const column = element(`<div class="commentary"><h2>Bình luận: SCO và châu Á</h2><article>${paragraphs(4)}</article></div>`);
    document.getElementById('column')?.append(column);
    expect(storiesArrived(column, region())).toHaveLength(1);
  });

  it('reads a next story of the same kind as the one read when the site marks its stories without <article>', () => {
    document.body.innerHTML = `<div id="column"><div class="feed-item"><h1>SCO</h1><div id="story" class="story-body" itemprop="articleBody">${paragraphs(4)}</div></div></div>`;
    const next = element(`<div class="feed-item"><div class="share">Chia sẻ</div><h1>ASEAN họp tại Viêng Chăn</h1>
      <p class="sapo">Lào tổ chức hội nghị cấp cao ASEAN.</p><div class="story-body" itemprop="articleBody">${paragraphs(4)}</div></div>`);
    document.getElementById('column')?.append(next);
    expect(storiesArrived(next, region())).toEqual([[next.querySelector('h1'), next.querySelector('.sapo'), next.querySelector('.story-body')]]);
    // Other kinds of block stay unread, however long: a teaser row, a box of another class, the same kind with no headline.
    const teaser = element(`<div class="feed-item"><h2>Tin khác</h2><div class="story-body"><p>Một dòng.</p></div></div>`);
    const box = element(`<div class="box-news"><h2>Đọc nhiều</h2><div class="box-body">${paragraphs(4)}</div></div>`);
    const headless = element(`<div class="story-body">${paragraphs(4)}</div>`);
    for (const node of [teaser, box, headless]) {
      document.getElementById('column')?.append(node);
      expect(storiesArrived(node, region())).toEqual([]);
    }
  });

  it("leaves the region's own changes to the region", () => {
    const inside = element(`<article><h2>Cập nhật</h2>${paragraphs(4)}</article>`);
    document.getElementById('story')?.append(inside);
    expect(storiesArrived(inside, region())).toEqual([]);
  });
});
