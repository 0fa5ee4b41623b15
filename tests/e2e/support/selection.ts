import type { Page } from '@playwright/test';

/** Selects `text` inside the element matching `selector` with a real mouse drag, as a reader does. */
export async function selectText(page: Page, selector: string, text: string): Promise<void> {
  // An entity card left open by the pointer's last position may cover the words: close it, as a reader would.
  await page.keyboard.press('Escape');
  const box = await page.locator(selector).evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      // Instant, so the rectangles read next are where the text is now, not where a smooth scroll started.
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center', behavior: 'instant' });
      const rects = range.getClientRects();
      const first = rects[0];
      const last = rects[rects.length - 1];
      if (!first || !last) break;
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`text not found: ${wanted}`);
  }, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
  // Said at once when the drag missed (the page moved under the pointer, something covered the words), rather than
  // as a toolbar that never comes.
  const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
  if (!selected.replace(/\s+/g, ' ').includes(text)) throw new Error(`dragging over "${text}" selected "${selected}"`);
}

