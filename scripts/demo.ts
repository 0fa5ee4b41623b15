/// <reference types="chrome" />
/**
 * `npm run demo`: serves the sample news pages on 127.0.0.1 and opens Chromium with the freshly built extension.
 * With a display, a window a person can use stays open until it is closed. Without one, it runs headless, saves
 * screenshots of the highlighted seed article and of its popup, and prints their paths.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer } from './fixture-server';
import { launchWithExtension } from './launch-extension';

const SEED_PAGE = '/seed-putin-xi-astana.html';
const OUTPUT_DIR = resolve('demo-output');

async function main(): Promise<void> {
  const server = await startFixtureServer(Number(process.env.DEMO_PORT ?? 0));
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  const extension = await launchWithExtension({ headless });
  const { context, extensionId, serviceWorker } = extension;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}${SEED_PAGE}`);
  await page.waitForFunction(() => CSS.highlights.size > 0, undefined, { timeout: 15_000 });

  if (!headless) {
    console.log(`Sample pages: ${server.origin}/  (seed article: ${server.origin}${SEED_PAGE})`);
    console.log('Chromium is open with NewsLens loaded. Close the window to stop.');
    await new Promise<void>((done) => context.on('close', () => done()));
    await server.close();
    return;
  }

  mkdirSync(OUTPUT_DIR, { recursive: true });
  const articleShot = resolve(OUTPUT_DIR, 'seed-article.png');
  await page.screenshot({ path: articleShot });
  // The entity card, opened the way a reader does: Alt+Shift+N walks to the first highlighted name.
  await page.keyboard.press('Alt+Shift+N');
  await page.keyboard.press('Alt+Shift+N');
  await page.keyboard.press('Alt+Shift+N');
  await page.keyboard.press('Alt+Shift+N');
  await page.locator('newslens-card').getByRole('dialog').waitFor();
  const cardShot = resolve(OUTPUT_DIR, 'seed-entity-card.png');
  await page.screenshot({ path: cardShot });
  const tabId = await serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.locator('.entity-group').first().waitFor();
  await popup.getByRole('region', { name: 'Related events' }).waitFor();
  // The real popup scrolls past 580 px; the screenshot shows all of it at once.
  await popup.locator('.popup').evaluate((element) => {
    (element as HTMLElement).style.maxHeight = 'none';
  });
  const popupShot = resolve(OUTPUT_DIR, 'seed-popup.png');
  await popup.screenshot({ path: popupShot, fullPage: true });
  await context.close();
  await server.close();
  console.log(articleShot);
  console.log(cardShot);
  console.log(popupShot);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
