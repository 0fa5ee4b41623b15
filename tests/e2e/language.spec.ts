/// <reference types="chrome" />
import type { Page } from '@playwright/test';
import { activeTabId, expect, highlightedTexts, test } from './support/fixtures';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/settings';
import type { LaunchedExtension } from '../../scripts/launch-extension';
import { selectText } from './support/selection';

const setSettings = (extension: LaunchedExtension, settings: Settings) =>
  extension.serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);

const card = (page: Page) => page.locator('newslens-card').getByRole('dialog');

/** Hovers the first highlighted person named `name` and waits for its card. */
async function hoverPerson(page: Page, name: string): Promise<void> {
  const point = await page.evaluate((wanted) => {
    const range = [...(CSS.highlights.get('newslens-per') ?? [])].find((candidate) => candidate.toString() === wanted);
    if (!(range instanceof Range)) throw new Error(`no highlight for ${wanted}`);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = range.getClientRects()[0];
    if (!rect) throw new Error('no rect');
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, name);
  await page.mouse.move(point.x, point.y);
  await expect(card(page)).toBeVisible();
}

// The suite shares one browser: whatever a test here sets, the next file must find the defaults again.
test.afterEach(async ({ extension }) => {
  await setSettings(extension, DEFAULT_SETTINGS);
});

test('the manifest text comes from _locales, English by default', async ({ extension }) => {
  const messages = await extension.serviceWorker.evaluate(() => [chrome.i18n.getMessage('extName'), chrome.i18n.getMessage('commandNoteSelection')]);
  expect(messages).toEqual(['NewsLens — who is who in the news', 'Add a note to the selected text']);
});

test('set to Vietnamese, the popup, the card and the options page speak Vietnamese; switching to English applies at once', async ({ page, server, extension }) => {
  await setSettings(extension, { ...DEFAULT_SETTINGS, interfaceLanguage: 'vi' });
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await expect.poll(() => highlightedTexts(page, 'per')).toContain('Tập Cận Bình');

  // The entity card: Vietnamese type label and buttons.
  await hoverPerson(page, 'Tập Cận Bình');
  await expect(card(page).locator('.nl-badge')).toHaveText('Người');
  await expect(card(page).getByRole('button', { name: 'Đóng' })).toBeVisible();
  await expect(card(page)).toContainText(/Lần nhắc 1\/\d+ trên trang này/);
  await page.keyboard.press('Escape');

  // The popup.
  const tabId = await activeTabId(extension);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.getByRole('region', { name: 'Người' })).toContainText('Tập Cận Bình');
  await expect(popup.getByRole('region', { name: 'Địa điểm' })).toContainText('Kazakhstan');
  await expect(popup.getByRole('region', { name: 'Tổ chức' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Sự kiện liên quan' })).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Tất cả chú thích của bạn →' })).toBeVisible();
  await expect(popup.locator('html')).toHaveAttribute('lang', 'vi');
  await popup.close();

  // The options page, then English chosen there: it redraws in English as soon as it is saved.
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Tuỳ chọn NewsLens');
  await expect(options.getByRole('group', { name: 'Kiểm chứng' })).toBeVisible();
  await expect(options.getByLabel('Tự động đọc các trang được đánh dấu là bài báo')).toBeChecked();
  await expect(options).toHaveTitle('Tuỳ chọn NewsLens');
  await options.getByLabel('Ngôn ngữ giao diện').selectOption('en');
  await options.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('NewsLens options');
  await expect(options.getByRole('status')).toHaveText('Saved. Open tabs follow at once.');
  await expect(options.getByLabel('Interface language')).toHaveValue('en');
  await expect(options.getByRole('group', { name: 'Fact-checking' })).toBeVisible();
  await options.close();

  // The card on the open page follows the next time it is drawn.
  await hoverPerson(page, 'Tập Cận Bình');
  await expect(card(page).locator('.nl-badge')).toHaveText('Person');
});

test('set to Vietnamese, the selection toolbar and the claim editor speak Vietnamese', async ({ page, server, extension }) => {
  await setSettings(extension, { ...DEFAULT_SETTINGS, interfaceLanguage: 'vi' });
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  await selectText(page, 'article', 'SCO được thành lập vào năm 2001');
  const toolbar = page.locator('newslens-toolbar').getByRole('toolbar', { name: 'Chú thích đoạn đã chọn' });
  await expect(toolbar.getByRole('button', { name: 'Tô sáng màu xanh lá' })).toBeVisible();
  await toolbar.getByRole('button', { name: 'Nhận định' }).click();
  const editor = page.frameLocator('iframe[title="Trình soạn chú thích NewsLens"]');
  await expect(editor.getByRole('form', { name: 'Đánh giá nhận định này' })).toBeVisible();
  await expect(editor.getByLabel('Kết luận').locator('option').last()).toHaveText('Không thể kiểm chứng');
  await editor.getByRole('button', { name: 'Huỷ' }).click();
  await expect(page.locator('iframe[title="Trình soạn chú thích NewsLens"]')).toHaveCount(0);
});

test('the options page names the field and line of a problem, in the interface language', async ({ extension }) => {
  await setSettings(extension, { ...DEFAULT_SETTINGS, interfaceLanguage: 'vi' });
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.getByLabel(/Đọc mọi trang của các trang tin tức này/).fill('vnexpress.net\n\nbáo mới');
  await options.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(options.getByRole('alert')).toHaveText('Chưa lưu — Trang tin tức, dòng 3: trang web phải là một tên miền, ví dụ vnexpress.net');
  await options.close();
});

test('an import file that is refused, and the items left out of one, are explained in the interface language', async ({ extension }) => {
  await setSettings(extension, { ...DEFAULT_SETTINGS, interfaceLanguage: 'vi' });
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const importPart = options.getByRole('group', { name: 'Nhập', exact: true });
  const choose = (name: string, contents: string) =>
    importPart.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents, 'utf8') });

  // Not JSON: the line and column, in Vietnamese around the browser's own words.
  await choose('cut-short.json', '{\n  "rows": [\n    { "id": "a", }\n  ]\n}');
  await expect(importPart.getByRole('alert')).toContainText('Không thể nhập tệp này. Không phải JSON: có lỗi ở dòng 3, cột');

  // One of our annotations with a page address that is not a URL: the item, the path in it, what is wrong.
  const annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:00000000-0000-4000-8000-0000000000e1',
    type: 'Annotation',
    motivation: 'highlighting',
    created: '2026-11-01T12:00:00.000Z',
    modified: '2026-11-01T12:00:00.000Z',
    target: { source: 'not a url', selector: [{ type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: 1 }] },
    body: [],
    'newslens:kind': 'highlight',
  };
  await choose('edited.jsonld', JSON.stringify([annotation]));
  await expect(importPart.getByRole('alert')).toHaveText(
    'Không thể nhập tệp này. 1 mục không phải là chú thích NewsLens hợp lệ nên chưa nhập gì cả. Mục 1 (target.source): phải là một địa chỉ web http(s).',
  );

  // A Hypothesis export with a page note: previewed, the note listed as left out, with why.
  const source = 'http://news.example/vi/trang.html';
  const file = JSON.stringify({
    rows: [
      { id: 'vi-1', uri: source, text: 'ghi chú', tags: [], target: [{ source, selector: [{ type: 'TextQuoteSelector', exact: 'Putin', prefix: '', suffix: '' }] }] },
      { id: 'vi-2', uri: source, text: 'cả trang', tags: [], target: [{ source }] },
    ],
  });
  await choose('hypothesis.json', file);
  const preview = importPart.getByRole('group', { name: 'Nhập “hypothesis.json”?' });
  await expect(preview).toContainText('1 mục bị bỏ qua:');
  await expect(preview.getByRole('listitem').filter({ hasText: /^Mục 2: là ghi chú cho cả trang/ })).toHaveCount(1);
  await preview.getByRole('button', { name: 'Huỷ' }).click();
  await options.close();
});
