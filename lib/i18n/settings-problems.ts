/**
 * Turns a settings validation issue into a sentence for the options page that names the field by its label (and, for
 * a list typed one item per line, the line), in the interface's language: "News sites, line 3: a site is a host
 * name such as vnexpress.net". The schema's own messages are English and name fields by their keys, so they are
 * not shown as they are.
 */
import type { BaseIssue } from 'valibot';
import { ENTITY_TYPES, type EntityType } from '../ner/types';
import type { Settings } from '../settings/settings';
import type { PageText } from './pages';

/** The settings typed in a textarea, one item per line. */
export type ListField = 'disabledSites' | 'newsSites' | 'ratingScale';

const LIST_FIELDS: readonly string[] = ['disabledSites', 'newsSites', 'ratingScale'] satisfies ListField[];

const FIELD_LABELS = {
  disabledSites: 'field.disabledSites',
  newsSites: 'field.newsSites',
  ratingScale: 'field.ratingScale',
  reviewer: 'field.reviewer',
  reviewSite: 'field.reviewSite',
} as const satisfies Partial<Record<keyof Settings, string>>;

const isListField = (field: string): field is ListField => LIST_FIELDS.includes(field);
const isEntityType = (key: unknown): key is EntityType => (ENTITY_TYPES as readonly unknown[]).includes(key);
const hasLabel = (field: string): field is keyof typeof FIELD_LABELS => field in FIELD_LABELS;

/** The setting an issue is about (its key) and, for a list, the item's index. */
function locate(issue: BaseIssue<unknown>): { field: string; item: unknown } {
  const [first, second] = issue.path ?? [];
  return { field: typeof first?.key === 'string' ? first.key : '', item: second?.key };
}

/** What is wrong, without saying where. */
function problemOf(issue: BaseIssue<unknown>, field: string, isItem: boolean, t: PageText): string {
  const max = typeof issue.requirement === 'number' ? issue.requirement : 0;
  switch (issue.type) {
    case 'regex':
      return field === 'colours' ? t('problem.colour') : t('problem.host');
    case 'max_length':
      if (isItem) return t('problem.tooLong', { max });
      if (field === 'ratingScale') return t('problem.scaleTooLong');
      if (field === 'newsSites') return t('problem.tooManySites', { max });
      return t('problem.tooLong', { max });
    case 'min_length':
      return isItem ? t('problem.verdictEmpty') : t('problem.scaleTooShort');
    case 'check':
      return t('problem.scaleRepeats');
    default:
      return t('problem.invalid');
  }
}

/**
 * `lineOf` maps an item's index in the saved list back to its line in the textarea (blank lines are dropped before
 * saving, so the two differ).
 */
export function describeSettingsIssue(issue: BaseIssue<unknown>, t: PageText, lineOf: (field: ListField, index: number) => number): string {
  const { field, item } = locate(issue);
  const problem = problemOf(issue, field, typeof item === 'number', t);
  if (field === 'colours' && isEntityType(item)) {
    return t('options.problemIn', { field: t('field.colour', { type: t(`entityGroup.${item}`) }), problem });
  }
  const label = hasLabel(field) ? t(FIELD_LABELS[field]) : t('field.settings');
  if (typeof item === 'number' && isListField(field)) {
    return t('options.problemOnLine', { field: label, line: lineOf(field, item), problem });
  }
  return t('options.problemIn', { field: label, problem });
}

/**
 * What is wrong with a setting, without saying where: a backup's settings are placed by their path in the file
 * (`settings.ratingScale`), not by a form's labels and lines, but are worded as the options page words them.
 */
export function settingsProblem(issue: BaseIssue<unknown>, t: PageText): string {
  const { field, item } = locate(issue);
  return problemOf(issue, field, typeof item === 'number', t);
}
