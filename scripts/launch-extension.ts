/** Launches Debian's Chromium with the unpacked extension loaded (tests and the demo). */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureChromium } from './ensure-chromium';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

/** Root in a container, no GPU, and none of Chromium's own network traffic (this machine has no network). */
export const BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface LaunchedExtension {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

/**
 * Chrome silently refuses an unpacked extension whose scripts hold a Unicode noncharacter (it reports "isn't UTF-8
 * encoded" only in its log), which then looks like a service worker that never starts. Say so plainly instead.
 */
function assertLoadableScripts(dir: string): void {
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js')) continue;
    const source = readFileSync(join(dir, file), 'utf8');
    const at = source.search(/[\uFDD0-\uFDEF\uFFFE\uFFFF]/u);
    if (at >= 0) throw new Error(`${file} holds a Unicode noncharacter near "${source.slice(Math.max(0, at - 40), at)}": Chrome will not load it`);
  }
}

/** `dir` is the unpacked extension, our build unless a benchmark loads another. */
export async function launchWithExtension(options: { headless: boolean; dir?: string }): Promise<LaunchedExtension> {
  const dir = options.dir ?? EXTENSION_DIR;
  assertLoadableScripts(dir);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'newslens-profile-')), {
    executablePath: ensureChromium(),
    headless: options.headless,
    viewport: { width: 1280, height: 900 },
    args: [
      ...BROWSER_FLAGS,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId };
}
