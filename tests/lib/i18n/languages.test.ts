import { describe, expect, it } from 'vitest';
import { localeOf, resolveLanguage } from '@/lib/i18n/languages';

describe('the interface language', () => {
  it('follows the browser when set to auto: Vietnamese for vi-*, English for anything else', () => {
    expect(resolveLanguage('auto', 'vi-VN')).toBe('vi');
    expect(resolveLanguage('auto', 'vi')).toBe('vi');
    expect(resolveLanguage('auto', 'VI_vn')).toBe('vi');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('auto', 'en-US')).toBe('en');
    expect(resolveLanguage('auto', 'fr')).toBe('en');
    expect(resolveLanguage('auto', 'vec')).toBe('en');
    expect(resolveLanguage('auto', '')).toBe('en');
  });

  it('is the reader\u2019s choice whatever the browser says', () => {
    expect(resolveLanguage('vi', 'en-GB')).toBe('vi');
    expect(resolveLanguage('en', 'vi-VN')).toBe('en');
  });

  it('formats in a locale of the same language', () => {
    expect(localeOf('vi')).toBe('vi-VN');
    expect(localeOf('en')).toMatch(/^en-/);
  });
});
