/**
 * What kind of file was opened, from the shape of its JSON: a NewsLens backup, or a container of annotations —
 * a W3C AnnotationCollection (its pages inline, as our export writes it: `first.items`), an AnnotationPage, a bare
 * list, a single Annotation, a Hypothesis API search result (`rows`) or Hypothesis export (`annotations`). Only the
 * container is recognised here; the items are checked one by one afterwards.
 */
import { isBackup } from './backup';
import type { ImportProblem } from './problems';

export type Shape =
  | { kind: 'backup'; value: Record<string, unknown> }
  | { kind: 'items'; items: unknown[]; hypothesis: boolean }
  | { kind: 'unknown'; problem: ImportProblem };

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON-LD `type` may be one name or a list of them. */
function hasType(value: Json, name: string): boolean {
  const type = value.type;
  return type === name || (Array.isArray(type) && type.includes(name));
}

const NOT_ANNOTATIONS: Shape = { kind: 'unknown', problem: { kind: 'notAnnotations' } };

/** A link as the refusal shows it: enough to recognise it, never a whole page of text. */
const shortLink = (link: string): string => link.slice(0, 200);

/** `path`, then `key` inside it ('' is the file itself). */
const inside = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/** A page and the pages after it that are in the file too (`next` as an object); a `next` that is only a link
 *  means the rest of the collection is elsewhere. `where` is the page's path ('' for the file itself). Pages are at
 *  most as many as the JSON is deep. */
function pageItems(page: Json, where: string): Shape {
  const items: unknown[] = [];
  let current: unknown = page;
  let path = where;
  while (isRecord(current)) {
    if (!Array.isArray(current.items)) return { kind: 'unknown', problem: { kind: 'pageWithoutItems', page: path } };
    items.push(...(current.items as unknown[]));
    if (typeof current.next === 'string') {
      return { kind: 'unknown', problem: { kind: 'partial', next: inside(path, 'next'), link: shortLink(current.next) } };
    }
    current = current.next;
    path = inside(path, 'next');
  }
  return { kind: 'items', items, hypothesis: false };
}

export function detectShape(value: unknown): Shape {
  if (isBackup(value)) return { kind: 'backup', value };
  if (Array.isArray(value)) return { kind: 'items', items: value, hypothesis: false };
  if (!isRecord(value)) return NOT_ANNOTATIONS;
  if (hasType(value, 'AnnotationCollection')) {
    if (Array.isArray(value.items)) return { kind: 'items', items: value.items as unknown[], hypothesis: false };
    if (typeof value.first === 'string') {
      return { kind: 'unknown', problem: { kind: 'firstIsLink', link: shortLink(value.first) } };
    }
    if (value.first === undefined && value.total === 0) return { kind: 'items', items: [], hypothesis: false };
    if (!isRecord(value.first)) return { kind: 'unknown', problem: { kind: 'noFirstPage' } };
    return pageItems(value.first, 'first');
  }
  if (hasType(value, 'AnnotationPage')) return pageItems(value, '');
  // Hypothesis: the API's search result (`rows`), and the client's export file (`annotations`, with its date and
  // version beside); other tools' `{ annotations: [...] }` are read the same way.
  if (Array.isArray(value.rows)) return { kind: 'items', items: value.rows as unknown[], hypothesis: true };
  if (Array.isArray(value.annotations)) {
    return { kind: 'items', items: value.annotations as unknown[], hypothesis: 'export_date' in value || 'client_version' in value };
  }
  if (hasType(value, 'Annotation') || 'target' in value) return { kind: 'items', items: [value], hypothesis: false };
  return NOT_ANNOTATIONS;
}
