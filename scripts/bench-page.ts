/**
 * `npm run bench:page`: what the content script costs the page, printed as JSON on stdout (progress on stderr).
 *
 * For the typical article and generated 30,000- and 250,000-word pages, in headless Chromium:
 * - extension: the contract's `newslens:task` measures between `newslens:start` and `newslens:highlights-done` give
 *   its main-thread time, wall time, task count and longest task; the start mark is set before the content script's
 *   modules are evaluated, so the first slice includes evaluation and WXT's bootstrap (reported apart as startupMs,
 *   up to `newslens:main`); the slices count sending the text to the worker (the browser serialises it there, about
 *   35 ns a character: some 5 ms for the 30k page) but not waiting for the answer; the CSS highlights give the ranges
 *   it drew;
 * - mark.js, in a browser without the extension, marking the distinct texts the extension highlighted on that page;
 * - the floor, in the same browser: one TreeWalker pass over the article + one regex scan for capitalised words;
 * - a bare content script (scripts/bench-page-bare/), in a browser with only that extension: the same pass, its text
 *   sent to its worker, one highlight of the capitalised words it returns. It is what any content script pays for
 *   running in an isolated world and asking a worker, which the floor, run in the page's own world, is not;
 * - their ratios, the gzipped size of the content script, the CPU time Chromium spends compiling the core on each
 *   page load before it runs (the start mark can only come after; reported apart, as the bare script's is not counted
 *   either) and compiling and running the interface half after the highlights, and the JS heap the extension adds to
 *   the 30k page's tab;
 * - once per page, coverage: past a thousand names only those near the viewport are registered, so the harness scrolls
 *   to the end of the page and counts the distinct ranges registered on the way, which must be every name found (the
 *   done mark's detail); and the frames a second the page draws while a small CSS animation runs, with and without
 *   the extension, since every frame makes the browser refresh the markers of every registered range.
 * Times are taken twice: on the wall clock (performance marks and measures) and on the main thread's CPU clock (the
 * same marks read from a performance trace, scripts/bench-page-trace.ts). On this two-core machine the wall clock
 * also counts the time the operating system hands the renderer's core to another process mid-slice, about half of
 * it on a typical load and different on every load; CPU time is what the extension itself costs the page. The
 * targets on time and ratios use CPU time, the extension's, the floor's and mark.js's alike, and the "no task over
 * 50 ms" target uses the wall clock, because a preempted task still holds the page's input for its whole length.
 * Each figure is the median of RUNS fresh page loads. The targets are checked and reported as booleans; missing one
 * is a finding, not a failure, so the exit code is 1 only when the harness itself breaks.
 */
import { chromium, errors, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type * as InPage from './bench-page-floor';
import { FLOOR_MARKS, MARKJS_MARKS } from './bench-page-floor';
import { bareCpuMs, buildBareExtension } from './bench-page-bare/harness';
import { scriptCpu, sliceTimes, startTrace, type ScriptCpu, type SliceTimes, type Trace } from './bench-page-trace';
import { ensureChromium } from './ensure-chromium';
import { INTERFACE_READY_MARK } from '../lib/content/task-clock';
import { startFixtureServer } from './fixture-server';
import { EXTENSION_DIR, launchWithExtension, BROWSER_FLAGS } from './launch-extension';

/** Fresh page loads per figure; the median of five steadies a 2-core VM that swings ±50 % between loads. */
const RUNS = 5;
/** Past this, mark.js on the 250k page is reported as null instead of stretching the run over several minutes. */
const MARKJS_BUDGET_MS = 60_000;
const KB = 1000;
const MB = 1_000_000;

interface PageSpec {
  key: 'typical' | 'words30k' | 'words250k';
  path: string;
  /** Article length, to extrapolate mark.js's time from a smaller page; null for the hand-written article. */
  words: number | null;
  /** How long to wait for the done mark: generous, since a slow scan is a finding and should still be measured. */
  doneTimeoutMs: number;
}

const PAGES: readonly PageSpec[] = [
  { key: 'typical', path: '/seed-putin-xi-astana.html', words: null, doneTimeoutMs: 20_000 },
  { key: 'words30k', path: '/generated/long-30000-vi.html', words: 30_000, doneTimeoutMs: 30_000 },
  { key: 'words250k', path: '/generated/long-250000-vi.html', words: 250_000, doneTimeoutMs: 60_000 },
];
/** The page whose tab heap is compared with and without the extension. */
const HEAP_PAGE: PageSpec['key'] = 'words30k';

/** How the in-page helpers are reached from page.evaluate once their bundle has been added to the page. */
interface BenchWindow extends Window {
  newslensBench: typeof InPage;
}

const log = (message: string): void => {
  process.stderr.write(`[bench:page] ${message}\n`);
};

const round = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

const roundedMedian = (values: readonly number[], digits = 2): number | null => {
  const value = median(values);
  return value === null ? null : round(value, digits);
};

const ratio = (numerator: number | null, denominator: number | null): number | null =>
  numerator === null || denominator === null || denominator <= 0 ? null : round(numerator / denominator, 1);

/**
 * The in-page helpers as one classic script. esbuild (not tsx) compiles them so that no tsx helper such as `__name`
 * leaks into code that runs in the page.
 */
async function bundleInPageHelpers(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./bench-page-floor.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'newslensBench',
    target: 'chrome120',
    logLevel: 'warning',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no bundle for scripts/bench-page-floor.ts');
  return output.text;
}

/** Chromium configured as launchWithExtension does, minus the extension: the baseline for mark.js, floor and heap. */
async function launchWithoutExtension(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: ensureChromium(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: BROWSER_FLAGS,
  });
}

/** Opens url in a new tab, runs measure, and always closes the tab so every run starts from a fresh load. */
async function onFreshPage<T>(context: BrowserContext, url: string, measure: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await measure(page);
  } finally {
    await page.close();
  }
}

/**
 * JS heap in use by the tab's renderer after a full GC, so garbage left by page load does not blur the difference.
 * This is V8's heap only: the C++ side of Blink objects (each Range, each Highlight) lives in Blink's own heap and
 * is not counted, so the figure is a lower bound of what the extension adds.
 */
async function heapUsedMB(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize');
    if (!used) throw new Error('CDP Performance.getMetrics returned no JSHeapUsedSize');
    return used.value / MB;
  } finally {
    await session.detach();
  }
}

interface ExtensionSample extends InPage.ExtensionRun {
  heapMB: number | null;
  /** The same slices on the thread's CPU clock; null when the trace lacks the marks. */
  cpu: SliceTimes | null;
}

const EXTENSION_SLICES = {
  firstStart: 'newslens:start',
  sliceStart: 'newslens:slice-start',
  sliceEnd: 'newslens:slice-end',
  doneMark: 'newslens:highlights-done',
  untilMark: 'newslens:main',
};

/** Resolves true when the done mark is set, false when the wait times out (a finding the caller reports). */
function waitForDoneMark(page: Page, timeoutMs: number): Promise<boolean> {
  return page
    .waitForFunction(() => performance.getEntriesByName('newslens:highlights-done', 'mark').length > 0, undefined, {
      polling: 100,
      timeout: timeoutMs,
    })
    .then(
      () => true,
      (error: unknown) => {
        if (error instanceof errors.TimeoutError) return false;
        throw error;
      },
    );
}

/**
 * One discarded load per browser: the first page after launch also pays for starting the renderer and, with the
 * extension, for the service worker loading the knowledge base, which no later page pays for.
 */
async function warmUp(context: BrowserContext, url: string, waitForDone: boolean): Promise<void> {
  await onFreshPage(context, url, async (page) => {
    if (waitForDone) await waitForDoneMark(page, 20_000);
  });
}

async function measureExtension(
  context: BrowserContext,
  url: string,
  spec: PageSpec,
  helpers: string,
): Promise<ExtensionSample[]> {
  const samples: ExtensionSample[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const page = await context.newPage();
    let sample: ExtensionSample;
    try {
      // Recording starts before the navigation: the content script's first slice begins as the page settles.
      const trace = await startTrace(page);
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      const reached = await waitForDoneMark(page, spec.doneTimeoutMs);
      // Heap first: the helpers and the terms read below would otherwise count as the extension's.
      const heapMB = spec.key === HEAP_PAGE && reached ? await heapUsedMB(page) : null;
      const cpu = sliceTimes(await trace.stop(), EXTENSION_SLICES);
      await page.addScriptTag({ content: helpers });
      const result = await page.evaluate(() => (window as unknown as BenchWindow).newslensBench.extensionRun());
      sample = { ...result, complete: reached && result.complete && cpu !== null, heapMB, cpu };
    } finally {
      await page.close();
    }
    samples.push(sample);
    log(
      `  extension run ${run}: ` +
        (sample.complete && sample.cpu
          ? `${round(sample.cpu.cpuMs)} ms CPU (${round(sample.cpu.untilMarkCpuMs ?? 0)} before main), ` +
            `${round(sample.mainThreadMs)} ms wall, in ${sample.tasks} tasks (longest ${round(sample.longestTaskMs)} ms wall), ${sample.ranges} ranges`
          : `done mark not reached within ${spec.doneTimeoutMs / 1000} s`),
    );
    // Waiting out the timeout again would only repeat the finding and blow the time budget.
    if (!sample.complete) break;
  }
  return samples;
}

const CORE_SCRIPT = '/content-scripts/content.js';
const INTERFACE_SCRIPT = '/content-scripts/reader-ui.js';

/**
 * What the page pays for the extension's scripts outside the core's slices, on fresh loads: compiling the core, which
 * Chromium does anew on every page (content scripts get no code cache) ahead of the start mark, so that the
 * extension's figure leaves it out (the bare content script's, a few hundred bytes, is left out alike); and the
 * interface half (card, toolbar, saved annotations), compiled and run once the highlights are up.
 */
async function measureScripts(context: BrowserContext, url: string): Promise<Array<Map<string, ScriptCpu>>> {
  const samples: Array<Map<string, ScriptCpu>> = [];
  for (let run = 1; run <= RUNS; run++) {
    const page = await context.newPage();
    try {
      const cpu = await scriptCpu(page, [CORE_SCRIPT, INTERFACE_SCRIPT], async () => {
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        await page.waitForFunction((mark) => performance.getEntriesByName(mark, 'mark').length > 0, INTERFACE_READY_MARK, { polling: 100, timeout: 20_000 });
      });
      samples.push(cpu);
      const core = cpu.get(CORE_SCRIPT);
      const ui = cpu.get(INTERFACE_SCRIPT);
      log(`  core compile ${round(core?.compileMs ?? NaN)} ms CPU; interface half compile ${round(ui?.compileMs ?? NaN)} + run ${round(ui?.runMs ?? NaN)} ms CPU`);
    } finally {
      await page.close();
    }
  }
  return samples;
}

interface PageHealth {
  coverage: InPage.Coverage;
  framesPerSecond: number;
}

/**
 * Once per page, after the timed runs: scrolls through the page gathering the ranges registered along the way, then
 * counts the frames drawn in a second while an animation runs. Neither is on the content script's measured path.
 */
async function measureCoverage(context: BrowserContext, url: string, spec: PageSpec, helpers: string): Promise<PageHealth | null> {
  return onFreshPage(context, url, async (page) => {
    if (!(await waitForDoneMark(page, spec.doneTimeoutMs))) return null;
    await page.addScriptTag({ content: helpers });
    const coverage = await page.evaluate(() => (window as unknown as BenchWindow).newslensBench.coverage());
    const framesPerSecond = await page.evaluate(() => (window as unknown as BenchWindow).newslensBench.framesPerSecondWithAnimation());
    log(
      `  coverage: ${coverage.rangesSeen} of ${coverage.mentions ?? '?'} names registered on the way down (${coverage.stops} stops, ` +
        `at most ${coverage.mostRegistered} at once); ${round(framesPerSecond, 1)} frames a second with an animation`,
    );
    return { coverage, framesPerSecond };
  });
}

async function framesWithoutExtension(context: BrowserContext, url: string, helpers: string): Promise<number> {
  return onFreshPage(context, url, async (page) => {
    await page.addScriptTag({ content: helpers });
    return page.evaluate(() => (window as unknown as BenchWindow).newslensBench.framesPerSecondWithAnimation());
  });
}

interface FloorSample extends InPage.FloorResult {
  cpuMs: number | null;
}

/** CPU time between a pair of in-page bench marks, or null when the trace lacks them. */
const cpuBetween = (trace: Trace, marks: { start: string; end: string }): number | null =>
  sliceTimes(trace, { firstStart: marks.start, sliceStart: marks.start, sliceEnd: marks.end, doneMark: marks.end })?.cpuMs ?? null;

async function measureFloor(context: BrowserContext, url: string, helpers: string): Promise<FloorSample[]> {
  const samples: FloorSample[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const sample = await onFreshPage(context, url, async (page) => {
      await page.addScriptTag({ content: helpers });
      const trace = await startTrace(page);
      const result = await page.evaluate(() => (window as unknown as BenchWindow).newslensBench.floor());
      return { ...result, cpuMs: cpuBetween(await trace.stop(), FLOOR_MARKS) };
    });
    samples.push(sample);
    log(`  floor run ${run}: ${round(sample.cpuMs ?? Number.NaN)} ms CPU, ${round(sample.ms)} ms wall (${sample.textChars} chars, ${sample.capitalisedWords} capitalised words)`);
  }
  return samples;
}

interface MarkJsSample extends InPage.MarkJsResult {
  cpuMs: number | null;
}

/**
 * mark.js runs synchronously in the page, so a run over budget cannot be interrupted from inside: the harness stops
 * waiting and closes the tab instead. Returns null for such a run.
 */
async function markjsOnce(
  context: BrowserContext,
  url: string,
  helpers: string,
  terms: string[],
  markjsPath: string,
): Promise<MarkJsSample | null> {
  return onFreshPage(context, url, async (page) => {
    await page.addScriptTag({ path: markjsPath });
    await page.addScriptTag({ content: helpers });
    const trace = await startTrace(page);
    let timer: NodeJS.Timeout | undefined;
    const overBudget = new Promise<null>((resolveBudget) => {
      timer = setTimeout(() => resolveBudget(null), MARKJS_BUDGET_MS);
    });
    const marking = page.evaluate(
      (keywords) => (window as unknown as BenchWindow).newslensBench.markjs(keywords),
      terms,
    );
    try {
      const result = await Promise.race([marking, overBudget]);
      // Closing the tab rejects the abandoned evaluate; that rejection is expected, not an error.
      if (result === null) {
        marking.catch(() => undefined);
        return null;
      }
      return { ...result, cpuMs: cpuBetween(await trace.stop(), MARKJS_MARKS) };
    } finally {
      clearTimeout(timer);
    }
  });
}

interface MarkjsFigures {
  cpuMs: number | null;
  ms: number | null;
  marks: number | null;
  terms: number;
  runs: number;
  samplesMs: number[];
  skipped: string | null;
}

async function measureMarkjs(
  context: BrowserContext,
  url: string,
  helpers: string,
  terms: string[],
  markjsPath: string,
  estimateMs: number | null,
): Promise<MarkjsFigures> {
  const skippedWith = (reason: string): MarkjsFigures => {
    log(`  mark.js skipped: ${reason}`);
    return { cpuMs: null, ms: null, marks: null, terms: terms.length, runs: 0, samplesMs: [], skipped: reason };
  };
  if (terms.length === 0) return skippedWith('the extension highlighted nothing on this page, so there are no terms');
  if (estimateMs !== null && estimateMs > MARKJS_BUDGET_MS) {
    return skippedWith(`estimated ${Math.round(estimateMs / 1000)} s from the 30k page, over the ${MARKJS_BUDGET_MS / 1000} s budget`);
  }
  // A run of tens of seconds is measured once: three would take most of the run's time budget for little precision.
  const runs = estimateMs !== null && estimateMs * RUNS > 45_000 ? 1 : RUNS;
  const samples: MarkJsSample[] = [];
  for (let run = 1; run <= runs; run++) {
    const sample = await markjsOnce(context, url, helpers, terms, markjsPath);
    if (!sample) return skippedWith(`did not finish within ${MARKJS_BUDGET_MS / 1000} s`);
    samples.push(sample);
    log(`  mark.js run ${run}: ${round(sample.cpuMs ?? Number.NaN)} ms CPU, ${round(sample.ms)} ms wall (${sample.marks} marks for ${terms.length} terms)`);
  }
  return {
    cpuMs: roundedMedian(samples.flatMap((sample) => (sample.cpuMs === null ? [] : [sample.cpuMs]))),
    ms: roundedMedian(samples.map((sample) => sample.ms)),
    marks: median(samples.map((sample) => sample.marks)),
    terms: terms.length,
    runs,
    samplesMs: samples.map((sample) => round(sample.ms)),
    skipped: null,
  };
}

/** The bare content script's CPU time on RUNS fresh loads of each page, after one discarded load. */
async function measureBare(origin: string): Promise<Map<PageSpec['key'], number[]>> {
  const dir = await buildBareExtension();
  const { context } = await launchWithExtension({ headless: true, dir });
  const samples = new Map<PageSpec['key'], number[]>();
  try {
    await bareCpuMs(context, origin + (PAGES[0]?.path ?? '/'), 20_000);
    for (const spec of PAGES) {
      const runs: number[] = [];
      for (let run = 1; run <= RUNS; run++) {
        const cpuMs = await bareCpuMs(context, origin + spec.path, spec.doneTimeoutMs);
        if (cpuMs === null) throw new Error(`the bare content script did not finish on ${spec.path}`);
        runs.push(cpuMs);
      }
      log(`  bare content script on ${spec.path}: ${runs.map((value) => round(value)).join(', ')} ms CPU`);
      samples.set(spec.key, runs);
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return samples;
}

async function measureHeapWithout(context: BrowserContext, url: string): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 1; run <= RUNS; run++) samples.push(await onFreshPage(context, url, heapUsedMB));
  log(`  heap without extension: ${samples.map((value) => round(value)).join(', ')} MB`);
  return samples;
}

/**
 * Gzipped size of what a tab loads for the content script: the manifest's content-script files, the interface half
 * the background injects after the highlights (content-scripts/reader-ui.js), and any chunk they import. The target
 * is checked on the total; the core alone is what runs before the first highlight.
 */
function contentScriptSize(): { files: { file: string; bytes: number; gzipKB: number }[]; gzipKB: number } {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const queue = [
    join(EXTENSION_DIR, 'content-scripts/content.js'),
    join(EXTENSION_DIR, 'content-scripts/reader-ui.js'),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.js ?? []).map((file) => join(EXTENSION_DIR, file)),
  ];
  const importPatterns = [
    /\bimport\s*\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g,
    /\b(?:from|import)\s*["']([^"']+\.m?js)["']/g,
    /\bgetURL\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g,
  ];
  const seen = new Set<string>();
  const files: { file: string; bytes: number; gzipKB: number }[] = [];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!existsSync(file)) throw new Error(`content script file missing: ${file} (run wxt build first)`);
    const source = readFileSync(file);
    files.push({ file: relative(EXTENSION_DIR, file), bytes: source.length, gzipKB: gzipSync(source, { level: 9 }).length / KB });
    const text = source.toString('utf8');
    for (const pattern of importPatterns) {
      for (const match of text.matchAll(pattern)) {
        const specifier = match[1] ?? '';
        const target = specifier.startsWith('/') ? join(EXTENSION_DIR, specifier) : resolve(dirname(file), specifier);
        if (existsSync(target)) queue.push(target);
      }
    }
  }
  return {
    files: files.map((entry) => ({ ...entry, gzipKB: round(entry.gzipKB) })),
    gzipKB: round(files.reduce((sum, entry) => sum + entry.gzipKB, 0)),
  };
}

function extensionFigures(samples: readonly ExtensionSample[]) {
  const complete = samples.filter((sample) => sample.complete);
  const pick = (field: 'mainThreadMs' | 'wallMs' | 'longestTaskMs' | 'startupMs'): number[] => complete.map((sample) => sample[field]);
  const pickCpu = (field: 'cpuMs' | 'longestCpuMs' | 'untilMarkCpuMs'): number[] =>
    complete.flatMap((sample) => {
      const value = sample.cpu?.[field];
      return typeof value === 'number' ? [value] : [];
    });
  return {
    doneReached: samples.length > 0 && complete.length === samples.length,
    runs: samples.length,
    // The main thread's CPU time in the extension's slices, from its start mark to its last highlight.
    mainThreadCpuMs: roundedMedian(pickCpu('cpuMs')),
    // Of it, before `main` runs: evaluating the bundle and WXT's bootstrap in the page's fresh isolated world.
    startupCpuMs: roundedMedian(pickCpu('untilMarkCpuMs')),
    longestSliceCpuMs: roundedMedian(pickCpu('longestCpuMs')),
    // The same slices on the wall clock (the contract's `newslens:task` measures).
    mainThreadWallMs: roundedMedian(pick('mainThreadMs')),
    startupWallMs: roundedMedian(pick('startupMs')),
    // From the start mark to the done mark, waits for the background included.
    startToDoneWallMs: roundedMedian(pick('wallMs')),
    tasks: median(complete.map((sample) => sample.tasks)),
    longestTaskWallMs: roundedMedian(pick('longestTaskMs')),
    ranges: median(complete.map((sample) => sample.ranges)),
    rangesByName: complete[0]?.rangesByName ?? null,
    distinctTerms: complete[0]?.terms.length ?? null,
    samples: {
      mainThreadCpuMs: pickCpu('cpuMs').map((value) => round(value)),
      mainThreadWallMs: pick('mainThreadMs').map((value) => round(value)),
      longestTaskWallMs: pick('longestTaskMs').map((value) => round(value)),
    },
  };
}

interface Target {
  value: number | boolean | null;
  target: string;
  pass: boolean;
}

const atMost = (value: number | null, limit: number, strict = false): Target => ({
  value,
  target: `${strict ? '<' : '≤'} ${limit}`,
  pass: value !== null && (strict ? value < limit : value <= limit),
});

const atLeast = (value: number | null, limit: number): Target => ({
  value,
  target: `≥ ${limit}`,
  pass: value !== null && value >= limit,
});

async function main(): Promise<void> {
  const began = performance.now();
  const server = await startFixtureServer();
  const markjsPath = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
  const helpers = await bundleInPageHelpers();
  const profileDir = mkdtempSync(join(tmpdir(), 'newslens-bench-plain-'));
  let withExtension: BrowserContext | null = null;
  let withoutExtension: BrowserContext | null = null;
  try {
    const contentScript = contentScriptSize();
    log(`content script: ${contentScript.gzipKB} kB gzipped (${contentScript.files.map((file) => `${file.file} ${file.gzipKB}`).join(', ')})`);

    // The two browsers run one after the other, so neither competes with the other for the CPU.
    log('launching Chromium with the extension');
    withExtension = (await launchWithExtension({ headless: true })).context;
    await warmUp(withExtension, server.origin + (PAGES[0]?.path ?? '/'), true);
    const extension = new Map<PageSpec['key'], ExtensionSample[]>();
    const health = new Map<PageSpec['key'], PageHealth | null>();
    for (const spec of PAGES) {
      log(`extension on ${spec.path}`);
      extension.set(spec.key, await measureExtension(withExtension, server.origin + spec.path, spec, helpers));
      health.set(spec.key, await measureCoverage(withExtension, server.origin + spec.path, spec, helpers));
    }
    log(`the scripts' compile and the interface half on ${PAGES[0]?.path}`);
    const scriptSamples = await measureScripts(withExtension, server.origin + (PAGES[0]?.path ?? '/'));
    await withExtension.close();
    withExtension = null;

    log('launching Chromium with the bare content script');
    const bare = await measureBare(server.origin);

    log('launching Chromium without the extension');
    withoutExtension = await launchWithoutExtension(profileDir);
    await warmUp(withoutExtension, server.origin + (PAGES[0]?.path ?? '/'), false);
    const pages: Record<string, unknown> = {};
    const mainThread = new Map<PageSpec['key'], number | null>();
    const ratios = new Map<PageSpec['key'], { markjsOverExtension: number | null; extensionOverFloor: number | null }>();
    let markjsPerWordTerm: number | null = null;
    let hugeCoverage: InPage.Coverage | null = null;
    for (const spec of PAGES) {
      const url = server.origin + spec.path;
      const samples = extension.get(spec.key) ?? [];
      const figures = extensionFigures(samples);
      const pageHealth = health.get(spec.key) ?? null;
      // Every name's text, gathered down the whole page: on a long one, those registered at the done mark are only
      // the first screens'.
      const terms = pageHealth?.coverage.terms ?? samples.find((sample) => sample.complete)?.terms ?? [];

      log(`floor on ${spec.path}`);
      const floorSamples = await measureFloor(withoutExtension, url, helpers);
      const floorMs = roundedMedian(floorSamples.map((sample) => sample.ms), 3);
      const floorCpuMs = roundedMedian(floorSamples.flatMap((sample) => (sample.cpuMs === null ? [] : [sample.cpuMs])), 3);

      log(`mark.js on ${spec.path}`);
      // mark.js walks the whole article once per term, so its time grows with words × terms.
      const estimateMs = markjsPerWordTerm !== null && spec.words !== null ? markjsPerWordTerm * spec.words * terms.length : null;
      const markjs = await measureMarkjs(withoutExtension, url, helpers, terms, markjsPath, estimateMs);
      if (markjs.ms !== null && spec.words !== null && terms.length > 0) {
        markjsPerWordTerm = markjs.ms / (spec.words * terms.length);
      }

      const bareCpuSamples = bare.get(spec.key) ?? [];
      const bareCpu = roundedMedian(bareCpuSamples);
      const pageRatios = {
        markjsOverExtension: ratio(markjs.cpuMs, figures.mainThreadCpuMs),
        extensionOverFloor: ratio(figures.mainThreadCpuMs, floorCpuMs),
        extensionOverBareContentScript: ratio(figures.mainThreadCpuMs, bareCpu),
        // The same ratios on the wall clock, for comparison with runs before CPU time was measured.
        wallClock: {
          markjsOverExtension: ratio(markjs.ms, figures.mainThreadWallMs),
          extensionOverFloor: ratio(figures.mainThreadWallMs, floorMs),
        },
      };
      mainThread.set(spec.key, figures.mainThreadCpuMs);
      ratios.set(spec.key, pageRatios);
      pages[spec.key] = {
        url: spec.path,
        extension: figures,
        markjs,
        floor: {
          cpuMs: floorCpuMs,
          ms: floorMs,
          textChars: floorSamples[0]?.textChars ?? null,
          capitalisedWords: floorSamples[0]?.capitalisedWords ?? null,
          samplesMs: floorSamples.map((sample) => round(sample.ms, 3)),
        },
        bareContentScript: { cpuMs: bareCpu, samplesCpuMs: bareCpuSamples.map((value) => round(value)) },
        ratios: pageRatios,
        coverage: pageHealth
          ? {
              mentions: pageHealth.coverage.mentions,
              rangesSeen: pageHealth.coverage.rangesSeen,
              mostRegisteredAtOnce: pageHealth.coverage.mostRegistered,
              stops: pageHealth.coverage.stops,
            }
          : null,
        framesPerSecondWithAnimation: {
          extension: pageHealth ? round(pageHealth.framesPerSecond, 1) : null,
          without: round(await framesWithoutExtension(withoutExtension, url, helpers), 1),
        },
      };
      if (spec.key === 'words250k') hugeCoverage = pageHealth?.coverage ?? null;
    }

    log(`heap without the extension on ${HEAP_PAGE}`);
    const heapSpec = PAGES.find((spec) => spec.key === HEAP_PAGE);
    if (!heapSpec) throw new Error(`no page ${HEAP_PAGE}`);
    const heapWithout = await measureHeapWithout(withoutExtension, server.origin + heapSpec.path);
    const heapWith = (extension.get(HEAP_PAGE) ?? []).flatMap((sample) => (sample.heapMB === null ? [] : [sample.heapMB]));
    const withMB = median(heapWith);
    const withoutMB = median(heapWithout);
    const heap = {
      page: heapSpec.path,
      withExtensionMB: withMB === null ? null : round(withMB),
      withoutExtensionMB: withoutMB === null ? null : round(withoutMB),
      extraMB: withMB === null || withoutMB === null ? null : round(withMB - withoutMB),
      measure: 'CDP JSHeapUsedSize after HeapProfiler.collectGarbage: V8 heap only, Blink-side Range/Highlight memory excluded',
    };
    await withoutExtension.close();
    withoutExtension = null;

    const hugeSamples = extension.get('words250k') ?? [];
    const huge = extensionFigures(hugeSamples);
    const fullyHighlighted =
      huge.doneReached && hugeCoverage !== null && (hugeCoverage.mentions ?? 0) > 0 && hugeCoverage.rangesSeen === hugeCoverage.mentions;
    const targets = {
      typicalMainThreadCpuMs: atMost(mainThread.get('typical') ?? null, 5, true),
      words30kMarkjsOverExtension: atLeast(ratios.get('words30k')?.markjsOverExtension ?? null, 20),
      words30kExtensionOverFloor: atMost(ratios.get('words30k')?.extensionOverFloor ?? null, 3),
      words250kLongestTaskWallMs: atMost(huge.longestTaskWallMs, 50),
      words250kAllHighlightsPresent: {
        value: fullyHighlighted,
        target: 'done mark reached on every run, and every name found registered on the way down the page',
        pass: fullyHighlighted,
      },
      contentScriptGzipKB: atMost(contentScript.gzipKB, 60),
      extraHeapMB: atMost(heap.extraMB, 10),
    } satisfies Record<string, Target>;

    const report = {
      // A persistent context has no Browser object to ask, so ask the binary (Debian's wrapper chatters on stderr).
      chromium: execFileSync(ensureChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
      runsPerMeasurement: RUNS,
      units: {
        kB: `${KB} bytes`,
        MB: `${MB} bytes`,
        times: 'ms, median of the runs; …CpuMs on the main thread\'s CPU clock (trace), …Ms/…WallMs on the wall clock',
      },
      pages,
      contentScript: {
        ...contentScript,
        // Not in any page's figure: compiled before the start mark, on every page load.
        coreCompileCpuMs: roundedMedian(scriptSamples.flatMap((sample) => sample.get(CORE_SCRIPT)?.compileMs ?? [])),
        // After the highlights, on every page read: on the typical page.
        interfaceHalfCompileCpuMs: roundedMedian(scriptSamples.flatMap((sample) => sample.get(INTERFACE_SCRIPT)?.compileMs ?? [])),
        interfaceHalfRunCpuMs: roundedMedian(scriptSamples.flatMap((sample) => sample.get(INTERFACE_SCRIPT)?.runMs ?? [])),
      },
      heap,
      targets,
      allTargetsMet: Object.values(targets).every((target) => target.pass),
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    log(`done in ${round((performance.now() - began) / 1000, 1)} s`);
  } finally {
    await withExtension?.close();
    await withoutExtension?.close();
    await server.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`harness error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
