/// <reference types="chrome" />
import { expect, test } from './support/fixtures';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { selectText } from './support/selection';

test('the options page checks the rating scale, and the claim editor offers the reader\u2019s scale', async ({ page, server, extension }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const scale = options.getByLabel(/Rating scale/);
  await scale.fill('Đúng');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('alert')).toContainText('at least two verdicts');
  await scale.fill('Đúng\nĐúng một phần\nSai');
  await options.getByLabel(/Reviewer name/).fill('Nhóm kiểm chứng');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toContainText('Saved');
  await options.close();

  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  await selectText(page, 'article', 'SCO được thành lập vào năm 2001');
  await page.locator('newslens-toolbar').getByRole('button', { name: 'Claim' }).click();
  const verdicts = page.frameLocator('iframe[title="NewsLens editor"]').getByLabel('Verdict').locator('option');
  await expect(verdicts).toHaveText(['Đúng', 'Đúng một phần', 'Sai', 'Unverifiable']);
});

test('the options page saves where NewsLens reads by itself, naming the line of a news site that is not a host name', async ({ extension }) => {
  const stored = () => extension.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.getByText('Everywhere else: only when you click “Scan this page”')).toBeVisible();
  await expect(options.getByLabel('Sites where names are never highlighted', { exact: false })).toBeVisible();
  await options.getByLabel('Read pages marked up as articles by themselves').uncheck();
  const sites = options.getByLabel(/Also read every page of these news sites/);
  await sites.fill('vnexpress.net\n\nnot a host');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('alert')).toHaveText('Not saved — News sites, line 3: a site is a host name such as vnexpress.net');
  await sites.fill('VnExpress.net\n\nnews.example.org');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toContainText('Saved');
  await expect.poll(stored).toMatchObject({ runOnArticleMarkup: false, newsSites: ['vnexpress.net', 'news.example.org'], interfaceLanguage: 'auto' });
  await options.close();
  await extension.serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), DEFAULT_SETTINGS);
});

test('the fact-check site must be a web address, and is kept for claim reviews', async ({ extension }) => {
  const stored = () => extension.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const site = options.getByLabel(/Where you publish your fact-checks/);
  await site.fill('javascript:alert(1)');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('alert')).toContainText('Fact-check site');
  await site.fill('https://factcheck.example/');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toContainText('Saved');
  await expect.poll(stored).toMatchObject({ reviewSite: 'https://factcheck.example/' });
  await options.close();
  await extension.serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), DEFAULT_SETTINGS);
});
