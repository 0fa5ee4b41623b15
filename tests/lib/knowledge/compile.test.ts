import { describe, expect, it } from 'vitest';
import { compileKnowledgeBase, KnowledgeSourceError } from '@/lib/knowledge/compile';
import { compileFromDisk } from '@/lib/knowledge/node-sources';
import { KnowledgeBase } from '@/lib/knowledge/knowledge-base';

const valid = {
  id: 'loc:kz',
  type: 'LOC',
  names: { vi: ['Kazakhstan', 'Ca-dắc-xtan'], en: ['Kazakhstan'] },
  description: { vi: 'Quốc gia Trung Á.', en: 'Country in Central Asia.' },
};

describe('compileKnowledgeBase', () => {
  it('compiles the bundled sources: thousands of entities, every one named in both languages', () => {
    const compiled = compileFromDisk();
    expect(compiled.entities.length).toBeGreaterThan(2000);
    for (const entity of compiled.entities) {
      expect(entity.name.vi.length * entity.name.en.length, entity.id).toBeGreaterThan(0);
    }
    const kb = new KnowledgeBase(compiled);
    expect(kb.gazetteer.formCount).toBeGreaterThan(5000);
  });

  it('folds forms that match the same text into one and keeps display names first', () => {
    const [entity] = compileKnowledgeBase([{ name: 'a.json', content: [{ ...valid, aliases: { en: ['KAZAKHSTAN'] } }] }]).entities;
    expect(entity?.forms).toEqual(['Kazakhstan', 'Ca-dắc-xtan']);
    expect(entity?.name).toEqual({ vi: 'Kazakhstan', en: 'Kazakhstan' });
  });

  it('names the file and the field of a bad entry', () => {
    const bad = { ...valid, names: { vi: [], en: ['Kazakhstan'] } };
    expect(() => compileKnowledgeBase([{ name: 'places.json', content: [valid, bad] }])).toThrow(
      /places\.json: at 1\.names\.vi: /,
    );
    expect(() => compileKnowledgeBase([{ name: 'x.json', content: [{ ...valid, id: 'Kazakhstan' }] }])).toThrow(KnowledgeSourceError);
  });

  it('refuses duplicate ids across files', () => {
    expect(() =>
      compileKnowledgeBase([
        { name: 'a.json', content: [valid] },
        { name: 'b.json', content: [valid] },
      ]),
    ).toThrow(/b\.json: duplicate id loc:kz/);
  });
});
