import { describe, expect, it } from 'vitest';
import { placeholdersIn } from '@/lib/i18n/template';
import { CARD_EN } from '@/lib/i18n/messages/card.en';
import { CARD_VI } from '@/lib/i18n/messages/card.vi';
import { PAGES_EN } from '@/lib/i18n/messages/pages.en';
import { PAGES_VI } from '@/lib/i18n/messages/pages.vi';
import { TYPES_EN } from '@/lib/i18n/messages/types.en';
import { TYPES_VI } from '@/lib/i18n/messages/types.vi';
import { MANIFEST_EN } from '@/lib/i18n/messages/manifest.en';
import { MANIFEST_VI } from '@/lib/i18n/messages/manifest.vi';

const DICTIONARIES: Array<{ name: string; en: Record<string, string>; vi: Record<string, string> }> = [
  { name: 'card', en: CARD_EN, vi: CARD_VI },
  { name: 'pages', en: PAGES_EN, vi: PAGES_VI },
  { name: 'types', en: TYPES_EN, vi: TYPES_VI },
  { name: 'manifest', en: MANIFEST_EN, vi: MANIFEST_VI },
];

/** Text that is the same in both languages on purpose: a brand, a name, or nothing but placeholders. */
const SAME_IN_BOTH = new Set(['card.wikidata', 'popup.title', 'annotations.quoted', 'options.problemIn', 'export.unavailable', 'import.list', 'import.at']);

describe.each(DICTIONARIES)('the $name dictionary', ({ en, vi }) => {
  it('has exactly the same keys in Vietnamese as in English', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
  });

  it('has the same placeholders in both languages, key by key', () => {
    for (const [key, text] of Object.entries(en)) expect([key, placeholdersIn(vi[key] ?? '')]).toEqual([key, placeholdersIn(text)]);
  });

  it('has no empty text and no text left untranslated', () => {
    for (const [key, text] of Object.entries(vi)) {
      expect([key, text.trim()]).not.toEqual([key, '']);
      if (!SAME_IN_BOTH.has(key)) expect([key, text]).not.toEqual([key, en[key]]);
    }
  });

  it('gives every plural both its forms in both languages', () => {
    for (const key of Object.keys(en).filter((name) => name.endsWith('_other'))) {
      const one = key.replace(/_other$/, '_one');
      expect(en).toHaveProperty([one]);
      expect(vi).toHaveProperty([one]);
    }
  });
});

describe('the Vietnamese text', () => {
  it('is written with its diacritics, in Unicode NFC', () => {
    expect(TYPES_VI).toMatchObject({ 'entity.PER': 'Người', 'entity.ORG': 'Tổ chức', 'entity.LOC': 'Địa điểm', 'entity.EVENT': 'Sự kiện' });
    expect(PAGES_VI['kind.note']).toBe('Ghi chú');
    expect(CARD_VI['toolbar.claimTitle']).toBe('Đánh giá nhận định này');
    for (const { vi } of DICTIONARIES) for (const text of Object.values(vi)) expect(text).toBe(text.normalize('NFC'));
  });
});
