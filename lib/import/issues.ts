/**
 * Turns valibot's issues into what the import screen shows: the path inside the item in the form a reader finds in
 * the file (`target.selector[0].prefix`), then what is wrong with it.
 */
import type * as v from 'valibot';

/** `target.selector[0].prefix`: object keys joined with dots, array indices in brackets. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else path += path ? `.${String(key)}` : String(key);
  }
  return path;
}

/**
 * "target.source: must be an http(s) URL" — or the bare message for an issue with the value as a whole. `root`
 * names the value itself when it sits inside something larger ("settings" → "settings.ratingScale: …").
 */
export function describeIssue(issue: v.BaseIssue<unknown>, root = ''): string {
  const inner = issuePath(issue);
  const path = root && inner && !inner.startsWith('[') ? `${root}.${inner}` : `${root}${inner}`;
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** "Item 3 (target.source): must be an http(s) URL". Items are numbered from 1, as a reader counts them. */
export function describeItemIssue(index: number, issue: v.BaseIssue<unknown>): string {
  const path = issuePath(issue);
  return `Item ${index + 1}${path ? ` (${path})` : ''}: ${issue.message}`;
}
