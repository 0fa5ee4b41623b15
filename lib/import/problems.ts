/**
 * Why a file is refused, or an item of it left out, as data rather than sentences. lib/import has no language: the
 * import screen words each problem in the reader's (lib/i18n/import-problems.ts), and the numbers stay numbers so
 * they are formatted in the reader's locale.
 */
import type * as v from 'valibot';

/**
 * A value valibot refused, read by the issue's type and requirement rather than its English message. `path` is where
 * the value is, as a reader finds it in the file (`target.selector[0].prefix`; '' for the value as a whole).
 */
export interface ValueIssue {
  path: string;
  issue: v.BaseIssue<unknown>;
}

/** A value refused in one item of the file; `item` counts from 1, as a reader counts the items. */
export interface ItemIssue extends ValueIssue {
  item: number;
}

/** Why another tool's item has no place in NewsLens, which keeps notes on passages of web pages. */
export type SkipReason =
  | { kind: 'notObject' }
  | { kind: 'reply' }
  | { kind: 'noTarget' }
  | { kind: 'pageNote' }
  | { kind: 'noPageAddress' }
  | { kind: 'noQuoteSelector' }
  /** `address`: the item's page address, shortened. */
  | { kind: 'notWebPage'; address: string }
  | { kind: 'tooLong'; what: 'address' | 'quote' | 'note'; max: number }
  /** Converted, but the model refused the result. */
  | { kind: 'invalid'; problem: ValueIssue };

/** An item left out of the import: its place in the file (from 1) and why. */
export interface Skipped {
  item: number;
  reason: SkipReason;
}

/**
 * What JSON.parse found wrong. `detail` is the engine's own wording (English in every browser), shown as it is since
 * no list of engine messages could be complete; where it happened is a line and column, as a text editor shows.
 */
export type JsonError =
  | { kind: 'endsEarly'; line: number; column: number }
  | { kind: 'syntax'; detail: string; at: { line: number; column: number } | null };

/** Why a whole file is refused. */
export type ImportProblem =
  /** `bytes`: the file's size where it is known before reading it, else null (the text's size is past `maxBytes`). */
  | { kind: 'tooLarge'; bytes: number | null; maxBytes: number }
  | { kind: 'tooMany'; count: number; max: number }
  | { kind: 'empty' }
  | { kind: 'notJson'; error: JsonError }
  | { kind: 'notAnnotations' }
  | { kind: 'noFirstPage' }
  | { kind: 'firstIsLink'; link: string }
  /** `page`: the path of the page without items ('first', 'first.next'), or '' for the AnnotationPage that is the file. */
  | { kind: 'pageWithoutItems'; page: string }
  /** `next`: the path of the link to the rest ('first.next'); `link`: where it points, shortened. */
  | { kind: 'partial'; next: string; link: string }
  | { kind: 'backupDamaged'; problem: ValueIssue }
  | { kind: 'backupNewer'; version: number; supported: number }
  /** `problem.path` starts at the backup's `settings`. */
  | { kind: 'backupSettings'; problem: ValueIssue }
  /** `count` items are invalid; the first few are `named`. */
  | { kind: 'invalidItems'; count: number; named: ItemIssue[] }
  /** Every one of `count` items was left out; the first few are `named`. */
  | { kind: 'nothingImportable'; count: number; named: Skipped[] };
