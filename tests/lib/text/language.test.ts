import { describe, expect, it } from 'vitest';
import { detectLanguage, languageFromTag } from '@/lib/text/language';

describe('language', () => {
  it('tells Vietnamese from English news text', () => {
    expect(detectLanguage('Chủ tịch Trung Quốc dự kiến sẽ gặp Tổng thống Nga tại Kazakhstan vào tháng 7.')).toBe('vi');
    expect(detectLanguage('The Chinese president is expected to meet the Russian president in Kazakhstan in July.')).toBe('en');
  });

  it('declines to guess on text without letters', () => {
    expect(detectLanguage('2024 — 17:30 / 12')).toBeNull();
  });

  it('reads lang attributes', () => {
    expect(languageFromTag('vi-VN')).toBe('vi');
    expect(languageFromTag('en_GB')).toBe('en');
    expect(languageFromTag('fr')).toBeNull();
    expect(languageFromTag(null)).toBeNull();
  });
});
