/**
 * Past a page's first thousand mentions, only the ranges near the viewport stay registered.
 *
 * Why: Chromium rebuilds the marker of every registered highlight range whenever the page's DOM or style changes —
 * on every frame of a CSS animation, every tick of a ticker, every class a sticky header toggles — whether or not
 * the range is on screen. On the test machine that is some 2.6 µs a range: the 30,000 ranges of a 250,000-word page
 * made each frame of a page with a spinner take 60–100 ms instead of 16. Keeping only the blocks within a viewport's
 * height of the screen registered bounds that cost by what a screen can show, whatever the page's length; the
 * reader, who only ever sees what is on screen, sees every name highlighted.
 *
 * Ranges are grouped by the element holding their text (a paragraph, or a link in it), and one IntersectionObserver
 * watches those elements: a few thousand targets on the longest pages, which the browser checks for far less than
 * it would spend on the ranges themselves. The grouping is done in tasks of its own, a batch at a time, after the
 * ranges are made: the names past the first thousand are below the first screens, and grouping them where they are
 * made would delay the first highlights by a few milliseconds on a 30,000-word page.
 */

/** An IntersectionObserver, as far as this module needs one (tests pass a fake). */
export interface NearObserver {
  observe(target: Element): void;
  unobserve(target: Element): void;
  disconnect(): void;
}

/** What an IntersectionObserver entry tells: whether the element is now within the margin around the viewport. */
export interface NearChange {
  readonly target: Element;
  readonly isIntersecting: boolean;
}

/** Starts watching with `onChange` called for every element whose nearness changed (and once for each new one). */
export type WatchNear = (onChange: (changes: readonly NearChange[]) => void) => NearObserver;

/** What a window needs from the page: an observer of nearness, and a way to run its bookkeeping in tasks of its own. */
export interface WindowDeps {
  watch: WatchNear;
  later: Later;
}

/** How far around the viewport ranges stay registered: one screen above and one below, for scrolling. */
const NEAR_MARGIN = '100% 0px';

/** An IntersectionObserver's options with `scrollMargin`, which TypeScript's DOM types do not list yet. */
export type NearOptions = IntersectionObserverInit & { scrollMargin?: string };

/**
 * The observer's options. Where the browser has `scrollMargin` (Chromium 120+), the margin goes there: it widens every
 * scroll container between a name and the viewport, the page's own scroller included, so a story that scrolls in a
 * box of its own has its names registered a box's height ahead, as a page's are a screen ahead. Elsewhere it is the
 * viewport's margin, and a box's names are registered as they come into its visible part. Never both: Chromium then
 * widens the page's scroller by both, some four screens in all.
 */
export function nearOptions(hasScrollMargin: boolean): NearOptions {
  return hasScrollMargin ? { scrollMargin: NEAR_MARGIN } : { rootMargin: NEAR_MARGIN };
}

/** Ranges taken into the window per task: bounds the task on the longest pages (30,000 names). */
const TRACK_BATCH = 4000;

interface Block {
  near: boolean;
  /** Parallel lists, not pairs: one allocation per block rather than per range. */
  readonly highlights: Highlight[];
  readonly ranges: Range[];
}

/** Runs work in a task of its own, soon (the content script times it like its other slices). */
export type Later = (work: () => void) => void;

/**
 * The per-range work is kept to two array pushes where the range is made (on a 30,000-word page, 2,600 ranges on the
 * first highlights' path) and two more in the task that takes it in, with one block lookup per text node.
 */
export class NearViewportRanges {
  private readonly blocks = new Map<Element, Block>();
  /** Ranges waiting to be taken in, with their highlights (parallel lists). */
  private waitingHighlights: Highlight[] = [];
  private waitingRanges: Range[] = [];
  /** Highlights whose ranges, registered before the window opened, have yet to be taken in. */
  private registeredBefore: Highlight[];
  /** Ranges removed from the page: forgotten lazily, when their block moves or their turn to be taken in comes. */
  private readonly gone = new WeakSet<Range>();
  private scheduled = false;
  private pruneScheduled = false;
  private readonly observer: NearObserver;
  /**
   * The last text node looked up and its block, within one task: ranges come in document order, several to a text
   * node, and each DOM property read from the extension's world crosses into the browser, so a repeat costs a
   * comparison instead. Forgotten between tasks, in which the page may move the node.
   */
  private lastNode: Node | null = null;
  private lastBlock: Block | null = null;

  /** `registered`: the highlights whose ranges are registered already; they stay until their block is known far. */
  constructor(
    watch: WatchNear,
    private readonly later: Later,
    registered: readonly Highlight[],
  ) {
    this.registeredBefore = [...registered];
    this.observer = watch((changes) => {
      for (const change of changes) this.moved(change.target, change.isIntersecting);
    });
    this.schedule();
  }

  /** Takes a range into the window: it is registered once the observer says its block is near the viewport. */
  add(highlight: Highlight, range: Range): void {
    this.waitingHighlights.push(highlight);
    this.waitingRanges.push(range);
    this.schedule();
  }

  /**
   * Forgets a range the caller has taken out of its highlight: it is not registered again. Its block is let go when
   * it next moves, or, if the page removed it (a block far from the viewport never moves again), in a task soon.
   */
  remove(range: Range): void {
    this.gone.add(range);
    if (this.pruneScheduled) return;
    this.pruneScheduled = true;
    this.later(() => {
      this.pruneScheduled = false;
      for (const element of this.blocks.keys()) {
        if (element.isConnected) continue;
        this.blocks.delete(element);
        this.observer.unobserve(element);
      }
    });
  }

  disconnect(): void {
    this.observer.disconnect();
    this.blocks.clear();
    this.waitingHighlights = [];
    this.waitingRanges = [];
    this.registeredBefore = [];
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.later(() => {
      this.scheduled = false;
      this.takeIn();
    });
  }

  private takeIn(): void {
    for (const highlight of this.registeredBefore) {
      // Only ever given Ranges (MentionMarks.add's parameter); copied, since tracking may take some out.
      for (const range of [...highlight] as Range[]) this.track(highlight, range, true);
    }
    this.registeredBefore = [];
    const count = Math.min(this.waitingRanges.length, TRACK_BATCH);
    const highlights = this.waitingHighlights.splice(0, count);
    const ranges = this.waitingRanges.splice(0, count);
    for (let index = 0; index < count; index++) {
      const range = ranges[index];
      const highlight = highlights[index];
      if (range && highlight && !this.gone.has(range)) this.track(highlight, range, false);
    }
    this.lastNode = this.lastBlock = null;
    if (this.waitingRanges.length > 0) this.schedule();
  }

  private track(highlight: Highlight, range: Range, registered: boolean): void {
    const node = range.startContainer;
    let block: Block | null | undefined = node === this.lastNode ? this.lastBlock : null;
    if (!block) {
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!element) {
        if (!registered) highlight.add(range);
        return;
      }
      block = this.blocks.get(element);
      if (!block) {
        // A block is taken as near until the observer's first word if its ranges are showing already, else as far.
        block = { near: registered, highlights: [], ranges: [] };
        this.blocks.set(element, block);
        this.observer.observe(element);
      }
      this.lastNode = node;
      this.lastBlock = block;
    }
    block.highlights.push(highlight);
    block.ranges.push(range);
    if (block.near && !registered) highlight.add(range);
    else if (!block.near && registered) highlight.delete(range);
  }

  private moved(element: Element, near: boolean): void {
    const block = this.blocks.get(element);
    if (!block || block.near === near) return;
    block.near = near;
    let kept = 0;
    for (let index = 0; index < block.ranges.length; index++) {
      const range = block.ranges[index];
      const highlight = block.highlights[index];
      if (!range || !highlight || this.gone.has(range)) continue;
      if (near) highlight.add(range);
      else highlight.delete(range);
      block.ranges[kept] = range;
      block.highlights[kept] = highlight;
      kept++;
    }
    block.ranges.length = kept;
    block.highlights.length = kept;
    if (kept > 0) return;
    this.blocks.delete(element);
    this.observer.unobserve(element);
  }
}
