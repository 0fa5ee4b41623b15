import { describe, expect, it } from 'vitest';
import type { Annotation } from '@/lib/annotations/model';
import { toAnnotationCollection } from '@/lib/export/web-annotation';
import { describeImportProblem } from '@/lib/i18n/import-problems';
import { pageText } from '@/lib/i18n/pages';
import { fileSizeProblem, MAX_ANNOTATIONS, MAX_FILE_BYTES } from '@/lib/import/limits';
import type { ImportProblem } from '@/lib/import/problems';
import { readImportFile, type ImportResult } from '@/lib/import/read-file';
import { highlight } from '../../support/annotations';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const read = (value: unknown): ImportResult => readImportFile(JSON.stringify(value, null, 2), NOW);
const english = pageText('en');

function accepted(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${describeImportProblem(result.problem, english)}`);
  return result;
}

function problemOf(result: ImportResult): ImportProblem {
  if (result.ok) throw new Error('accepted a file it should refuse');
  return result.problem;
}

/** The refusal as the English interface words it. */
const refused = (result: ImportResult): string => describeImportProblem(problemOf(result), english);

/** A Hypothesis API row, as its search endpoint returns them (written for these tests). */
function hypothesisRow(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const uri = 'https://news.example/world/summit?utm_source=feed';
  return {
    id,
    created: '2025-03-04T05:06:07.123456+00:00',
    updated: '2025-03-05T08:00:00.000001+00:00',
    user: 'acct:reader@hypothes.is',
    uri,
    text: 'Check this figure against the ministry release',
    tags: ['Economy', 'economy ', 'trade'],
    group: '__world__',
    target: [
      {
        source: uri,
        selector: [
          { type: 'RangeSelector', startContainer: '/main[1]/p[3]', startOffset: 0, endContainer: '/main[1]/p[3]', endOffset: 25 },
          { type: 'TextPositionSelector', start: 1200, end: 1225 },
          { type: 'TextQuoteSelector', exact: 'trade grew by 12 per cent', prefix: 'The minister said that ', suffix: ' in the first quarter.' },
        ],
      },
    ],
    document: { title: ['Summit ends with a trade pledge'] },
    links: { html: `https://hypothes.is/a/${id}`, incontext: `https://hyp.is/${id}/news.example/world/summit` },
    references: [],
    ...overrides,
  };
}

describe('readImportFile: our own exports', () => {
  const page = 'https://news.example/a';
  const ours = [highlight(page, 'first quote'), highlight(page, 'second quote'), highlight('https://news.example/b', 'third')];

  it('reads our AnnotationCollection export back to the same annotations', () => {
    const result = accepted(read(toAnnotationCollection(ours, 'All annotations', 'urn:uuid:00000000-0000-4000-8000-ffffffffffff')));
    expect(result.format).toBe('web-annotation');
    expect(result.annotations).toEqual(ours);
    expect(result.settings).toBeNull();
    expect(result.skipped).toEqual([]);
  });

  it('accepts an AnnotationPage, a collection with items, pages chained inline, a bare list and a single annotation', () => {
    const [a, b, c] = ours as [Annotation, Annotation, Annotation];
    expect(accepted(read({ type: 'AnnotationPage', items: ours })).annotations).toEqual(ours);
    expect(accepted(read({ type: ['AnnotationCollection'], items: ours })).annotations).toEqual(ours);
    const chained = { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [a], next: { type: 'AnnotationPage', items: [b, c] } } };
    expect(accepted(read(chained)).annotations).toEqual(ours);
    expect(accepted(read(ours)).annotations).toEqual(ours);
    expect(accepted(read(a)).annotations).toEqual([a]);
    expect(accepted(read({ type: 'AnnotationCollection', total: 0 })).annotations).toEqual([]);
  });

  it('refuses the whole file when one of our annotations is invalid, naming the item and the field', () => {
    const bad = { ...ours[1], target: { ...ours[1]?.target, source: 'javascript:alert(1)' } };
    const result = read({ type: 'AnnotationPage', items: [ours[0], bad, ours[2]] });
    expect(problemOf(result)).toMatchObject({ kind: 'invalidItems', count: 1, named: [{ item: 2, path: 'target.source', issue: { type: 'regex' } }] });
    expect(refused(result)).toBe('1 item is not a valid NewsLens annotation, so nothing was imported. Item 2 (target.source): must be an http(s) URL.');
  });

  it('names the first three bad items and counts the rest', () => {
    const items = ours.map((annotation) => ({ ...annotation }));
    const broken = [
      { ...items[0], id: 'not-a-uuid' },
      items[1],
      { ...items[2], target: { ...items[2]?.target, selector: [{ type: 'TextQuoteSelector', exact: 'x', prefix: 'p'.repeat(65), suffix: '' }, items[2]?.target.selector[1]] } },
      { ...items[0], id: 'urn:uuid:bad' },
      { ...items[0], created: 'yesterday' },
      { ...items[0], motivation: 'bookmarking' },
    ];
    const result = read(broken);
    expect(problemOf(result)).toMatchObject({ kind: 'invalidItems', count: 5 });
    const message = refused(result);
    expect(message).toMatch(/^5 items are not valid NewsLens annotations, so nothing was imported\. /);
    expect(message).toContain('Item 1 (id): ');
    expect(message).toContain('Item 3 (target.selector[0].prefix): ');
    expect(message).toContain('Item 4 (id): ');
    expect(message).toMatch(/; and 2 more\.$/);
    expect(message).not.toContain('Item 5');
  });

  it('keeps the newest copy when an annotation is in the file twice', () => {
    const original = highlight(page, 'twice');
    const edited = { ...original, 'newslens:colour': 'green' as const, modified: '2030-01-01T00:00:00.000Z' };
    expect(accepted(read([edited, original])).annotations).toEqual([edited]);
    expect(accepted(read([original, edited])).annotations).toEqual([edited]);
  });
});

describe('readImportFile: files that are not annotations', () => {
  it('says where the JSON breaks, as a line and column', () => {
    const text = '{\n  "type": "AnnotationPage",\n  "items": [\n    { "id": 1, }\n  ]\n}';
    const message = refused(readImportFile(text, NOW));
    expect(message).toMatch(/^Not JSON: .+ at line 4, column 16$/); // the "}" after "1, "
  });

  it('says when the file ends too early, and when it is empty', () => {
    expect(refused(readImportFile('[\n  {"a": 1},\n', NOW))).toMatch(/^Not JSON: .*(ends too early, at line 3, column 1|line 3, column 1)/);
    expect(problemOf(readImportFile('[\n  {"a": 1},\n', NOW))).toEqual({ kind: 'notJson', error: { kind: 'endsEarly', line: 3, column: 1 } });
    expect(problemOf(readImportFile('  \n', NOW))).toEqual({ kind: 'empty' });
    expect(refused(readImportFile('  \n', NOW))).toBe('The file is empty.');
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(accepted(readImportFile(`\uFEFF${JSON.stringify([highlight('https://news.example/a', 'x')])}`, NOW)).annotations).toHaveLength(1);
  });

  it('refuses JSON of another kind with what it expected', () => {
    expect(problemOf(read({ hello: 'world' }))).toEqual({ kind: 'notAnnotations' });
    expect(problemOf(read('just a string'))).toEqual({ kind: 'notAnnotations' });
    expect(refused(read('just a string'))).toBe('Not an annotation file: expected an AnnotationCollection, an array of annotations, or a NewsLens backup.');
  });

  it('refuses a collection whose annotations are elsewhere instead of importing a part of it', () => {
    expect(refused(read({ type: 'AnnotationCollection', first: 'https://annotations.example/page/1' }))).toMatch(/first page is a link \(https:\/\/annotations\.example\/page\/1\)/);
    const partial = { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [], next: 'https://annotations.example/page/2' } };
    expect(problemOf(read(partial))).toEqual({ kind: 'partial', next: 'first.next', link: 'https://annotations.example/page/2' });
    expect(refused(read(partial))).toMatch(/only part of the collection: the rest is at first\.next/);
    // A page without items is named by its path; the AnnotationPage that is the file, by its type.
    expect(problemOf(read({ type: 'AnnotationPage', items: [], next: { type: 'AnnotationPage' } }))).toEqual({ kind: 'pageWithoutItems', page: 'next' });
    expect(refused(read({ type: 'AnnotationPage' }))).toBe('Not an annotation file: the AnnotationPage has no list of items.');
  });

  it('refuses files over 50 MB, counted in bytes as on disk', () => {
    expect(problemOf(readImportFile(' '.repeat(MAX_FILE_BYTES + 1), NOW))).toEqual({ kind: 'tooLarge', bytes: null, maxBytes: MAX_FILE_BYTES });
    expect(refused(readImportFile(' '.repeat(MAX_FILE_BYTES + 1), NOW))).toMatch(/^The file is larger than 50 MB/);
    // 26 million "é" are 26 million characters but 52 million bytes.
    expect(refused(readImportFile(`"${'é'.repeat(26 * 1024 * 1024)}"`, NOW))).toMatch(/larger than 50 MB/);
  });

  it('refuses more than 100,000 annotations before checking any of them', () => {
    const result = readImportFile(`[${new Array(MAX_ANNOTATIONS + 1).fill('{}').join(',')}]`, NOW);
    expect(problemOf(result)).toEqual({ kind: 'tooMany', count: 100_001, max: MAX_ANNOTATIONS });
    expect(refused(result)).toBe('The file holds 100,001 annotations: NewsLens imports at most 100,000 at a time. Split it into smaller exports.');
  });
});

describe('readImportFile: Hypothesis', () => {
  it('converts notes and highlights, and lists what it left out with the reason', () => {
    const file = {
      total: 5,
      rows: [
        hypothesisRow('Note1'),
        hypothesisRow('Highlight2', { text: '', tags: [] }),
        hypothesisRow('PageNote3', { target: [{ source: 'https://news.example/world/summit' }] }),
        hypothesisRow('Pdf4', { uri: 'urn:x-pdf:0a1b2c', target: [{ source: 'urn:x-pdf:0a1b2c', selector: [{ type: 'TextQuoteSelector', exact: 'in a PDF', prefix: '', suffix: '' }] }] }),
        hypothesisRow('Reply5', { references: ['Note1'], target: [{ source: 'https://news.example/world/summit' }] }),
      ],
    };
    const result = accepted(read(file));
    expect(result.format).toBe('hypothesis');
    const [note, mark] = result.annotations as [Annotation, Annotation];
    expect(result.annotations).toHaveLength(2);
    expect(note['newslens:kind']).toBe('note');
    expect(note.motivation).toBe('commenting');
    expect(note.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'Check this figure against the ministry release', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'economy' },
      { type: 'TextualBody', purpose: 'tagging', value: 'trade' },
    ]);
    expect(note.target.source).toBe('https://news.example/world/summit');
    expect(note.target['newslens:title']).toBe('Summit ends with a trade pledge');
    expect(note.created).toBe('2025-03-04T05:06:07.123Z');
    expect(note.modified).toBe('2025-03-05T08:00:00.000Z');
    expect(mark['newslens:kind']).toBe('highlight');
    expect(mark.motivation).toBe('highlighting');
    expect(mark.body).toEqual([]);
    expect(result.skipped).toEqual([
      { item: 3, reason: { kind: 'pageNote' } },
      { item: 4, reason: { kind: 'notWebPage', address: 'urn:x-pdf:0a1b2c' } },
      { item: 5, reason: { kind: 'reply' } },
    ]);
  });

  it('gives the same ids on a second reading, so a re-import merges', () => {
    const text = JSON.stringify({ rows: [hypothesisRow('Same1'), hypothesisRow('Same2')] });
    const first = accepted(readImportFile(text, NOW));
    const second = accepted(readImportFile(text, new Date('2027-01-01T00:00:00.000Z')));
    expect(second.annotations).toEqual(first.annotations);
    expect(new Set(first.annotations.map((a) => a.id)).size).toBe(2);
  });

  it("reads Hypothesis's export file", () => {
    const file = { export_date: '2025-04-01T00:00:00Z', export_userid: 'acct:reader@hypothes.is', client_version: '1.1', annotations: [hypothesisRow('Exp1')] };
    const result = accepted(read(file));
    expect(result.format).toBe('hypothesis');
    expect(result.annotations).toHaveLength(1);
  });

  it('refuses a file from which nothing can be imported, with the reasons', () => {
    const result = read({ rows: [hypothesisRow('PageOnly', { target: [{ source: 'https://news.example/x' }] })] });
    expect(problemOf(result)).toEqual({ kind: 'nothingImportable', count: 1, named: [{ item: 1, reason: { kind: 'pageNote' } }] });
    expect(refused(result)).toBe(
      'Nothing in this file can be imported: NewsLens keeps notes on passages of web pages. Item 1: a note on the whole page, not on a passage of it (no TextQuoteSelector).',
    );
  });
});

describe('readImportFile: other W3C annotations', () => {
  it('reads selectors and bodies in their several forms', () => {
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      first: {
        type: 'AnnotationPage',
        items: [
          {
            id: 'https://annotations.example/anno/1',
            type: 'Annotation',
            body: 'A plain string body',
            target: { source: 'https://news.example/b', selector: { type: 'TextQuoteSelector', exact: 'one' } },
          },
          {
            id: 'https://annotations.example/anno/2',
            type: 'Annotation',
            created: '2025-01-01T12:00:00+07:00',
            body: [
              { type: 'TextualBody', purpose: 'commenting', value: 'Disputed' },
              { type: 'TextualBody', purpose: 'tagging', value: 'Claim' },
              { type: 'SpecificResource', source: 'https://www.wikidata.org/entity/Q1' },
            ],
            target: [
              'https://news.example/c',
              { source: { id: 'https://news.example/c' }, selector: [{ type: 'CssSelector', value: 'p' }, { type: 'TextQuoteSelector', exact: 'two', prefix: 'a ', suffix: ' b' }] },
            ],
          },
          { type: 'Annotation', bodyValue: 'No id at all', target: { source: 'https://news.example/d', selector: [{ type: 'TextQuoteSelector', exact: 'three' }] } },
          { type: 'Annotation', target: { source: 'https://news.example/e', selector: { type: 'FragmentSelector', value: 'xywh=0,0,10,10' } } },
        ],
      },
    };
    const result = accepted(read(file));
    expect(result.format).toBe('web-annotation');
    expect(result.annotations.map((a) => [a.target.source, a.target.selector[0].exact, a.body])).toEqual([
      ['https://news.example/b', 'one', [{ type: 'TextualBody', purpose: 'commenting', value: 'A plain string body', format: 'text/plain' }]],
      [
        'https://news.example/c',
        'two',
        [
          { type: 'TextualBody', purpose: 'commenting', value: 'Disputed', format: 'text/plain' },
          { type: 'TextualBody', purpose: 'tagging', value: 'claim' },
        ],
      ],
      ['https://news.example/d', 'three', [{ type: 'TextualBody', purpose: 'commenting', value: 'No id at all', format: 'text/plain' }]],
    ]);
    expect(result.annotations[1]?.created).toBe('2025-01-01T05:00:00.000Z');
    // Undated items are dated when they are read.
    expect(result.annotations[0]?.created).toBe(NOW.toISOString());
    expect(result.skipped).toEqual([{ item: 4, reason: { kind: 'noQuoteSelector' } }]);
    // Even the item without an id gets the same id on a second reading.
    expect(accepted(read(file)).annotations.map((a) => a.id)).toEqual(result.annotations.map((a) => a.id));
  });

  it('imports our valid items and skips foreign ones it cannot use in the same file', () => {
    const ours = highlight('https://news.example/a', 'ours');
    const result = accepted(read([ours, { type: 'Annotation', target: 'https://news.example/a' }]));
    expect(result.annotations).toEqual([ours]);
    expect(result.skipped).toEqual([{ item: 2, reason: { kind: 'pageNote' } }]);
  });
});

describe('fileSizeProblem', () => {
  it('lets the import screen refuse a large file from its size alone, before reading it', () => {
    expect(fileSizeProblem(MAX_FILE_BYTES)).toBeNull();
    const problem = fileSizeProblem(62.3 * 1024 * 1024);
    expect(problem).toEqual({ kind: 'tooLarge', bytes: 62.3 * 1024 * 1024, maxBytes: MAX_FILE_BYTES });
    expect(problem && describeImportProblem(problem, english)).toBe('The file is too large (62.3 MB): NewsLens imports files of up to 50 MB. Split it into smaller exports.');
  });
});
