import { expect, test } from './support/fixtures';
import { selectText } from './support/selection';
import { launchWithExtension } from '../../scripts/launch-extension';

// Its own browser, so the service worker starts fresh and its first fetches (the knowledge base, the events) happen
// while the test listens: Playwright reports the requests of pages, frames, content scripts and service workers.
test('the extension makes no network request: everything it loads is its own or the page itself', async ({ server }) => {
  const extension = await launchWithExtension({ headless: true });
  try {
    const requested: Array<{ url: string; fromWorker: boolean }> = [];
    extension.context.on('request', (request) => requested.push({ url: request.url(), fromWorker: request.serviceWorker() !== null }));
    const page = await extension.context.newPage();

    await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
    await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
    await page.keyboard.press('Alt+Shift+N');
    await expect(page.locator('newslens-card').getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    await selectText(page, 'article', 'Vladimir Putin tại Kazakhstan');
    await page.locator('newslens-toolbar').getByRole('button', { name: 'Note' }).click();
    const editor = page.frameLocator('iframe[title="NewsLens editor"]');
    // The editor comes from the extension's dynamic (per-session) origin, not its fixed id (see the last test).
    const editorSource = new URL((await page.locator('iframe[title="NewsLens editor"]').getAttribute('src')) ?? '');
    const editorOrigin = `${editorSource.protocol}//${editorSource.host}/`;
    expect(editorOrigin.startsWith('chrome-extension://')).toBe(true);
    await editor.getByRole('textbox', { name: /Note \(private/ }).fill('riêng tư');
    await editor.getByRole('button', { name: 'Save' }).click();
    for (const view of ['popup.html', 'dashboard.html', 'options.html']) {
      const other = await extension.context.newPage();
      await other.goto(`chrome-extension://${extension.extensionId}/${view}`);
      await other.waitForLoadState('networkidle');
      await other.close();
    }

    const own = [server.origin, `chrome-extension://${extension.extensionId}/`, editorOrigin, 'data:', 'blob:', 'about:'];
    const foreign = requested.filter(({ url }) => !own.some((prefix) => url.startsWith(prefix)));
    // The listener really sees the worker: its knowledge-base fetch is there, and it is the extension's own file.
    expect(requested.filter(({ fromWorker }) => fromWorker).map(({ url }) => new URL(url).pathname)).toContain('/kb.json');
    expect(requested.length).toBeGreaterThan(5);
    expect(foreign).toEqual([]);
  } finally {
    await extension.context.close();
  }
});

test('a page cannot tell the extension is installed by loading its editor from the extension’s id', async ({ page, server, extension }) => {
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  const probe = (url: string) =>
    page.evaluate(
      (address) =>
        fetch(address).then(
          (response) => `loaded ${response.status}`,
          () => 'refused',
        ),
      url,
    );
  expect(await probe(`chrome-extension://${extension.extensionId}/editor.html`)).toBe('refused');
  // The control: the same probe finds a resource the page may load (its own article).
  expect(await probe(`${server.origin}/seed-putin-xi-astana.html`)).toBe('loaded 200');
});

test('the page hears no message from the extension, which would name it: not as it reads the article, nor as its card and toolbar start', async ({ page, server }) => {
  // Listening before the page's own scripts run, as a page that fingerprints its readers would.
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    window.addEventListener('message', (event) => heard.push(event.data));
  });
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:interface-ready').length > 0);
  // A hover: the interface half at work.
  await page.getByText('Kazakhstan').first().hover();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
});
