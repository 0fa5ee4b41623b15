/**
 * What an import would do, computed before anything is written, so the import screen can say "12 new, 3 updated,
 * 40 already here, on 9 pages" and let the reader confirm or back out. It applies the store's own merge rule
 * (newer.ts), so the counts are the ones `AnnotationStore.merge` then reports.
 */
import type { Annotation } from '../annotations/model';
import { isNewer, newestById } from './newer';

export interface PagePreview {
  /** The page's canonical URL. */
  source: string;
  /** Its title where an annotation of it recorded one, else null (show the URL). */
  title: string | null;
  /** Annotations of this page in the file. */
  count: number;
}

export interface ImportPreview {
  /** Not in the store yet. */
  added: number;
  /** In the store, and the file's copy was modified later: it replaces the stored one. */
  updated: number;
  /** In the store, modified at the same time or later there: kept as it is. */
  unchanged: number;
  /** Distinct annotations in the file (one per id). */
  total: number;
  /** Pages of the file's annotations, most annotated first. */
  pages: PagePreview[];
}

/** `existing` maps the id of every stored annotation to its `modified` timestamp. */
export function previewImport(incoming: readonly Annotation[], existing: ReadonlyMap<string, string>): ImportPreview {
  const annotations = newestById(incoming);
  let added = 0;
  let updated = 0;
  const pages = new Map<string, PagePreview>();
  for (const annotation of annotations) {
    const stored = existing.get(annotation.id);
    if (stored === undefined) added++;
    else if (isNewer(annotation.modified, stored)) updated++;
    const source = annotation.target.source;
    const page = pages.get(source) ?? { source, title: null, count: 0 };
    page.count++;
    page.title ??= annotation.target['newslens:title'] || null;
    pages.set(source, page);
  }
  return {
    added,
    updated,
    unchanged: annotations.length - added - updated,
    total: annotations.length,
    pages: [...pages.values()].sort((a, b) => b.count - a.count || a.source.localeCompare(b.source)),
  };
}
