// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FOCUS_HIGHLIGHT, HighlightMarks, WINDOW_AFTER } from '@/lib/render/highlighter';
import type { NearChange, NearObserver } from '@/lib/render/near-viewport';
import { PageMentions } from '@/lib/content/page-mentions';
import { WrapperMarks } from '@/lib/render/wrapper-marks';
import { colourRules } from '@/lib/render/colour-rules';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';

/** A stand-in for the browser's Highlight: a set of ranges with a priority. */
class FakeHighlight extends Set<Range> {
  priority = 0;
}

function fakeApi() {
  const registry = new Map<string, Highlight>();
  return { registry, api: { registry, create: () => new FakeHighlight() as unknown as Highlight } };
}

function rangeOver(text: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
}

describe('HighlightMarks', () => {
  it('registers a highlight per type on first use, and hides types without losing their ranges', () => {
    const { registry, api } = fakeApi();
    const marks = new HighlightMarks(api);
    expect(registry.size).toBe(0);
    document.body.innerHTML = '<p>Hà Nội</p>';
    const range = rangeOver(document.querySelector('p')?.firstChild as Text, 0, 6);
    marks.add('LOC', range);
    expect([...registry.keys()]).toEqual(['newslens-loc']);
    marks.setShownTypes({ ...DEFAULT_SETTINGS.shownTypes, LOC: false });
    expect(registry.has('newslens-loc')).toBe(false);
    marks.setShownTypes(DEFAULT_SETTINGS.shownTypes);
    expect([...(registry.get('newslens-loc') as unknown as Set<Range>)]).toEqual([range]);
    marks.setFocused(range);
    expect((registry.get(FOCUS_HIGHLIGHT) as unknown as Set<Range>).size).toBe(1);
    marks.clear();
    expect(registry.size).toBe(0);
  });

  it('leaves the registry alone when clearing before anything was registered (every first scan clears)', () => {
    const { registry, api } = fakeApi();
    const calls: string[] = [];
    const marks = new HighlightMarks({
      ...api,
      registry: {
        set: (name: string, highlight: Highlight) => (calls.push(`set ${name}`), registry.set(name, highlight)),
        delete: (name: string) => (calls.push(`delete ${name}`), registry.delete(name)),
      },
    });
    marks.clear();
    expect(calls).toEqual([]);
    document.body.innerHTML = '<p>Hà Nội</p>';
    marks.add('LOC', rangeOver(document.querySelector('p')?.firstChild as Text, 0, 6));
    marks.clear();
    expect(calls).toEqual(['set newslens-loc', 'delete newslens-loc']);
  });
});

/** An IntersectionObserver the test moves by hand: `scrollTo` says which elements are now near the viewport. */
class FakeNearObserver implements NearObserver {
  readonly watched = new Set<Element>();
  constructor(private readonly onChange: (changes: readonly NearChange[]) => void) {}
  observe(target: Element): void {
    this.watched.add(target);
  }
  unobserve(target: Element): void {
    this.watched.delete(target);
  }
  disconnect(): void {
    this.watched.clear();
  }
  scrollTo(near: (element: Element) => boolean): void {
    this.onChange([...this.watched].map((target) => ({ target, isIntersecting: near(target) })));
  }
}

describe('HighlightMarks on a long page', () => {
  /** `count` paragraphs, each holding one name; returns their ranges in page order. */
  function paragraphs(count: number): Range[] {
    document.body.innerHTML = Array.from({ length: count }, (_, index) => `<p data-index="${index}">Hà Nội ${index}</p>`).join('');
    return Array.from(document.querySelectorAll('p'), (paragraph) => rangeOver(paragraph.firstChild as Text, 0, 6));
  }

  function windowedMarks() {
    const { registry, api } = fakeApi();
    let observer: FakeNearObserver | null = null;
    const queued: Array<() => void> = [];
    const marks = new HighlightMarks({
      ...api,
      nearViewport: { watch: (onChange) => (observer = new FakeNearObserver(onChange)), later: (work) => queued.push(work) },
    });
    const registered = (): Set<Range> => (registry.get('newslens-loc') as unknown as Set<Range> | undefined) ?? new Set();
    /** Runs the window's bookkeeping tasks, as the page's event loop would. */
    const runTasks = (): number => {
      let tasks = 0;
      for (let work = queued.shift(); work; work = queued.shift()) {
        work();
        tasks++;
      }
      return tasks;
    };
    /** The window's observer, which must exist by now. */
    const opened = (): FakeNearObserver => {
      if (!observer) throw new Error('the window did not open');
      return observer;
    };
    return { marks, registered, observer: () => observer, opened, runTasks };
  }

  const index = (element: Element): number => Number(element.getAttribute('data-index'));

  it('registers every range of an ordinary article outright, without watching the viewport', () => {
    const { marks, registered, observer, runTasks } = windowedMarks();
    const ranges = paragraphs(WINDOW_AFTER);
    for (const range of ranges) marks.add('LOC', range);
    expect(registered().size).toBe(WINDOW_AFTER);
    expect(runTasks()).toBe(0);
    expect(observer()).toBeNull();
  });

  it('past the threshold keeps only the ranges near the viewport registered, and follows the reader down the page', () => {
    const { marks, registered, opened, runTasks } = windowedMarks();
    const ranges = paragraphs(WINDOW_AFTER + 100);
    for (const range of ranges) marks.add('LOC', range);
    const watcher = opened();
    // The ranges made before the window opened are registered; the later ones wait, and are grouped in a task later.
    expect(registered().size).toBe(WINDOW_AFTER + 1);
    expect(watcher.watched.size).toBe(0);
    expect(runTasks()).toBe(1);
    expect(watcher.watched.size).toBe(WINDOW_AFTER + 100);
    // Until the observer's first word, the registered ranges stay.
    expect(registered().size).toBe(WINDOW_AFTER + 1);
    watcher.scrollTo((element) => index(element) < 40);
    expect([...registered()]).toEqual(ranges.slice(0, 40));
    watcher.scrollTo((element) => index(element) >= 1050 && index(element) < 1090);
    expect([...registered()]).toEqual(ranges.slice(1050, 1090));
  });

  it('forgets a removed range, near, far or not yet taken in, and stops watching its emptied paragraph', () => {
    const { marks, registered, opened, runTasks } = windowedMarks();
    const ranges = paragraphs(WINDOW_AFTER + 100);
    for (const range of ranges) marks.add('LOC', range);
    const watcher = opened();
    const [near, far, waiting] = [ranges[5], ranges[1090], ranges[1095]];
    if (!near || !far || !waiting) throw new Error('missing ranges');
    // Removed before its task took it in: it is never watched.
    marks.remove('LOC', waiting);
    runTasks();
    watcher.scrollTo((element) => index(element) < 10);
    expect(watcher.watched.size).toBe(WINDOW_AFTER + 99);
    marks.remove('LOC', near);
    marks.remove('LOC', far);
    expect(registered().has(near)).toBe(false);
    // Their paragraphs are let go the next time they move.
    watcher.scrollTo(() => false);
    watcher.scrollTo(() => true);
    expect(watcher.watched.size).toBe(WINDOW_AFTER + 97);
    expect(registered().size).toBe(WINDOW_AFTER + 97);
    expect(registered().has(far)).toBe(false);
    expect(registered().has(waiting)).toBe(false);
    marks.clear();
    expect(watcher.watched.size).toBe(0);
  });

  it('lets go of a paragraph the page removed far from the viewport', () => {
    const { marks, opened, runTasks } = windowedMarks();
    const ranges = paragraphs(WINDOW_AFTER + 100);
    for (const range of ranges) marks.add('LOC', range);
    runTasks();
    const watcher = opened();
    watcher.scrollTo((element) => index(element) < 10);
    const far = ranges[500];
    if (!far) throw new Error('missing range');
    document.querySelector('[data-index="500"]')?.remove();
    marks.remove('LOC', far);
    runTasks();
    expect(watcher.watched.size).toBe(WINDOW_AFTER + 99);
    expect([...watcher.watched].some((element) => index(element) === 500)).toBe(false);
  });

  it('stops watching the viewport when the mentions are cleared (a rescan, the site turned off)', () => {
    const { marks, registered, opened, runTasks } = windowedMarks();
    const mentions = new PageMentions(marks);
    for (const range of paragraphs(WINDOW_AFTER + 100)) mentions.add({ range, type: 'LOC', id: null, text: 'Hà Nội' });
    runTasks();
    const watcher = opened();
    expect(watcher.watched.size).toBe(WINDOW_AFTER + 100);
    mentions.clear();
    expect(watcher.watched.size).toBe(0);
    expect(registered().size).toBe(0);
  });

  it('registers everything where the browser cannot watch the viewport', () => {
    const { registry, api } = fakeApi();
    const marks = new HighlightMarks(api);
    for (const range of paragraphs(WINDOW_AFTER + 100)) marks.add('LOC', range);
    expect((registry.get('newslens-loc') as unknown as Set<Range>).size).toBe(WINDOW_AFTER + 100);
  });
});

describe('WrapperMarks', () => {
  it('wraps a mention that spans inline elements and restores the exact DOM', () => {
    document.body.innerHTML = '<p>Ông Tập <i>Cận</i> Bình và Nga.</p>';
    const paragraph = document.querySelector('p');
    if (!paragraph) throw new Error('no paragraph');
    const before = paragraph.innerHTML;
    const first = paragraph.firstChild as Text;
    const last = paragraph.lastChild as Text;
    const person = document.createRange();
    person.setStart(first, 4);
    person.setEnd(last, 5);
    const country = rangeOver(last, 9, 12);
    const marks = new WrapperMarks();
    marks.add('LOC', country);
    marks.add('PER', person);
    expect(Array.from(paragraph.querySelectorAll('newslens-mark'), (mark) => mark.textContent)).toEqual(['Tập ', 'Cận', ' Bình', 'Nga']);
    marks.setShownTypes({ ...DEFAULT_SETTINGS.shownTypes, PER: false });
    expect(paragraph.querySelectorAll('newslens-mark[data-hidden]').length).toBe(3);
    marks.remove('PER', person);
    marks.remove('LOC', country);
    expect(paragraph.innerHTML).toBe(before);
    expect(paragraph.childNodes.length).toBe(3);
  });
});

describe('colourRules', () => {
  it('emits rules only for colours the reader changed', () => {
    expect(colourRules(DEFAULT_SETTINGS.colours, DEFAULT_SETTINGS.colours)).toBe('');
    const rules = colourRules({ ...DEFAULT_SETTINGS.colours, PER: '#102030' }, DEFAULT_SETTINGS.colours);
    expect(rules).toContain('::highlight(newslens-per) { background-color: rgb(16 32 48 / 0.35); }');
    expect(rules).not.toContain('newslens-loc');
  });
});
