import { expect, test } from './support/fixtures';
import { selectText } from './support/selection';

const toolbar = (page: import('@playwright/test').Page) => page.locator('newslens-toolbar');
const editorFrame = 'iframe[title="NewsLens editor"]';

test('Escape closes the selection toolbar, and cancels the editor without saving', async ({ page, server }) => {
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  await selectText(page, 'article', 'Vladimir Putin tại Kazakhstan');
  await expect(toolbar(page).getByRole('button', { name: 'Note' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(toolbar(page).getByRole('button', { name: 'Note' })).toBeHidden();

  // Other words: pressing on the words still selected would drag them instead of selecting.
  await selectText(page, 'article', 'hai nước nên tăng cường hỗ trợ lẫn nhau');
  await toolbar(page).getByRole('button', { name: 'Note' }).click();
  const note = page.frameLocator(editorFrame).getByRole('textbox', { name: /Note \(private/ });
  // The editor takes the focus for typing; Escape there is the reader cancelling.
  await expect(note).toBeFocused();
  await note.fill('không lưu');
  await note.press('Escape');
  await expect(page.locator(editorFrame)).toHaveCount(0);
});

test('Tab out of the card closes it and goes on through the page from the name, or back to where the reader was', async ({ page, server }) => {
  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  const card = page.locator('newslens-card').getByRole('dialog');
  const tabOut = async (key: 'Tab' | 'Shift+Tab'): Promise<void> => {
    for (let presses = 0; presses < 10 && (await card.isVisible()); presses++) await page.keyboard.press(key);
  };

  // Nothing of the page focused: past the card's last control is the first field after the story's names.
  await page.keyboard.press('Alt+Shift+N');
  await expect(card).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Close' })).toBeFocused();
  await tabOut('Tab');
  await expect(card).toBeHidden();
  await expect(page.locator('textarea[name="comment"]')).toBeFocused();

  // Backwards from the card: the last link before the name (the story's section link).
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Alt+Shift+N');
  await expect(card).toBeVisible();
  await tabOut('Shift+Tab');
  await expect(card).toBeHidden();
  await expect(page.locator('.kicker a')).toBeFocused();

  // From a link of the page: Shift+Tab out of the card goes back to it, and Tab from there no longer enters the card.
  await page.locator('nav a').first().focus();
  await page.keyboard.press('Alt+Shift+N');
  await expect(card).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(card).toBeHidden();
  await expect(page.locator('nav a').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('nav a').nth(1)).toBeFocused();
});
