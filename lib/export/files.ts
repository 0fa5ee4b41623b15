/**
 * The files the export buttons write: contents, a dated name and a MIME type, from the serialisers next to this
 * file. One place decides what each format's file is called and typed, so the popup, the dashboard and the options
 * page name the same export the same way.
 */
import type { Annotation } from '../annotations/model';
import type { Backup } from '../import/backup';
import { toClaimReviews } from './claim-review';
import { toCsv } from './csv';
import { toConllDocument, toJsonl, type AnalysedPage, type WikidataLookup } from './nlp';
import { exportFileName, toAnnotationCollection } from './web-annotation';

export interface ExportFile {
  contents: string;
  fileName: string;
  mime: string;
}

/** Formats of annotations: lossless JSON-LD, a spreadsheet, and the claims alone as schema.org ClaimReview. */
export const ANNOTATION_FORMATS = ['web-annotation', 'csv', 'claim-review'] as const;
export type AnnotationFormat = (typeof ANNOTATION_FORMATS)[number];

/** Formats of a page's entity spans, for NLP research. */
export const ENTITY_FORMATS = ['jsonl', 'conll'] as const;
export type EntityFormat = (typeof ENTITY_FORMATS)[number];

export interface AnnotationExportOptions {
  /** "page" for one page's annotations (the popup), "all" for a selection across pages. */
  scope: 'page' | 'all';
  /** The AnnotationCollection's label. */
  label: string;
  /** Who signs the claim reviews. */
  reviewer: { type: 'Person' | 'Organization'; name: string; site?: string };
  now: Date;
  /** The collection's id, a `urn:uuid:`; given by the caller so this stays deterministic. */
  collectionId: string;
}

const JSON_LD = 'application/ld+json';

const hasClaim = (annotation: Annotation): boolean => annotation['newslens:kind'] === 'claim';

/** Does this format have anything to write for these annotations? (ClaimReview needs at least one claim.) */
export function canExport(format: AnnotationFormat, annotations: readonly Annotation[]): boolean {
  return format === 'claim-review' ? annotations.some(hasClaim) : annotations.length > 0;
}

export function annotationExport(format: AnnotationFormat, annotations: readonly Annotation[], options: AnnotationExportOptions): ExportFile {
  const { scope, now } = options;
  switch (format) {
    case 'web-annotation':
      return {
        contents: JSON.stringify(toAnnotationCollection(annotations, options.label, options.collectionId), null, 2),
        fileName: exportFileName(scope === 'page' ? 'page' : 'annotations', now, 'jsonld'),
        mime: JSON_LD,
      };
    case 'csv':
      return { contents: toCsv(annotations), fileName: exportFileName(scope === 'page' ? 'page' : 'annotations', now, 'csv'), mime: 'text/csv;charset=utf-8' };
    case 'claim-review':
      return {
        contents: JSON.stringify(toClaimReviews(annotations, options.reviewer), null, 2),
        fileName: exportFileName(scope === 'page' ? 'page-claim-reviews' : 'claim-reviews', now, 'jsonld'),
        mime: JSON_LD,
      };
  }
}

/** A page's entity spans (the reader's corrections applied) as JSON Lines or CoNLL IOB2. */
export function entityExport(format: EntityFormat, page: AnalysedPage, now: Date, wikidataOf?: WikidataLookup): ExportFile {
  return format === 'jsonl'
    ? { contents: toJsonl([page], wikidataOf), fileName: exportFileName('page-entities', now, 'jsonl'), mime: 'application/jsonl' }
    : { contents: toConllDocument([page]), fileName: exportFileName('page-entities', now, 'conll'), mime: 'text/plain;charset=utf-8' };
}

/** The backup file, which `readImportFile` reads back exactly. */
export function backupExport(backup: Backup, now: Date): ExportFile {
  return { contents: JSON.stringify(backup, null, 2), fileName: exportFileName('backup', now, 'json'), mime: 'application/json' };
}
