/** The import as the dashboard runs it: read the file, preview against the store, merge — against fake-indexeddb. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AnnotationStore } from '@/lib/annotations/store';
import { makeBackup } from '@/lib/import/backup';
import { previewImport } from '@/lib/import/preview';
import { readImportFile, type ImportResult } from '@/lib/import/read-file';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { highlight } from '../../support/annotations';

let databases = 0;
const openFresh = () => AnnotationStore.open(`import-flow-${++databases}`);
const NOW = new Date('2026-11-23T10:00:00.000Z');

function accepted(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${result.problem.kind}`);
  return result;
}

async function modifiedById(store: AnnotationStore): Promise<Map<string, string>> {
  return new Map((await store.all()).map((annotation) => [annotation.id, annotation.modified]));
}

/** A small Hypothesis search result: two notes on one page, a highlight on another, and a page note. */
function hypothesisFile(updated = '2025-03-05T08:00:00.000000+00:00'): string {
  const row = (id: string, uri: string, exact: string, text: string) => ({
    id,
    created: '2025-03-04T05:06:07.000000+00:00',
    updated,
    uri,
    text,
    tags: text ? ['check'] : [],
    target: [{ source: uri, selector: [{ type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' }] }],
    document: { title: [`Title of ${uri}`] },
  });
  return JSON.stringify({
    total: 4,
    rows: [
      row('h1', 'https://news.example/a', 'first quote', 'a note'),
      row('h2', 'https://news.example/a', 'second quote', 'another note'),
      row('h3', 'https://news.example/b', 'third quote', ''),
      { id: 'h4', uri: 'https://news.example/b', text: 'page note', tags: [], target: [{ source: 'https://news.example/b' }] },
    ],
  });
}

describe('import into the store', () => {
  it('adds a Hypothesis file once: importing it again adds nothing', async () => {
    const store = await openFresh();
    const first = accepted(readImportFile(hypothesisFile(), NOW));
    expect(first.skipped).toHaveLength(1);
    expect(previewImport(first.annotations, await modifiedById(store))).toMatchObject({ added: 3, updated: 0, unchanged: 0, total: 3 });
    expect(await store.merge(first.annotations)).toEqual({ added: 3, updated: 0, unchanged: 0 });

    const again = accepted(readImportFile(hypothesisFile(), new Date('2026-12-01T00:00:00.000Z')));
    expect(previewImport(again.annotations, await modifiedById(store))).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    expect(await store.merge(again.annotations)).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await store.count()).toBe(3);

    // The same file, edited in Hypothesis since: the newer copies replace the stored ones, still no duplicates.
    const edited = accepted(readImportFile(hypothesisFile('2025-06-01T00:00:00.000000+00:00'), NOW));
    const preview = previewImport(edited.annotations, await modifiedById(store));
    expect(preview).toMatchObject({ added: 0, updated: 3, unchanged: 0 });
    expect(await store.merge(edited.annotations)).toEqual({ added: preview.added, updated: preview.updated, unchanged: preview.unchanged });
    expect(await store.count()).toBe(3);
  });

  it('leaves the store untouched when a file is refused', async () => {
    const store = await openFresh();
    const kept = highlight('https://news.example/kept', 'kept');
    await store.save(kept);
    const bad = { ...highlight('https://news.example/a', 'bad'), created: 'last week' };
    const result = readImportFile(JSON.stringify([highlight('https://news.example/a', 'good'), bad]), NOW);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalidItems', count: 1, named: [{ item: 2, path: 'created' }] } });
    expect((await store.all()).map((annotation) => annotation.id)).toEqual([kept.id]);
  });

  it('restores a backup after erasing everything, exactly as it was', async () => {
    const store = await openFresh();
    const page = 'https://news.example/a';
    await store.saveMany([
      highlight(page, 'one'),
      highlight(page, 'two', { 'newslens:kind': 'entity', motivation: 'classifying', body: [{ type: 'TextualBody', purpose: 'classifying', value: 'NOT_AN_ENTITY' }] }),
    ]);
    const before = await store.all();
    const settings = { ...DEFAULT_SETTINGS, reviewer: 'Desk 2' };
    const file = JSON.stringify(makeBackup(before, settings, NOW));

    expect(await store.eraseAll()).toBe(2);
    expect(await store.count()).toBe(0);
    const backup = accepted(readImportFile(file, NOW));
    expect(await store.merge(backup.annotations)).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await store.all()).toEqual(before);
    expect(backup.settings).toEqual(settings);
  });
});
