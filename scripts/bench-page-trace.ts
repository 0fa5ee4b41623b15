/**
 * CPU time on the page's main thread, read from a Chromium performance trace, for `npm run bench:page`.
 *
 * A performance mark in a trace carries two clocks: `ts`, the wall clock, and `tts`, the thread's own CPU clock. The
 * difference of `tts` between two marks is the time the main thread really ran between them; the wall-clock
 * difference also holds the time the operating system gave the thread's core to another process, which on a loaded
 * two-core machine is often half of it and swings from load to load. Both are reported; the targets use CPU time.
 */
import type { CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  tts?: number;
  /** Thread (CPU) duration of a complete event, in microseconds. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; fileName?: string };
}

export interface Trace {
  /** User-timing marks of one thread in time order, with both clocks in milliseconds. */
  marks: Array<{ name: string; wallMs: number; cpuMs: number }>;
}

/** Starts recording user-timing marks for the page (call before navigating); `stop` returns them. */
export async function startTrace(page: Page): Promise<{ stop(): Promise<Trace> }> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { traceConfig: { includedCategories: ['blink.user_timing'] }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
      await session.detach();
      return { marks: threadMarks(events) };
    },
  };
}

/** The marks that carry a thread clock, on the thread of the first of them named `newslens:…` (the page's main thread). */
function threadMarks(events: readonly TraceEvent[]): Trace['marks'] {
  const timed = events.filter((event) => event.cat.includes('user_timing') && event.tts !== undefined);
  const first = timed.find((event) => event.name.startsWith('newslens'));
  if (!first) return [];
  return timed
    .filter((event) => event.pid === first.pid && event.tid === first.tid)
    .sort((a, b) => a.ts - b.ts)
    .map((event) => ({ name: event.name, wallMs: event.ts / 1000, cpuMs: (event.tts ?? 0) / 1000 }));
}

export interface SliceTimes {
  /** Sum over the slices. */
  cpuMs: number;
  wallMs: number;
  slices: number;
  longestCpuMs: number;
  /** CPU time from `firstStart` to `untilMark` (evaluation and bootstrap, for the content script). */
  untilMarkCpuMs: number | null;
}

/**
 * Adds up the slices that start at `firstStart` or a `sliceStart` mark and end at the next `sliceEnd` mark, up to
 * the `doneMark` (the slice that sets it may end just after it).
 */
export function sliceTimes(
  trace: Trace,
  names: { firstStart: string; sliceStart: string; sliceEnd: string; doneMark: string; untilMark?: string },
): SliceTimes | null {
  const done = trace.marks.find((mark) => mark.name === names.doneMark);
  const first = trace.marks.find((mark) => mark.name === names.firstStart);
  if (!done || !first) return null;
  const until = names.untilMark ? trace.marks.find((mark) => mark.name === names.untilMark) : undefined;
  let open: Trace['marks'][number] | null = null;
  const result: SliceTimes = {
    cpuMs: 0,
    wallMs: 0,
    slices: 0,
    longestCpuMs: 0,
    untilMarkCpuMs: until ? until.cpuMs - first.cpuMs : null,
  };
  for (const mark of trace.marks) {
    if (mark.wallMs < first.wallMs) continue;
    if (mark.name === names.firstStart || mark.name === names.sliceStart) {
      if (open === null && mark.wallMs > done.wallMs) break;
      open = mark;
    } else if (mark.name === names.sliceEnd && open) {
      const cpu = mark.cpuMs - open.cpuMs;
      result.cpuMs += cpu;
      result.wallMs += mark.wallMs - open.wallMs;
      result.slices++;
      result.longestCpuMs = Math.max(result.longestCpuMs, cpu);
      open = null;
    }
  }
  return result;
}

export interface ScriptCpu {
  /** Compiling the script's top level, before its first statement runs (no mark of its own can time it). */
  compileMs: number;
  /** Running it, with the functions compiled on the way; not the callbacks it leaves for later. */
  runMs: number;
}

/**
 * The main-thread CPU time V8 spent on each script whose URL ends with one of `scripts` while `load` ran, from the
 * `v8.compile` and `v8.run` events of a timeline trace; a script with no event is missing from the result.
 */
export async function scriptCpu(page: Page, scripts: readonly string[], load: () => Promise<void>): Promise<Map<string, ScriptCpu>> {
  const session: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
  await session.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8'] }, transferMode: 'ReportEvents' });
  try {
    await load();
  } finally {
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.end');
    await complete;
    await session.detach();
  }
  const result = new Map<string, ScriptCpu>();
  for (const script of scripts) {
    const ofScript = events.filter((event) => event.ph === 'X' && (event.args?.data?.url ?? event.args?.fileName ?? '').endsWith(script));
    const total = (name: string): number => ofScript.filter((event) => event.name === name).reduce((sum, event) => sum + (event.tdur ?? 0), 0) / 1000;
    if (ofScript.length > 0) result.set(script, { compileMs: total('v8.compile'), runMs: total('v8.run') });
  }
  return result;
}
