/**
 * Saves text as a file from an extension page, through the browser's downloads API: the file lands in the reader's
 * download folder and in the browser's list of downloads like any other, and no page (and no network) is involved.
 */
import { browser } from 'wxt/browser';

/** Long enough for any file NewsLens writes (at most tens of megabytes, from memory); the blob is freed after it. */
const REVOKE_AFTER_MS = 5 * 60_000;

type DownloadsApi = typeof browser.downloads;

export async function downloadFile(contents: string, fileName: string, mime: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([contents], { type: mime }));
  // The type says the API is always there; it is not in a browser without one (Safari has none) or an extension
  // build without the `downloads` permission. Only there does a link click stand in for it.
  const downloads = browser.downloads as DownloadsApi | undefined;
  if (!downloads?.download) {
    clickDownloadLink(url, fileName);
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
    return;
  }
  let id: number;
  try {
    id = await downloads.download({ url, filename: fileName, saveAs: false });
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
  revokeWhenFinished(downloads, id, url);
}

/**
 * `download()` resolves once the download has started, not when the browser has read the blob: Firefox fails a
 * download whose blob URL is revoked at that point. So the URL is kept until the download completes or stops (or,
 * should neither be reported, for a few minutes), and only then freed.
 */
function revokeWhenFinished(downloads: DownloadsApi, id: number, url: string): void {
  let done = false;
  const finish = (): void => {
    if (done) return;
    done = true;
    downloads.onChanged.removeListener(onChanged);
    clearTimeout(timer);
    URL.revokeObjectURL(url);
  };
  const onChanged = (delta: { id: number; state?: { current?: string } }): void => {
    if (delta.id === id && (delta.state?.current === 'complete' || delta.state?.current === 'interrupted')) finish();
  };
  const timer = setTimeout(finish, REVOKE_AFTER_MS);
  downloads.onChanged.addListener(onChanged);
  // A small file may have finished before the listener was added.
  void downloads
    .search({ id })
    .then(([item]) => {
      if (item && item.state !== 'in_progress') finish();
    })
    .catch(() => undefined);
}

function clickDownloadLink(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
}
