import { useEffect, useRef } from 'preact/hooks';
import { describeSkipped } from '@/lib/i18n/import-problems';
import type { ImportPreview } from '@/lib/import/preview';
import type { Skipped } from '@/lib/import/problems';
import type { ImportFormat } from '@/lib/import/read-file';
import { useText } from '../LanguageRoot';

/** Pages and left-out items listed by name; the rest are counted. */
const PAGES_LISTED = 5;
const SKIPPED_LISTED = 10;

interface Props {
  fileName: string;
  format: ImportFormat;
  preview: ImportPreview;
  skipped: readonly Skipped[];
  /** For a backup: whether it holds settings; null for other files, which never do. */
  hasSettings: boolean | null;
  restoreSettings: boolean;
  onRestoreSettings(restore: boolean): void;
  busy: boolean;
  onImport(): void;
  onCancel(): void;
}

/** What an import would do, shown before anything is written: the reader confirms or backs out. */
export function ImportPreviewView({ fileName, format, preview, skipped, hasSettings, restoreSettings, onRestoreSettings, busy, onImport, onCancel }: Props) {
  const text = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen-reader users land on the preview as it opens, not on the file input behind it.
  useEffect(() => heading.current?.focus(), []);
  const morePages = preview.pages.length - PAGES_LISTED;
  const moreSkipped = skipped.length - SKIPPED_LISTED;
  return (
    <div class="import-preview" role="group" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading" tabIndex={-1} ref={heading}>
        {text('data.previewHeading', { file: fileName })}
      </h3>
      <p>{text('data.format', { format: text(`importFormat.${format}`) })}</p>
      <ul class="import-counts">
        <li>{text.plural('data.added', preview.added)}</li>
        <li>{text.plural('data.updated', preview.updated)}</li>
        <li>{text.plural('data.unchanged', preview.unchanged)}</li>
      </ul>
      {preview.pages.length > 0 && (
        <>
          <p>{text.plural('data.pages', preview.pages.length)}</p>
          <ul class="import-pages">
            {preview.pages.slice(0, PAGES_LISTED).map((page) => (
              <li key={page.source}>
                <span class="page-name">{page.title ?? page.source}</span> · {text.plural('data.annotations', page.count)}
              </li>
            ))}
            {morePages > 0 && <li>{text.plural('data.morePages', morePages)}</li>}
          </ul>
        </>
      )}
      {skipped.length > 0 && (
        <>
          <p>{text.plural('data.skipped', skipped.length)}</p>
          <ul class="import-skipped">
            {skipped.slice(0, SKIPPED_LISTED).map((entry) => (
              <li key={entry.item}>{describeSkipped(entry, text)}</li>
            ))}
            {moreSkipped > 0 && <li>{text.plural('data.moreSkipped', moreSkipped)}</li>}
          </ul>
        </>
      )}
      {hasSettings === true && <p>{text('data.hasSettings')}</p>}
      {hasSettings === true && (
        <label class="check">
          <input type="checkbox" checked={restoreSettings} onChange={(event) => onRestoreSettings(event.currentTarget.checked)} />
          {text('data.restoreSettings')}
        </label>
      )}
      {hasSettings === false && <p>{text('data.noSettings')}</p>}
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={onImport}>
          {busy ? text('data.importing') : text('data.confirmImport')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {text('common.cancel')}
        </button>
      </div>
    </div>
  );
}
