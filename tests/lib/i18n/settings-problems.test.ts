import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { describeSettingsIssue, type ListField } from '@/lib/i18n/settings-problems';
import { pageText } from '@/lib/i18n/pages';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/settings/settings';

/** The first problem with `change` applied to the defaults, as the options page words it. */
function problemWith(change: Partial<Settings>, language: 'en' | 'vi' = 'en', lineOf = (_field: ListField, index: number) => index + 1): string {
  const parsed = v.safeParse(settingsSchema, { ...DEFAULT_SETTINGS, ...change });
  if (parsed.success) throw new Error('expected a problem');
  return describeSettingsIssue(parsed.issues[0], pageText(language), lineOf);
}

describe('settings problems', () => {
  it('name the field by its label and the line a list item was typed on', () => {
    expect(problemWith({ newsSites: ['vnexpress.net', 'bbc.com', 'not a host'] })).toBe('News sites, line 3: a site is a host name such as vnexpress.net');
    // Blank lines are dropped before saving: the form maps the item back to where it was typed.
    expect(problemWith({ newsSites: ['vnexpress.net', 'bad/host'] }, 'en', (field, index) => (field === 'newsSites' ? index + 3 : -1))).toBe(
      'News sites, line 4: a site is a host name such as vnexpress.net',
    );
    expect(problemWith({ newsSites: ['vnexpress.net', 'not a host'] }, 'vi')).toBe('Trang tin tức, dòng 2: trang web phải là một tên miền, ví dụ vnexpress.net');
  });

  it('word rating scale problems for the reader', () => {
    expect(problemWith({ ratingScale: ['Đúng'] })).toBe('Rating scale: a rating scale needs at least two verdicts');
    expect(problemWith({ ratingScale: ['Đúng', 'đúng'] })).toBe('Rating scale: each verdict only once');
    expect(problemWith({ ratingScale: ['Đúng', 'x'.repeat(61)] })).toBe('Rating scale, line 2: at most 60 characters');
    expect(problemWith({ ratingScale: Array.from({ length: 11 }, (_, index) => `V${index}`) }, 'vi')).toBe('Thang đánh giá: thang đánh giá có tối đa mười kết luận');
  });

  it('name a colour by its entity type and other fields by their labels', () => {
    expect(problemWith({ colours: { ...DEFAULT_SETTINGS.colours, ORG: 'blue' } })).toBe('Organisations colour: a colour is #rrggbb');
    expect(problemWith({ reviewer: 'x'.repeat(201) })).toBe('Reviewer name: at most 200 characters');
    expect(problemWith({ disabledSites: ['x'.repeat(254)] }, 'vi')).toBe('Trang web tắt tô sáng, dòng 1: tối đa 253 ký tự');
  });
});
