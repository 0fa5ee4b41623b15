/**
 * Export to the W3C Web Annotation JSON-LD serialisation: an AnnotationCollection holding one AnnotationPage of the
 * annotations exactly as stored (the store keeps the model's own form, so nothing is lost on the way out).
 */
import { ANNOTATION_CONTEXT, type Annotation } from '../annotations/model';

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

export function toAnnotationCollection(annotations: readonly Annotation[], label: string, id: string): AnnotationCollection {
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items: [...annotations] },
  };
}

export type ExportExtension = 'jsonld' | 'csv' | 'jsonl' | 'conll' | 'json';

/**
 * "newslens-annotations-2026-11-23-2141.csv": stamped with the UTC date and time to the minute, so exports sort by
 * when they were made and two on the same day do not collide (UTC, so the name does not depend on where it was made).
 */
export function exportFileName(kind: string, date: Date, extension: ExportExtension): string {
  const iso = date.toISOString();
  return `newslens-${kind}-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}.${extension}`;
}
