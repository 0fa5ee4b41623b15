/// <reference types="chrome" />
/**
 * Files the extension saves through `chrome.downloads`, read back in a test. Playwright's page "download" event is
 * not relied on: whether it fires for a download an extension starts depends on Chromium reporting the initiating
 * frame, and its suggested name is the blob's, not the one the extension gave. The browser's own downloads list is
 * the record instead: the item the extension started, complete, and its file on disk (Playwright's persistent
 * context accepts downloads into its artifacts folder, under a generated name).
 */
import { readFileSync } from 'node:fs';
import { expect } from '@playwright/test';
import type { LaunchedExtension } from '../../../scripts/launch-extension';

export interface DownloadedFile {
  contents: string;
  mime: string;
  /** The id of the extension that started the download ('' for one a page started). */
  byExtensionId: string;
}

interface Item {
  id: number;
  state: string;
  filename: string;
  mime: string;
  byExtensionId: string;
}

const downloadsList = (extension: LaunchedExtension): Promise<Item[]> =>
  extension.serviceWorker.evaluate(async () =>
    (await chrome.downloads.search({})).map(({ id, state, filename, mime, byExtensionId }) => ({ id, state, filename, mime, byExtensionId: byExtensionId ?? '' })),
  );

/** Runs `start` (a click on an export button), then waits for the one new download to complete and reads it. */
export async function downloadedBy(extension: LaunchedExtension, start: () => Promise<void>): Promise<DownloadedFile> {
  const before = new Set((await downloadsList(extension)).map(({ id }) => id));
  await start();
  let found: Item | undefined;
  await expect
    .poll(async () => {
      const fresh = (await downloadsList(extension)).filter(({ id }) => !before.has(id));
      found = fresh.find(({ state }) => state === 'complete');
      return fresh.map(({ state }) => state);
    }, { message: 'a new download that completes' })
    .toEqual(['complete']);
  if (!found) throw new Error('no download');
  return { contents: readFileSync(found.filename, 'utf8'), mime: found.mime, byExtensionId: found.byExtensionId };
}
