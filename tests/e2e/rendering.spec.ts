/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { activeTabId, eraseStoredAnnotations, expect, highlightedTexts, highlightsNearView, scrollToParagraph, storedAnnotations, test } from './support/fixtures';
import { selectText } from './support/selection';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { SLICE_END_MARK, SLICE_START_MARK, START_MARK, DONE_MARK } from '../../lib/content/task-clock';
import { sliceTimes, startTrace } from '../../scripts/bench-page-trace';

/** The centre of the first highlighted range whose text is `text`, in viewport coordinates. */
async function centreOf(page: Page, type: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([name, wanted]) => {
      const range = [...(CSS.highlights.get(name) ?? [])].find((candidate) => candidate.toString() === wanted);
      if (!range || !(range instanceof Range)) throw new Error(`no highlight for ${wanted}`);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      if (!rect) throw new Error('no rect');
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [`newslens-${type}`, text] as const,
  );
}

const card = (page: Page) => page.locator('newslens-card').getByRole('dialog');

test('the entity card opens on hover with both names, description and Wikidata link, and closes on Escape', async ({ page, server }) => {
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await expect.poll(() => highlightedTexts(page, 'per')).toContain('Tập Cận Bình');
  const point = await centreOf(page, 'per', 'Tập Cận Bình');
  await page.mouse.move(point.x, point.y);
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toContainText('Xi Jinping');
  await expect(card(page).getByRole('link', { name: /wikidata/i })).toHaveAttribute('href', 'https://www.wikidata.org/wiki/Q15031');
  const box = await card(page).boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
});

test('pressing the mouse button on a name, to select from there, opens no card', async ({ page, server }) => {
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await expect.poll(() => highlightedTexts(page, 'per')).toContain('Tập Cận Bình');
  const point = await centreOf(page, 'per', 'Tập Cận Bình');
  // The card works here: it opens on hover.
  await page.mouse.move(point.x, point.y);
  await expect(card(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.mouse.move(0, 0);
  await expect(card(page)).toBeHidden();
  // Back on the name, the button goes down before the card's delay is over, and stays down as a drag begins.
  await page.mouse.move(point.x, point.y);
  await page.waitForTimeout(60);
  await page.mouse.down();
  await page.waitForTimeout(600);
  await expect(card(page)).toBeHidden();
  await page.mouse.up();
});

test('the keyboard walks through mentions without stealing focus from page inputs', async ({ page, server }) => {
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await expect.poll(() => highlightedTexts(page, 'loc')).toContain('Nga');
  await page.keyboard.press('Alt+Shift+N');
  await expect(card(page)).toBeVisible();
  expect(await highlightedTexts(page, 'focus')).toEqual(['Nga']);
  await page.keyboard.press('Alt+Shift+N');
  await expect.poll(() => highlightedTexts(page, 'focus')).toEqual(['Trung Quốc']);
  await page.keyboard.press('Alt+Shift+P');
  await expect.poll(() => highlightedTexts(page, 'focus')).toEqual(['Nga']);
  // Focus stays where the reader is typing, and the shortcut does nothing there.
  const comment = page.locator('#comments textarea');
  await comment.click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+Shift+N');
  await expect(comment).toBeFocused();
  expect(await highlightedTexts(page, 'focus')).toEqual([]);
});

test('highlights follow paragraphs a live page adds and removes', async ({ page, server }) => {
  await page.goto(`${server.origin}/live-blog.html`);
  await expect.poll(() => highlightedTexts(page, 'loc')).toContain('Astana');
  await page.waitForSelector('#live-feed[data-live-done="true"]', { timeout: 15_000 });
  const inEntry = (entry: string) =>
    page.evaluate((selector) => {
      const element = document.querySelector(selector);
      return ['newslens-per', 'newslens-org', 'newslens-loc'].flatMap((name) =>
        [...(CSS.highlights.get(name) ?? [])].filter((range) => range instanceof Range && element?.contains(range.startContainer)).map(String),
      );
    }, `[data-entry="${entry}"]`);
  await expect.poll(() => inEntry('8'), { timeout: 10_000 }).not.toEqual([]);
  // Entry 1 is gone: none of its names may still be counted. The browser moves a live range whose text was removed to
  // where the text was, collapsed.
  await expect
    .poll(() =>
      page.evaluate(() =>
        ['newslens-per', 'newslens-org', 'newslens-loc'].flatMap((name) => [...(CSS.highlights.get(name) ?? [])]).filter((range) => range.collapsed || !range.startContainer.isConnected).length,
      ),
    )
    .toBe(0);
});

// The router renders the next story 300 ms after the address changes, or 6 s after: past the last look (5 s), when
// only the page's own change can bring it. An app that leaves the first story's canonical link gets notes filed under
// the address it shows.
const NEXT_CANONICAL = 'http://news.example/world/asean-vientiane-2024';
// Each case notes its own words: the store is shared by the tests of a worker.
for (const { router, query, quote, source } of [
  { router: 'a news site that changes story without loading a page', query: '', quote: 'set out its priorities', source: () => NEXT_CANONICAL },
  { router: 'a router slower than the looks after an address change', query: '?delay=6000', quote: 'took over the chair for 2025', source: () => NEXT_CANONICAL },
  {
    router: 'a router that leaves the first story\u2019s canonical link',
    query: '?stale-canonical',
    quote: 'its last meetings as chair',
    source: (origin: string) => `${origin}/world/asean-vientiane-2024`,
  },
]) {
  test(`${router} gets the new story read, and notes saved for its address`, async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/spa-news.html${query}`);
    await expect.poll(() => highlightedTexts(page, 'loc')).toContain('Astana');
    await page.click('#next-story');
    await page.waitForSelector('#app[data-routed="true"]', { timeout: 10_000 });
    await expect.poll(() => highlightedTexts(page, 'per'), { timeout: 10_000 }).toContain('Anwar Ibrahim');
    expect(await highlightedTexts(page, 'loc')).toContain('Vientiane');
    // The last story's names went with it: none is left highlighted or counted.
    expect(await highlightedTexts(page, 'loc')).not.toContain('Astana');
    expect(await highlightedTexts(page, 'per')).not.toContain('Kassym-Jomart Tokayev');

    await selectText(page, 'article', quote);
    await page.keyboard.press('Alt+Shift+H');
    await expect.poll(async () => (await storedAnnotations(extension)).find((note) => note.exact === quote)?.source).toBe(source(server.origin));
  });
}

test('a note made while a router fetches the next story is filed under the story still on screen', async ({ page, server, extension }) => {
  const quote = 'the leaders adopted the Astana Declaration';
  await page.goto(`${server.origin}/spa-news.html?delay=6000`);
  await expect.poll(() => highlightedTexts(page, 'loc')).toContain('Astana');
  await page.click('#next-story');
  // The address has moved and the page has been looked at twice (250 ms, 1 s); the next story is 5 s away.
  await page.waitForTimeout(1_500);
  await selectText(page, 'article', quote);
  await page.keyboard.press('Alt+Shift+H');
  await expect.poll(async () => (await storedAnnotations(extension)).find((note) => note.exact === quote)?.source).toBe('http://news.example/world/sco-astana-2024');
  await expect.poll(() => highlightedTexts(page, 'note-yellow')).toContain(quote);
});

for (const [variant, query] of [['<article>', ''], ['articleBody <div>', '?plain']] as const) {
  test(`an endless feed (stories in ${variant}s) gets its next story read beside the first, and its comment thread left alone`, async ({ page, server }) => {
    await page.goto(`${server.origin}/endless-feed.html${query}`);
    await expect.poll(() => highlightedTexts(page, 'per')).toContain('Kassym-Jomart Tokayev');
    await page.locator('#feed-end').scrollIntoViewIfNeeded();
    await page.waitForSelector('#feed[data-loaded="2"]');
    await expect.poll(() => highlightedTexts(page, 'per')).toContain('Anwar Ibrahim');
    // The next story's headline sits above its body, in the block the feed inserted.
    expect(await highlightedTexts(page, 'loc')).toContain('Viêng Chăn');
    // The feed moved the address: the page is looked at again over the next 5 s. The first story stays read all along,
    // and is not read again (its highlight is the same range, not a new one).
    const keep = () =>
      page.evaluate(() => {
        const tokayev = [...(CSS.highlights.get('newslens-per') ?? [])].find((range) => range.toString() === 'Kassym-Jomart Tokayev');
        (window as unknown as { kept?: AbstractRange }).kept = tokayev;
      });
    const stillKept = () =>
      page.evaluate(() => {
        const kept = (window as unknown as { kept?: AbstractRange }).kept;
        return kept !== undefined && (CSS.highlights.get('newslens-per')?.has(kept) ?? false);
      });
    await keep();
    await page.waitForTimeout(5_500);
    expect(await stillKept()).toBe(true);
    const people = await highlightedTexts(page, 'per');
    expect(people).toEqual(expect.arrayContaining(['Kassym-Jomart Tokayev', 'Anwar Ibrahim']));
    expect(await highlightedTexts(page, 'loc')).toEqual(expect.arrayContaining(['Astana', 'Viêng Chăn']));
    // Readers' comments name people too, but they are not the story.
    expect(people).not.toContain('Vladimir Putin');
    expect(people).not.toContain('Tập Cận Bình');
  });
}

for (const [variant, query] of [['<article>', ''], ['articleBody <div>', '?plain']] as const) {
  test(`an endless feed (stories in ${variant}s) files each story\u2019s notes under its own address, and keeps them shown`, async ({ page, server, extension }) => {
    const first = 'http://news.example/the-gioi/sco-astana-2024';
    const second = 'http://news.example/the-gioi/asean-vientiane-2024';
    const sourceOf = async (quote: string) => (await storedAnnotations(extension)).find((note) => note.exact === quote)?.source;
    const noted = () => highlightedTexts(page, 'note-yellow');
    // Both variants show the same stories at the same addresses: each starts without the other's notes.
    await eraseStoredAnnotations(extension);
    await page.goto(`${server.origin}/endless-feed.html${query}`);
    await expect.poll(() => highlightedTexts(page, 'per')).toContain('Kassym-Jomart Tokayev');
    await selectText(page, '[data-story="sco"]', 'Tuyên bố Astana');
    await page.keyboard.press('Alt+Shift+H');
    await expect.poll(() => sourceOf('Tuyên bố Astana')).toBe(first);

    // The feed appends the next story and moves the address to it.
    await page.locator('#feed-end').scrollIntoViewIfNeeded();
    await page.waitForSelector('#feed[data-loaded="2"]');
    await expect.poll(() => highlightedTexts(page, 'per')).toContain('Anwar Ibrahim');
    // The page is looked at again over the next 5 s: the first story's note stays shown all along.
    await page.waitForTimeout(5_500);
    expect(await noted()).toEqual(['Tuyên bố Astana']);

    // A note on each story, made while the address names the second, is filed under its own story's address.
    await selectText(page, '[data-story="sco"]', 'Belarus chính thức trở thành thành viên');
    await page.keyboard.press('Alt+Shift+H');
    await selectText(page, '[data-story="asean"]', 'Malaysia nhận chức chủ tịch ASEAN');
    await page.keyboard.press('Alt+Shift+H');
    await expect.poll(() => sourceOf('Malaysia nhận chức chủ tịch ASEAN')).toBe(second);
    expect(await sourceOf('Belarus chính thức trở thành thành viên')).toBe(first);
    // With the title the site gave each story, not the one the address bar's story has now, and each story's date:
    // the page's metadata dates the first story, the second is dated by its byline.
    const stored = Object.fromEntries((await storedAnnotations(extension)).map((note) => [note.exact, note]));
    expect(stored['Belarus chính thức trở thành thành viên']).toMatchObject({ title: 'Kazakhstan đón lãnh đạo SCO tại Astana - Báo Ví Dụ', published: '2024-07-04T04:00:00.000Z' });
    expect(stored['Malaysia nhận chức chủ tịch ASEAN']).toMatchObject({ title: 'ASEAN họp cấp cao tại Viêng Chăn - Báo Ví Dụ', published: '2024-10-11T11:00:00.000Z' });
    await expect.poll(async () => (await noted()).sort()).toEqual(['Belarus chính thức trở thành thành viên', 'Malaysia nhận chức chủ tịch ASEAN', 'Tuyên bố Astana']);
    // The popup lists the notes of every story on the page, the story the address names first.
    const tabId = await activeTabId(extension);
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
    const list = popup.getByRole('region', { name: 'Your annotations' });
    await expect(list.getByRole('listitem')).toHaveCount(3);
    // Under each story's title, the story the address names first.
    await expect(list.getByRole('heading', { level: 3 })).toHaveText(['ASEAN họp cấp cao tại Viêng Chăn - Báo Ví Dụ', 'Kazakhstan đón lãnh đạo SCO tại Astana - Báo Ví Dụ']);
    await expect(list.getByRole('region', { name: 'ASEAN họp cấp cao tại Viêng Chăn - Báo Ví Dụ' }).getByRole('listitem')).toHaveText([/Malaysia nhận chức chủ tịch ASEAN/]);
    await expect(list.getByRole('region', { name: 'Kazakhstan đón lãnh đạo SCO tại Astana - Báo Ví Dụ' }).getByRole('listitem')).toHaveCount(2);
    await popup.close();
  });
}

/** Opens the endless feed at `url` and scrolls to its end, until the next story is in and read. */
async function openFeedWithNextStory(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect.poll(() => highlightedTexts(page, 'per')).toContain('Kassym-Jomart Tokayev');
  await page.locator('#feed-end').scrollIntoViewIfNeeded();
  await page.waitForSelector('#feed[data-loaded="2"]');
  await expect.poll(() => highlightedTexts(page, 'per')).toContain('Anwar Ibrahim');
}

test('a feed that never says where its next story lives: that story\u2019s notes are refused with a reason, the first story\u2019s still saved', async ({ page, server, extension }) => {
  const sourceOf = async (quote: string) => (await storedAnnotations(extension)).find((note) => note.exact === quote)?.source;
  await eraseStoredAnnotations(extension);
  await openFeedWithNextStory(page, `${server.origin}/endless-feed.html?still`);
  // Filed under the first story's address, a note on the second would be lost to both: the toolbar says why not.
  await selectText(page, '[data-story="asean"]', 'Malaysia nhận chức chủ tịch ASEAN');
  const bar = page.locator('newslens-toolbar').getByRole('toolbar');
  await expect(bar).toContainText('This story has no address of its own yet');
  await expect(bar.getByRole('button')).toHaveCount(0);
  await page.keyboard.press('Alt+Shift+H');
  await page.waitForTimeout(500);
  expect(await sourceOf('Malaysia nhận chức chủ tịch ASEAN')).toBeUndefined();
  expect(await highlightedTexts(page, 'note-yellow')).toEqual([]);
  await selectText(page, '[data-story="sco"]', 'Tuyên bố Astana');
  await page.keyboard.press('Alt+Shift+H');
  await expect.poll(() => sourceOf('Tuyên bố Astana')).toBe('http://news.example/the-gioi/sco-astana-2024');
});

test('a feed that never moves the address but links its next story\u2019s headline: that story\u2019s notes are filed under the link', async ({ page, server, extension }) => {
  const stored = async (quote: string) => (await storedAnnotations(extension)).find((note) => note.exact === quote);
  await eraseStoredAnnotations(extension);
  await openFeedWithNextStory(page, `${server.origin}/endless-feed.html?still&linked`);
  await selectText(page, '[data-story="asean"]', 'Malaysia nhận chức chủ tịch ASEAN');
  const bar = page.locator('newslens-toolbar').getByRole('toolbar');
  await expect(bar.getByRole('button', { name: 'Highlight in yellow' })).toBeVisible();
  await expect(bar).not.toContainText('no address');
  await page.keyboard.press('Alt+Shift+H');
  await expect.poll(async () => (await stored('Malaysia nhận chức chủ tịch ASEAN'))?.source).toBe(`${server.origin}/the-gioi/asean-vientiane-2024`);
  // With the story's own headline as its page's title: the page's title is still the first story's.
  expect((await stored('Malaysia nhận chức chủ tịch ASEAN'))?.title).toBe('ASEAN họp cấp cao tại Viêng Chăn');
  await expect.poll(() => highlightedTexts(page, 'note-yellow')).toEqual(['Malaysia nhận chức chủ tịch ASEAN']);
});

test('a hostile page renders markup-like text as text and cannot break the highlighting', async ({ page, server }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.origin}/hostile.html`);
  const texts = () =>
    page.evaluate(() => {
      const registry = (window as unknown as { realHighlights: HighlightRegistry }).realHighlights;
      return ['newslens-per', 'newslens-loc'].flatMap((name) => [...(registry.get(name) ?? [])].map((range) => Range.prototype.cloneContents.call(range).textContent));
    });
  await expect.poll(texts).toEqual(expect.arrayContaining(['Vladimir Putin', 'Volodymyr Zelensky', 'Geneva', 'Kazakhstan', 'China']));
  expect(await page.locator('#markup img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { alerted: boolean }).alerted)).toBe(false);
  expect(await page.locator('#markup').textContent()).toContain('<img src=x onerror=alert(1)>');
  expect(errors).toEqual([]);
});

test('settings apply live: hidden types, the site switch and colours', async ({ page, server, extension }) => {
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await expect.poll(() => highlightedTexts(page, 'per')).toContain('Vladimir Putin');
  const setSettings = (value: unknown) => extension.serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), value);
  const defaults = DEFAULT_SETTINGS;
  await setSettings({ ...defaults, shownTypes: { ...defaults.shownTypes, PER: false } });
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('newslens-per'))).toBe(false);
  expect(await highlightedTexts(page, 'loc')).toContain('Kazakhstan');
  await setSettings({ ...defaults, colours: { ...defaults.colours, LOC: '#123456' } });
  await expect.poll(() => page.evaluate(() => CSS.highlights.has('newslens-per'))).toBe(true);
  await expect
    .poll(() => page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n')))
    .toContain('rgba(18, 52, 86, 0.35)');
  await setSettings({ ...defaults, disabledSites: ['127.0.0.1'] });
  await expect.poll(() => highlightedTexts(page, 'loc')).toEqual([]);
  await setSettings(defaults);
  await expect.poll(() => highlightedTexts(page, 'loc')).toContain('Kazakhstan');
});

test('"Scan this page" in the popup reads a page that is not an article', async ({ page, server, extension }) => {
  await page.goto(`${server.origin}/not-article.html`);
  const tabId = await activeTabId(extension);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: 'Scan this page' }).click();
  await expect(popup.getByRole('region', { name: 'Places' })).toBeVisible();
  await popup.close();
  await expect.poll(async () => (await highlightedTexts(page, 'loc')).length).toBeGreaterThan(3);
});

test('a 250,000-word page ends up fully highlighted without a long task', async ({ page, server }) => {
  test.setTimeout(120_000);
  // The slices' CPU time, from a trace: on a loaded two-core machine the wall clock also counts the time the
  // operating system gives the page's core to other processes, which is not the extension holding the page.
  const trace = await startTrace(page);
  await page.goto(`${server.origin}/generated/long-250000-vi.html`, { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0, undefined, { timeout: 90_000 });
  const slices = sliceTimes(await trace.stop(), { firstStart: START_MARK, sliceStart: SLICE_START_MARK, sliceEnd: SLICE_END_MARK, doneMark: DONE_MARK });
  expect(slices?.slices).toBeGreaterThan(10);
  expect(slices?.longestCpuMs).toBeLessThan(50);
  const found = await page.evaluate(() => (performance.getEntriesByName('newslens:highlights-done')[0] as PerformanceMark).detail as { mentions: number });
  expect(found.mentions).toBeGreaterThan(25_000);
  // Fully highlighted where the reader looks: at the end of the page as at its start, with a bounded number of
  // ranges registered at any time.
  await scrollToParagraph(page, 'last');
  await expect.poll(() => highlightsNearView(page, 'last')).toMatchObject({ inParagraph: true });
  const atTheEnd = await highlightsNearView(page, 'last');
  expect(atTheEnd.registered).toBeLessThan(1000);
  expect(atTheEnd.farthest).toBeLessThan(2);
});
