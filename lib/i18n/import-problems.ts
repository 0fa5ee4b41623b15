/**
 * The import screen's refusals and left-out items in the interface's language. lib/import reports them as data
 * (lib/import/problems.ts), and they are worded only here, when shown, so they follow the reader's language. As
 * settings-problems.ts does for the options form, valibot's issues are worded by their type and requirement, never
 * by valibot's English message, keeping the item's number and the path inside it: "Item 3 (target.selector[0].prefix):
 * at most 64 characters (it has 65)". Numbers are formatted in the interface's locale.
 */
import type { BaseIssue } from 'valibot';
import type { ImportProblem, ItemIssue, JsonError, SkipReason, Skipped, ValueIssue } from '../import/problems';
import type { PageText } from './pages';
import { settingsProblem } from './settings-problems';
import { MODEL_PATTERNS } from '../annotations/model';

const MEGABYTE = 1024 * 1024;

/** A value quoted from the file is cut to this many characters: enough to recognise it. */
const QUOTED_MAX = 80;

const quoted = (text: string): string => (text.length > QUOTED_MAX ? `${text.slice(0, QUOTED_MAX)}…` : text);

const lengthOf = (input: unknown): number => (typeof input === 'string' || Array.isArray(input) ? input.length : 0);

/** valibot's `expected` for a literal or a choice, `("a" | "b" | "c")`, as `"a", "b" or "c"` in the reader's language. */
function choices(expected: string, t: PageText): string {
  const options = expected.replace(/^\((.*)\)$/s, '$1').split(' | ');
  return new Intl.ListFormat(t.locale, { type: 'disjunction' }).format(options);
}

/** What each of the annotation model's patterns asks for, in the reader's words. */
const PATTERN_KEYS = new Map<RegExp, 'importIssue.webAddress' | 'importIssue.entitySource' | 'importIssue.knowledgeBaseId' | 'importIssue.uuid'>([
  [MODEL_PATTERNS.webAddress, 'importIssue.webAddress'],
  [MODEL_PATTERNS.entitySource, 'importIssue.entitySource'],
  [MODEL_PATTERNS.knowledgeBaseId, 'importIssue.knowledgeBaseId'],
  [MODEL_PATTERNS.annotationId, 'importIssue.uuid'],
]);

function patternProblem(pattern: unknown, t: PageText): string {
  const key = pattern instanceof RegExp ? PATTERN_KEYS.get(pattern) : undefined;
  return key ? t(key) : t('problem.invalid');
}

/** What is wrong with a value, without saying where. */
function whatIsWrong(issue: BaseIssue<unknown>, t: PageText): string {
  const number = (value: number): string => value.toLocaleString(t.locale);
  const limit = number(typeof issue.requirement === 'number' ? issue.requirement : 0);
  const length = number(lengthOf(issue.input));
  const value = typeof issue.input === 'number' ? number(issue.input) : issue.received;
  if (issue.kind === 'schema') {
    // A strict object's field it does not have, or a field it needs that is not there.
    if (issue.expected === 'never') return t('importIssue.unknownField');
    if (issue.received === 'undefined') return t('importIssue.missing');
    if (issue.expected === 'string') return t('importIssue.string');
    if (issue.expected === 'number') return t('importIssue.number');
    if (issue.expected === 'Array') return t('importIssue.array');
    if (issue.expected === 'Object') return t('importIssue.object');
    if (issue.expected !== null && (issue.type === 'literal' || issue.type === 'picklist' || issue.type === 'variant')) {
      return t('importIssue.oneOf', { expected: choices(issue.expected, t), received: quoted(issue.received) });
    }
    return t('problem.invalid');
  }
  switch (issue.type) {
    case 'max_length':
      return Array.isArray(issue.input) ? t('importIssue.tooManyEntries', { max: limit, length }) : t('importIssue.tooLong', { max: limit, length });
    case 'min_length':
      return lengthOf(issue.input) === 0 ? t('importIssue.empty') : t('importIssue.tooShort', { min: limit, length });
    case 'min_value':
      return t('importIssue.minValue', { min: limit, value });
    case 'integer':
      return t('importIssue.integer', { value });
    case 'iso_timestamp':
      return t('importIssue.timestamp');
    case 'url':
      return t('importIssue.webAddress');
    case 'regex':
      return patternProblem(issue.requirement, t);
    default:
      return t('problem.invalid');
  }
}

/** "target.source: must be an http(s) URL", or only what is wrong for the value as a whole. */
function valueProblem({ path, issue }: ValueIssue, t: PageText): string {
  const problem = whatIsWrong(issue, t);
  return path ? t('import.at', { path, problem }) : problem;
}

/** "Item 3 (target.source): must be an http(s) URL". */
function itemProblem({ item, path, issue }: ItemIssue, t: PageText): string {
  const problem = whatIsWrong(issue, t);
  const number = item.toLocaleString(t.locale);
  return path ? t('import.itemAt', { item: number, path, problem }) : t('import.item', { item: number, problem });
}

function skipReason(reason: SkipReason, t: PageText): string {
  switch (reason.kind) {
    case 'notObject':
      return t('importSkip.notObject');
    case 'reply':
      return t('importSkip.reply');
    case 'noTarget':
      return t('importSkip.noTarget');
    case 'pageNote':
      return t('importSkip.pageNote');
    case 'noPageAddress':
      return t('importSkip.noPageAddress');
    case 'noQuoteSelector':
      return t('importSkip.noQuoteSelector');
    case 'notWebPage':
      return t('importSkip.notWebPage', { address: reason.address });
    case 'tooLong': {
      const max = reason.max.toLocaleString(t.locale);
      if (reason.what === 'address') return t('importSkip.addressTooLong', { max });
      return reason.what === 'quote' ? t('importSkip.quoteTooLong', { max }) : t('importSkip.noteTooLong', { max });
    }
    case 'invalid':
      return valueProblem(reason.problem, t);
  }
}

/** "Item 3: a reply in a discussion, not an annotation of the page": an item the import preview lists as left out. */
export function describeSkipped({ item, reason }: Skipped, t: PageText): string {
  return t('import.item', { item: item.toLocaleString(t.locale), problem: skipReason(reason, t) });
}

/** "Item 1 (id): …; Item 3 (created): …; and 2 more." */
function list(named: readonly string[], count: number, t: PageText): string {
  const rest = count - named.length;
  const joined = named.join('; ');
  return rest > 0 ? t.plural('import.listMore', rest, { named: joined }) : t('import.list', { named: joined });
}

function jsonProblem(error: JsonError, t: PageText): string {
  if (error.kind === 'endsEarly') return t('import.endsEarly', { line: error.line, column: error.column });
  return error.at ? t('import.notJson', { detail: error.detail, ...error.at }) : t('import.notJsonNowhere', { detail: error.detail });
}

/** Why a file is refused, in the interface's language: what the import screen shows after "This file cannot be imported." */
export function describeImportProblem(problem: ImportProblem, t: PageText): string {
  const number = (value: number): string => value.toLocaleString(t.locale);
  switch (problem.kind) {
    case 'tooLarge': {
      const max = number(problem.maxBytes / MEGABYTE);
      if (problem.bytes === null) return t('import.tooLargeText', { max });
      const size = (problem.bytes / MEGABYTE).toLocaleString(t.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      return t('import.tooLarge', { size, max });
    }
    case 'tooMany':
      return t('import.tooMany', { count: number(problem.count), max: number(problem.max) });
    case 'empty':
      return t('import.empty');
    case 'notJson':
      return jsonProblem(problem.error, t);
    case 'notAnnotations':
      return t('import.notAnnotations');
    case 'noFirstPage':
      return t('import.noFirstPage');
    case 'firstIsLink':
      return t('import.firstIsLink', { link: problem.link });
    case 'pageWithoutItems':
      return problem.page ? t('import.pageWithoutItems', { page: problem.page }) : t('import.fileWithoutItems');
    case 'partial':
      return t('import.partial', { path: problem.next, link: problem.link });
    case 'backupDamaged':
      return t('import.backupDamaged', { problem: valueProblem(problem.problem, t) });
    case 'backupNewer':
      return t('import.backupNewer', { version: number(problem.version), supported: number(problem.supported) });
    case 'backupSettings': {
      const { path, issue } = problem.problem;
      return t('import.backupSettings', { problem: t('import.at', { path, problem: settingsProblem(issue, t) }) });
    }
    case 'invalidItems': {
      const named = problem.named.map((issue) => itemProblem(issue, t));
      return t.plural('import.invalidItems', problem.count, { list: list(named, problem.count, t) });
    }
    case 'nothingImportable': {
      const named = problem.named.map((skipped) => describeSkipped(skipped, t));
      return t('import.nothingImportable', { list: list(named, problem.count, t) });
    }
  }
}
