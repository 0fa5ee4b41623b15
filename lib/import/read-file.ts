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
 * Items are numbered from 1 in what is reported, in the order they are in the file. Problems come back as data
 * (problems.ts), which the import screen words in the reader's language.
 */
import * as v from 'valibot';
import { annotationSchema, type Annotation } from '../annotations/model';
import type { Settings } from '../settings/settings';
import { readBackup } from './backup';
import { detectShape } from './detect';
import { convertForeign, isHypothesisItem } from './foreign';
import { itemIssue } from './issues';
import { parseJson } from './json';
import { countProblem, textSizeProblem } from './limits';
import { newestById } from './newer';
import type { ImportProblem, ItemIssue, Skipped } from './problems';

export type ImportFormat = 'newslens-backup' | 'web-annotation' | 'hypothesis';

export type ImportResult =
  | { ok: true; format: ImportFormat; annotations: Annotation[]; settings: Settings | null; skipped: Skipped[] }
  | { ok: false; problem: ImportProblem };

/** Bad items named in a refusal; the rest are counted. */
const NAMED = 3;

const refuse = (problem: ImportProblem): ImportResult => ({ ok: false, problem });

/** A NewsLens item: exported by us, so validated as it is. */
const isOwn = (item: unknown): boolean => typeof item === 'object' && item !== null && 'newslens:kind' in item;

interface Checked {
  annotations: Annotation[];
  invalid: ItemIssue[];
  skipped: Skipped[];
}

/** Validates our items, converts foreign ones (unless `ownOnly`, as in a backup, where every item must be ours). */
function checkItems(items: readonly unknown[], now: Date, ownOnly: boolean): Checked {
  const checked: Checked = { annotations: [], invalid: [], skipped: [] };
  items.forEach((item, index) => {
    if (ownOnly || isOwn(item)) {
      const parsed = v.safeParse(annotationSchema, item);
      if (parsed.success) checked.annotations.push(parsed.output);
      else checked.invalid.push(itemIssue(index, parsed.issues[0]));
      return;
    }
    const converted = convertForeign(item, now);
    if (converted.ok) checked.annotations.push(converted.annotation);
    else checked.skipped.push({ item: index + 1, reason: converted.reason });
  });
  return checked;
}

/**
 * Reads the text of an import file. `now` dates foreign items that carry no date. Never throws: every problem comes
 * back as `{ ok: false, problem }` saying what is wrong and where.
 */
export function readImportFile(text: string, now: Date): ImportResult {
  const tooLarge = textSizeProblem(text);
  if (tooLarge) return refuse(tooLarge);
  const json = parseJson(text);
  if (!json.ok) return refuse(json.problem);
  const shape = detectShape(json.value);
  if (shape.kind === 'unknown') return refuse(shape.problem);

  let items: unknown[];
  let settings: Settings | null = null;
  let format: ImportFormat;
  if (shape.kind === 'backup') {
    const backup = readBackup(shape.value);
    if (!backup.ok) return refuse(backup.problem);
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
    return refuse({ kind: 'invalidItems', count: checked.invalid.length, named: checked.invalid.slice(0, NAMED) });
  }
  if (checked.annotations.length === 0 && checked.skipped.length > 0) {
    return refuse({ kind: 'nothingImportable', count: checked.skipped.length, named: checked.skipped.slice(0, NAMED) });
  }
  // The same annotation twice in one file (an export concatenated with itself): the newest copy, as the store would.
  return { ok: true, format, annotations: newestById(checked.annotations), settings, skipped: checked.skipped };
}
