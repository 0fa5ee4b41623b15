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
