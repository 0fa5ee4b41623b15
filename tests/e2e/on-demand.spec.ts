/// <reference types="chrome" />
import { eraseStoredAnnotations, expect, test, storedAnnotations } from './support/fixtures';
import { selectText } from './support/selection';

const yellow = (page: import('@playwright/test').Page) =>
  page.evaluate(() => [...(CSS.highlights.get('newslens-note-yellow') ?? [])].map((range) => String(range)));

// A page that is not an article gets no highlights and no interface by itself; a selection brings the toolbar, and
// the next visit shows the reader's highlight again.
test('a page that is not an article can still be annotated, and shows its annotations on the next visit', async ({ page, server, extension }) => {
  const quote = 'Pham Minh Chinh urges ministries to speed up public investment';
  await page.goto(`${server.origin}/not-article.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  await selectText(page, 'body', quote);
  await page.locator('newslens-toolbar').getByRole('button', { name: 'Highlight in yellow' }).click();
  await expect.poll(() => yellow(page)).toEqual([quote]);
  await expect.poll(async () => (await storedAnnotations(extension)).map(({ exact }) => exact)).toContain(quote);

  await page.reload();
  await expect.poll(() => yellow(page)).toEqual([quote]);

  // The browser is shared by the worker's tests: leave the store as it was found.
  await eraseStoredAnnotations(extension);
});
