import { describe, expect, it } from 'vitest';
import { badgeText, summariseMentions } from '@/lib/tabs/summarise';
import { recognise } from '@/lib/ner/recognise';
import { smallKnowledgeBase } from '../../support/small-kb';

describe('summariseMentions', () => {
  const kb = smallKnowledgeBase();

  it('folds mentions of one entity across languages and names it in the page language', () => {
    const text = 'Tập Cận Bình gặp Putin. Xi Jinping và Vladimir Putin tại Kazakhstan.';
    const reported = recognise(kb, text, { lang: 'vi' }).map(({ id, type, text: surface }) => ({ id, type, text: surface, count: 1 }));
    const summary = summariseMentions(reported, kb, 'vi');
    expect(summary.map((entity) => [entity.name, entity.count])).toEqual([
      ['Tập Cận Bình', 2],
      ['Vladimir Putin', 2],
      ['Kazakhstan', 1],
    ]);
  });

  it('adds up the counts the page reports for one entity under several names', () => {
    const summary = summariseMentions(
      [
        { id: 'per:xi-jinping', type: 'PER', text: 'Tập Cận Bình', count: 3 },
        { id: 'per:xi-jinping', type: 'PER', text: 'Xi Jinping', count: 2 },
        { id: null, type: 'ORG', text: 'Hội Mẫu', count: 4 },
      ],
      kb,
      'en',
    );
    expect(summary.map((entity) => [entity.name, entity.count])).toEqual([
      ['Xi Jinping', 5],
      ['Hội Mẫu', 4],
    ]);
  });

  it('formats the badge', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(12)).toBe('12');
    expect(badgeText(1500)).toBe('999+');
  });
});
