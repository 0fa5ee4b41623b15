import { describe, expect, it } from 'vitest';
import { composeAnnotation } from '@/lib/annotations/compose';
import type { Annotation, AnnotationTarget } from '@/lib/annotations/model';
import { describeImportProblem } from '@/lib/i18n/import-problems';
import { pageText } from '@/lib/i18n/pages';
import { makeBackup } from '@/lib/import/backup';
import { readImportFile, type ImportResult } from '@/lib/import/read-file';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/settings';
import { highlight } from '../../support/annotations';

const NOW = new Date('2026-11-23T10:00:00.000Z');

/** The refusal as the English interface words it. */
function refused(result: ImportResult): string {
  if (result.ok) throw new Error('accepted a file it should refuse');
  return describeImportProblem(result.problem, pageText('en'));
}

const target: AnnotationTarget = {
  source: 'https://news.example/politics/sco',
  'newslens:visited': 'https://news.example/politics/sco?utm_source=x',
  'newslens:title': 'Hội nghị SCO: Tập Cận Bình gặp Putin',
  'newslens:published': '2026-07-04T03:00:00.000Z',
  selector: [
    { type: 'TextQuoteSelector', exact: 'Tập Cận Bình', prefix: 'Chủ tịch Trung Quốc ', suffix: ' đã gặp' },
    { type: 'TextPositionSelector', start: 120, end: 132 },
  ],
};

/** One of each kind the reader makes: highlight, note, claim verdict, entity correction. */
function everyKind(): Annotation[] {
  return [
    highlight(target.source, 'Putin', { 'newslens:colour': 'pink' }),
    composeAnnotation({ kind: 'note', note: 'Ghi chú: kiểm tra lại', tags: 'sco, ngoại giao' }, target, 'urn:uuid:00000000-0000-4000-8000-00000000a001', NOW),
    composeAnnotation(
      { kind: 'claim', verdict: 'Mostly true', scale: DEFAULT_SETTINGS.ratingScale, explanation: 'Minutes confirm it.', evidence: 'https://evidence.example/1', claimant: 'The ministry', tags: '' },
      target,
      'urn:uuid:00000000-0000-4000-8000-00000000a002',
      NOW,
    ),
    composeAnnotation({ kind: 'entity', entityType: 'PER', entityId: 'per:xi-jinping', tags: '' }, target, 'urn:uuid:00000000-0000-4000-8000-00000000a003', NOW),
    composeAnnotation({ kind: 'entity', entityType: 'NOT_AN_ENTITY', entityId: '', tags: '' }, target, 'urn:uuid:00000000-0000-4000-8000-00000000a004', NOW),
  ];
}

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  disabledSites: ['example.org'],
  newsSites: ['vnexpress.net', 'news.example'],
  interfaceLanguage: 'vi',
  shownTypes: { ...DEFAULT_SETTINGS.shownTypes, MISC: false },
  colours: { ...DEFAULT_SETTINGS.colours, PER: '#112233' },
  ratingScale: ['Đúng', 'Sai'],
  reviewer: 'Nguyễn Văn A',
};

describe('backup', () => {
  it('holds the format, its version, the date, the settings and every annotation', () => {
    const annotations = everyKind();
    expect(makeBackup(annotations, settings, NOW)).toEqual({ format: 'newslens-backup', version: 1, exported: '2026-11-23T10:00:00.000Z', settings, annotations });
  });

  it('gives back exactly what was backed up, entity corrections and settings included', () => {
    const annotations = everyKind();
    const result = readImportFile(JSON.stringify(makeBackup(annotations, settings, NOW)), NOW);
    expect(result).toEqual({ ok: true, format: 'newslens-backup', annotations, settings, skipped: [] });
  });

  it('restores the settings of a backup made before a setting existed, giving the new one its default', () => {
    const { reviewSite: _added, ...older } = { ...settings, reviewer: 'Nhóm kiểm chứng' };
    const result = readImportFile(JSON.stringify({ ...makeBackup(everyKind(), settings, NOW), settings: older }), NOW);
    expect(result.ok && result.settings).toEqual({ ...older, reviewSite: DEFAULT_SETTINGS.reviewSite });
  });

  it('refuses a backup with invalid settings, saying which setting', () => {
    const backup = { ...makeBackup(everyKind(), settings, NOW), settings: { ...settings, ratingScale: ['Only one'] } };
    const result = readImportFile(JSON.stringify(backup), NOW);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'backupSettings', problem: { path: 'settings.ratingScale', issue: { type: 'min_length' } } } });
    expect(refused(result)).toBe("The backup's settings are not valid, so nothing was imported. settings.ratingScale: a rating scale needs at least two verdicts");
  });

  it('refuses a backup with one damaged annotation, or one that is not ours, as a whole', () => {
    const annotations: unknown[] = everyKind();
    annotations[3] = { ...everyKind()[3], body: [{ type: 'TextualBody', purpose: 'classifying', value: 'PERSON' }] };
    const damaged = readImportFile(JSON.stringify({ ...makeBackup([], settings, NOW), annotations }), NOW);
    expect(damaged).toMatchObject({ ok: false, problem: { kind: 'invalidItems', count: 1, named: [{ item: 4, path: 'body[0].value' }] } });
    expect(refused(damaged)).toMatch(/^1 item is not a valid NewsLens annotation, so nothing was imported\. Item 4 \(body\[0\]/);
    const foreign = { type: 'Annotation', target: { source: 'https://news.example/a', selector: { type: 'TextQuoteSelector', exact: 'x' } } };
    const mixed = readImportFile(JSON.stringify({ ...makeBackup(everyKind(), settings, NOW), annotations: [...everyKind(), foreign] }), NOW);
    expect(mixed).toMatchObject({ ok: false, problem: { kind: 'invalidItems', named: [{ item: 6 }] } });
    expect(refused(mixed)).toContain('Item 6');
  });

  it('refuses a backup from a newer NewsLens, and a damaged one, with what to do or what is wrong', () => {
    const newer = { ...makeBackup([], settings, NOW), version: 2 };
    const refusedNewer = readImportFile(JSON.stringify(newer), NOW);
    expect(refusedNewer).toEqual({ ok: false, problem: { kind: 'backupNewer', version: 2, supported: 1 } });
    expect(refused(refusedNewer)).toMatch(/newer NewsLens \(backup format 2\).*Update NewsLens/);
    const damaged = { ...makeBackup([], settings, NOW), annotations: 'lost' };
    const refusedDamaged = readImportFile(JSON.stringify(damaged), NOW);
    expect(refusedDamaged).toMatchObject({ ok: false, problem: { kind: 'backupDamaged', problem: { path: 'annotations' } } });
    expect(refused(refusedDamaged)).toBe('This NewsLens backup is damaged: annotations: must be a list (a JSON array)');
  });
});
