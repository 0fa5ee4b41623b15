import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnnotationStore, StoreError } from '@/lib/annotations/store';
import { highlight } from '../../support/annotations';

let databases = 0;
const openFresh = () => AnnotationStore.open(`test-${++databases}`);
afterEach(() => vi.restoreAllMocks());

describe('AnnotationStore', () => {
  it('saves, finds by page, tag and entity, edits, deletes and undoes each step', async () => {
    const store = await openFresh();
    const page = 'https://news.example/a';
    const tagged = highlight(page, 'Tập Cận Bình', {
      'newslens:kind': 'entity',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'sco' },
        { type: 'SpecificResource', purpose: 'identifying', source: 'https://www.wikidata.org/entity/Q15031', 'newslens:kb': 'per:xi-jinping' },
      ],
    });
    await store.save(tagged);
    await store.save(highlight('https://news.example/b', 'Nga'));
    expect((await store.forPage(page)).map((a) => a.id)).toEqual([tagged.id]);
    expect((await store.withTag('sco')).map((a) => a.id)).toEqual([tagged.id]);
    expect((await store.forEntity('per:xi-jinping')).map((a) => a.id)).toEqual([tagged.id]);

    await store.save({ ...tagged, 'newslens:colour': 'green', modified: new Date().toISOString() });
    expect((await store.get(tagged.id))?.['newslens:colour']).toBe('green');
    await store.delete(tagged.id);
    expect(await store.get(tagged.id)).toBeUndefined();

    expect(await store.undo()).toBe(tagged.id);
    expect((await store.get(tagged.id))?.['newslens:colour']).toBe('green');
    expect(await store.undo()).toBe(tagged.id);
    expect((await store.get(tagged.id))?.['newslens:colour']).toBe('yellow');
    await store.undo();
    await store.undo();
    expect(await store.count()).toBe(0);
    expect(await store.undo()).toBeNull();
  });

  it('deletes many at once, each undoable', async () => {
    const store = await openFresh();
    const batch = [highlight('https://news.example/a', 'one'), highlight('https://news.example/a', 'two'), highlight('https://news.example/b', 'three')];
    for (const annotation of batch) await store.save(annotation);
    expect(await store.deleteMany([batch[0]?.id ?? '', batch[2]?.id ?? '', 'urn:uuid:missing'])).toBe(2);
    expect((await store.all()).map((a) => a.id)).toEqual([batch[1]?.id]);
    await store.undo();
    await store.undo();
    expect(await store.count()).toBe(3);
  });

  it('refuses an invalid annotation with a message that says where, and stores nothing', async () => {
    const store = await openFresh();
    const bad = { ...highlight('https://news.example/a', 'x'), target: { source: 'javascript:alert(1)', selector: [] } };
    await expect(store.save(bad)).rejects.toThrow(/target\.source/);
    await expect(store.save({ ...highlight('https://news.example/a', 'x'), body: [{ purpose: 'tagging', value: '' }] })).rejects.toBeInstanceOf(StoreError);
    expect(await store.count()).toBe(0);
  });

  it('keeps 10,000 annotations over 500 pages apart', async () => {
    const store = await openFresh();
    const batch = [];
    for (let page = 0; page < 500; page++) {
      for (let i = 0; i < 20; i++) batch.push(highlight(`https://news.example/${page}`, `quote ${i}`));
    }
    expect(await store.saveMany(batch)).toBe(10_000);
    expect(await store.count()).toBe(10_000);
    expect(await store.forPage('https://news.example/250')).toHaveLength(20);
    // One more, one at a time, on top of them.
    await store.save(highlight('https://news.example/250', 'one more'));
    expect(await store.forPage('https://news.example/250')).toHaveLength(21);
  }, 60_000);

  it('imports all or nothing', async () => {
    const store = await openFresh();
    const good = highlight('https://news.example/a', 'good');
    await expect(store.saveMany([good, { ...good, id: 'not-a-uuid' }])).rejects.toThrow(/id/);
    expect(await store.count()).toBe(0);
  });

  it('loses nothing when ten tabs write at once', async () => {
    const store = await openFresh();
    const tabs = Array.from({ length: 10 }, async (_, tab) => {
      for (let i = 0; i < 30; i++) await store.save(highlight(`https://news.example/tab-${tab}`, `note ${i}`));
    });
    await Promise.all(tabs);
    expect(await store.count()).toBe(300);
  });

  it('tells the reader when storage is full and keeps what was saved', async () => {
    const store = await openFresh();
    const kept = highlight('https://news.example/a', 'kept');
    await store.save(kept);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const failure = store.save(highlight('https://news.example/a', 'one too many'));
    await expect(failure).rejects.toMatchObject({ reason: 'quota' });
    await expect(failure).rejects.toThrow(/no more room/);
    vi.restoreAllMocks();
    expect((await store.all()).map((a) => a.id)).toEqual([kept.id]);
  });

  it('writes whole or not at all when a transaction dies midway', async () => {
    const store = await openFresh();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('worker stopped', 'AbortError');
    });
    await expect(store.save(highlight('https://news.example/a', 'half'))).rejects.toBeInstanceOf(StoreError);
    vi.restoreAllMocks();
    // The annotation's put ran before the undo entry failed: the transaction rolled both back.
    expect(await store.count()).toBe(0);
  });
});

describe('AnnotationStore.merge and eraseAll', () => {
  const page = 'https://news.example/merge';

  it('adds new annotations, replaces older stored copies and keeps newer or equal ones', async () => {
    const store = await openFresh();
    const stale = highlight(page, 'stale');
    const current = highlight(page, 'current', { modified: '2030-01-01T00:00:00.000Z' });
    const same = highlight(page, 'same');
    await store.saveMany([stale, current, same]);

    const fresher = { ...stale, 'newslens:colour': 'green' as const, modified: '2029-01-01T00:00:00.000Z' };
    const outdated = { ...current, 'newslens:colour': 'blue' as const, modified: '2020-01-01T00:00:00.000Z' };
    const sameTimeOtherColour = { ...same, 'newslens:colour': 'pink' as const };
    const added = highlight(page, 'added');
    expect(await store.merge([fresher, outdated, sameTimeOtherColour, added])).toEqual({ added: 1, updated: 1, unchanged: 2 });
    expect((await store.get(stale.id))?.['newslens:colour']).toBe('green');
    expect((await store.get(current.id))?.['newslens:colour']).toBe('yellow');
    expect((await store.get(same.id))?.['newslens:colour']).toBe('yellow');
    expect(await store.get(added.id)).toEqual(added);
    // Indexes follow the replaced copy.
    expect((await store.forPage(page)).length).toBe(4);
  });

  it('counts an annotation given twice once, keeping the newer copy', async () => {
    const store = await openFresh();
    const original = highlight(page, 'twice');
    const edited = { ...original, 'newslens:colour': 'orange' as const, modified: '2031-01-01T00:00:00.000Z' };
    expect(await store.merge([edited, original])).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect((await store.get(original.id))?.['newslens:colour']).toBe('orange');
  });

  it('writes nothing when one annotation is invalid, and says which', async () => {
    const store = await openFresh();
    const kept = highlight(page, 'kept');
    await store.save(kept);
    const good = highlight(page, 'good');
    const newerKept = { ...kept, 'newslens:colour': 'green' as const, modified: '2031-01-01T00:00:00.000Z' };
    const bad = { ...highlight(page, 'bad'), target: { ...highlight(page, 'bad').target, source: 'ftp://news.example/x' } };
    const merge = store.merge([good, newerKept, bad]);
    await expect(merge).rejects.toMatchObject({ reason: 'invalid' });
    await expect(merge).rejects.toThrow(/^Item 3: target\.source: must be an http\(s\) URL$/);
    expect(await store.all()).toEqual([kept]);
  });

  it('drops the undo entries of what it wrote, so undo never brings back a pre-import version', async () => {
    const store = await openFresh();
    const other = highlight(page, 'other');
    const edited = highlight(page, 'edited');
    await store.save(other);
    await store.save(edited);
    await store.save({ ...edited, 'newslens:colour': 'blue', modified: '2027-01-01T00:00:00.000Z' });
    const imported = { ...edited, 'newslens:colour': 'pink' as const, modified: '2028-01-01T00:00:00.000Z' };
    expect(await store.merge([imported])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    // The two entries for `edited` are gone; `other`'s creation is still undoable.
    expect(await store.undo()).toBe(other.id);
    expect(await store.undo()).toBeNull();
    expect(await store.get(edited.id)).toEqual(imported);
  });

  it('erases every annotation and the undo log in one go', async () => {
    const store = await openFresh();
    await store.save(highlight(page, 'one'));
    await store.save(highlight(page, 'two'));
    await store.delete((await store.all())[0]?.id ?? '');
    expect(await store.eraseAll()).toBe(1);
    expect(await store.count()).toBe(0);
    expect(await store.undo()).toBeNull();
    expect(await store.count()).toBe(0);
    expect(await store.eraseAll()).toBe(0);
  });
});
