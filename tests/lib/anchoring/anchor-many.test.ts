import { describe, expect, it } from 'vitest';
import { anchor } from '@/lib/anchoring/anchor';
import { anchorAll, anchorAllDetailed } from '@/lib/anchoring/anchor-many';
import { PARAGRAPHS, TEXT, manualClock, select, withParagraph } from './fixtures';

const QUOTES = [
  'Thủ tướng Phạm Minh Chính tiếp Đại sứ',
  'kết thúc nhiệm kỳ công tác',
  'đặc biệt trong lĩnh vực đầu tư',
  'hơn 5.000 dự án còn hiệu lực',
  'duy trì hòa bình, ổn định và hợp tác',
  'Đại sứ cảm ơn sự hỗ trợ của Chính phủ Việt Nam',
  'lãnh đạo một số tập đoàn lớn',
];
const targets = QUOTES.map((quote) => {
  const s = select(TEXT, quote);
  return [s.quote, s.position] as const;
});

describe('anchorAll', () => {
  it('anchors every annotation of an unchanged text at its position', () => {
    const results = anchorAll(TEXT, targets);
    expect(results.map((r) => r?.method)).toEqual(QUOTES.map(() => 'position'));
    results.forEach((result, i) => expect(TEXT.slice(result?.start, result?.end)).toBe(QUOTES[i]));
  });

  it('follows a shift of the whole text and a mix of edits, in target order', () => {
    const edited =
      'Cập nhật: bài viết được bổ sung lúc 20:00.\n' +
      withParagraph(PARAGRAPHS, 4, (PARAGRAPHS[4] ?? '').replace('hòa bình', 'hoà bình')).replace('5.000 dự án', '5.100 dự án');
    const results = anchorAll(edited, targets);
    expect(results.map((r) => r?.method)).toEqual(['exact', 'exact', 'exact', 'fuzzy', 'fuzzy', 'exact', 'exact']);
    expect(edited.slice(results[3]?.start, results[3]?.end)).toBe('hơn 5.100 dự án còn hiệu lực');
    expect(edited.slice(results[4]?.start, results[4]?.end)).toBe('duy trì hoà bình, ổn định và hợp tác');
    // Same answers as anchoring one by one (scores differ in the third decimal: anchorAll measures closeness to
    // where the neighbours moved, not to the stale position).
    const bounds = (r: { start: number; end: number; method: string } | null) => r && [r.start, r.end, r.method];
    expect(results.map(bounds)).toEqual(targets.map((target) => bounds(anchor(edited, target))));
  });

  it('orphans the annotations of a deleted paragraph and keeps the others', () => {
    const results = anchorAll(withParagraph(PARAGRAPHS, 5, null), targets);
    expect(results.map((r) => r === null)).toEqual([false, false, false, false, false, true, false]);
  });

  it('answers every target in its own slot, including unusable ones', () => {
    const outcomes = anchorAllDetailed(TEXT, [targets[2] ?? [], [], targets[0] ?? []]);
    expect(outcomes.map((o) => o.status)).toEqual(['anchored', 'orphaned', 'anchored']);
    expect(anchorAll(TEXT, [])).toEqual([]);
  });

  it('stops at the batch deadline and reports the rest as timed out', () => {
    const edited = TEXT.replace('hòa bình', 'hoà bình').replace('nhiệm kỳ', 'nhiệm kì');
    const clock = manualClock();
    const slow = () => {
      clock.advance(40);
      return clock.now();
    };
    const outcomes = anchorAllDetailed(edited, targets, { now: slow, deadlineMs: 100 });
    // The untouched annotations are cheap checks done before any fuzzy search; the two edited ones run out of time.
    expect(outcomes.map((o) => o.status)).toEqual(['anchored', 'timeout', 'anchored', 'anchored', 'timeout', 'anchored', 'anchored']);
    expect(anchorAll(edited, targets, { now: slow, deadlineMs: 100 }).filter((r) => r === null)).toHaveLength(2);
  });

  it('can also bound each fuzzy search, and then goes on with the next one', () => {
    const edited = TEXT.replace('hòa bình', 'hoà bình').replace('nhiệm kỳ', 'nhiệm kì');
    const clock = manualClock();
    const slow = () => {
      clock.advance(40);
      return clock.now();
    };
    const statuses = (options: { perTargetDeadlineMs?: number }) =>
      anchorAllDetailed(edited, targets, { now: slow, deadlineMs: 1e6, ...options }).map((o) => o.status);
    expect(statuses({ perTargetDeadlineMs: 30 })).toEqual(['anchored', 'timeout', 'anchored', 'anchored', 'timeout', 'anchored', 'anchored']);
    expect(statuses({})).toEqual(QUOTES.map(() => 'anchored'));
  });
});
