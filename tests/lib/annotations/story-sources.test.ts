// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { StorySources, type PageLook } from '@/lib/annotations/story-sources';

const FIRST = 'https://news.example/the-gioi/sco-astana-2024';
const SECOND = 'https://news.example/the-gioi/asean-vientiane-2024';
const THIRD = 'https://news.example/the-gioi/brics-kazan-2024';

/** A feed's column with `count` stories, each a headline and a body. */
function feed(count: number): Element[][] {
  document.body.innerHTML = '';
  return Array.from({ length: count }, (_, index) => {
    const headline = document.createElement('h2');
    headline.textContent = `Story ${index + 1}`;
    const body = document.createElement('article');
    body.append(Object.assign(document.createElement('p'), { textContent: `The text of story ${index + 1}.` }));
    document.body.append(headline, body);
    return [headline, body];
  });
}

/** What the page looks like at an update: nothing in view, or one story; its text read again or only its address moved. */
const noneInView: PageLook = { visibleHeight: () => 0, reread: true, ownAddress: () => null };
const addressOnly: PageLook = { ...noneInView, reread: false };
const inView = (story: readonly Element[]): PageLook => ({ ...noneInView, visibleHeight: (parts) => (parts === story ? 500 : 0) });

describe('StorySources', () => {
  it('files a page\u2019s one story under its address, once', () => {
    const [story = []] = feed(1);
    const sources = new StorySources();
    expect(sources.update([story], FIRST, noneInView).filed).toEqual([{ parts: story, source: FIRST }]);
    expect(sources.update([story], FIRST, noneInView)).toEqual({ filed: [], dropped: [] });
    expect(sources.storyOf(story[1]?.firstChild as Node)?.source).toBe(FIRST);
  });

  it('measures no story when only one can take the address (measuring makes the page lay itself out)', () => {
    const [first = [], second = []] = feed(2);
    let measured = 0;
    const counting: PageLook = { ...noneInView, visibleHeight: () => ++measured };
    const sources = new StorySources();
    sources.update([first], FIRST, counting);
    sources.update([first, second], SECOND, counting);
    expect(measured).toBe(0);
    expect(sources.all.map((filed) => filed.source)).toEqual([FIRST, SECOND]);
  });

  it('gives a feed\u2019s next story the address the feed moves to, and keeps the first story\u2019s', () => {
    const [first = [], second = []] = feed(2);
    const sources = new StorySources();
    sources.update([first], FIRST, noneInView);
    // The story arrived; the address has not moved yet: the story has none, and cannot be annotated.
    expect(sources.update([first, second], FIRST, noneInView)).toEqual({ filed: [], dropped: [] });
    expect(sources.storyOf(second[1] as Node)).toBeNull();
    // The feed moves the address as it appends the story, below the reader: the newest story gets it.
    expect(sources.update([first, second], SECOND, noneInView).filed).toEqual([{ parts: second, source: SECOND }]);
    expect(sources.storyOf(first[1] as Node)?.source).toBe(FIRST);
    expect(sources.storyOf(second[0] as Node)?.source).toBe(SECOND);
    // Scrolling back up moves the address back: nothing is filed again, and the popup shows the first story's notes.
    expect(sources.update([first, second], FIRST, noneInView)).toEqual({ filed: [], dropped: [] });
    expect(sources.current(FIRST)?.parts).toBe(first);
    expect(sources.current(SECOND)?.parts).toBe(second);
  });

  it('files a feed’s next story under the address its markup names, before the address bar moves there', () => {
    const [first = [], second = []] = feed(2);
    const named: PageLook = { ...noneInView, ownAddress: (parts) => (parts === second || parts === first ? { address: parts === first ? THIRD : SECOND, title: 'ASEAN' } : null) };
    const sources = new StorySources();
    // On a page of one story, the story is the page's: filed under the page's address, whatever its headline links to.
    expect(sources.update([first], FIRST, named).filed).toEqual([{ parts: first, source: FIRST }]);
    expect(sources.update([first, second], FIRST, named).filed).toEqual([{ parts: second, source: SECOND, headline: 'ASEAN' }]);
    expect(sources.storyOf(second[1] as Node)?.source).toBe(SECOND);
    // The address bar getting there later changes nothing.
    expect(sources.update([first, second], SECOND, named)).toEqual({ filed: [], dropped: [] });
    expect(sources.all.map((filed) => filed.source)).toEqual([FIRST, SECOND]);
  });

  it('gives a new address to the story without one that the reader has scrolled into, not to the newest', () => {
    const [first = [], second = [], third = []] = feed(3);
    const sources = new StorySources();
    sources.update([first], FIRST, noneInView);
    sources.update([first, second, third], FIRST, noneInView);
    expect(sources.update([first, second, third], SECOND, inView(second)).filed).toEqual([{ parts: second, source: SECOND }]);
    expect(sources.update([first, second, third], THIRD, noneInView).filed).toEqual([{ parts: third, source: THIRD }]);
    expect(sources.all.map((filed) => filed.source)).toEqual([FIRST, SECOND, THIRD]);
  });

  it('lets go of a story the feed takes away, and follows a story whose parts change', () => {
    const [first = [], second = []] = feed(2);
    const sources = new StorySources();
    sources.update([first], FIRST, noneInView);
    sources.update([first, second], SECOND, noneInView);
    first.forEach((part) => part.remove());
    const headlineGone = second.slice(1);
    const changes = sources.update([headlineGone], SECOND, noneInView);
    expect(changes).toEqual({ filed: [], dropped: [{ parts: first, source: FIRST }] });
    expect(sources.all).toEqual([{ parts: headlineGone, source: SECOND }]);
  });

  it('files anew a single story whose address and text changed (a router reusing the story\u2019s element), not before its text', () => {
    const [story = []] = feed(1);
    const sources = new StorySources();
    sources.update([story], FIRST, noneInView);
    // The router moved the address and is fetching the next story: the story on screen is still the first.
    expect(sources.update([story], SECOND, addressOnly)).toEqual({ filed: [], dropped: [] });
    expect(sources.storyOf(story[0] as Node)?.source).toBe(FIRST);
    expect(sources.update([story], SECOND, noneInView)).toEqual({
      filed: [{ parts: story, source: SECOND }],
      dropped: [{ parts: story, source: FIRST }],
    });
    expect(sources.storyOf(story[0] as Node)?.source).toBe(SECOND);
  });

  it('files the story that replaced the last under the new address (a router swapping elements)', () => {
    const [old = [], next = []] = feed(2);
    const sources = new StorySources();
    sources.update([old], FIRST, noneInView);
    old.forEach((part) => part.remove());
    expect(sources.update([next], SECOND, noneInView)).toEqual({
      filed: [{ parts: next, source: SECOND }],
      dropped: [{ parts: old, source: FIRST }],
    });
  });

  it('files nothing without a usable address', () => {
    const [story = []] = feed(1);
    const sources = new StorySources();
    expect(sources.update([story], null, noneInView)).toEqual({ filed: [], dropped: [] });
    expect(sources.current(null)).toBeNull();
  });
});
