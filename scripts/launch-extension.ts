/** Launches Debian's Chromium with the unpacked extension loaded (tests and the demo). */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureChromium } from './ensure-chromium';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface LaunchedExtension {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

export async function launchWithExtension(options: { headless: boolean }): Promise<LaunchedExtension> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'newslens-profile-')), {
    executablePath: ensureChromium(),
    headless: options.headless,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId };
}
