import { expect, test } from './support/fixtures';
import { selectText } from './support/selection';

// Requests of the page, its content script, the editor frame and the extension's pages are all reported here; the
// service worker's own fetches are not (Playwright does not report them for Chromium), and it fetches only its own
// kb.json and events.json.
test('the extension makes no network request: everything it loads is its own or the page itself', async ({ page, server, extension }) => {
  const requested: string[] = [];
  const record = (url: string): void => {
    requested.push(url);
  };
  extension.context.on('request', (request) => record(request.url()));

  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  await page.keyboard.press('Alt+Shift+N');
  await expect(page.locator('newslens-card').getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await selectText(page, 'article', 'Vladimir Putin tại Kazakhstan');
  await page.locator('newslens-toolbar').getByRole('button', { name: 'Note' }).click();
  const editor = page.frameLocator('iframe[title="NewsLens editor"]');
  await editor.getByRole('textbox', { name: /Note \(private/ }).fill('riêng tư');
  await editor.getByRole('button', { name: 'Save' }).click();
  for (const view of ['popup.html', 'dashboard.html', 'options.html']) {
    const other = await extension.context.newPage();
    await other.goto(`chrome-extension://${extension.extensionId}/${view}`);
    await other.waitForLoadState('networkidle');
    await other.close();
  }

  const own = [server.origin, `chrome-extension://${extension.extensionId}/`, 'data:', 'blob:', 'about:'];
  const foreign = requested.filter((url) => !own.some((prefix) => url.startsWith(prefix)));
  expect(requested.length).toBeGreaterThan(5);
  expect(foreign).toEqual([]);
});
