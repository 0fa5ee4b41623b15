/**
 * Exporting annotations from an extension page: the format list, with the reason a format has nothing to write, and
 * the export itself, signed with the reviewer's name from the settings and saved as a download.
 */
import { browser } from 'wxt/browser';
import type { Annotation } from '@/lib/annotations/model';
import { ANNOTATION_FORMATS, annotationExport, canExport, type AnnotationFormat } from '@/lib/export/files';
import type { PageText } from '@/lib/i18n/pages';
import { loadSettings } from '@/lib/settings/settings-store';
import { downloadFile } from './download';
import type { ExportChoice } from './ExportChooser';

/** Why a format has nothing to write, in the caller's words ("no claims on this page" / "in the selection"). */
export interface Unavailable {
  noAnnotations: string;
  noClaims: string;
}

export function annotationChoices(text: PageText, annotations: readonly Annotation[], why: Unavailable): Array<ExportChoice<AnnotationFormat>> {
  return ANNOTATION_FORMATS.map((format) => ({
    format,
    label: text(`format.${format}`),
    unavailable: canExport(format, annotations) ? null : format === 'claim-review' && annotations.length > 0 ? why.noClaims : why.noAnnotations,
  }));
}

/** Writes the file and resolves to its name. `label` names the JSON-LD collection (the page's title, say). */
export async function exportAnnotations(
  text: PageText,
  format: AnnotationFormat,
  annotations: readonly Annotation[],
  scope: 'page' | 'all',
  label: string = text('export.collectionTitle'),
): Promise<string> {
  const settings = await loadSettings(browser.storage.local);
  const file = annotationExport(format, annotations, {
    scope,
    label,
    reviewer: { type: 'Person', name: settings.reviewer || text('export.anonymousReviewer'), site: settings.reviewSite },
    now: new Date(),
    collectionId: `urn:uuid:${crypto.randomUUID()}`,
  });
  await downloadFile(file.contents, file.fileName, file.mime);
  return file.fileName;
}
