/**
 * Turns valibot's issues into what the import screen reports: the path inside the item in the form a reader finds in
 * the file (`target.selector[0].prefix`), and the issue itself, which lib/i18n words in the reader's language.
 */
import type * as v from 'valibot';
import type { ItemIssue, ValueIssue } from './problems';

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
 * The issue and where it is. `root` names the value itself when it sits inside something larger ("settings" →
 * "settings.ratingScale"), so the path is the one in the file.
 */
export function valueIssue(issue: v.BaseIssue<unknown>, root = ''): ValueIssue {
  const inner = issuePath(issue);
  return { path: root && inner && !inner.startsWith('[') ? `${root}.${inner}` : `${root}${inner}`, issue };
}

/** The issue of the item at `index` in the file, numbered from 1 as a reader counts them. */
export function itemIssue(index: number, issue: v.BaseIssue<unknown>): ItemIssue {
  return { item: index + 1, path: issuePath(issue), issue };
}
