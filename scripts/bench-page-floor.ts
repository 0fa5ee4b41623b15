/**
 * In-page helpers for `npm run bench:page` (scripts/bench-page.ts). This file is never imported at run time: the
 * harness bundles it with esbuild into a classic script exposing the global `newslensBench` and adds it to the page
 * with page.addScriptTag. Shipping it bundled, rather than as page.evaluate callbacks, keeps tsx's `__name(…)` helper
 * (which it inserts around named inner functions) out of the page, where it does not exist.
 *
 * Everything here runs in the page's main world, so it sees what the content script registered in its isolated world
 * through shared per-document state only: the performance timeline and the CSS highlight registry.
 */

/** The highlight names of the content-script contract, one per entity type. */
export const HIGHLIGHT_NAMES = ['newslens-per', 'newslens-org', 'newslens-loc', 'newslens-event', 'newslens-misc'];

/** The subset of mark.js 8.11 (global `Mark`, added by a script tag) the comparison uses. */
interface MarkOptions {
  separateWordSearch: boolean;
  acrossElements: boolean;
  diacritics: boolean;
  done: (totalMarks: number) => void;
}
declare const Mark: new (context: Element) => { mark(keywords: string[], options: MarkOptions): void };

/**
 * The element the extension reads on the bench's pages, so that mark.js and the floor work on the same text: each
 * has one <article>, which lib/page/article-root.ts picks (this takes the largest, else the articleBody, else
 * <main>). Written out rather than imported to keep this bundle free of the extension's modules.
 */
export function articleRoot(doc: Document): Element {
  let best: Element | null = null;
  let bestLength = 0;
  for (const article of doc.querySelectorAll('article')) {
    const length = article.textContent?.length ?? 0;
    if (length > bestLength) {
      best = article;
      bestLength = length;
    }
  }
  return best ?? doc.querySelector('[itemprop="articleBody"]') ?? doc.querySelector('main') ?? doc.body;
}

/** Marks around the floor's and mark.js's work, so a trace gives their CPU time as it does the extension's. */
export const FLOOR_MARKS = { start: 'newslens-bench:floor-start', end: 'newslens-bench:floor-end' };
export const MARKJS_MARKS = { start: 'newslens-bench:markjs-start', end: 'newslens-bench:markjs-end' };

export interface FloorResult {
  ms: number;
  textChars: number;
  capitalisedWords: number;
}

/**
 * The least any highlighter must do on this page: read the article's text once and find the candidate names in it.
 * Anything the extension spends beyond this is the cost of its own design, which is what extensionOverFloor reports.
 */
export function floor(): FloorResult {
  const root = articleRoot(document);
  const capitalised = /\p{Lu}[\p{L}\p{M}]*/gu;
  const started = performance.mark(FLOOR_MARKS.start).startTime;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
  const text = parts.join('\n');
  // Counting the matches keeps the scan observable, so the engine cannot skip it.
  let capitalisedWords = 0;
  while (capitalised.exec(text) !== null) capitalisedWords++;
  const ms = performance.mark(FLOOR_MARKS.end).startTime - started;
  return { ms, textChars: text.length, capitalisedWords };
}

export interface MarkJsResult {
  ms: number;
  marks: number;
}

/** mark.js with the options a typical "highlight these names" user would pass, timed from the call to `done`. */
export function markjs(terms: string[]): Promise<MarkJsResult> {
  const root = articleRoot(document);
  return new Promise((resolve) => {
    const started = performance.mark(MARKJS_MARKS.start).startTime;
    new Mark(root).mark(terms, {
      separateWordSearch: false,
      acrossElements: false,
      diacritics: false,
      done: (marks) => resolve({ ms: performance.mark(MARKJS_MARKS.end).startTime - started, marks }),
    });
  });
}

export interface ExtensionRun {
  /** False when the start or done mark is missing, in which case the timings are zero. */
  complete: boolean;
  mainThreadMs: number;
  wallMs: number;
  /** Of mainThreadMs: module evaluation and WXT's bootstrap, from the start mark to `main` (part of the first slice). */
  startupMs: number;
  tasks: number;
  longestTaskMs: number;
  ranges: number;
  rangesByName: Record<string, number>;
  /** Distinct texts of the ranges registered at the done mark (on a long page, the first screens' only: see coverage). */
  terms: string[];
}

function rangeText(range: AbstractRange): string {
  if (range instanceof Range) return range.toString();
  // A StaticRange has no toString; the contract says Range, but reading either costs nothing.
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live.toString();
}

/** The entity highlights registered now, with their names. */
function registeredHighlights(): Array<[string, Highlight]> {
  return HIGHLIGHT_NAMES.flatMap((name): Array<[string, Highlight]> => {
    const highlight = CSS.highlights.get(name);
    return highlight ? [[name, highlight]] : [];
  });
}

function addTerm(terms: Set<string>, range: AbstractRange): void {
  const text = rangeText(range).trim();
  if (text) terms.add(text);
}

/** The extension's figures for the initial scan of this page, read from the contract's marks, measures and highlights. */
export function extensionRun(): ExtensionRun {
  const start = performance.getEntriesByName('newslens:start', 'mark')[0];
  const done = performance.getEntriesByName('newslens:highlights-done', 'mark')[0];
  const main = performance.getEntriesByName('newslens:main', 'mark')[0];
  let mainThreadMs = 0;
  let tasks = 0;
  let longestTaskMs = 0;
  if (start && done) {
    // A slice belongs to the initial scan if it began between the two marks; the slice that sets the done mark
    // may record its measure just after it, so the end is not required to precede the done mark.
    for (const task of performance.getEntriesByName('newslens:task', 'measure')) {
      if (task.startTime < start.startTime || task.startTime > done.startTime) continue;
      mainThreadMs += task.duration;
      tasks++;
      longestTaskMs = Math.max(longestTaskMs, task.duration);
    }
  }

  const rangesByName: Record<string, number> = {};
  const terms = new Set<string>();
  let ranges = 0;
  for (const [name, highlight] of registeredHighlights()) {
    rangesByName[name] = highlight.size;
    ranges += highlight.size;
    for (const range of highlight) addTerm(terms, range);
  }
  return {
    complete: Boolean(start && done),
    mainThreadMs,
    wallMs: start && done ? done.startTime - start.startTime : 0,
    startupMs: start && main ? main.startTime - start.startTime : 0,
    tasks,
    longestTaskMs,
    ranges,
    rangesByName,
    terms: [...terms],
  };
}

export interface Coverage {
  /** Names the extension found on the page (the done mark's detail), or null when it did not say. */
  mentions: number | null;
  /** Distinct ranges registered at one stop or another while scrolling from the top of the page to its end. */
  rangesSeen: number;
  /** The most ranges registered at once at any stop. */
  mostRegistered: number;
  stops: number;
  /** Distinct texts of every range seen: the terms mark.js gets on the same page. */
  terms: string[];
}

/** Resolves after the next frame has been drawn and the tasks it queued (IntersectionObserver callbacks) have run. */
const afterNextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));

/**
 * Scrolls from the top of the page to its end two viewports at a time, waiting a frame at each stop, and gathers the
 * ranges registered along the way: on a long page only those near the viewport are registered at any moment
 * (lib/render/near-viewport.ts), so "fully highlighted" means every range found is registered once the reader gets
 * there, which is rangesSeen === mentions.
 */
export async function coverage(): Promise<Coverage> {
  const done = performance.getEntriesByName('newslens:highlights-done', 'mark')[0];
  const detail: unknown = done instanceof PerformanceMark ? done.detail : null;
  const mentions = detail !== null && typeof detail === 'object' && 'mentions' in detail && typeof detail.mentions === 'number' ? detail.mentions : null;
  const seen = new Set<AbstractRange>();
  const terms = new Set<string>();
  let mostRegistered = 0;
  let stops = 0;
  const gather = (): void => {
    let registered = 0;
    for (const [, highlight] of registeredHighlights()) {
      registered += highlight.size;
      for (const range of highlight) {
        if (seen.has(range)) continue;
        seen.add(range);
        addTerm(terms, range);
      }
    }
    mostRegistered = Math.max(mostRegistered, registered);
    stops++;
  };
  for (let top = 0; top < document.documentElement.scrollHeight; top += 2 * innerHeight) {
    window.scrollTo(0, top);
    await afterNextFrame();
    gather();
  }
  window.scrollTo(0, 0);
  return { mentions, rangesSeen: seen.size, mostRegistered, stops, terms: [...terms] };
}

/**
 * Frames the page draws in a second while a small CSS animation (a spinner, as many pages show) runs: each frame
 * makes the browser refresh its highlight markers, so this is what the highlights cost the page's own rendering.
 */
export async function framesPerSecondWithAnimation(): Promise<number> {
  const style = document.createElement('style');
  style.textContent =
    '@keyframes newslens-bench-spin{to{transform:rotate(360deg)}}' +
    '.newslens-bench-spinner{position:fixed;top:8px;right:8px;width:16px;height:16px;background:#888;animation:newslens-bench-spin 1s linear infinite}';
  const spinner = document.createElement('div');
  spinner.className = 'newslens-bench-spinner';
  document.head.append(style);
  document.body.append(spinner);
  await afterNextFrame();
  let frames = 0;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const count = (): void => {
      frames++;
      if (performance.now() - started < 1000) requestAnimationFrame(count);
      else resolve();
    };
    requestAnimationFrame(count);
  });
  const elapsed = performance.now() - started;
  spinner.remove();
  style.remove();
  return (frames * 1000) / elapsed;
}
