import { describe, expect, it } from 'vitest';
import { localeFiles, manifestMessage, menuTitles } from '@/lib/i18n/manifest';

describe('the manifest text', () => {
  it('is written as messages.json for English and Vietnamese, with names Chrome accepts', () => {
    const files = localeFiles();
    expect(files.map((file) => file.path)).toEqual(['_locales/en/messages.json', '_locales/vi/messages.json']);
    for (const file of files) {
      const messages = JSON.parse(file.contents) as Record<string, { message: string }>;
      for (const [name, entry] of Object.entries(messages)) {
        expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
        expect(entry.message.length).toBeGreaterThan(0);
      }
      // Chrome shows at most 75 characters of a name.
      expect(messages.extName?.message.length).toBeLessThanOrEqual(75);
    }
  });

  it('refers to a message the way the manifest needs', () => {
    expect(manifestMessage('extName')).toBe('__MSG_extName__');
  });

  it('titles the context menu in either language', () => {
    expect(menuTitles('en')).toEqual({ highlight: 'Highlight', note: 'Add a note…', claim: 'Rate this claim…', entity: 'Mark as an entity…' });
    expect(menuTitles('vi').claim).toBe('Đánh giá nhận định này…');
  });
});
