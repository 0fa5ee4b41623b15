/**
 * Work on the page's main thread is cut into slices of a few milliseconds so that reading even a 250k-word page
 * never holds the thread long enough to delay a click or a scroll (a task over 50 ms is a "long task"). Each slice
 * is recorded as a `newslens:task` performance measure: the page benchmark adds them up and finds the longest.
 */
export const TASK_MEASURE = 'newslens:task';
/**
 * Marks at each slice's start (the first slice starts at START_MARK) and end. In a performance trace a mark carries
 * the thread's CPU clock besides the wall clock, so the page benchmark can tell the time the slice ran from the time
 * the operating system gave the thread to another process, which a measure cannot.
 */
export const SLICE_START_MARK = 'newslens:slice-start';
export const SLICE_END_MARK = 'newslens:slice-end';
/** Marked when the content script starts on a page, and when every highlight of its first scan is registered. */
export const START_MARK = 'newslens:start';
export const DONE_MARK = 'newslens:highlights-done';
/**
 * Marked when the content script's `main` begins: the time from the start mark to this one is the bundle's module
 * evaluation and WXT's bootstrap (in a fresh isolated world every DOM interface is set up on first use), which the
 * page benchmark reports apart from the work that follows.
 */
export const MAIN_MARK = 'newslens:main';
/** Marked when the interface half (card, toolbar, saved annotations) has attached to the core: benchmarks time it. */
export const INTERFACE_READY_MARK = 'newslens:interface-ready';

export interface TaskClock {
  /**
   * True once the current slice has used its budget, or would with `reserveMs` more of work that cannot be split
   * (sending a long text): save your place and `yieldToPage()`.
   */
  overBudget(reserveMs?: number): boolean;
  /** Ends the current slice, lets the page run, and starts the next slice. */
  yieldToPage(): Promise<void>;
  /** Ends the current slice (work is done or waits for something else). */
  pause(): void;
  /** Starts a slice after a pause (at `startedAt`, a `performance.now()` time, when the work began earlier). */
  resume(startedAt?: number): void;
}

type SchedulerWithYield = { yield?: () => Promise<void> };

/** `scheduler.yield()` where the browser has it (continuation keeps its priority), a macrotask otherwise. */
function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createTaskClock(budgetMs = 8, perf: Performance = performance): TaskClock {
  let sliceStart: number | null = null;
  const end = (): void => {
    if (sliceStart === null) return;
    perf.mark(SLICE_END_MARK);
    perf.measure(TASK_MEASURE, { start: sliceStart, end: perf.now() });
    sliceStart = null;
  };
  return {
    overBudget: (reserveMs = 0) => sliceStart !== null && perf.now() - sliceStart + reserveMs > budgetMs,
    async yieldToPage() {
      end();
      await nextTurn();
      sliceStart = perf.now();
      perf.mark(SLICE_START_MARK);
    },
    pause: end,
    resume(startedAt) {
      if (sliceStart !== null) return;
      sliceStart = startedAt ?? perf.now();
      if (startedAt === undefined) perf.mark(SLICE_START_MARK);
    },
  };
}
