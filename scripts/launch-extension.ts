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
function assertLoadableScripts(): void {
  for (const file of readdirSync(EXTENSION_DIR, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js')) continue;
    const source = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    const at = source.search(/[\uFDD0-\uFDEF\uFFFE\uFFFF]/u);
    if (at >= 0) throw new Error(`${file} holds a Unicode noncharacter near "${source.slice(Math.max(0, at - 40), at)}": Chrome will not load it`);
  }
}

export async function launchWithExtension(options: { headless: boolean }): Promise<LaunchedExtension> {
  assertLoadableScripts();
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'newslens-profile-')), {
    executablePath: ensureChromium(),
    headless: options.headless,
    viewport: { width: 1280, height: 900 },
    args: [
      ...BROWSER_FLAGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId };
}
