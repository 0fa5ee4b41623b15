import { describe, expect, it } from 'vitest';
import { describeImportProblem, describeSkipped } from '@/lib/i18n/import-problems';
import { pageText } from '@/lib/i18n/pages';
import { makeBackup } from '@/lib/import/backup';
import { fileSizeProblem, MAX_ANNOTATIONS } from '@/lib/import/limits';
import type { ImportProblem } from '@/lib/import/problems';
import { readImportFile } from '@/lib/import/read-file';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';
import { highlight } from '../../support/annotations';
import { compose } from '../../support/corrections';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const PAGE = 'https://news.example/a';

/** The problem of a file that must be refused. */
function problemOf(text: string): ImportProblem {
  const result = readImportFile(text, NOW);
  if (result.ok) throw new Error('accepted a file it should refuse');
  return result.problem;
}

/** The refusal of `value` as a JSON file, in both languages. */
function inBoth(problem: ImportProblem): { en: string; vi: string } {
  return { en: describeImportProblem(problem, pageText('en')), vi: describeImportProblem(problem, pageText('vi')) };
}

const withItems = (...items: unknown[]): string => JSON.stringify(items);

/** An entity correction whose link to the entity is `source`. */
function linkedTo(source: string): unknown {
  const correction = compose('Vladimir Putin', 'PER', 'per:vladimir-putin');
  return { ...correction, body: correction.body.map((body) => (body.type === 'SpecificResource' ? { ...body, source } : body)) };
}

describe('import problems', () => {
  it('word an invalid item in both languages, with its number and the path inside it', () => {
    const good = highlight(PAGE, 'good');
    const long = highlight(PAGE, 'long');
    const bad = { ...long, target: { ...long.target, selector: [{ ...long.target.selector[0], prefix: 'p'.repeat(65) }, long.target.selector[1]] } };
    const { en, vi } = inBoth(problemOf(withItems(good, good, bad)));
    expect(en).toBe('1 item is not a valid NewsLens annotation, so nothing was imported. Item 3 (target.selector[0].prefix): at most 64 characters (it has 65).');
    expect(vi).toBe('1 mục không phải là chú thích NewsLens hợp lệ nên chưa nhập gì cả. Mục 3 (target.selector[0].prefix): tối đa 64 ký tự (hiện có 65).');
    expect(vi).not.toBe(en);
  });

  it('word each kind of issue by its type and requirement, never by valibot’s English message', () => {
    const a = highlight(PAGE, 'a');
    const { id: _id, ...withoutId } = a;
    const cases: Array<[unknown, string, string]> = [
      [{ ...a, motivation: 'bookmarking' }, 'Item 1 (motivation): must be "highlighting", "commenting", "tagging", "assessing", "identifying" or "classifying", not "bookmarking"', 'Mục 1 (motivation): phải là "highlighting", "commenting", "tagging", "assessing", "identifying" hoặc "classifying", không phải "bookmarking"'],
      [withoutId, 'Item 1 (id): missing', 'Mục 1 (id): bị thiếu'],
      [{ ...a, colour: 'red' }, 'Item 1 (colour): not a field of a NewsLens annotation', 'Mục 1 (colour): chú thích NewsLens không có trường này'],
      [{ ...a, id: 'urn:uuid:x' }, 'Item 1 (id): must be urn:uuid: followed by a UUID', 'Mục 1 (id): phải có dạng urn:uuid: kèm theo một UUID'],
      [{ ...a, created: 'yesterday' }, 'Item 1 (created): must be a date and time such as 2025-03-04T05:06:07Z', 'Mục 1 (created): phải là ngày giờ có dạng 2025-03-04T05:06:07Z'],
      [{ ...a, target: { ...a.target, source: 'not a url' } }, 'Item 1 (target.source): must be an http(s) URL', 'Mục 1 (target.source): phải là một địa chỉ web http(s)'],
      [{ ...a, target: { ...a.target, selector: [a.target.selector[0], { ...a.target.selector[1], start: -1 }] } }, 'Item 1 (target.selector[1].start): must be 0 or more, not -1', 'Mục 1 (target.selector[1].start): phải từ 0 trở lên, không phải -1'],
      [{ ...a, target: { ...a.target, selector: [{ ...a.target.selector[0], exact: '' }, a.target.selector[1]] } }, 'Item 1 (target.selector[0].exact): must not be empty', 'Mục 1 (target.selector[0].exact): không được để trống'],
      [{ ...a, body: 'note' }, 'Item 1 (body): must be a list (a JSON array)', 'Mục 1 (body): phải là một danh sách (mảng JSON)'],
      [linkedTo('kb:per:x'), 'Item 1 (body[1].source): must be a NewsLens entity (urn:newslens:kb:…) or a Wikidata entity address', 'Mục 1 (body[1].source): phải là một thực thể của NewsLens (urn:newslens:kb:…) hoặc địa chỉ một thực thể Wikidata'],
    ];
    for (const [item, en, vi] of cases) {
      const problem = problemOf(withItems(item));
      expect(inBoth(problem)).toEqual({ en: `1 item is not a valid NewsLens annotation, so nothing was imported. ${en}.`, vi: expect.stringContaining(vi) });
    }
  });

  it('names the first items and counts the rest, in the interface’s language', () => {
    const broken = Array.from({ length: 5 }, () => ({ ...highlight(PAGE, 'x'), created: 'yesterday' }));
    const { en, vi } = inBoth(problemOf(withItems(...broken)));
    expect(en).toMatch(/^5 items are not valid NewsLens annotations, .* Item 3 \(created\): [^;]+; and 2 more\.$/);
    expect(vi).toMatch(/^5 mục không phải là chú thích NewsLens hợp lệ .* Mục 3 \(created\): [^;]+; và 2 mục khác\.$/);
  });

  it('formats the numbers in the interface’s locale', () => {
    expect(inBoth(problemOf(`[${new Array(MAX_ANNOTATIONS + 1).fill('{}').join(',')}]`))).toEqual({
      en: 'The file holds 100,001 annotations: NewsLens imports at most 100,000 at a time. Split it into smaller exports.',
      vi: 'Tệp chứa 100.001 chú thích: NewsLens chỉ nhập tối đa 100.000 chú thích mỗi lần. Hãy chia thành nhiều tệp xuất nhỏ hơn.',
    });
    const tooLarge = fileSizeProblem(62.3 * 1024 * 1024);
    expect(tooLarge && inBoth(tooLarge).vi).toBe('Tệp quá lớn (62,3 MB): NewsLens chỉ nhập được tệp tối đa 50 MB. Hãy chia thành nhiều tệp xuất nhỏ hơn.');
  });

  it('keeps where the JSON breaks, and the browser’s own words about it', () => {
    const broken = problemOf('{\n  "rows": [\n    { "id": "a", }\n  ]\n}');
    const { en, vi } = inBoth(broken);
    expect(en).toMatch(/^Not JSON: .+ at line 3, column 18$/);
    expect(vi).toMatch(/^Không phải JSON: có lỗi ở dòng 3, cột 18 \(trình duyệt báo: “.+”\)$/);
    expect(inBoth(problemOf('[\n  {"a": 1},\n')).vi).toMatch(/^Không phải JSON: (tệp kết thúc quá sớm, ở dòng 3, cột 1|có lỗi ở dòng 3, cột 1 )/);
    expect(inBoth(problemOf('   ')).vi).toBe('Tệp này trống.');
  });

  it('words the refusals of a backup in both languages', () => {
    const backup = makeBackup([], DEFAULT_SETTINGS, NOW);
    const settings = inBoth(problemOf(JSON.stringify({ ...backup, settings: { ...DEFAULT_SETTINGS, ratingScale: ['Một'] } })));
    expect(settings.vi).toBe('Cài đặt trong bản sao lưu không hợp lệ nên chưa nhập gì cả. settings.ratingScale: thang đánh giá cần ít nhất hai kết luận');
    expect(settings.en).toBe("The backup's settings are not valid, so nothing was imported. settings.ratingScale: a rating scale needs at least two verdicts");
    expect(inBoth(problemOf(JSON.stringify({ ...backup, annotations: 'lost' }))).vi).toBe('Bản sao lưu NewsLens này bị hỏng: annotations: phải là một danh sách (mảng JSON)');
    expect(inBoth(problemOf(JSON.stringify({ ...backup, version: 2 }))).vi).toBe(
      'Bản sao lưu này được tạo bởi một phiên bản NewsLens mới hơn (định dạng sao lưu 2); phiên bản này chỉ đọc được định dạng 1. Hãy cập nhật NewsLens rồi nhập lại.',
    );
  });

  it('words every refusal differently in Vietnamese, so none is left in English', () => {
    const files = [
      '',
      '{ "rows": [',
      '"just a string"',
      JSON.stringify({ type: 'AnnotationCollection', first: 'https://annotations.example/page/1' }),
      JSON.stringify({ type: 'AnnotationCollection', first: 7 }),
      JSON.stringify({ type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [], next: 'https://annotations.example/page/2' } }),
      JSON.stringify({ type: 'AnnotationPage' }),
      JSON.stringify({ type: 'AnnotationPage', items: [], next: { type: 'AnnotationPage' } }),
      JSON.stringify({ rows: [{ uri: PAGE, references: ['x'], target: [{ source: PAGE }] }] }),
    ];
    for (const text of files) {
      const { en, vi } = inBoth(problemOf(text));
      expect([text, vi]).not.toEqual([text, en]);
    }
  });

  it('words an item left out, with its number', () => {
    const skipped = [
      { item: 3, reason: { kind: 'pageNote' } },
      { item: 4, reason: { kind: 'notWebPage', address: 'urn:x-pdf:0a1b2c' } },
      { item: 12, reason: { kind: 'tooLong', what: 'quote', max: 20_000 } },
    ] as const;
    expect(skipped.map((entry) => describeSkipped(entry, pageText('en')))).toEqual([
      'Item 3: a note on the whole page, not on a passage of it (no TextQuoteSelector)',
      'Item 4: its page is not a web page (urn:x-pdf:0a1b2c)',
      'Item 12: its quote is longer than 20,000 characters',
    ]);
    expect(skipped.map((entry) => describeSkipped(entry, pageText('vi')))).toEqual([
      'Mục 3: là ghi chú cho cả trang, không gắn với đoạn văn nào (không có TextQuoteSelector)',
      'Mục 4: trang của mục này không phải là trang web (urn:x-pdf:0a1b2c)',
      'Mục 12: đoạn trích dài hơn 20.000 ký tự',
    ]);
  });
});
