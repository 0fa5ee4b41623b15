// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageSession, splitText } from '@/lib/content/page-session';
import { createTaskClock } from '@/lib/content/task-clock';
import { WrapperMarks } from '@/lib/render/wrapper-marks';
import { HighlightMarks } from '@/lib/render/highlighter';
import { recognise } from '@/lib/ner/recognise';
import type { ReportedMention } from '@/lib/messaging/protocol';
import { smallKnowledgeBase } from '../../support/small-kb';

const kb = smallKnowledgeBase();
const ARTICLE = `<article><h1>Tập Cận Bình tới Kazakhstan</h1>
  <p>Chủ tịch <b>Tập Cận Bình</b> gặp Tổng thống Nga Vladimir Putin tại Kazakhstan.</p>
  <p>Hai bên bàn về <i>Tổ chức Hợp tác Thượng Hải</i> (SCO).</p></article>`;

/** The Highlight API's shape, enough for HighlightMarks (happy-dom has no CSS.highlights). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type: HighlightType = 'highlight';
}

/** Each test's session is torn down after it, as the content script's context would be: none watches the next test's page. */
const running: AbortController[] = [];
afterEach(() => {
  for (const controller of running.splice(0)) controller.abort();
});

function setup(options: { highlights?: Map<string, Highlight> } = {}) {
  document.body.innerHTML = ARTICLE;
  const { highlights } = options;
  const marks = highlights
    ? // Only forEach's third argument differs from Highlight's type (a Set, not the Highlight): unused here.
      new HighlightMarks({ registry: highlights, create: () => new FakeHighlight() as unknown as Highlight })
    : new WrapperMarks();
  const reports: ReportedMention[][] = [];
  const controller = new AbortController();
  running.push(controller);
  const session = new PageSession(
    {
      doc: document,
      analyse: async (text) => ({ lang: 'vi', mentions: recognise(kb, text, { lang: 'vi' }) }),
      report: (_lang, mentions) => reports.push(mentions),
      marks,
      marksEditDom: marks instanceof WrapperMarks,
      clock: createTaskClock(),
      signal: controller.signal,
      whenIdle: (callback) => setTimeout(callback, 0),
    },
    'vi',
  );
  const article = document.querySelector('article');
  if (!article) throw new Error('no article');
  return { session, reports, controller, article };
}

/** How many mentions of an entity the last report counted. */
const counted = (report: ReportedMention[] | undefined, id: string): number =>
  (report ?? []).filter((entity) => entity.id === id).reduce((sum, entity) => sum + entity.count, 0);
const total = (report: ReportedMention[] | undefined): number => (report ?? []).reduce((sum, entity) => sum + entity.count, 0);

const marked = () => Array.from(document.querySelectorAll('newslens-mark'), (mark) => mark.textContent);

describe('PageSession', () => {
  it('marks every mention, reports them, and leaves no trace when stopped', async () => {
    const { session, reports, article } = setup();
    const before = article.innerHTML;
    expect(await session.scan([article])).toBe(8);
    expect(marked()).toEqual([
      'Tập Cận Bình', 'Kazakhstan', 'Tập Cận Bình', 'Nga', 'Vladimir Putin', 'Kazakhstan', 'Tổ chức Hợp tác Thượng Hải', 'SCO',
    ]);
    await vi.waitFor(() => expect(reports.at(-1)?.map((mention) => mention.id)).toContain('org:sco'));
    session.stop();
    expect(article.innerHTML).toBe(before);
    expect(article.querySelectorAll('p')[0]?.childNodes.length).toBe(3);
  });

  it('follows paragraphs the page adds and removes', async () => {
    const { session, reports, article } = setup();
    await session.scan([article]);
    const added = document.createElement('p');
    added.textContent = 'Cập nhật: Vladimir Putin rời Kazakhstan.';
    article.append(added);
    await vi.waitFor(() => expect(marked().filter((text) => text === 'Vladimir Putin')).toHaveLength(2));
    await vi.waitFor(() => expect(counted(reports.at(-1), 'per:vladimir-putin')).toBe(2));
    article.querySelectorAll('p')[0]?.remove();
    await vi.waitFor(() => expect(counted(reports.at(-1), 'per:vladimir-putin')).toBe(1));
    expect(session.mentions.size).toBe(total(reports.at(-1)));
  });

  it('tells when every highlight is registered, once, and not for a scan another one replaced', async () => {
    const { session, article } = setup();
    const shownWith: number[] = [];
    const replaced = session.scan([article], () => shownWith.push(-1));
    const latest = session.scan([article], () => shownWith.push(session.mentions.size));
    await Promise.all([replaced, latest]);
    expect(shownWith).toEqual([8]);
    // The region is watched once the highlights are shown: a paragraph added later is read.
    const added = document.createElement('p');
    added.textContent = 'Vladimir Putin rời Kazakhstan.';
    article.append(added);
    await vi.waitFor(() => expect(marked().filter((text) => text === 'Vladimir Putin')).toHaveLength(2));
  });

  it('reports nothing for what the page inserts beside the story or removes without names', async () => {
    const { session, reports, article } = setup();
    await session.scan([article]);
    await vi.waitFor(() => expect(reports).toHaveLength(1));
    /** Lets the observer's idle batch run (idle here is the next macrotask). */
    const settled = () => new Promise((resolve) => setTimeout(resolve, 30));
    // A toolbar or an advertisement appended to the story's column (a watched feed container).
    document.body.append(Object.assign(document.createElement('div'), { textContent: 'Quảng cáo' }));
    await settled();
    expect(reports).toHaveLength(1);
    // A paragraph without names: added, it is read (and reported); taken away, nothing the reader sees changes.
    const nameless = Object.assign(document.createElement('p'), { textContent: 'Chi tiết sẽ được cập nhật.' });
    article.append(nameless);
    await vi.waitFor(() => expect(reports).toHaveLength(2));
    nameless.remove();
    await settled();
    expect(reports).toHaveLength(2);
    article.append(Object.assign(document.createElement('p'), { textContent: 'Cập nhật: Vladimir Putin rời Kazakhstan.' }));
    await vi.waitFor(() => expect(counted(reports.at(-1), 'per:vladimir-putin')).toBe(2));
  });

  it('reads an edited paragraph again', async () => {
    const { session, reports, article } = setup();
    await session.scan([article]);
    const heading = article.querySelector('h1');
    if (!heading) throw new Error('no heading');
    heading.textContent = 'Putin tới Trung Quốc';
    await vi.waitFor(() => expect(reports.at(-1)?.map((entity) => entity.text)).toContain('Trung Quốc'));
    expect(counted(reports.at(-1), 'per:xi-jinping')).toBe(1);
    expect(counted(reports.at(-1), 'per:vladimir-putin')).toBe(2);
  });

  it('reads a region of several parts as one text and follows edits in each part', async () => {
    const { session, reports, article } = setup();
    const headline = document.createElement('h1');
    headline.textContent = 'Vladimir Putin tới Astana';
    article.before(headline);
    article.querySelector('h1')?.remove();
    expect(await session.scan([headline, article])).toBe(7);
    expect(marked().slice(0, 2)).toEqual(['Vladimir Putin', 'Tập Cận Bình']);
    headline.textContent = 'Tập Cận Bình tới Astana';
    await vi.waitFor(() => expect(counted(reports.at(-1), 'per:xi-jinping')).toBe(2));
    expect(counted(reports.at(-1), 'per:vladimir-putin')).toBe(1);
    // Text outside the region is not read, even between its parts.
    headline.after(Object.assign(document.createElement('p'), { textContent: 'Quảng cáo: Kazakhstan' }));
    article.append(Object.assign(document.createElement('p'), { textContent: 'Vladimir Putin rời Kazakhstan.' }));
    await vi.waitFor(() => expect(counted(reports.at(-1), 'per:vladimir-putin')).toBe(2));
    expect(counted(reports.at(-1), 'loc:kz')).toBe(2);
  });

  it('reads the next stories an endless feed inserts beside the article, and lets go of the ones it takes away', async () => {
    const { session, reports, article } = setup();
    await session.scan([article]);
    const story = (heading: string, sentence: string, wrapperClass: string): HTMLElement => {
      const wrapper = Object.assign(document.createElement('div'), { className: wrapperClass });
      const body = document.createElement('article');
      body.append(...Array.from({ length: 4 }, () => Object.assign(document.createElement('p'), { textContent: sentence })));
      wrapper.append(Object.assign(document.createElement('h2'), { textContent: heading }), body);
      return wrapper;
    };
    const firstMention = session.mentions.inOrder()[0];
    const next = story('Vladimir Putin thăm Kazakhstan', 'Tổng thống Vladimir Putin tới Kazakhstan dự hội nghị của SCO, nơi các nước thành viên bàn về an ninh khu vực.', 'feed-item');
    document.body.append(next);
    // Asked before the idle moment, the session takes the new story into its region at once.
    session.catchUp();
    expect(session.region).toEqual([article, ...next.children]);
    // Each story keeps its own parts: annotations are filed per story (lib/annotations/story-sources.ts).
    expect(session.stories).toEqual([[article], [...next.children]]);
    await vi.waitFor(() => expect(counted(reports.at(-1), 'per:vladimir-putin')).toBe(6));
    // The first story stays read, without being read again (its mentions are the same), and the new one joins the region.
    expect(counted(reports.at(-1), 'per:xi-jinping')).toBe(2);
    expect(session.mentions.inOrder()).toContain(firstMention);
    expect(session.region).toEqual([article, ...next.children]);
    // A comment thread is no story, however long.
    document.body.append(story('Bình luận', 'Bạn đọc viết: Tập Cận Bình và Vladimir Putin sẽ còn gặp nhau nhiều lần nữa trong năm nay.', 'comments'));
    // The feed unloads the first story: its names go, the new story's stay.
    article.remove();
    await vi.waitFor(() => expect(counted(reports.at(-1), 'per:xi-jinping')).toBe(0));
    expect(counted(reports.at(-1), 'per:vladimir-putin')).toBe(5);
    expect(session.region).toEqual([...next.children]);
    expect(session.stories).toEqual([[...next.children]]);
  });

  it('stops working when the content script is torn down', async () => {
    const { session, controller, article } = setup();
    await session.scan([article]);
    controller.abort();
    expect(marked()).toEqual([]);
    expect(session.mentions.size).toBe(0);
  });

  it('finds the mention under a caret position', async () => {
    const { session, article } = setup();
    await session.scan([article]);
    const putin = session.mentions.inOrder().find((mention) => mention.text === 'Vladimir Putin');
    if (!putin) throw new Error('no mention');
    expect(session.mentionAt(putin.range.startContainer, putin.range.startOffset + 2)).toBe(putin);
    expect(session.mentionAt(article, 0)).toBeNull();
  });

  it('with the Highlight API, highlights every mention by type without touching the page, and hit-tests after changes', async () => {
    const highlights = new Map<string, Highlight>();
    const { session, article } = setup({ highlights });
    const before = article.innerHTML;
    expect(await session.scan([article])).toBe(8);
    expect(article.innerHTML).toBe(before);
    const texts = (name: string) => [...(highlights.get(name) ?? [])].map((range) => (range as Range).toString());
    expect(texts('newslens-per')).toEqual(['Tập Cận Bình', 'Tập Cận Bình', 'Vladimir Putin']);
    expect(texts('newslens-loc')).toEqual(['Kazakhstan', 'Nga', 'Kazakhstan']);
    expect(texts('newslens-org')).toEqual(['Tổ chức Hợp tác Thượng Hải', 'SCO']);
    const putin = session.mentions.inOrder().find((mention) => mention.text === 'Vladimir Putin');
    if (!putin) throw new Error('no mention');
    expect(session.mentionAt(putin.range.startContainer, putin.range.startOffset + 2)).toBe(putin);
    // A mention removed (its paragraph went) is no longer found under the caret.
    session.mentions.removeWhere((mention) => mention === putin);
    expect(session.mentionAt(putin.range.startContainer, putin.range.startOffset + 2)).toBeNull();
    expect(texts('newslens-per')).toEqual(['Tập Cận Bình', 'Tập Cận Bình']);
  });
});

describe('splitText', () => {
  it('cuts long text at line breaks into parts that rebuild it', () => {
    const text = 'một\nhai ba\nbốn năm sáu\nbảy';
    const parts = splitText(text, 12);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    for (const part of parts) expect(text.slice(part.start, part.start + part.text.length)).toBe(part.text);
    expect(parts.every((part, index) => index === parts.length - 1 || part.text.endsWith('\n'))).toBe(true);
  });
});
