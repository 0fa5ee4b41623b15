/// <reference types="chrome" />
/**
 * Accessibility: axe-core (WCAG 2.0/2.1 A and AA, and best practices) finds no serious or critical problem in our
 * interface — the popup, the options page with "Your data", the dashboard and side panel, the editor, and on a news
 * page the entity card, the selection toolbar and the editor's frame — in light and dark colour schemes, in English
 * and Vietnamese. On a news page only our own interface is checked: the fixture's markup is not ours to fix.
 * Then what axe cannot see: every control reached with Tab shows a clear focus outline, and the card is a named
 * dialog the keyboard reaches and closes.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { LaunchedExtension } from '../../scripts/launch-extension';
import { composeAnnotation } from '../../lib/annotations/compose';
import type { AnnotationTarget } from '../../lib/annotations/model';
import { DEFAULT_SETTINGS, type InterfaceLanguage } from '../../lib/settings/settings';
import { activeTabId, eraseStoredAnnotations, expect, test } from './support/fixtures';
import { selectText } from './support/selection';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const SCHEMES = ['light', 'dark'] as const;
const LANGUAGES = ['en', 'vi'] as const satisfies readonly InterfaceLanguage[];
const SEED = '/seed-putin-xi-astana.html';

const setLanguage = (extension: LaunchedExtension, interfaceLanguage: InterfaceLanguage) =>
  extension.serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), { ...DEFAULT_SETTINGS, interfaceLanguage });

const extensionPage = (extension: LaunchedExtension, path: string) => `chrome-extension://${extension.extensionId}/${path}`;

/**
 * Past this, an analysis is taken to hang rather than to be slow: a normal one takes 1–3 s here. Kept short, with a
 * third try, because a CI run saw several analyses of one test hang once each: at 40 s a hang, the test's 180 s ran
 * out although every analysis would have passed on its next try.
 */
const ANALYSIS_TIMEOUT_MS = 15_000;
const ANALYSIS_TRIES = 3;

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/**
 * One axe analysis of `page`, in the foreground (axe finishes in a tab of its own, which leaves ours behind it), given
 * a bounded time and more tries: axe now and then hangs on a frame (dequelabs/axe-core-npm #610, #1060), which
 * would otherwise use up the whole test's time and say nothing about where.
 */
async function analyse(page: Page, where: string, scope?: (builder: AxeBuilder) => AxeBuilder): Promise<AxeResults> {
  for (let attempt = 1; ; attempt++) {
    await page.bringToFront();
    const builder = new AxeBuilder({ page }).withTags(TAGS);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hung = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), ANALYSIS_TIMEOUT_MS);
    });
    const results = await Promise.race([(scope ? scope(builder) : builder).analyze(), hung]).finally(() => clearTimeout(timer));
    if (results) return results;
    if (attempt === ANALYSIS_TRIES) throw new Error(`axe did not finish analysing ${where} in ${ANALYSIS_TIMEOUT_MS / 1000} s, ${ANALYSIS_TRIES} times`);
    // Said in the run's log, so a hang that a later try gets past still names where it happened.
    console.warn(`axe hung analysing ${where} (try ${attempt} of ${ANALYSIS_TRIES})`);
  }
}

/**
 * Runs axe on `page` (scoped by `scope`, when given) and fails on any serious or critical violation, naming each:
 * the rule, where, and what to do about it.
 */
async function expectNoSeriousViolations(page: Page, where: string, scope?: (builder: AxeBuilder) => AxeBuilder): Promise<void> {
  const { violations } = await analyse(page, where, scope);
  const serious = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.impact}) at ${JSON.stringify(node.target)}: ${violation.help} — ${node.failureSummary?.replace(/\n\s*/g, ' ') ?? ''}`,
      ),
    );
  expect(serious, `axe found serious or critical problems in ${where}:\n${serious.join('\n')}`).toEqual([]);
}

/** Checks the page as it is now in both colour schemes. */
async function checkBothSchemes(page: Page, where: string, scope?: (builder: AxeBuilder) => AxeBuilder): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await expectNoSeriousViolations(page, `${where} (${colorScheme})`, scope);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openSeed(page: Page, origin: string): Promise<void> {
  await page.bringToFront();
  await page.goto(`${origin}${SEED}`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
}

/** Sends a message to the background from an extension page, as the extension's own pages do. */
function sendFromPage(page: Page, message: { type: string; payload: unknown }): Promise<{ ok: boolean }> {
  return page.evaluate((envelope) => chrome.runtime.sendMessage(envelope) as Promise<{ ok: boolean }>, message);
}

/** The seed article's canonical address: annotations on it are listed in its popup. */
const SEED_SOURCE = 'http://news.example/the-gioi/tong-thong-nga-va-chu-tich-trung-quoc-se-lai-gap-go-vao-thang-7-2024-20240521.html';

function target(exact: string, start: number): AnnotationTarget {
  return {
    source: SEED_SOURCE,
    'newslens:title': 'Tổng thống Nga và Chủ tịch Trung Quốc sẽ lại gặp gỡ vào tháng 7-2024',
    selector: [
      { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + exact.length },
    ],
  };
}

/**
 * Two annotations on the seed article, written through the background as the editor writes them (from any extension
 * page): a note with tags on words of the article, and a rated claim on words it does not have (orphaned there).
 */
async function addAnnotations(extension: LaunchedExtension): Promise<void> {
  const now = new Date('2024-05-22T08:00:00.000Z');
  const note = composeAnnotation({ kind: 'note', note: 'Kiểm tra lại nguồn', tags: 'sco, nguồn' }, target('SCO được thành lập vào năm 2001', 900), 'urn:uuid:00000000-0000-4000-8000-00000000a111', now);
  const claim = composeAnnotation(
    { kind: 'claim', verdict: 'True', scale: DEFAULT_SETTINGS.ratingScale, explanation: 'Đúng', evidence: 'https://www.sco.example/history', claimant: 'SCMP', tags: 'sco' },
    target('Câu này không có trong bài báo', 80),
    'urn:uuid:00000000-0000-4000-8000-00000000a112',
    now,
  );
  const page = await extension.context.newPage();
  await page.goto(extensionPage(extension, 'options.html'));
  for (const annotation of [note, claim]) expect((await sendFromPage(page, { type: 'annotation/save', payload: { annotation } })).ok).toBe(true);
  await page.close();
}

// The suite shares one browser: the next file finds the default settings and no annotation of ours.
test.afterAll(async ({ extension }) => {
  await extension.serviceWorker.evaluate((settings) => chrome.storage.local.set({ settings }), DEFAULT_SETTINGS);
  await eraseStoredAnnotations(extension);
});

for (const language of LANGUAGES) {
  test.describe(`in ${language === 'en' ? 'English' : 'Vietnamese'}`, () => {
    test.beforeEach(async ({ extension }) => setLanguage(extension, language));

    test('the popup: a news page’s entities, related events and annotations (one not found), undo; a page that is not an article', async ({ page, server, extension }) => {
      await addAnnotations(extension);
      await openSeed(page, server.origin);
      const tabId = await activeTabId(extension);
      const popup = await extension.context.newPage();
      await popup.goto(extensionPage(extension, `popup.html?tab=${tabId}`));
      await expect(popup.locator('html')).toHaveAttribute('lang', language);
      await expect(popup.locator('.entity-group').first()).toBeVisible();
      await expect(popup.locator('.event-card').first()).toBeVisible();
      await expect(popup.locator('.annotations li.orphaned')).toBeVisible();
      await checkBothSchemes(popup, `the popup, ${language}`);
      // Deleted, with the undo offered.
      await popup.locator('.annotations li:not(.orphaned) .delete').click();
      await expect(popup.locator('.undo-bar button')).toBeVisible();
      await checkBothSchemes(popup, `the popup after a delete, ${language}`);
      await popup.locator('.undo-bar button').click();
      await expect(popup.locator('.annotations li')).toHaveCount(2);

      await page.goto(`${server.origin}/not-article.html`);
      await popup.goto(extensionPage(extension, `popup.html?tab=${tabId}`));
      await expect(popup.locator('.empty-page button')).toBeVisible();
      await checkBothSchemes(popup, `the popup of a page that is not an article, ${language}`);
      await popup.close();
    });

    test('the options page and "Your data": an import preview, the erase confirmation, a refused file, saved', async ({ extension }) => {
      const options = await extension.context.newPage();
      await options.goto(extensionPage(extension, 'options.html'));
      await expect(options.locator('html')).toHaveAttribute('lang', language);
      await expect(options.locator('.your-data')).toBeVisible();
      await checkBothSchemes(options, `the options page, ${language}`);

      // A Hypothesis export: a preview with a page and an item left out.
      const source = 'http://news.example/a11y/trang.html';
      const row = (id: string, exact: string) => ({
        id,
        uri: source,
        text: 'ghi chú',
        tags: ['a11y'],
        created: '2024-05-22T08:00:00.000Z',
        updated: '2024-05-22T08:00:00.000Z',
        target: [{ source, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] }],
        document: { title: ['Trang kiểm tra'] },
      });
      const file = JSON.stringify({ rows: [row('a11y-1', 'Putin'), row('a11y-2', 'Tập Cận Bình'), { id: 'a11y-3', uri: source, text: 'page note', target: [{ source }] }] });
      await options.locator('input[type="file"]').setInputFiles({ name: 'hypothesis.json', mimeType: 'application/json', buffer: Buffer.from(file, 'utf8') });
      await expect(options.locator('.import-preview')).toBeVisible();
      await options.locator('[aria-controls="erase-confirmation"]').click();
      await expect(options.locator('.erase-confirmation')).toBeVisible();
      await checkBothSchemes(options, `the options page with an import preview and the erase confirmation, ${language}`);

      // A file that is refused, and the settings saved: the error and the "saved" colours.
      await options.locator('input[type="file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "rows": [', 'utf8') });
      await expect(options.locator('.your-data [role="alert"]')).toBeVisible();
      await options.locator('form.options button[type="submit"]').click();
      await expect(options.locator('form.options [role="status"]')).toBeVisible();
      await checkBothSchemes(options, `the options page with a refused file and the settings saved, ${language}`);
      await options.close();
    });

    test('the dashboard and the side panel, with annotations', async ({ extension }) => {
      await addAnnotations(extension);
      const dashboard = await extension.context.newPage();
      for (const path of ['dashboard.html', 'sidepanel.html']) {
        await dashboard.goto(extensionPage(extension, path));
        await expect(dashboard.locator('html')).toHaveAttribute('lang', language);
        await expect(dashboard.locator('.results li')).toHaveCount(2);
        // One selected, so the bulk actions are live too.
        await dashboard.locator('.results input[type="checkbox"]').first().check();
        await checkBothSchemes(dashboard, `${path}, ${language}`);
      }
      await dashboard.close();
    });

    test('the editor page, with a draft that has expired', async ({ extension }) => {
      const editor = await extension.context.newPage();
      await editor.goto(extensionPage(extension, 'editor.html?draft=x'));
      await expect(editor.locator('html')).toHaveAttribute('lang', language);
      await expect(editor.getByRole('alert')).toBeVisible();
      await checkBothSchemes(editor, `the expired editor, ${language}`);
      await editor.close();
    });

    test('on a news page: the entity card, the selection toolbar and the editor frame', async ({ page, server, extension }) => {
      test.slow();
      // Only our interface: the news page around it is the fixture's.
      const ours = (selector: string) => (builder: AxeBuilder) => builder.include(selector);
      await openSeed(page, server.origin);
      await page.keyboard.press('Alt+Shift+N');
      await expect(page.locator('newslens-card').getByRole('dialog')).toBeVisible();
      await checkBothSchemes(page, `the entity card, ${language}`, ours('newslens-card'));
      await page.keyboard.press('Escape');

      await selectText(page, 'article', 'SCO được thành lập vào năm 2001');
      const toolbar = page.locator('newslens-toolbar').getByRole('toolbar');
      await expect(toolbar).toBeVisible();
      await checkBothSchemes(page, `the selection toolbar, ${language}`, ours('newslens-toolbar'));

      // The claim editor: the most fields.
      await toolbar.locator('.action').nth(2).click();
      const frame = page.locator('iframe[src*="editor.html"]');
      await expect(frame).toBeVisible();
      await expect(page.frameLocator('iframe[src*="editor.html"]').locator('form select')).toBeFocused();
      // The frame is named, which is what axe asks of a frame. Its document is checked as a page of its own, at the
      // frame's size and with the same draft: axe's analysis through the frame now and then hung on CI machines.
      await expect(frame).toHaveAttribute('title', /\S/);
      const source = await frame.getAttribute('src');
      const size = await frame.boundingBox();
      if (!source || !size) throw new Error('the editor frame has no address or no box');
      const editor = await extension.context.newPage();
      await editor.setViewportSize({ width: Math.round(size.width), height: Math.round(size.height) });
      await editor.goto(extensionPage(extension, `editor.html${new URL(source).search}`));
      await expect(editor.locator('form select')).toBeVisible();
      await checkBothSchemes(editor, `the claim editor, ${language}`);
      await editor.close();
      await page.bringToFront();
      await page.frameLocator('iframe[src*="editor.html"]').locator('form select').focus();
      // The key is let go only once the frame is gone. Escape closes the editor, so with a press the key-up could go
      // to a frame being removed. Twice on CI this test ran out of time at a press here, which never came back.
      await page.keyboard.down('Escape');
      await expect(frame).toHaveCount(0);
      await page.keyboard.up('Escape');
    });
  });
}

/**
 * Walks the page with Tab and returns every control whose focus ring is missing or faint: a solid outline at least
 * 2px wide, at 3:1 or more against what is behind the control (WCAG 2.4.7 and 1.4.11). Stops when the focus leaves
 * the page or comes back round, or, given the host element of one of our floating parts, when it leaves that part.
 */
async function faintFocusRings(page: Page, maxPresses: number, host?: string): Promise<{ reached: number; faint: string[] }> {
  const seen = new Set<string>();
  const faint: string[] = [];
  let previous = '';
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    if (host && (await page.evaluate((name) => document.activeElement?.localName !== name, host))) break;
    const ring = await page.evaluate(() => {
      let element: Element | null = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      if (!element || element === document.body) return null;
      const channels = (colour: string): number[] => (colour.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]): number => {
        const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
      };
      // What is behind the control: the nearest opaque background, crossing shadow roots.
      let behind = 'rgb(255, 255, 255)';
      for (let node: Element | null = element.parentElement ?? null; node; ) {
        const background = getComputedStyle(node).backgroundColor;
        const alpha = channels(background)[3];
        if (background !== 'transparent' && alpha !== 0) {
          behind = background;
          break;
        }
        const root = node.getRootNode();
        node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
      }
      const style = getComputedStyle(element);
      const [lighter, darker] = [luminance(channels(style.outlineColor)), luminance(channels(behind))].sort((a, b) => b - a);
      const id = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className} “${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 30)}”`;
      return { id, path: [...document.querySelectorAll('*')].indexOf(element), style: style.outlineStyle, width: parseFloat(style.outlineWidth), contrast: ((lighter ?? 0) + 0.05) / ((darker ?? 0) + 0.05) };
    });
    if (!ring) {
      if (seen.size > 0) break;
      continue;
    }
    const key = `${ring.path}:${ring.id}`;
    // A date field keeps the focus while Tab walks its day, month and year: only coming back round ends the walk.
    if (key === previous) continue;
    if (seen.has(key)) break;
    previous = key;
    seen.add(key);
    if (ring.style !== 'solid' || ring.width < 2 || ring.contrast < 3) faint.push(`${ring.id}: ${ring.style} ${ring.width}px at ${ring.contrast.toFixed(2)}:1`);
  }
  return { reached: seen.size, faint };
}

test.describe('the keyboard', () => {
  test.beforeEach(async ({ extension }) => setLanguage(extension, 'en'));

  test('every control of the popup, the options page, the dashboard and the editor shows a clear focus ring, light and dark', async ({ page, server, extension }) => {
    test.slow();
    await openSeed(page, server.origin);
    const tabId = await activeTabId(extension);
    await addAnnotations(extension);
    const other = await extension.context.newPage();
    for (const [path, ready, controls] of [
      [`popup.html?tab=${tabId}`, '.entity-group', 20],
      ['options.html', '.your-data', 20],
      ['dashboard.html', '.results li', 10],
      ['editor.html?draft=x', '[role="alert"] button', 1],
    ] as const) {
      for (const colorScheme of SCHEMES) {
        await other.emulateMedia({ colorScheme });
        await other.goto(extensionPage(extension, path));
        await expect(other.locator(ready).first()).toBeVisible();
        const { reached, faint } = await faintFocusRings(other, 80);
        expect(reached, `Tab reaches the controls of ${path}`).toBeGreaterThanOrEqual(controls);
        expect(faint, `faint or missing focus rings on ${path} (${colorScheme})`).toEqual([]);
      }
    }
    await other.close();
  });

  test('the card is a named dialog: Tab goes into it after the shortcut, its controls show focus, Escape gives the focus back', async ({ page, server }) => {
    await openSeed(page, server.origin);
    const card = page.locator('newslens-card').getByRole('dialog');
    const close = card.getByRole('button', { name: 'Close' });
    const focusedIs = (selector: string) => page.evaluate((wanted) => document.activeElement === document.querySelector(wanted), selector);
    // Light: nothing of the page has the focus; dark: one of its links has, and gets it back.
    for (const [colorScheme, from] of [
      ['light', 'body'],
      ['dark', 'nav a'],
    ] as const) {
      await page.emulateMedia({ colorScheme });
      if (from !== 'body') await page.locator(from).first().focus();
      await page.keyboard.press('Alt+Shift+N');
      await expect(card).toBeVisible();
      await expect(card).toHaveAccessibleName(/\S/);
      await page.keyboard.press('Tab');
      await expect(close).toBeFocused();
      const { reached, faint } = await faintFocusRings(page, 6, 'newslens-card');
      expect(reached, 'Tab moves on inside the card').toBeGreaterThan(0);
      expect(faint, `faint or missing focus rings in the card (${colorScheme})`).toEqual([]);
      // Tab past its last control closed it (keyboard.spec.ts follows where the focus goes).
      await expect(card).toBeHidden();
      // Opened again from where the reader was, and out with Escape: the focus is where it was before.
      if (from === 'body') await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      else await page.locator(from).first().focus();
      await page.keyboard.press('Alt+Shift+N');
      await expect(card).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(close).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(card).toBeHidden();
      expect(await focusedIs(from)).toBe(true);
      // Walking on from the page still works, and the close button closes too.
      await page.keyboard.press('Alt+Shift+N');
      await expect(card).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(close).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(card).toBeHidden();
      expect(await focusedIs(from)).toBe(true);
    }
  });

  test('the selection toolbar is reached with Tab, shows focus, and closes with Escape', async ({ page, server }) => {
    await openSeed(page, server.origin);
    const toolbar = page.locator('newslens-toolbar').getByRole('toolbar');
    // Other words each time: pressing on words still selected would drag them instead of selecting.
    for (const [colorScheme, words, others] of [
      ['light', 'SCO được thành lập vào năm 2001', 'Thủ đô Astana của Kazakhstan'],
      ['dark', 'hai nước nên tăng cường hỗ trợ lẫn nhau', 'thành viên sáng lập của SCO'],
    ] as const) {
      await page.emulateMedia({ colorScheme });
      const first = toolbar.getByRole('button', { name: 'Highlight in yellow' });
      await selectText(page, 'article', words);
      await expect(toolbar).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(first).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(toolbar).toBeHidden();
      expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
      // Walked through with Tab: every control shows its focus, and Tab past the last one closes the toolbar.
      await selectText(page, 'article', others);
      await expect(toolbar).toBeVisible();
      await page.keyboard.press('Tab');
      await expect(first).toBeFocused();
      const { reached, faint } = await faintFocusRings(page, 12, 'newslens-toolbar');
      expect(reached, 'Tab moves on inside the toolbar').toBeGreaterThan(3);
      expect(faint, `faint or missing focus rings in the toolbar (${colorScheme})`).toEqual([]);
      await expect(toolbar).toBeHidden();
    }
  });
});

test('under forced colours (a contrast theme), each entity type is told apart by its line, on the page and in the popup\u2019s key', async ({ page, server, extension }) => {
  await setLanguage(extension, 'en');
  await page.emulateMedia({ forcedColors: 'active' });
  await openSeed(page, server.origin);
  const types = ['per', 'org', 'loc', 'event', 'misc'];
  // The system paints every highlight in its selection colours: without lines the types would all look alike.
  const lines = await page.evaluate(
    (names) => names.map((type) => getComputedStyle(document.querySelector('article p') as Element, `::highlight(newslens-${type})`)).map((style) => `${style.textDecorationLine} ${style.textDecorationStyle}`),
    types,
  );
  expect(lines).toEqual(['underline solid', 'underline dashed', 'underline dotted', 'underline double', 'underline wavy']);
  const tabId = await activeTabId(extension);
  const popup = await extension.context.newPage();
  await popup.emulateMedia({ forcedColors: 'active' });
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
  for (const [name, style] of [['People', 'solid'], ['Organisations', 'dashed'], ['Places', 'dotted']] as const) {
    const heading = popup.getByRole('region', { name }).getByRole('heading');
    await expect(heading).toBeVisible();
    expect(await heading.evaluate((element) => getComputedStyle(element, '::before').textDecorationStyle), name).toBe(style);
  }
  await popup.close();
});
