import { describe, expect, it } from 'vitest';
import { badgeText, summariseMentions } from '@/lib/tabs/summarise';
import { recognise } from '@/lib/ner/recognise';
import { smallKnowledgeBase } from '../../support/small-kb';

describe('summariseMentions', () => {
  const kb = smallKnowledgeBase();

  it('folds mentions of one entity across languages and names it in the page language', () => {
    const text = 'Tập Cận Bình gặp Putin. Xi Jinping và Vladimir Putin tại Kazakhstan.';
    const summary = summariseMentions(recognise(kb, text, { lang: 'vi' }), kb, 'vi');
    expect(summary.map((entity) => [entity.name, entity.count])).toEqual([
      ['Tập Cận Bình', 2],
      ['Vladimir Putin', 2],
      ['Kazakhstan', 1],
    ]);
  });

  it('formats the badge', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(1500)).toBe('999+');
  });
});
