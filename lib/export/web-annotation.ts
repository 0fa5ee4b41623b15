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

/** "newslens-annotations-2026-11-23.jsonld": dated, so exports sort and never overwrite each other by surprise. */
export function exportFileName(kind: string, date: Date): string {
  return `newslens-${kind}-${date.toISOString().slice(0, 10)}.jsonld`;
}
