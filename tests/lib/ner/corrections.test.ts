import { describe, expect, it } from 'vitest';
import { applyCorrections, correctionsFrom } from '@/lib/ner/corrections';
import { recognise } from '@/lib/ner/recognise';
import { compose } from '../../support/corrections';
import { smallKnowledgeBase } from '../../support/small-kb';

const kb = smallKnowledgeBase();

describe('entity corrections', () => {
  const text = 'Tập Cận Bình gặp Putin ở Nga. Bà Hoàng Thị Mơ dẫn đoàn Nga.';

  it('removes rejected words, retypes and relinks, and adds a missed name wherever it stands whole', () => {
    const corrections = correctionsFrom([
      compose('Putin', 'NOT_AN_ENTITY'),
      compose('Nga', 'ORG', 'org:example'),
      compose('hoàng thị mơ', 'PER'),
      compose('Mơ', 'PER'),
    ]);
    const corrected = applyCorrections(text, recognise(kb, text, { lang: 'vi' }), corrections);
    expect(corrected.map((m) => [m.text, m.type, m.id])).toEqual([
      ['Tập Cận Bình', 'PER', 'per:xi-jinping'],
      ['Nga', 'ORG', 'org:example'],
      ['Hoàng Thị Mơ', 'PER', null],
      ['Nga', 'ORG', 'org:example'],
    ]);
  });

  it('lets the latest correction of the same words win', () => {
    const corrected = applyCorrections('Putin', recognise(kb, 'Putin', { lang: 'en' }), correctionsFrom([compose('Putin', 'NOT_AN_ENTITY'), compose('putin', 'PER')]));
    expect(corrected.map((m) => m.type)).toEqual(['PER']);
  });
});
