import { expect, test } from './support/fixtures';
import { selectText } from './support/selection';

test('the options page checks the rating scale, and the claim editor offers the reader\u2019s scale', async ({ page, server, extension }) => {
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const scale = options.getByLabel(/Rating scale/);
  await scale.fill('Đúng');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('alert')).toContainText('at least two verdicts');
  await scale.fill('Đúng\nĐúng một phần\nSai');
  await options.getByLabel(/Reviewer name/).fill('Nhóm kiểm chứng');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('status')).toContainText('Saved');
  await options.close();

  await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
  await page.waitForFunction(() => performance.getEntriesByName('newslens:highlights-done').length > 0);
  await selectText(page, 'article', 'SCO được thành lập vào năm 2001');
  await page.locator('newslens-toolbar').getByRole('button', { name: 'Claim' }).click();
  const verdicts = page.frameLocator('iframe[title="NewsLens editor"]').getByLabel('Verdict').locator('option');
  await expect(verdicts).toHaveText(['Đúng', 'Đúng một phần', 'Sai', 'Unverifiable']);
});
