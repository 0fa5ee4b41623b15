import { describe, expect, it } from 'vitest';
import { annotationExport, backupExport, canExport, entityExport, type AnnotationExportOptions } from '@/lib/export/files';
import { composeAnnotation } from '@/lib/annotations/compose';
import { makeBackup } from '@/lib/import/backup';
import { readImportFile } from '@/lib/import/read-file';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { UTF8_BOM } from '@/lib/export/csv';
import { highlight } from '../../support/annotations';

const PAGE = 'https://news.example/a';
const NOW = new Date('2026-11-23T21:41:30Z');
const OPTIONS: AnnotationExportOptions = {
  scope: 'all',
  label: 'NewsLens annotations',
  reviewer: { type: 'Person', name: 'Minh' },
  now: NOW,
  collectionId: 'urn:uuid:00000000-0000-4000-8000-00000000c011',
};

function claim() {
  const exact = 'SCO được thành lập vào năm 2001';
  return composeAnnotation(
    { kind: 'claim', scale: DEFAULT_SETTINGS.ratingScale, verdict: 'True', explanation: '', evidence: '', claimant: '', tags: '' },
    { source: PAGE, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: exact.length }] },
    'urn:uuid:00000000-0000-4000-8000-0000000000cd',
    NOW,
  );
}

describe('export files', () => {
  it('names each format by what it holds and where it was made, dated in UTC', () => {
    const annotations = [highlight(PAGE, 'Hà Nội'), claim()];
    expect(annotationExport('web-annotation', annotations, OPTIONS)).toMatchObject({ fileName: 'newslens-annotations-2026-11-23-2141.jsonld', mime: 'application/ld+json' });
    expect(annotationExport('csv', annotations, OPTIONS)).toMatchObject({ fileName: 'newslens-annotations-2026-11-23-2141.csv', mime: 'text/csv;charset=utf-8' });
    expect(annotationExport('claim-review', annotations, OPTIONS).fileName).toBe('newslens-claim-reviews-2026-11-23-2141.jsonld');
    expect(annotationExport('web-annotation', annotations, { ...OPTIONS, scope: 'page' }).fileName).toBe('newslens-page-2026-11-23-2141.jsonld');
    expect(annotationExport('claim-review', annotations, { ...OPTIONS, scope: 'page' }).fileName).toBe('newslens-page-claim-reviews-2026-11-23-2141.jsonld');
  });

  it('writes the serialisers\u2019 output: the collection whole, CSV with its BOM, claims alone as ClaimReview', () => {
    const annotations = [highlight(PAGE, 'Hà Nội'), claim()];
    expect(JSON.parse(annotationExport('web-annotation', annotations, OPTIONS).contents)).toMatchObject({ type: 'AnnotationCollection', id: OPTIONS.collectionId, total: 2 });
    expect(annotationExport('csv', annotations, OPTIONS).contents.startsWith(`${UTF8_BOM}created,`)).toBe(true);
    const reviews = JSON.parse(annotationExport('claim-review', annotations, OPTIONS).contents) as Array<{ author: { name: string } }>;
    expect(reviews).toHaveLength(1);
    expect(reviews[0]?.author.name).toBe('Minh');
  });

  it('has nothing to write for ClaimReview without a claim, or for any format without annotations', () => {
    expect(canExport('claim-review', [highlight(PAGE, 'x')])).toBe(false);
    expect(canExport('claim-review', [claim()])).toBe(true);
    expect(canExport('csv', [])).toBe(false);
    expect(canExport('web-annotation', [highlight(PAGE, 'x')])).toBe(true);
  });

  it('writes entity spans as JSON Lines or CoNLL, named as the page\u2019s entities', () => {
    const page = { url: PAGE, title: 'A', lang: 'en' as const, text: 'Xi met Putin.', mentions: [{ start: 7, end: 12, type: 'PER' as const, text: 'Putin', id: 'per:vladimir-putin' }] };
    const jsonl = entityExport('jsonl', page, NOW, (id) => (id === 'per:vladimir-putin' ? 'Q7747' : undefined));
    expect(jsonl.fileName).toBe('newslens-page-entities-2026-11-23-2141.jsonl');
    expect(JSON.parse(jsonl.contents)).toMatchObject({ url: PAGE, entities: [{ text: 'Putin', wikidata: 'Q7747' }] });
    const conll = entityExport('conll', page, NOW);
    expect(conll.fileName).toBe('newslens-page-entities-2026-11-23-2141.conll');
    expect(conll.contents).toContain('Putin\tB-PER');
  });

  it('writes a backup that the import reads back exactly', () => {
    const annotations = [highlight(PAGE, 'Hà Nội'), claim()];
    const file = backupExport(makeBackup(annotations, DEFAULT_SETTINGS, NOW), NOW);
    expect(file.fileName).toBe('newslens-backup-2026-11-23-2141.json');
    expect(readImportFile(file.contents, NOW)).toEqual({ ok: true, format: 'newslens-backup', annotations, settings: DEFAULT_SETTINGS, skipped: [] });
  });
});
