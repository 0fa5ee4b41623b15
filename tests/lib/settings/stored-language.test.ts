import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '@/lib/settings/settings';
import { storedInterfaceLanguage } from '@/lib/settings/stored-language';

describe('storedInterfaceLanguage', () => {
  it('names the language readSettings would, whatever is stored', () => {
    const stored: unknown[] = [
      undefined,
      null,
      'vi',
      { ...DEFAULT_SETTINGS, interfaceLanguage: 'vi' },
      { ...DEFAULT_SETTINGS, interfaceLanguage: 'en' },
      { ...DEFAULT_SETTINGS, interfaceLanguage: 'fr' },
      // The rest broken: the language, valid on its own, is kept.
      { ...DEFAULT_SETTINGS, colours: 'red', interfaceLanguage: 'vi' },
      { interfaceLanguage: 'en' },
      { interfaceLanguage: 7 },
    ];
    for (const value of stored) expect(storedInterfaceLanguage(value), JSON.stringify(value)).toBe(readSettings(value).interfaceLanguage);
    expect(storedInterfaceLanguage({ ...DEFAULT_SETTINGS, colours: 'red', interfaceLanguage: 'vi' })).toBe('vi');
  });
});
