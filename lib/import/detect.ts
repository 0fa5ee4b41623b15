/**
 * What kind of file was opened, from the shape of its JSON: a NewsLens backup, or a container of annotations —
 * a W3C AnnotationCollection (its pages inline, as our export writes it: `first.items`), an AnnotationPage, a bare
 * list, a single Annotation, a Hypothesis API search result (`rows`) or Hypothesis export (`annotations`). Only the
 * container is recognised here; the items are checked one by one afterwards.
 */
import { isBackup } from './backup';

export type Shape =
  | { kind: 'backup'; value: Record<string, unknown> }
  | { kind: 'items'; items: unknown[]; hypothesis: boolean }
  | { kind: 'unknown'; message: string };

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON-LD `type` may be one name or a list of them. */
function hasType(value: Json, name: string): boolean {
  const type = value.type;
  return type === name || (Array.isArray(type) && type.includes(name));
}

export const NOT_ANNOTATIONS = 'Not an annotation file: expected an AnnotationCollection, an array of annotations, or a NewsLens backup.';

/** A page and the pages after it that are in the file too (`next` as an object); a `next` that is only a link
 *  means the rest of the collection is elsewhere. Pages are at most as many as the JSON is deep. */
function pageItems(page: Json, where: string): { items: unknown[] } | { message: string } {
  const items: unknown[] = [];
  let current: unknown = page;
  let path = where;
  while (isRecord(current)) {
    if (!Array.isArray(current.items)) return { message: `Not an annotation file: ${path} has no list of items.` };
    items.push(...(current.items as unknown[]));
    if (typeof current.next === 'string') {
      return { message: `This file holds only part of the collection: the rest is at ${path}.next (${current.next.slice(0, 200)}), which is not in the file. Export it as a single file.` };
    }
    current = current.next;
    path = `${path}.next`;
  }
  return { items };
}

export function detectShape(value: unknown): Shape {
  if (isBackup(value)) return { kind: 'backup', value };
  if (Array.isArray(value)) return { kind: 'items', items: value, hypothesis: false };
  if (!isRecord(value)) return { kind: 'unknown', message: NOT_ANNOTATIONS };
  if (hasType(value, 'AnnotationCollection')) {
    if (Array.isArray(value.items)) return { kind: 'items', items: value.items as unknown[], hypothesis: false };
    if (typeof value.first === 'string') {
      return { kind: 'unknown', message: `This collection's annotations are not in the file: its first page is a link (${value.first.slice(0, 200)}). Export it as a single file.` };
    }
    if (value.first === undefined && value.total === 0) return { kind: 'items', items: [], hypothesis: false };
    if (!isRecord(value.first)) return { kind: 'unknown', message: 'Not an annotation file: the AnnotationCollection has no first page (first) with its items.' };
    const pages = pageItems(value.first, 'first');
    return 'items' in pages ? { kind: 'items', items: pages.items, hypothesis: false } : { kind: 'unknown', message: pages.message };
  }
  if (hasType(value, 'AnnotationPage')) {
    const pages = pageItems(value, 'the AnnotationPage');
    return 'items' in pages ? { kind: 'items', items: pages.items, hypothesis: false } : { kind: 'unknown', message: pages.message };
  }
  // Hypothesis: the API's search result (`rows`), and the client's export file (`annotations`, with its date and
  // version beside); other tools' `{ annotations: [...] }` are read the same way.
  if (Array.isArray(value.rows)) return { kind: 'items', items: value.rows as unknown[], hypothesis: true };
  if (Array.isArray(value.annotations)) {
    return { kind: 'items', items: value.annotations as unknown[], hypothesis: 'export_date' in value || 'client_version' in value };
  }
  if (hasType(value, 'Annotation') || 'target' in value) return { kind: 'items', items: [value], hypothesis: false };
  return { kind: 'unknown', message: NOT_ANNOTATIONS };
}
