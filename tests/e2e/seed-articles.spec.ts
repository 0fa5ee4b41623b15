import { activeTabId, badgeText, expect, highlightedTexts, test } from './support/fixtures';

test.describe('seed article: Putin and Xi to meet in Astana', () => {
  test('highlights people, places and organisations and sets the badge', async ({ page, server, extension }) => {
    await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
    await expect.poll(() => highlightedTexts(page, 'per')).toContain('Tập Cận Bình');
    const people = await highlightedTexts(page, 'per');
    expect(people).toEqual(expect.arrayContaining(['Vladimir Putin', 'Sergei Lavrov', 'Vương Nghị']));
    expect(await highlightedTexts(page, 'loc')).toEqual(expect.arrayContaining(['Kazakhstan', 'Astana', 'Trung Quốc', 'Nga']));
    expect(await highlightedTexts(page, 'org')).toEqual(
      expect.arrayContaining(['Bộ Ngoại giao Nga', 'Tổ chức Hợp tác Thượng Hải', 'SCO', 'SCMP']),
    );
    // Names in the navigation, the sidebar and the comments are not part of the article.
    const all = [...people, ...(await highlightedTexts(page, 'loc')), ...(await highlightedTexts(page, 'org'))];
    const articleText = await page.locator('article').innerText();
    for (const text of all) expect(articleText).toContain(text);

    const tabId = await activeTabId(extension);
    await expect.poll(() => badgeText(extension, tabId)).toMatch(/^\d+$/);

    // The popup, opened as a page for that tab, lists the same entities grouped by type.
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${tabId}`);
    const peopleGroup = popup.getByRole('region', { name: 'People' });
    await expect(peopleGroup).toContainText('Tập Cận Bình');
    await expect(peopleGroup).toContainText('Vladimir Putin');
    await expect(popup.getByRole('region', { name: 'Places' })).toContainText('Kazakhstan');
    await expect(popup.getByRole('region', { name: 'Organisations' })).toContainText('Tổ chức Hợp tác Thượng Hải');
    const listed = await popup.locator('.entity-group li').count();
    expect(await badgeText(extension, tabId)).toBe(String(listed));
    // The related events that matter most for this story lead: the Astana SCO summit and Putin's visit to China.
    const cards = popup.getByRole('region', { name: 'Related events' }).getByRole('listitem');
    await expect(cards.nth(0)).toContainText('Astana');
    await expect(cards.nth(0)).toContainText('6 tuần sau bài báo này');
    await expect(cards.nth(1)).toContainText('Trung Quốc');
    await popup.close();
  });

  test('leaves the page DOM untouched', async ({ page, server }) => {
    await page.goto(`${server.origin}/seed-putin-xi-astana.html`);
    await expect.poll(() => highlightedTexts(page, 'per')).not.toEqual([]);
    const served = await (await fetch(`${server.origin}/seed-putin-xi-astana.html`)).text();
    const liveArticle = await page.locator('article').evaluate((article) => article.outerHTML);
    const parsedArticle = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return doc.querySelector('article')?.outerHTML ?? '';
    }, served);
    expect(liveArticle).toBe(parsedArticle);
  });
});

test('seed article: SCO foreign ministers meeting in India', async ({ page, server }) => {
  await page.goto(`${server.origin}/seed-sco-ministers.html`);
  await expect.poll(() => highlightedTexts(page, 'per')).toEqual(expect.arrayContaining(['Tần Cương', 'Cảnh Sảng']));
  expect(await highlightedTexts(page, 'org')).toEqual(expect.arrayContaining(['OSCE', 'BRICS', 'G20', 'Liên Hợp Quốc']));
  expect(await highlightedTexts(page, 'loc')).toEqual(expect.arrayContaining(['Ukraine', 'Bắc Kinh', 'Ấn Độ']));
});
