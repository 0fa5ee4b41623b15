/// <reference types="chrome" />
/** Playwright fixtures: one Chromium with the extension and one fixture server per worker. */
import { test as base, expect, type Page } from '@playwright/test';
import { launchWithExtension, type LaunchedExtension } from '../../../scripts/launch-extension';
import { startFixtureServer, type FixtureServer } from '../../../scripts/fixture-server';

interface WorkerFixtures {
  extension: LaunchedExtension;
  server: FixtureServer;
}

export const test = base.extend<{ page: Page }, WorkerFixtures>({
  extension: [
    async ({}, use) => {
      const launched = await launchWithExtension({ headless: true });
      await use(launched);
      await launched.context.close();
    },
    { scope: 'worker' },
  ],
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ extension }, use) => {
    const page = await extension.context.newPage();
    await use(page);
    await page.close();
  },
});

export { expect };

/** The id of the tab most recently focused (the page a test just opened), read in the service worker. */
export async function activeTabId(extension: LaunchedExtension): Promise<number> {
  return extension.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

export async function badgeText(extension: LaunchedExtension, tabId: number): Promise<string> {
  return extension.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The text of every range in the page's highlight for one entity type (read from the page's own world). */
export async function highlightedTexts(page: Page, type: string): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, `newslens-${type}`);
}

/** What is registered after scrolling a long page: see `scrollToParagraph` and `highlightsNearView`. */
export interface NearView {
  /** Whether a name in the paragraph scrolled to is highlighted. */
  inParagraph: boolean;
  /** Ranges registered in all the entity highlights. */
  registered: number;
  /** How far beyond the viewport's edges the farthest registered range lies, in viewport heights. */
  farthest: number;
}

/** Brings the article's first or last body paragraph (one without a class: not the kicker or the standfirst) to the middle of the viewport. */
export async function scrollToParagraph(page: Page, which: 'first' | 'last'): Promise<void> {
  await page.evaluate((end) => {
    const paragraphs = document.querySelectorAll('article p:not([class])');
    paragraphs[end === 'first' ? 0 : paragraphs.length - 1]?.scrollIntoView({ block: 'center' });
  }, which);
}

/** The entity highlights as they stand around the paragraph `scrollToParagraph` brought into view. */
export async function highlightsNearView(page: Page, which: 'first' | 'last'): Promise<NearView> {
  return page.evaluate((end) => {
    const paragraphs = document.querySelectorAll('article p:not([class])');
    const paragraph = paragraphs[end === 'first' ? 0 : paragraphs.length - 1];
    const ranges = ['newslens-per', 'newslens-org', 'newslens-loc', 'newslens-event'].flatMap((name) => [...(CSS.highlights.get(name) ?? [])]);
    let farthest = 0;
    for (const range of ranges) {
      if (!(range instanceof Range)) continue;
      const { top, bottom } = range.getBoundingClientRect();
      farthest = Math.max(farthest, -bottom / innerHeight, (top - innerHeight) / innerHeight);
    }
    return {
      inParagraph: ranges.some((range) => paragraph?.contains(range.startContainer) ?? false),
      registered: ranges.length,
      farthest,
    };
  }, which);
}

/** What a stored annotation says of its page and quote. */
interface StoredNote {
  source: string;
  title: string;
  published: string | null;
  exact: string;
}

interface StoredTarget {
  source: string;
  'newslens:title'?: string;
  'newslens:published'?: string;
  selector: Array<{ exact: string }>;
}

/** Every annotation in the extension's store (page URL, title and publication date, and quote), read in the service worker. */
export async function storedAnnotations(extension: LaunchedExtension): Promise<StoredNote[]> {
  return extension.serviceWorker.evaluate(
    () =>
      new Promise<StoredNote[]>((resolve, reject) => {
        const open = indexedDB.open('newslens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () =>
            resolve(
              (request.result as Array<{ annotation: { target: StoredTarget } }>).map(({ annotation }) => ({
                source: annotation.target.source,
                title: annotation.target['newslens:title'] ?? '',
                published: annotation.target['newslens:published'] ?? null,
                exact: annotation.target.selector[0]?.exact ?? '',
              })),
            );
        };
      }),
  );
}

/**
 * Erases every annotation the way the options page does (the browser is shared by a worker's tests): for a test that
 * must start without notes.
 */
export async function eraseStoredAnnotations(extension: LaunchedExtension): Promise<void> {
  const page = await extension.context.newPage();
  try {
    await page.goto(`chrome-extension://${extension.extensionId}/options.html`);
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'annotation/erase-all', payload: {} }) as Promise<{ ok: boolean }>);
    if (!reply.ok) throw new Error('the background refused to erase the annotations');
  } finally {
    await page.close();
  }
}
