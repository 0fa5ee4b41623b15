// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText, rangeFor } from '@/lib/page/text-map';
import { findArticleRoot, isArticlePage } from '@/lib/page/article-root';

function page(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

describe('collectText', () => {
  it('joins paragraphs with line breaks and skips navigation, forms and scripts', () => {
    const doc = page(`<body><article><nav>Trang chủ Thế giới</nav><h1>Tiêu đề</h1>
      <p>Đoạn <b>một</b> Nga.</p><script>var x = "Nga";</script><p>Đoạn hai.</p>
      <form><textarea>Trung Quốc</textarea></form></article></body>`);
    const map = collectText(doc.querySelector('article')!);
    expect(map.text.split('\n').map((line) => line.trim()).filter(Boolean)).toEqual([
      'Tiêu đề',
      'Đoạn một Nga.',
      'Đoạn hai.',
    ]);
  });

  it('turns text offsets into ranges that span inline elements', () => {
    const doc = page('<body><article><p>Ông Tập <i>Cận</i> Bình tới Astana.</p></article></body>');
    const map = collectText(doc.querySelector('article')!);
    const start = map.text.indexOf('Tập');
    const range = rangeFor(map, start, start + 'Tập Cận Bình'.length, doc)!;
    expect(range.toString()).toBe('Tập Cận Bình');
    const astana = map.text.indexOf('Astana');
    expect(rangeFor(map, astana, astana + 6, doc)!.toString()).toBe('Astana');
  });

  it("reads an article's own header but not the page's banner", () => {
    const doc = page(`<body><header><h1>Thời Báo Mẫu</h1><p>Tin mới</p></header><main><article>
      <header><h1>Ông Tập Cận Bình tới Astana</h1><p class="byline">Thu Hà</p></header><p>Đoạn một.</p></article></main></body>`);
    expect(collectText(doc.body).text.split('\n')).toEqual(['Ông Tập Cận Bình tới Astana', 'Thu Hà', 'Đoạn một.']);
  });

  it('reads several parts as one text, a line apart, and maps offsets back into each', () => {
    const doc = page('<body><h1>Putin tới Astana</h1><div>Quảng cáo</div><p class="sapo">Hội nghị SCO</p><article><p>Tập Cận Bình</p></article></body>');
    const parts = [doc.querySelector('h1')!, doc.querySelector('.sapo')!, doc.querySelector('article')!];
    const map = collectText(parts);
    expect(map.text).toBe('Putin tới Astana\nHội nghị SCO\nTập Cận Bình');
    const sco = map.text.indexOf('SCO');
    expect(rangeFor(map, sco, sco + 3, doc)!.startContainer.parentElement).toBe(parts[1]);
  });

  it('gives no range for a name in text the page shortened after it was read, instead of throwing', () => {
    const doc = page('<body><article><p>Ông Tập Cận Bình tới Astana.</p></article></body>');
    const map = collectText(doc.querySelector('article')!);
    const astana = map.text.indexOf('Astana');
    doc.querySelector('p')!.firstChild!.textContent = 'Ông Tập';
    expect(rangeFor(map, astana, astana + 6, doc)).toBeNull();
    expect(rangeFor(map, 4, 7, doc)!.toString()).toBe('Tập');
  });

  it('skips contenteditable regions and hidden elements', () => {
    const doc = page('<body><article><p>Nga</p><div contenteditable="true">Mỹ</div><p hidden>Pháp</p></article></body>');
    expect(collectText(doc.querySelector('article')!).text.trim()).toBe('Nga');
  });

  it("skips readers' comment threads inside the article, but not an opinion column", () => {
    const doc = page(`<body><article><div class="commentary-body"><p>Nga</p></div>
      <section id="comments"><p>Mỹ</p></section><div class="box_comment_vne"><p>Pháp</p></div><ol class="comment-list"><li>Đức</li></ol>
      <div id="userComments"><p>Ý</p></div><div class="CommentsSection"><p>Anh</p></div><div class="box-binhluan"><p>Nhật</p></div>
      <section class="binh-luan"><p>Hàn</p></section><div class="Comment"><p>Lào</p></div><div class="recommended"><p>Úc</p></div>
      <div class="luan-van"><p>Ấn</p></div></article></body>`);
    expect(collectText(doc.querySelector('article')!).text.trim().split(/\s+/)).toEqual(['Nga', 'Úc', 'Ấn']);
  });
});

describe('article detection', () => {
  it('recognises an <article> page and picks the largest article', () => {
    const doc = page(`<body><article id="short">${'<p>Một đoạn ngắn của bài phụ.</p>'.repeat(12)}</article>
      <article id="long">${'<p>Một đoạn dài hơn hẳn của bài chính, kể lại cuộc gặp ở Astana.</p>'.repeat(30)}</article></body>`);
    expect(isArticlePage(doc)).toBe(true);
    expect(findArticleRoot(doc)?.id).toBe('long');
  });

  it('recognises JSON-LD NewsArticle without an <article> element', () => {
    const doc = page(
      '<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle"}]}</script></head><body><main>text</main></body>',
    );
    expect(isArticlePage(doc)).toBe(true);
    expect(findArticleRoot(doc)?.tagName).toBe('MAIN');
  });

  it('does not treat a home page as an article, even with broken JSON-LD', () => {
    const doc = page('<head><script type="application/ld+json">{broken</script></head><body><main>Teasers</main></body>');
    expect(isArticlePage(doc)).toBe(false);
  });
});
