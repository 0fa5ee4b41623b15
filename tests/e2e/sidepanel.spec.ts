import { expect, test } from './support/fixtures';

test('the side panel shows the dashboard', async ({ extension }) => {
  const panel = await extension.context.newPage();
  await panel.goto(`chrome-extension://${extension.extensionId}/sidepanel.html`);
  await expect(panel.getByRole('heading', { name: 'Your annotations' })).toBeVisible();
  await expect(panel.getByRole('searchbox')).toBeVisible();
  await panel.close();
});
