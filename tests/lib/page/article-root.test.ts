// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { densestTextBlock, findArticleRoot, isArticlePage, storiesRead } from '@/lib/page/article-root';

function page(html: string): Document {
  document.documentElement.innerHTML = html;
  return document;
}

const paragraph = (text: string): string => `<p>${text} ${'Thêm chi tiết về cuộc gặp được các bên công bố sau đó. '.repeat(3)}</p>`;

describe('article root', () => {
  it('finds the paragraphs of the JSON-LD articleBody when the page has no article element', () => {
    const body = 'Ngoại trưởng Nga Sergei Lavrov đến Astana hôm thứ Hai. Ông sẽ gặp người đồng cấp Kazakhstan.';
    const doc = page(`<head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: `${body} Cuộc gặp kéo dài hai giờ.` })}</script></head>
      <body><div id="menu"><p>Đăng nhập để bình luận và nhận bản tin mỗi ngày</p></div>
      <div id="story"><p>Ngoại trưởng Nga Sergei Lavrov đến Astana hôm thứ Hai.</p><figure>Ảnh</figure>
      <p>Ông sẽ gặp người đồng cấp Kazakhstan.</p><p>Cuộc gặp kéo dài hai giờ.</p></div>
      <div id="related"><p>Tin liên quan: giá vàng hôm nay tăng mạnh trên thị trường</p></div></body>`);
    expect(isArticlePage(doc)).toBe(true);
    expect(findArticleRoot(doc)?.id).toBe('story');
  });

  it('ignores an articleBody that matches nothing on the page, and broken JSON-LD', () => {
    const doc = page(`<head><script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">${JSON.stringify({ '@type': 'Article', articleBody: 'Văn bản không có trên trang này chút nào cả.' })}</script></head>
      <body><main id="main"><p>Nội dung khác hẳn với phần khai báo ở trên của trang.</p></main></body>`);
    expect(findArticleRoot(doc)?.id).toBe('main');
  });

  it('picks the block with the most paragraph text on a page without markup, never navigation or asides', () => {
    const doc = page(`<body><nav>${paragraph('Trang chủ').repeat(8)}</nav>
      <div id="teasers"><p>Tin ngắn một.</p><p>Tin ngắn hai.</p></div>
      <div id="story">${paragraph('Chủ tịch Tập Cận Bình tới Astana.')}${paragraph('Hai bên ký kết nhiều văn kiện.')}${paragraph('Cuộc gặp diễn ra trong hai ngày.')}</div>
      <aside>${paragraph('Quảng cáo').repeat(6)}</aside></body>`);
    expect(isArticlePage(doc)).toBe(false);
    expect(findArticleRoot(doc)).toBeNull();
    expect(densestTextBlock(doc)?.id).toBe('story');
  });

  it('finds no dense block on a page of short teasers', () => {
    const doc = page(`<body><div><p>Tin ngắn một.</p><p>Tin ngắn hai.</p><p>Tin ngắn ba.</p></div></body>`);
    expect(densestTextBlock(doc)).toBeNull();
  });
  it('takes a home page of teaser cards for what it is, not an article', () => {
    const teaser = (n: number) => `<article class="item-news"><h3><a href="/${n}">Tin số ${n}</a></h3><p>Tóm tắt ngắn của tin số ${n}.</p></article>`;
    const doc = page(`<head><meta property="og:type" content="website"></head><body><main id="home">${[1, 2, 3, 4, 5, 6, 7, 8].map(teaser).join('')}</main></body>`);
    expect(isArticlePage(doc)).toBe(false);
    expect(findArticleRoot(doc)?.id).toBe('home');
  });

  it('reads the story, not the teaser cards of related news beside it, nor a single teaser outside it', () => {
    const related = `<aside><article id="teaser"><h3>Tin liên quan</h3><p>Giá vàng tăng mạnh.</p></article></aside>`;
    const beside = page(`<body><article id="story">${paragraph('Ngoại trưởng Lavrov tới Astana.')}${paragraph('Hai bên ký văn kiện.')}</article>${related}</body>`);
    expect(findArticleRoot(beside)?.id).toBe('story');

    const outside = page(`<head><meta property="og:type" content="article"></head><body>
      <div id="story">${paragraph('Ngoại trưởng Lavrov tới Astana.')}${paragraph('Hai bên ký văn kiện.')}${paragraph('Cuộc gặp kéo dài hai giờ.')}</div>${related}</body>`);
    expect(isArticlePage(outside)).toBe(true);
    expect(findArticleRoot(outside)).toBeNull();
    expect(densestTextBlock(outside)?.id).toBe('story');
  });

  it('reads a live blog whose updates are articles of their own from the block that holds them all', () => {
    const update = (n: number) => `<article id="update-${n}">${paragraph(`Cập nhật ${n}: phái đoàn Kazakhstan đã tới.`)}${paragraph('Chi tiết thêm.')}</article>`;
    const doc = page(`<body><header><h1>Trực tiếp</h1></header><div id="updates">${[1, 2, 3, 4].map(update).join('')}</div></body>`);
    expect(findArticleRoot(doc)?.id).toBe('updates');
  });

  it("takes no reader's comment for the story, however long, nor a comment thread for the densest block", () => {
    const comment = (n: number) => `<article class="comment" id="c${n}">${paragraph(`Bạn đọc ${n}: Lavrov nói đúng.`)}${paragraph('Tôi đồng ý.')}</article>`;
    const doc = page(`<body><article id="story">${paragraph('Ngoại trưởng Lavrov tới Astana.')}${paragraph('Hai bên ký văn kiện.')}</article>
      <section id="comments">${[1, 2, 3].map(comment).join('')}</section></body>`);
    expect(findArticleRoot(doc)?.id).toBe('story');
    const long = [1, 2, 3, 4, 5].map((n) => paragraph(`Bình luận ${n}.`)).join('');
    const plain = page(`<body><div id="story">${paragraph('Ngoại trưởng Lavrov tới Astana.')}${paragraph('Hai bên ký.')}${paragraph('Cuộc gặp kéo dài.')}</div><div class="fb-comments">${long}</div></body>`);
    expect(densestTextBlock(plain)?.id).toBe('story');
  });

  it("tells when a feed's stories are all read, whatever block holds them", () => {
    const story = (id: string) => `<div class="item"><h2>${id}</h2><article id="${id}">${paragraph('Ngoại trưởng Lavrov tới Astana.')}${paragraph('Hai bên ký.')}</article></div>`;
    const doc = page(`<body><div id="feed">${story('first')}${story('next')}<section class="comments"><article>${paragraph('Bình luận.')}${paragraph('Thêm.')}</article></section></div></body>`);
    const part = (id: string): Element => doc.getElementById(id) ?? doc.body;
    const headline = part('next').previousElementSibling ?? doc.body;
    expect(storiesRead(doc, [part('first'), headline, part('next')])).toBe(true);
    expect(storiesRead(doc, [part('first')])).toBe(false);
    part('next').remove();
    expect(storiesRead(doc, [part('first')])).toBe(true);
    expect(storiesRead(page('<body><p>Không có bài.</p></body>'), [])).toBe(false);
  });

  it('keeps the largest story when it dominates, and an outer story over an article quoted inside it', () => {
    const long = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => paragraph(`Đoạn ${n} của bài chính.`)).join('');
    const doc = page(`<body><article id="main-story">${long}<article id="quoted">${paragraph('Bài được trích dẫn.')}${paragraph('Thêm.')}</article></article>
      <article id="other">${paragraph('Một bài khác.')}${paragraph('Ngắn hơn.')}</article></body>`);
    expect(findArticleRoot(doc)?.id).toBe('main-story');
  });
});
