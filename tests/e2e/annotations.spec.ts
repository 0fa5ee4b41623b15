/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { activeTabId, expect, storedAnnotations, test } from './support/fixtures';
import { selectText } from './support/selection';
import { downloadedBy } from './support/downloads';

const toolbar = (page: Page) => page.locator('newslens-toolbar').getByRole('toolbar');

const noteHighlights = (page: Page, colour: string) =>
  page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => String(range)), `newslens-note-${colour}`);

test('a reader highlights a sentence, finds it again after a reload and after the story was edited', async ({ page, server, extension }) => {
  const kept = 'dự kiến sẽ gặp Tổng thống Nga Vladimir Putin tại Kazakhstan';
  const doomed = 'SCO được thành lập vào năm 2001';
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);

  await selectText(page, 'article', kept);
  await toolbar(page).getByRole('button', { name: 'Highlight in green' }).click();
  await expect.poll(() => noteHighlights(page, 'green')).toEqual([kept]);
  await selectText(page, 'article', doomed);
  await toolbar(page).getByRole('button', { name: 'Highlight in pink' }).click();
  await expect.poll(() => noteHighlights(page, 'pink')).toEqual([doomed]);

  await page.reload();
  await expect.poll(() => noteHighlights(page, 'green')).toEqual([kept]);
  expect(await noteHighlights(page, 'pink')).toEqual([doomed]);

  // The same story after an edit: a word added near the quote, a line inserted above, the other paragraph gone.
  await page.goto(`${server.origin}/seed-putin-xi-astana-edited.html`);
  await expect.poll(() => noteHighlights(page, 'green')).toEqual([kept]);
  expect(await noteHighlights(page, 'pink')).toEqual([]);
  const tabId = await activeTabId(extension);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  const list = popup.getByRole('region', { name: 'Your annotations' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.locator('li.orphaned')).toContainText(doomed);
  await expect(list.locator('li.orphaned')).toContainText('not found on the page');

  // Export: a W3C AnnotationCollection with both annotations, saved through the downloads API.
  const exportPart = popup.getByRole('region', { name: 'Export this page' });
  await expect(exportPart.getByLabel('Format')).toHaveValue('web-annotation');
  const file = await downloadedBy(extension, () => exportPart.getByRole('button', { name: 'Export' }).click());
  await expect(exportPart.getByRole('status')).toHaveText(/^Downloaded newslens-page-\d{4}-\d{2}-\d{2}-\d{4}\.jsonld\.$/);
  expect(file.byExtensionId).toBe(extension.extensionId);
  const exported = JSON.parse(file.contents) as { type: string; total: number; first: { items: Array<{ target: { selector: Array<{ exact?: string }> } }> } };
  expect(exported.type).toBe('AnnotationCollection');
  expect(exported.first.items.map((item) => item.target.selector[0]?.exact).sort()).toEqual([doomed, kept].sort());

  // Delete, then undo.
  await list.locator('li.orphaned').getByRole('button', { name: /delete/i }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await popup.close();
});

test('a reader\u2019s highlight keeps its words legible on a dark page, in every colour', async ({ page, server }) => {
  const sentence = 'the city-state’s economy expanded 4.4% in 2024';
  await page.goto(`${server.origin}/en-asean-economy.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  // A site's own dark theme: light text on a near-black page, whatever the system's scheme.
  await page.addStyleTag({ content: 'html, body, article, p { background: #121212 !important; color: #e8e8e8 !important; }' });
  await selectText(page, 'article', sentence);
  await toolbar(page).getByRole('button', { name: 'Highlight in yellow' }).click();
  await expect.poll(() => noteHighlights(page, 'yellow')).toEqual([sentence]);
  const contrasts = await page.evaluate(() => {
    const range = [...(CSS.highlights.get('newslens-note-yellow') ?? [])][0];
    const paragraph = range?.startContainer.parentElement;
    if (!paragraph) throw new Error('no highlighted paragraph');
    const channels = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
      const linear = (value: number) => (value / 255 <= 0.04045 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const page = channels(getComputedStyle(paragraph).backgroundColor);
    return Object.fromEntries(
      ['yellow', 'green', 'blue', 'pink', 'orange'].map((colour) => {
        const style = getComputedStyle(paragraph, `::highlight(newslens-note-${colour})`);
        const [r = 0, g = 0, b = 0, alpha = 1] = channels(style.backgroundColor);
        // The highlight's colour laid over the page's, as it is painted.
        const under = [r, g, b].map((value, index) => value * alpha + (page[index] ?? 0) * (1 - alpha));
        const [light, dark] = [luminance(under), luminance(channels(style.color))].sort((x, y) => y - x);
        return [colour, Math.round(((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05) * 10) / 10];
      }),
    );
  });
  // WCAG AA for body text.
  for (const [colour, ratio] of Object.entries(contrasts)) expect(ratio, `${colour} highlight`).toBeGreaterThanOrEqual(4.5);
});

test('a selection finished before the highlights are up still gets the toolbar', async ({ page, server }) => {
  const sentence = 'the city-state’s economy expanded 4.4% in 2024';
  // Selected as the document is parsed, before the content script (document_idle) has even started.
  await page.addInitScript((wanted) => {
    document.addEventListener('DOMContentLoaded', () => {
      const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        getSelection()?.setBaseAndExtent(node, at, node, at + wanted.length);
        return;
      }
    });
  }, sentence);
  await page.goto(`${server.origin}/en-asean-economy.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  await expect(toolbar(page)).toBeVisible();
  await toolbar(page).getByRole('button', { name: 'Highlight in green' }).click();
  await expect.poll(() => noteHighlights(page, 'green')).toEqual([sentence]);
});

test('the page cannot forge a write: synthetic clicks and its own messages are ignored', async ({ page, server, extension }) => {
  await page.goto(`${server.origin}/seed-sco-ministers.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  await selectText(page, 'article', 'Tần Cương');
  await expect(toolbar(page)).toBeVisible();
  // A page script clicks the toolbar's button and tries the extension's messaging from its own world.
  const attempt = await page.evaluate(() => {
    const host = document.querySelector('newslens-toolbar');
    const button = host?.shadowRoot?.querySelector('button');
    button?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
    return { clicked: Boolean(button), canMessage: typeof runtime?.sendMessage === 'function' };
  });
  expect(attempt.clicked).toBe(true);
  expect(attempt.canMessage).toBe(false);
  await page.waitForTimeout(500);
  // The browser profile is shared with the other tests: count only this page's annotations.
  const forThisPage = (await storedAnnotations(extension)).filter(
    (annotation) => annotation.source === 'http://news.example/the-gioi/ngoai-truong-trung-quoc-nga-gap-nhau-ben-le-hoi-nghi-sco-tai-an-do-20230505.html',
  ).length;
  expect(forThisPage).toBe(0);
});

test('the dashboard finds an annotation written with diacritics from a search typed without them', async ({ page, server, extension }) => {
  await page.goto(`${server.origin}/vi-economy.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  const quote = await page.locator('article p').nth(1).evaluate((element) => (element.textContent ?? '').split(/[.,]/)[0]?.trim() ?? '');
  await selectText(page, 'article', quote);
  await toolbar(page).getByRole('button', { name: 'Highlight in blue' }).click();
  await expect.poll(() => noteHighlights(page, 'blue')).toEqual([quote]);

  const dashboard = await extension.context.newPage();
  await dashboard.goto(`chrome-extension://${extension.extensionId}/dashboard.html`);
  const folded = quote.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  expect(folded).not.toBe(quote.toLowerCase());
  await dashboard.getByRole('searchbox').fill(folded.split(' ').slice(0, 4).join(' '));
  const results = dashboard.getByRole('list', { name: 'Annotations' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(quote);
  await expect(results.first().getByRole('link')).toHaveAttribute('href', /#:~:text=/);

  // Bulk delete, then undo.
  await results.first().getByRole('checkbox').check();
  await dashboard.getByRole('button', { name: /Delete selected/ }).click();
  await expect(results).toHaveCount(0);
  await dashboard.getByRole('button', { name: 'Undo delete' }).click();
  await expect(results).toHaveCount(1);
  await dashboard.close();
});

test('a private note is typed in the extension\u2019s editor, saved, shown, and never enters the page', async ({ page, server, extension }) => {
  const quote = 'Bộ trưởng Ngoại giao Trung Quốc Vương Nghị';
  const secret = 'Ghi chú riêng: kiểm tra lại nguồn SCMP';
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  await selectText(page, 'article', quote);
  await toolbar(page).getByRole('button', { name: 'Note' }).click();
  const editor = page.frameLocator('iframe[title="NewsLens editor"]');
  await editor.getByRole('textbox', { name: /Note \(private/ }).fill(secret);
  await editor.getByLabel(/Tags/).fill('sco, nguồn');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('iframe[title="NewsLens editor"]')).toHaveCount(0);
  await expect.poll(() => noteHighlights(page, 'yellow')).toContain(quote);
  expect(await page.evaluate((text) => document.documentElement.outerHTML.includes(text), secret)).toBe(false);

  const tabId = await activeTabId(extension);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('region', { name: 'Your annotations' })).toContainText(`Note: “${quote}”`);
  await popup.close();

  // A claim with a verdict, the same way.
  await selectText(page, 'article', 'SCO được thành lập vào năm 2001');
  await toolbar(page).getByRole('button', { name: 'Claim' }).click();
  await editor.getByLabel('Verdict').selectOption('True');
  await editor.getByLabel('Evidence (one URL per line)').fill('not a url');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('alert')).toContainText('Not saved');
  await editor.getByLabel('Evidence (one URL per line)').fill('https://www.sco.example/history');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => noteHighlights(page, 'orange')).toContain('SCO được thành lập vào năm 2001');
});

test('the keyboard and the browser commands act on the selection', async ({ page, server, extension }) => {
  const quote = 'hai nước nên tăng cường hỗ trợ lẫn nhau';
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  await selectText(page, 'article', quote);
  await page.keyboard.press('Alt+Shift+H');
  await expect.poll(() => noteHighlights(page, 'yellow')).toContain(quote);

  // The context menu and the manifest commands reach the page as this message from the worker.
  const tabId = await activeTabId(extension);
  await selectText(page, 'article', 'khu vực Biển Đỏ');
  await extension.serviceWorker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'selection/annotate', payload: { action: 'claim' } }), tabId);
  await expect(page.frameLocator('iframe[title="NewsLens editor"]').getByRole('form', { name: 'Rate this claim' })).toBeVisible();
});

test('entity corrections change what the engine finds on the next visit', async ({ page, server }) => {
  const entities = (type: string) =>
    page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((range) => String(range)), `newslens-${type}`);
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  expect(await entities('per')).not.toContain('Minh Anh');
  expect(await entities('loc')).toContain('Liên Xô');

  const editor = page.frameLocator('iframe[title="NewsLens editor"]');
  await selectText(page, 'article', 'Minh Anh');
  await toolbar(page).getByRole('button', { name: 'Entity' }).click();
  await editor.getByLabel('Type').selectOption('PER');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('iframe[title="NewsLens editor"]')).toHaveCount(0);
  await selectText(page, 'article', 'Liên Xô');
  await toolbar(page).getByRole('button', { name: 'Entity' }).click();
  await editor.getByLabel('Type').selectOption('NOT_AN_ENTITY');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('iframe[title="NewsLens editor"]')).toHaveCount(0);

  await page.reload();
  await expect.poll(() => entities('per')).toContain('Minh Anh');
  expect(await entities('loc')).not.toContain('Liên Xô');
});

test('a reload in the middle of saving leaves the annotation whole or absent', async ({ page, server, extension }) => {
  const quote = 'Iran đã trở thành thành viên đầy đủ';
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  await selectText(page, 'article', quote);
  await toolbar(page).getByRole('button', { name: 'Highlight in orange' }).click({ noWaitAfter: true });
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  const stored = (await storedAnnotations(extension)).filter((annotation) => annotation.exact === quote);
  expect(stored.length).toBeLessThanOrEqual(1);
  if (stored.length === 1) await expect.poll(() => noteHighlights(page, 'orange')).toContain(quote);
});
