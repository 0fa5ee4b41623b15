// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { articleRegion, storyInBlock } from '@/lib/page/article-region';
import { findArticleRoot } from '@/lib/page/article-root';

const HEADLINE = 'Chủ tịch Tập Cận Bình và Tổng thống Putin sẽ gặp nhau tại Astana';
const BODY = '<p>Hai nhà lãnh đạo dự hội nghị thượng đỉnh SCO tại Kazakhstan. '.repeat(4) + '</p>';

function page(title: string, body: string): Document {
  document.title = title;
  document.body.innerHTML = body;
  return document;
}

/** The region of the page's article, as the texts of its parts. */
function regionTexts(doc: Document): string[] {
  const root = findArticleRoot(doc);
  if (!root) throw new Error('no article root');
  return articleRegion(doc, root).map((part) => (part === root ? 'BODY' : (part.textContent ?? '').trim()));
}

describe('articleRegion', () => {
  it('adds the headline and the sapo a portal sets above its article body', () => {
    const doc = page(`${HEADLINE} - Thời Báo Mẫu`, `<header><h1>Thời Báo Mẫu</h1></header><section class="page-detail"><div class="sidebar-1">
      <ul class="breadcrumb"><li><a href="#">Thế giới</a></li></ul><span class="date">Thứ ba, 21/5/2024</span>
      <h1 class="title-detail">${HEADLINE}</h1><p class="description">Nga và Trung Quốc chuẩn bị cho cuộc gặp.</p>
      <div class="ads"><script>var slot = 1;</script></div>
      <article class="fck_detail">${BODY}</article>
      <div class="box-related"><h2>Tin liên quan</h2><p>Ukraine và NATO</p></div></div></section>`);
    expect(regionTexts(doc)).toEqual([HEADLINE, 'Nga và Trung Quốc chuẩn bị cho cuộc gặp.', 'BODY']);
  });

  it('takes an h2 sapo too, and nothing after the body', () => {
    const doc = page(HEADLINE, `<div class="detail"><h1>${HEADLINE}</h1><h2 class="detail-sapo">Cuộc gặp diễn ra bên lề hội nghị SCO.</h2>
      <div class="detail-content" itemprop="articleBody">${BODY}</div><h2>Tin cùng chuyên mục</h2></div>`);
    expect(regionTexts(doc)).toEqual([HEADLINE, 'Cuộc gặp diễn ra bên lề hội nghị SCO.', 'BODY']);
  });

  it('is the body alone when the body holds its headline', () => {
    const doc = page(HEADLINE, `<h1>${HEADLINE}</h1><article><h1>${HEADLINE}</h1>${BODY}</article>`);
    expect(regionTexts(doc)).toEqual(['BODY']);
  });

  it('leaves out an h1 the page title does not name: a logo, or another story', () => {
    const doc = page(HEADLINE, `<div class="logo"><h1>Thời Báo Mẫu điện tử</h1></div><article>${BODY}</article>`);
    expect(regionTexts(doc)).toEqual(['BODY']);
  });

  it("leaves out a headline far from the body, or inside the page's navigation", () => {
    const far = page(HEADLINE, `<div><h1>${HEADLINE}</h1></div><div><div><div><div><div><article>${BODY}</article></div></div></div></div></div>`);
    expect(regionTexts(far)).toEqual(['BODY']);
    const inNav = page(HEADLINE, `<div><nav><h1>${HEADLINE}</h1></nav><article>${BODY}</article></div>`);
    expect(regionTexts(inNav)).toEqual(['BODY']);
  });
});

describe('articleRegion: a marked body', () => {
  it('reads the headline, the standfirst and the marked body of an <article>, not its share bar, tags or related links', () => {
    const doc = page('A different SEO title', `<article><header><h1>${HEADLINE}</h1><div class="meta">Thu Hà · 21/5/2024</div>
      <p class="sapo">Hai nhà lãnh đạo sẽ gặp nhau bên lề hội nghị SCO.</p></header><div class="share"><p>Chia sẻ Facebook</p></div>
      <div itemprop="articleBody">${BODY}</div><div class="tags"><p>Nga, Trung Quốc</p></div><div class="related"><p>Ukraine và NATO</p></div></article>`);
    const root = findArticleRoot(doc)!;
    expect(articleRegion(doc, root).map((part) => part.className || part.localName)).toEqual(['h1', 'sapo', 'div']);
  });

  it('reads the whole story when each post of a live blog marks its own body', () => {
    const doc = page(HEADLINE, `<article><h1>${HEADLINE}</h1><div itemprop="articleBody">${BODY}</div><div itemprop="articleBody">${BODY}</div></article>`);
    const root = findArticleRoot(doc)!;
    expect(articleRegion(doc, root)).toEqual([root]);
  });
});

describe('storyInBlock', () => {
  it('reads the headline and standfirst above the article, not the block\u2019s share bar or tags', () => {
    page('Trang chủ', `<div id="block"><div class="share">Chia sẻ</div><h1>${HEADLINE}</h1>
      <p id="sapo">Hai nhà lãnh đạo gặp nhau bên lề hội nghị thượng đỉnh.</p><article>${BODY}</article><p>Từ khóa: SCO</p></div>`);
    const block = document.getElementById('block');
    const story = document.querySelector('article');
    if (!block || !story) throw new Error('no block');
    expect(storyInBlock(block, story).map((part) => part.localName)).toEqual(['h1', 'p', 'article']);
  });

  it('reads an article that holds its own headline alone', () => {
    page('Trang chủ', `<div id="block"><h2>Bài tiếp theo</h2><article><h1>${HEADLINE}</h1>${BODY}</article></div>`);
    const block = document.getElementById('block');
    const story = document.querySelector('article');
    if (!block || !story) throw new Error('no block');
    expect(storyInBlock(block, story)).toEqual([story]);
  });
});
