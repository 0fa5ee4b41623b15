// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { alreadyRead, followNavigation, RECHECK_DELAYS_MS } from '@/lib/content/follow-navigation';

/** A page whose story a "router" swaps, with the looks followNavigation schedules run by hand. */
function harness(initial: readonly Element[]) {
  const timers: Array<{ delay: number; run: () => void }> = [];
  let reading = initial;
  let found: readonly Element[] = initial;
  const reads: Array<readonly Element[]> = [];
  let looks = 0;
  followNavigation({
    findRegion: () => found,
    readRegion: () => reading,
    read: (region) => {
      reads.push(region);
      reading = region;
    },
    looked: () => looks++,
    later: (run, delay) => timers.push({ delay, run }),
  });
  return {
    timers,
    reads,
    looks: () => looks,
    show: (region: readonly Element[]) => (found = region),
    runLook: (index: number) => timers[index]?.run(),
  };
}

function story(text: string): Element {
  const article = document.createElement('article');
  article.textContent = text;
  document.body.append(article);
  return article;
}

describe('following a page that changes story without loading', () => {
  it('looks again at each delay and reads the new story once, when it has arrived', () => {
    const first = story('Astana');
    const page = harness([first]);
    expect(page.timers.map((timer) => timer.delay)).toEqual(RECHECK_DELAYS_MS);
    // The router has not rendered yet: the old story is still there, nothing to do.
    page.runLook(0);
    expect(page.reads).toEqual([]);
    first.remove();
    const second = story('Bishkek');
    page.show([second]);
    page.runLook(1);
    page.runLook(2);
    expect(page.reads).toEqual([[second]]);
    expect(page.looks()).toBe(3);
  });

  it('drops what was read when the page no longer holds an article', () => {
    const first = story('Astana');
    const page = harness([first]);
    first.remove();
    page.show([]);
    page.runLook(0);
    page.runLook(1);
    expect(page.reads).toEqual([[]]);
  });

  it('keeps text the reader asked to scan while it is still in the page', () => {
    const scanned = story('Astana');
    const page = harness([scanned]);
    page.show([]);
    for (let look = 0; look < RECHECK_DELAYS_MS.length; look++) page.runLook(look);
    expect(page.reads).toEqual([]);
  });

  it('leaves a feed alone when the address moves to a story it has read already', () => {
    const column = document.createElement('div');
    document.body.append(column);
    const first = story('Astana');
    const next = story('Vientiane');
    column.append(first, next);
    // The feed appended the next story and the session read it; the page now names that story as its article.
    const page = harness([first, next]);
    page.show([next]);
    for (let look = 0; look < RECHECK_DELAYS_MS.length; look++) page.runLook(look);
    expect(page.reads).toEqual([]);
    // A block holding both (the feed's column, when no story dominates) is more than was read: it is read whole.
    const other = harness([first, next]);
    other.show([column]);
    other.runLook(0);
    expect(other.reads).toEqual([[column]]);
  });

  it('counts a part as read only while it is in the page', () => {
    const first = story('Astana');
    const inner = document.createElement('p');
    first.append(inner);
    expect(alreadyRead([first], [first])).toBe(true);
    expect(alreadyRead([inner], [first])).toBe(true);
    expect(alreadyRead([first], [inner])).toBe(false);
    first.remove();
    expect(alreadyRead([first], [first])).toBe(false);
    expect(alreadyRead([], [])).toBe(true);
  });
});
