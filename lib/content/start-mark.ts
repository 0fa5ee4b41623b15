/**
 * Imported first by the content script, so its mark is set before any other module of the bundle runs: the page
 * benchmark then counts module evaluation too, not only the work after `main` starts.
 */
import { START_MARK } from './task-clock';

/** When the content script started (a `performance.now()` time): the first slice of work begins here. */
export const startedAt = performance.mark(START_MARK).startTime;
