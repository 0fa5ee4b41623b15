/// <reference types="chrome" />
import { activeTabId, badgeText, expect, highlightedTexts, test } from './support/fixtures';

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

test('an English article is highlighted', async ({ page, server }) => {
  await page.goto(`${server.origin}/en-ukraine-talks.html`);
  await expect.poll(() => highlightedTexts(page, 'per')).toEqual(expect.arrayContaining(['Volodymyr Zelensky']));
  expect(await highlightedTexts(page, 'loc')).toEqual(expect.arrayContaining(['Geneva']));
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

test('a 30,000-word page is highlighted to the end', async ({ page, server }) => {
  await page.goto(`${server.origin}/generated/long-30000-vi.html`);
  await expect.poll(async () => (await highlightedTexts(page, 'loc')).length, { timeout: 20_000 }).toBeGreaterThan(500);
  const lastParagraphHasHighlight = await page.evaluate(() => {
    const paragraphs = document.querySelectorAll('article p');
    const last = paragraphs[paragraphs.length - 1];
    if (!last) return false;
    return ['newslens-per', 'newslens-loc', 'newslens-org'].some((name) =>
      [...(CSS.highlights.get(name) ?? [])].some((range) => last.contains(range.startContainer)),
    );
  });
  expect(lastParagraphHasHighlight).toBe(true);
});
