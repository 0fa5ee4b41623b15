/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { activeTabId, badgeText, expect, highlightedTexts, highlightsNearView, scrollToParagraph, test } from './support/fixtures';
import { selectText } from './support/selection';

test('a page that is not an article gets no highlights and no badge', async ({ page, server, extension }) => {
  await page.goto(`${server.origin}/not-article.html`);
  const tabId = await activeTabId(extension);
  // Give the content script time to run; nothing may appear.
  await page.waitForTimeout(1500);
  expect(await highlightedTexts(page, 'per')).toEqual([]);
  expect(await badgeText(extension, tabId)).toBe('');
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByText('This page does not look like an article.')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Scan this page' })).toBeEnabled();
  await popup.close();
});

test('an empty article page does not break', async ({ page, server }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/empty.html`);
  await page.waitForTimeout(1000);
  expect(await highlightedTexts(page, 'loc')).toEqual([]);
  expect(errors).toEqual([]);
});

/** The texts of the highlights of `type` that start inside the first element matching `selector`. */
const highlightedIn = (page: Page, selector: string, type: string) =>
  page.evaluate(
    ([where, name]) => {
      const part = document.querySelector(where);
      return [...(CSS.highlights.get(name) ?? [])].filter((range) => part?.contains(range.startContainer)).map((range) => String(range));
    },
    [selector, `newslens-${type}`] as const,
  );

test("an English article is highlighted, its own <header> with the headline included", async ({ page, server }) => {
  await page.goto(`${server.origin}/en-ukraine-talks.html`);
  await expect.poll(() => highlightedTexts(page, 'per')).toEqual(expect.arrayContaining(['Volodymyr Zelensky']));
  expect(await highlightedTexts(page, 'loc')).toEqual(expect.arrayContaining(['Geneva']));
  // The headline sits in `article > header`; the page's own banner, a <header> too, stays unread.
  expect(await highlightedIn(page, 'article h1', 'loc')).toEqual(['Geneva', 'Ukraine']);
});

test("a portal's headline and sapo above its article body are read with it; its related stories and sidebar are not", async ({ page, server }) => {
  await page.goto(`${server.origin}/vi-portal-layout.html`);
  await expect.poll(() => highlightedIn(page, 'h1', 'org')).toEqual(['Ngân hàng Nhà nước', 'Bộ Tài chính', 'Vingroup']);
  expect(await highlightedIn(page, '.description', 'org')).toEqual(['Ngân hàng Nhà nước', 'Bộ Tài chính', 'Vingroup']);
  expect(await highlightedIn(page, 'article.fck_detail', 'per')).toEqual(expect.arrayContaining(['Phạm Minh Chính', 'Phạm Nhật Vượng']));
  for (const outside of ['.box-tinlienquan', '.sidebar-2', '#comments', '.header-content']) {
    for (const type of ['per', 'org', 'loc']) expect(await highlightedIn(page, outside, type)).toEqual([]);
  }
  // The headline can be annotated like the body.
  await selectText(page, 'h1', 'Bộ Tài chính và Vingroup');
  await expect(page.locator('newslens-toolbar').getByRole('toolbar')).toBeVisible();
});

test('a page without a lang attribute is read as Vietnamese from its text', async ({ page, server, extension }) => {
  await page.goto(`${server.origin}/no-lang.html`);
  await expect.poll(async () => (await highlightedTexts(page, 'loc')).length).toBeGreaterThan(0);
  const tabId = await activeTabId(extension);
  // The page reports to the background at an idle moment after its highlights, so the summary may come a little later.
  const lang = () =>
    extension.serviceWorker.evaluate(async (id) => {
      const stored = await chrome.storage.session.get(`tab:${id}`);
      return (stored[`tab:${id}`] as { lang?: string } | undefined)?.lang;
    }, tabId);
  await expect.poll(lang).toBe('vi');
});

test('a 30,000-word page is highlighted to the end, near the reader only', async ({ page, server }) => {
  await page.goto(`${server.origin}/generated/long-30000-vi.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0, undefined, { timeout: 20_000 });
  const found = await page.evaluate(() => (performance.getEntriesByName('newslens:highlights-done')[0] as PerformanceMark).detail as { mentions: number });
  expect(found.mentions).toBeGreaterThan(3000);
  await expect.poll(() => highlightsNearView(page, 'first')).toMatchObject({ inParagraph: true });
  // The names the reader scrolls to are highlighted; those left far behind are no longer registered, so the page's
  // own animations and DOM changes do not pay for thousands of ranges (lib/render/near-viewport.ts).
  await scrollToParagraph(page, 'last');
  await expect.poll(() => highlightsNearView(page, 'last')).toMatchObject({ inParagraph: true });
  const atTheEnd = await highlightsNearView(page, 'last');
  expect(atTheEnd.registered).toBeLessThan(found.mentions / 4);
  expect(atTheEnd.farthest).toBeLessThan(2);
  await scrollToParagraph(page, 'first');
  await expect.poll(() => highlightsNearView(page, 'first')).toMatchObject({ inParagraph: true });
});

test('a long story in a scrolling box of its own has its names registered a box\u2019s height ahead, as the page\u2019s are', async ({ page, server }) => {
  // The article scrolls inside a 600-pixel box, as a site's reading pane or an app's story view does.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = 'article { height: 600px; overflow-y: auto; }';
      document.head.append(style);
    });
  });
  await page.goto(`${server.origin}/generated/long-30000-vi.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0, undefined, { timeout: 20_000 });
  // Halfway down the story, a paragraph is scrolled to 100 pixels below the box's visible bottom edge: hidden from the
  // reader, one scroll of the wheel away.
  await page.evaluate(() => {
    const box = document.querySelector('article');
    const paragraphs = document.querySelectorAll('article p:not([class])');
    const ahead = paragraphs[Math.floor(paragraphs.length / 2)];
    if (!box || !ahead) throw new Error('no article');
    box.scrollTop += ahead.getBoundingClientRect().top - (box.getBoundingClientRect().bottom + 100);
    ahead.id = 'ahead';
  });
  const aheadRegistered = () =>
    page.evaluate(() => {
      const ahead = document.getElementById('ahead');
      const ranges = ['newslens-per', 'newslens-org', 'newslens-loc', 'newslens-event'].flatMap((name) => [...(CSS.highlights.get(name) ?? [])]);
      return ranges.filter((range) => ahead?.contains(range.startContainer)).length;
    });
  await expect.poll(aheadRegistered).toBeGreaterThan(0);
});
