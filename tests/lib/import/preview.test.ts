import { describe, expect, it } from 'vitest';
import { previewImport } from '@/lib/import/preview';
import { highlight } from '../../support/annotations';

describe('previewImport', () => {
  const a = 'https://news.example/a';
  const b = 'https://news.example/b';

  it('counts what would be added, updated and left alone, by id and modification time', () => {
    const fresh = highlight(a, 'new');
    const newer = highlight(a, 'edited elsewhere', { modified: '2026-12-01T00:00:00.000Z' });
    const same = highlight(b, 'same');
    const older = highlight(b, 'older', { modified: '2026-01-01T00:00:00.000Z' });
    const existing = new Map([
      [newer.id, '2026-11-30T00:00:00.000Z'],
      [same.id, same.modified],
      [older.id, '2026-06-01T00:00:00.000Z'],
      ['urn:uuid:only-in-store', '2026-01-01T00:00:00.000Z'],
    ]);
    expect(previewImport([fresh, newer, same, older], existing)).toMatchObject({ added: 1, updated: 1, unchanged: 2, total: 4 });
  });

  it('compares times as instants, not as text', () => {
    const annotation = highlight(a, 'offset', { modified: '2026-11-01T08:00:00+07:00' });
    // 08:00 at +07:00 is 01:00 UTC: earlier than 02:00 UTC, though "08" sorts after "02".
    expect(previewImport([annotation], new Map([[annotation.id, '2026-11-01T02:00:00.000Z']]))).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('counts an annotation in the file twice once, as its newest copy', () => {
    const original = highlight(a, 'twice');
    const edited = { ...original, modified: '2030-01-01T00:00:00.000Z' };
    const stored = new Map([[original.id, original.modified]]);
    expect(previewImport([original, edited], stored)).toMatchObject({ added: 0, updated: 1, unchanged: 0, total: 1 });
  });

  it('lists the pages, most annotated first, with their titles where known', () => {
    const titled = { ...highlight(b, 'one'), target: { ...highlight(b, 'one').target, 'newslens:title': 'Story B' } };
    const incoming = [highlight(a, 'x'), titled, highlight(b, 'two'), highlight(b, 'three')];
    expect(previewImport(incoming, new Map()).pages).toEqual([
      { source: b, title: 'Story B', count: 3 },
      { source: a, title: null, count: 1 },
    ]);
  });
});
