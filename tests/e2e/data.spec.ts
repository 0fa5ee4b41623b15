/// <reference types="chrome" />
/**
 * "Your data" on the options page: backup → erase → import gives back exactly what there was; broken files are
 * refused, naming where, with nothing written; other tools' files are previewed and merge without duplicates; the
 * CSV export is safe to open in a spreadsheet. The popup's entity export is checked here too.
 */
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import type { LaunchedExtension } from '../../scripts/launch-extension';
import { CSV_COLUMNS, UTF8_BOM } from '../../lib/export/csv';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { activeTabId, eraseStoredAnnotations, expect, highlightedTexts, test } from './support/fixtures';
import { downloadedBy } from './support/downloads';
import { selectText } from './support/selection';

const SEED = '/seed-putin-xi-astana.html';
const SEED_CANONICAL = 'http://news.example/the-gioi/tong-thong-nga-va-chu-tich-trung-quoc-se-lai-gap-go-vao-thang-7-2024-20240521.html';
const SEED_TITLE = 'Tổng thống Nga và Chủ tịch Trung Quốc sẽ lại gặp gỡ vào tháng 7-2024';

const toolbar = (page: Page) => page.locator('newslens-toolbar').getByRole('toolbar');
const editorFrame = (page: Page) => page.frameLocator('iframe[title="NewsLens editor"]');

const marks = (page: Page, name: string) =>
  page.evaluate((highlight) => [...(CSS.highlights.get(highlight) ?? [])].map((range) => String(range)), `newslens-${name}`);

/** Every stored annotation, whole, in id order: what "lossless" is checked against. */
async function storedRecords(extension: LaunchedExtension): Promise<Array<Record<string, unknown>>> {
  const records = await extension.serviceWorker.evaluate(
    () =>
      new Promise<Array<{ annotation: Record<string, unknown> & { id: string } }>>((resolve, reject) => {
        const open = indexedDB.open('newslens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => resolve(request.result as Array<{ annotation: Record<string, unknown> & { id: string } }>);
        };
      }),
  );
  return records.map(({ annotation }) => annotation).sort((a, b) => a.id.localeCompare(b.id));
}

const storedSettings = (extension: LaunchedExtension) =>
  extension.serviceWorker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as unknown);

/** The options page, scrolled to nothing in particular: tests find its parts by their legends. */
async function openOptions(extension: LaunchedExtension): Promise<Page> {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await expect(options.getByRole('region', { name: 'Your data' })).toBeVisible();
  return options;
}

/** A clean start: no annotations (the browser is shared by the worker's tests) and the default settings. */
async function startClean(extension: LaunchedExtension): Promise<void> {
  await extension.serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), DEFAULT_SETTINGS);
  await eraseStoredAnnotations(extension);
  expect(await storedRecords(extension)).toEqual([]);
}

// What these tests write (a correction among them) is not left for the worker's next tests to meet.
test.afterEach(async ({ extension }) => startClean(extension));

async function openSeed(page: Page, origin: string): Promise<void> {
  // In front, so that it is the active tab the popup is asked to show.
  await page.bringToFront();
  await page.goto(`${origin}${SEED}`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
}

/** A note (with tags, when given) typed in the editor over the page. */
async function addNote(page: Page, quote: string, note: string, tags = ''): Promise<void> {
  await selectText(page, 'article', quote);
  await toolbar(page).getByRole('button', { name: 'Note' }).click();
  await editorFrame(page).getByRole('textbox', { name: /Note \(private/ }).fill(note);
  if (tags) await editorFrame(page).getByLabel(/Tags/).fill(tags);
  await editorFrame(page).getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('iframe[title="NewsLens editor"]')).toHaveCount(0);
}

/** The import part of the options page, with a file chosen in it. */
async function chooseImportFile(options: Page, name: string, contents: string) {
  const part = options.getByRole('group', { name: 'Import', exact: true });
  await part.getByLabel('Annotation file or backup').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents, 'utf8') });
  return part;
}

test('back up, erase everything, import the backup: the same annotations, ids and dates included, and the page shows them again', async ({ page, server, extension }) => {
  await startClean(extension);
  const highlight = 'dự kiến sẽ gặp Tổng thống Nga Vladimir Putin tại Kazakhstan';
  const noted = 'Bộ trưởng Ngoại giao Trung Quốc Vương Nghị';
  const claim = 'SCO được thành lập vào năm 2001';
  await openSeed(page, server.origin);
  await selectText(page, 'article', highlight);
  await toolbar(page).getByRole('button', { name: 'Highlight in green' }).click();
  await expect.poll(() => marks(page, 'note-green')).toEqual([highlight]);
  await addNote(page, noted, 'Kiểm tra lại nguồn SCMP', 'sco, nguồn');
  await selectText(page, 'article', claim);
  // This step has timed out in a few CI runs and never locally: on a failure, the toolbar's text says what it showed.
  await expect(toolbar(page), 'the toolbar for the claim').toContainText('Claim', { timeout: 15_000 });
  await toolbar(page).getByRole('button', { name: 'Claim' }).click();
  await editorFrame(page).getByLabel('Verdict').selectOption('True');
  await editorFrame(page).getByLabel('Evidence (one URL per line)').fill('https://www.sco.example/history');
  await editorFrame(page).getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('iframe[title="NewsLens editor"]')).toHaveCount(0);
  // An entity correction is an annotation too, and the backup must carry it.
  await selectText(page, 'article', 'Minh Anh');
  await toolbar(page).getByRole('button', { name: 'Entity' }).click();
  await editorFrame(page).getByLabel('Type').selectOption('PER');
  await editorFrame(page).getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('iframe[title="NewsLens editor"]')).toHaveCount(0);
  await expect.poll(async () => (await storedRecords(extension)).length).toBe(4);
  const before = await storedRecords(extension);
  const settingsBefore = await storedSettings(extension);

  const options = await openOptions(extension);
  const yourData = options.getByRole('region', { name: 'Your data' });
  await expect(yourData).toContainText('This browser holds 4 annotations of yours.');
  const exportPart = options.getByRole('group', { name: 'Export everything' });
  const backup = await downloadedBy(extension, () => exportPart.getByRole('button', { name: 'Back up everything' }).click());
  await expect(exportPart.getByRole('status')).toHaveText(/^Backup downloaded: newslens-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json\.$/);
  expect(backup.byExtensionId).toBe(extension.extensionId);
  expect(JSON.parse(backup.contents)).toMatchObject({ format: 'newslens-backup', version: 1, settings: DEFAULT_SETTINGS });

  // Erase: an explicit second step, and the settings stay.
  const erasePart = options.getByRole('group', { name: 'Erase everything' });
  await erasePart.getByRole('button', { name: 'Erase all annotations…' }).click();
  const confirmation = erasePart.getByRole('group', { name: 'Erase everything' });
  await expect(confirmation).toContainText('This erases all 4 of your annotations');
  await expect(confirmation.getByRole('button', { name: 'Back up first' })).toBeVisible();
  const eraseButton = confirmation.getByRole('button', { name: 'Erase 4 annotations' });
  await expect(eraseButton).toBeDisabled();
  await confirmation.getByLabel('I have a backup, or I no longer need these annotations').check();
  await eraseButton.click();
  await expect(erasePart.getByRole('status')).toHaveText('Erased 4 annotations.');
  await expect(confirmation).toHaveCount(0);
  await expect(erasePart.getByRole('button', { name: 'Erase all annotations…' })).toBeFocused();
  expect(await storedRecords(extension)).toEqual([]);
  expect(await storedSettings(extension)).toEqual(settingsBefore);
  await expect(yourData).toContainText('This browser holds 0 annotations of yours.');

  // Import the backup: previewed first, written only on Import.
  const importPart = await chooseImportFile(options, 'newslens-backup.json', backup.contents);
  const preview = importPart.getByRole('group', { name: 'Import “newslens-backup.json”?' });
  await expect(preview).toContainText('Format: NewsLens backup');
  await expect(preview.getByRole('listitem').filter({ hasText: 'new annotation' })).toHaveText('4 new annotations');
  await expect(preview).toContainText('0 updated');
  await expect(preview).toContainText('0 already here');
  await expect(preview).toContainText(`On 1 page:${SEED_TITLE}`);
  await expect(preview).toContainText('This backup also holds settings.');
  await expect(preview.getByLabel('Also restore settings')).toBeChecked();
  expect(await storedRecords(extension)).toEqual([]);
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importPart.getByRole('status')).toHaveText('Imported: 4 new, 0 updated, 0 already here. Settings restored.');
  expect(await storedRecords(extension)).toEqual(before);
  expect(await storedSettings(extension)).toEqual(settingsBefore);
  await options.close();

  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  await expect.poll(() => marks(page, 'note-green')).toEqual([highlight]);
  await expect.poll(() => marks(page, 'note-yellow')).toContain(noted);
  await expect.poll(() => marks(page, 'note-orange')).toContain(claim);
  await expect.poll(() => marks(page, 'per')).toContain('Minh Anh');
});

test('a broken file is refused, naming where, and nothing is written', async ({ extension }) => {
  await startClean(extension);
  // One annotation in the store, so "unchanged" means something.
  const hypothesis = {
    rows: [
      {
        id: 'broken-file-base',
        uri: SEED_CANONICAL,
        text: '',
        tags: [],
        created: '2024-05-22T08:00:00.000Z',
        updated: '2024-05-22T08:00:00.000Z',
        target: [{ source: SEED_CANONICAL, selector: [{ type: 'TextQuoteSelector', exact: 'tiến trình hòa bình Trung Đông', prefix: 'bao gồm ', suffix: ', diễn biến' }] }],
        document: { title: [SEED_TITLE] },
      },
    ],
  };
  const options = await openOptions(extension);
  let importPart = await chooseImportFile(options, 'seed.json', JSON.stringify(hypothesis));
  await importPart.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importPart.getByRole('status')).toContainText('Imported: 1 new');
  const stored = await storedRecords(extension);
  expect(stored).toHaveLength(1);

  // Not JSON: the line and column.
  importPart = await chooseImportFile(options, 'cut-short.json', '{\n  "rows": [\n    { "id": "a", }\n  ]\n}');
  await expect(importPart.getByRole('alert')).toContainText('This file cannot be imported. Not JSON:');
  await expect(importPart.getByRole('alert')).toContainText('line 3, column');
  await expect(importPart.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);

  // Our own export with one annotation whose page address is not a URL: the item and the field.
  const [good] = stored;
  const bad = { ...good, id: 'urn:uuid:00000000-0000-4000-8000-000000000001', target: { ...(good?.target as object), source: 'not a url' } };
  importPart = await chooseImportFile(options, 'edited.jsonld', JSON.stringify([good, bad]));
  const alert = importPart.getByRole('alert');
  await expect(alert).toContainText('1 item is not a valid NewsLens annotation, so nothing was imported.');
  await expect(alert).toContainText('Item 2');
  await expect(alert).toContainText('target.source');
  await expect(importPart.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
  expect(await storedRecords(extension)).toEqual(stored);
  await options.close();
});

test('a Hypothesis export is previewed and imported, and importing it again adds nothing', async ({ extension }) => {
  await startClean(extension);
  const row = (id: string, exact: string, prefix: string, suffix: string, text: string, tags: string[]) => ({
    id,
    uri: SEED_CANONICAL,
    text,
    tags,
    created: '2024-05-22T08:00:00.000Z',
    updated: '2024-05-22T09:30:00.000Z',
    target: [{ source: SEED_CANONICAL, selector: [{ type: 'TextQuoteSelector', exact, prefix, suffix }] }],
    document: { title: [SEED_TITLE] },
  });
  const file = JSON.stringify({
    total: 3,
    rows: [
      row('hyp-pakistan', 'Ấn Độ và Pakistan trở thành thành viên cấp nhà nước', 'Liên Xô cũ. Năm 2017, ', ' và năm ngoái Iran đã trở thành', 'Check the year', ['SCO', 'members']),
      row('hyp-mideast', 'tiến trình hòa bình Trung Đông', 'nhiều vấn đề cấp bách, bao gồm ', ', diễn biến ở khu vực Biển Đỏ', '', []),
      // A page note, with no quote: NewsLens has nowhere to put it, so it is listed as left out.
      { id: 'hyp-page-note', uri: SEED_CANONICAL, text: 'A note on the whole page', tags: [], created: '2024-05-22T08:00:00.000Z', updated: '2024-05-22T08:00:00.000Z', target: [{ source: SEED_CANONICAL }], document: { title: [SEED_TITLE] } },
    ],
  });

  const options = await openOptions(extension);
  let importPart = await chooseImportFile(options, 'hypothesis.json', file);
  let preview = importPart.getByRole('group', { name: 'Import “hypothesis.json”?' });
  await expect(preview).toContainText('Format: Hypothesis export');
  await expect(preview).toContainText('2 new annotations');
  await expect(preview).toContainText(`${SEED_TITLE} · 2 annotations`);
  await expect(preview).toContainText('1 item left out:');
  await expect(preview.getByRole('listitem').filter({ hasText: /^Item 3: / })).toHaveCount(1);
  await expect(preview.getByLabel('Also restore settings')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importPart.getByRole('status')).toHaveText('Imported: 2 new, 0 updated, 0 already here.');
  const imported = await storedRecords(extension);
  expect(imported).toHaveLength(2);
  expect(imported.map((annotation) => (annotation.target as { source: string }).source)).toEqual([SEED_CANONICAL, SEED_CANONICAL]);
  expect(JSON.stringify(imported)).toContain('Check the year');

  // The same file again: every annotation is already here.
  importPart = await chooseImportFile(options, 'hypothesis.json', file);
  preview = importPart.getByRole('group', { name: 'Import “hypothesis.json”?' });
  await expect(preview).toContainText('0 new annotations');
  await expect(preview).toContainText('2 already here');
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(importPart.getByRole('status')).toHaveText('Imported: 0 new, 0 updated, 2 already here.');
  expect(await storedRecords(extension)).toEqual(imported);

  // Cancel writes nothing either.
  importPart = await chooseImportFile(options, 'hypothesis.json', file);
  await importPart.getByRole('button', { name: 'Cancel' }).click();
  await expect(importPart.getByRole('group')).toHaveCount(0);
  await expect(importPart.getByLabel('Annotation file or backup')).toBeFocused();
  await options.close();
});

test('the CSV export of everything has its header row and defuses a note that starts with "="', async ({ page, server, extension }) => {
  await startClean(extension);
  const formula = '=HYPERLINK("http://evil.example","click")';
  const quote = 'hai nước nên tăng cường hỗ trợ lẫn nhau';
  await openSeed(page, server.origin);
  await addNote(page, quote, formula);
  await expect.poll(async () => (await storedRecords(extension)).length).toBe(1);

  const options = await openOptions(extension);
  const exportPart = options.getByRole('group', { name: 'Export everything' });
  // No claims yet: ClaimReview is listed, disabled, with the reason.
  await expect(exportPart.getByRole('option', { name: /ClaimReview/ })).toBeDisabled();
  await expect(exportPart.getByRole('option', { name: /ClaimReview/ })).toHaveText(/no claims yet/);
  await exportPart.getByLabel('Format').selectOption({ label: 'Spreadsheet (CSV)' });
  const csv = await downloadedBy(extension, () => exportPart.getByRole('button', { name: 'Export all annotations' }).click());
  await expect(exportPart.getByRole('status')).toHaveText(/^Downloaded newslens-annotations-\d{4}-\d{2}-\d{2}-\d{4}\.csv\.$/);
  expect(csv.mime).toMatch(/^text\/csv/);
  expect(csv.contents.startsWith(UTF8_BOM)).toBe(true);
  const rows = Papa.parse<string[]>(csv.contents.slice(1), { skipEmptyLines: true }).data;
  expect(rows[0]).toEqual([...CSV_COLUMNS]);
  expect(rows).toHaveLength(2);
  const note = rows[1]?.[CSV_COLUMNS.indexOf('note')];
  expect(note).toBe(`'${formula}`);
  expect(rows[1]?.[CSV_COLUMNS.indexOf('quote')]).toBe(quote);
  await options.close();
});

test('the popup exports the page\u2019s entity spans as JSON Lines and CoNLL, and says when a page was not read', async ({ page, server, extension }) => {
  await startClean(extension);
  await openSeed(page, server.origin);
  const tabId = await activeTabId(extension);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  const exportPart = popup.getByRole('region', { name: 'Export this page' });
  // No annotations on the page: their formats are there, disabled, saying why.
  await expect(exportPart.getByRole('option', { name: /CSV/ })).toBeDisabled();
  await expect(exportPart.getByRole('option', { name: /CSV/ })).toHaveText(/no annotations on this page/);
  await expect(exportPart.getByLabel('Format')).toHaveValue('jsonl');

  const jsonl = await downloadedBy(extension, () => exportPart.getByRole('button', { name: 'Export' }).click());
  await expect(exportPart.getByRole('status')).toHaveText(/^Downloaded newslens-page-entities-\d{4}-\d{2}-\d{2}-\d{4}\.jsonl\.$/);
  const lines = jsonl.contents.split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe('');
  const record = JSON.parse(lines[0] ?? '') as { url: string; lang: string; text: string; entities: Array<{ start: number; end: number; text: string; type: string; id: string | null; wikidata?: string }> };
  expect(record.url).toBe(`${server.origin}${SEED}`);
  expect(record.lang).toBe('vi');
  for (const entity of record.entities) expect(record.text.slice(entity.start, entity.end)).toBe(entity.text);
  expect(record.entities).toContainEqual(expect.objectContaining({ text: 'Vladimir Putin', type: 'PER', wikidata: expect.stringMatching(/^Q\d+$/) }));

  await exportPart.getByLabel('Format').selectOption('conll');
  const conll = await downloadedBy(extension, () => exportPart.getByRole('button', { name: 'Export' }).click());
  expect(conll.contents.startsWith(`# newdoc id = ${server.origin}${SEED}\n`)).toBe(true);
  expect(conll.contents).toMatch(/^Putin\tI-PER$/m);
  await popup.close();

  // A page NewsLens has not read (not an article, no scan): the export says so instead of writing an empty file.
  await page.bringToFront();
  await page.goto(`${server.origin}/not-article.html`);
  const otherTab = await activeTabId(extension);
  const other = await extension.context.newPage();
  await other.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${otherTab}`);
  const otherExport = other.getByRole('region', { name: 'Export this page' });
  await expect(otherExport.getByLabel('Format')).toHaveValue('jsonl');
  await otherExport.getByRole('button', { name: 'Export' }).click();
  await expect(otherExport.getByRole('alert')).toHaveText('Not exported: NewsLens has not read this page yet. Click “Scan this page”, then export again.');
  await other.close();
});

test('a site the reader turned off still exports its article\u2019s entity spans', async ({ page, server, extension }) => {
  await startClean(extension);
  await openSeed(page, server.origin);
  await extension.serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), { ...DEFAULT_SETTINGS, disabledSites: ['127.0.0.1'] });
  await expect.poll(() => highlightedTexts(page, 'per')).toEqual([]);
  const tabId = await activeTabId(extension);
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  const exportPart = popup.getByRole('region', { name: 'Export this page' });
  const jsonl = await downloadedBy(extension, () => exportPart.getByRole('button', { name: 'Export' }).click());
  const record = JSON.parse(jsonl.contents.split('\n')[0] ?? '') as { text: string; entities: Array<{ text: string }> };
  expect(record.text).toContain(SEED_TITLE);
  expect(record.entities.map((entity) => entity.text)).toContain('Vladimir Putin');
  await popup.close();
});
