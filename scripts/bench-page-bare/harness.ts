/**
 * Builds the bare extension (content.ts, worker.ts) into a temporary folder and measures its content script's CPU
 * time on a page the way scripts/bench-page.ts measures the extension's, from a trace of its slice marks.
 */
import { errors, type BrowserContext } from '@playwright/test';
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sliceTimes, startTrace } from '../bench-page-trace';
import { BARE_MARKS } from './protocol';

/** The unpacked bare extension, ready to load; the caller removes the folder. */
export async function buildBareExtension(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-bench-bare-'));
  await build({
    entryPoints: ['content', 'worker'].map((name) => fileURLToPath(new URL(`./${name}.ts`, import.meta.url))),
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outdir: dir,
    logLevel: 'warning',
  });
  const manifest = {
    manifest_version: 3,
    name: 'NewsLens bench: bare content script',
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['http://*/*'], js: ['content.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

/** The bare content script's CPU time on one fresh load of url, or null when its done mark never came. */
export async function bareCpuMs(context: BrowserContext, url: string, timeoutMs: number): Promise<number | null> {
  const page = await context.newPage();
  try {
    const trace = await startTrace(page);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    const reached = await page
      .waitForFunction((done) => performance.getEntriesByName(done, 'mark').length > 0, BARE_MARKS.done, { polling: 100, timeout: timeoutMs })
      .then(
        () => true,
        (error: unknown) => {
          if (error instanceof errors.TimeoutError) return false;
          throw error;
        },
      );
    const times = sliceTimes(await trace.stop(), {
      firstStart: BARE_MARKS.start,
      sliceStart: BARE_MARKS.sliceStart,
      sliceEnd: BARE_MARKS.sliceEnd,
      doneMark: BARE_MARKS.done,
    });
    return reached && times ? times.cpuMs : null;
  } finally {
    await page.close();
  }
}
