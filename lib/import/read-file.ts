/**
 * Reads an import file into annotations (and settings, from a backup) without touching the store: the import screen
 * shows `previewImport` of the result and the store merges it only when the reader confirms.
 *
 * Policy for items that do not fit:
 *  - Our own formats (a backup, or items carrying `newslens:kind`, i.e. NewsLens exports) must be valid as they are.
 *    If any one is not, the whole file is refused, naming the first few bad items and where in them: such a file
 *    was damaged or hand-edited, and importing part of a reader's own work would pass off a loss as a success.
 *  - Other tools' items are converted where NewsLens can use them; those it cannot (no quote, not a web page, a
 *    reply) are listed in `skipped` with the reason and the rest imported: the file is fine, NewsLens just has no
 *    place for those items, and refusing a whole Hypothesis export for its page notes would help no one. A file
 *    from which nothing at all can be imported is refused with the reasons, rather than "imported" empty.
 * Items are numbered from 1 in messages, in the order they are in the file.
 */
import * as v from 'valibot';
import { annotationSchema, type Annotation } from '../annotations/model';
import type { Settings } from '../settings/settings';
import { readBackup } from './backup';
import { detectShape } from './detect';
import { convertForeign, isHypothesisItem } from './foreign';
import { describeItemIssue } from './issues';
import { parseJson } from './json';
import { countProblem, formatCount, textSizeProblem } from './limits';
import { newestById } from './newer';

export type ImportFormat = 'newslens-backup' | 'web-annotation' | 'hypothesis';

export interface Skipped {
  /** "Item 3": the item's place in the file, counted from 1. */
  where: string;
  reason: string;
}

export type ImportResult =
  | { ok: true; format: ImportFormat; annotations: Annotation[]; settings: Settings | null; skipped: Skipped[] }
  | { ok: false; message: string };

/** Bad items named in a refusal; the rest are counted. */
const NAMED = 3;

const refuse = (message: string): ImportResult => ({ ok: false, message });

/** "Item 3 (id): …; Item 7 (target.source): …; and 2 more." */
function listProblems(problems: readonly string[]): string {
  const named = problems.slice(0, NAMED).join('; ');
  const rest = problems.length - NAMED;
  return rest > 0 ? `${named}; and ${formatCount(rest)} more.` : `${named}.`;
}

/** A NewsLens item: exported by us, so validated as it is. */
const isOwn = (item: unknown): boolean => typeof item === 'object' && item !== null && 'newslens:kind' in item;

interface Checked {
  annotations: Annotation[];
  invalid: string[];
  skipped: Skipped[];
}

/** Validates our items, converts foreign ones (unless `ownOnly`, as in a backup, where every item must be ours). */
function checkItems(items: readonly unknown[], now: Date, ownOnly: boolean): Checked {
  const checked: Checked = { annotations: [], invalid: [], skipped: [] };
  items.forEach((item, index) => {
    if (ownOnly || isOwn(item)) {
      const parsed = v.safeParse(annotationSchema, item);
      if (parsed.success) checked.annotations.push(parsed.output);
      else checked.invalid.push(describeItemIssue(index, parsed.issues[0]));
      return;
    }
    const converted = convertForeign(item, now);
    if (converted.ok) checked.annotations.push(converted.annotation);
    else checked.skipped.push({ where: `Item ${index + 1}`, reason: converted.reason });
  });
  return checked;
}

/**
 * Reads the text of an import file. `now` dates foreign items that carry no date. Never throws: every problem comes
 * back as `{ ok: false, message }` saying what is wrong and where.
 */
export function readImportFile(text: string, now: Date): ImportResult {
  const tooLarge = textSizeProblem(text);
  if (tooLarge) return refuse(tooLarge);
  const json = parseJson(text);
  if (!json.ok) return refuse(json.message);
  const shape = detectShape(json.value);
  if (shape.kind === 'unknown') return refuse(shape.message);

  let items: unknown[];
  let settings: Settings | null = null;
  let format: ImportFormat;
  if (shape.kind === 'backup') {
    const backup = readBackup(shape.value);
    if (!backup.ok) return refuse(backup.message);
    ({ items, settings } = backup);
    format = 'newslens-backup';
  } else {
    items = shape.items;
    format = shape.hypothesis || items.some(isHypothesisItem) ? 'hypothesis' : 'web-annotation';
  }
  const tooMany = countProblem(items.length);
  if (tooMany) return refuse(tooMany);

  const checked = checkItems(items, now, format === 'newslens-backup');
  if (checked.invalid.length > 0) {
    const count = checked.invalid.length;
    const what = count === 1 ? '1 item is not a valid NewsLens annotation' : `${formatCount(count)} items are not valid NewsLens annotations`;
    return refuse(`${what}, so nothing was imported. ${listProblems(checked.invalid)}`);
  }
  if (checked.annotations.length === 0 && checked.skipped.length > 0) {
    const reasons = checked.skipped.map(({ where, reason }) => `${where}: ${reason}`);
    return refuse(`Nothing in this file can be imported: NewsLens keeps notes on passages of web pages. ${listProblems(reasons)}`);
  }
  // The same annotation twice in one file (an export concatenated with itself): the newest copy, as the store would.
  return { ok: true, format, annotations: newestById(checked.annotations), settings, skipped: checked.skipped };
}
