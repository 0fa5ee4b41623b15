import { describe, expect, it } from 'vitest';
import { anchor, anchorDetailed, MIN_QUOTE_SIMILARITY, NEIGHBOURHOOD_RADIUS } from '@/lib/anchoring/anchor';
import { normalizeText } from '@/lib/anchoring/normalize';
import type { AnnotationTarget } from '@/lib/annotations/model';
import { PARAGRAPHS, TEXT, manualClock, select, withParagraph } from './fixtures';

/** Filler paragraphs with no phrase of the article, to put passages far apart. */
function filler(characters: number): string {
  const sentences: string[] = [];
  let length = 0;
  for (let i = 0; length < characters; i++) {
    const sentence = `Mục ${i}: số liệu thống kê của quý ${(i % 4) + 1} năm ${2000 + (i % 25)} được công bố vào ngày ${(i % 28) + 1}.`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences.join(' ');
}

describe('anchor: unchanged text', () => {
  it('takes the stored position when it still holds the quote and its surroundings', () => {
    const s = select(TEXT, 'nhà đầu tư lớn thứ ba tại Việt Nam');
    expect(anchor(TEXT, [s.quote, s.position])).toEqual({ start: s.start, end: s.end, method: 'position', score: 1 });
  });

  it('accepts an annotation target selector tuple as stored by the model', () => {
    const s = select(TEXT, 'tổng vốn đăng ký khoảng 72 tỷ USD');
    const selector: AnnotationTarget['selector'] = [s.quote, s.position];
    expect(anchor(TEXT, selector)?.start).toBe(s.start);
  });

  it('finds the quote by its text alone when there is no position selector', () => {
    const s = select(TEXT, 'giao lưu nhân dân');
    expect(anchor(TEXT, { quote: s.quote })).toMatchObject({ start: s.start, end: s.end, method: 'exact', score: 1 });
  });

  it('finds a quote imported from a tool that records shorter context and no position', () => {
    const long = `${filler(12_000)} ${TEXT} ${filler(6_000)}`;
    const s = select(long, 'nhà đầu tư lớn thứ ba tại Việt Nam');
    const short = { ...s.quote, prefix: s.quote.prefix.slice(-20), suffix: s.quote.suffix.slice(0, 20) };
    expect(anchor(long, [short, { type: 'TextPositionSelector', start: 0, end: 0 }])).toMatchObject({ start: s.start, end: s.end });
    expect(anchor(long, { quote: short })).toMatchObject({ start: s.start, end: s.end });
  });

  it('finds a bare quote recorded without any context', () => {
    const s = select(TEXT, 'cương vị mới');
    expect(anchor(TEXT, [{ ...s.quote, prefix: '', suffix: '' }])).toMatchObject({ start: s.start, end: s.end });
  });

  it('tells apart two occurrences of the same quote by their surroundings', () => {
    const phrase = 'quan hệ hợp tác giữa hai nước';
    const first = select(TEXT, phrase);
    const second = select(TEXT, phrase, first.end);
    expect(second.start).toBeGreaterThan(first.start);
    expect(anchor(TEXT, { quote: second.quote })).toMatchObject({ start: second.start, method: 'exact' });
    expect(anchor(TEXT, { quote: first.quote })).toMatchObject({ start: first.start, method: 'exact' });
    // A stale position pointing at the other occurrence does not outweigh the surroundings.
    const stale = { type: 'TextPositionSelector' as const, start: first.start, end: first.end };
    expect(anchor(TEXT, [second.quote, stale])).toMatchObject({ start: second.start, end: second.end, method: 'exact' });
  });

  it('returns null for an empty quote or no quote selector', () => {
    const s = select(TEXT, 'Đại sứ');
    expect(anchor(TEXT, [{ ...s.quote, exact: '' }, s.position])).toBeNull();
    expect(anchor(TEXT, [s.position])).toBeNull();
  });
});

describe('anchor: edited text', () => {
  it('follows a quote shifted by text inserted before it', () => {
    const s = select(TEXT, 'Hai bên nhất trí tiếp tục phối hợp chặt chẽ');
    const inserted = 'Cập nhật 18:00: bổ sung ý kiến của các chuyên gia kinh tế về triển vọng hợp tác.\n';
    const result = anchor(inserted + TEXT, [s.quote, s.position]);
    expect(result).toMatchObject({ start: s.start + inserted.length, end: s.end + inserted.length, method: 'exact' });
    expect(result?.score).toBeGreaterThan(0.98);
  });

  it('finds a quote whose typo was fixed, with the new bounds', () => {
    const before = TEXT.replace('phát triển hạ tầng', 'phát triễn hạ tầng');
    const s = select(before, 'đặc biệt trong lĩnh vực đầu tư và phát triễn hạ tầng');
    const fixed = 'đặc biệt trong lĩnh vực đầu tư và phát triển hạ tầng';
    const start = TEXT.indexOf(fixed);
    expect(anchor(TEXT, [s.quote, s.position])).toMatchObject({ start, end: start + fixed.length, method: 'fuzzy' });
  });

  it('finds a quote after a tone-mark style change (hòa → hoà)', () => {
    const s = select(TEXT, 'duy trì hòa bình, ổn định và hợp tác');
    const after = TEXT.replace('hòa bình', 'hoà bình');
    const start = after.indexOf('duy trì hoà bình');
    const result = anchor(after, [s.quote, s.position]);
    expect(result).toMatchObject({ start, end: start + s.quote.exact.length, method: 'fuzzy' });
    expect(result?.score).toBeGreaterThan(0.9);
  });

  it('finds even a two-word quote after the tone-mark change (2 edits in 8 characters: at the threshold)', () => {
    const s = select(TEXT, 'hòa bình');
    const after = TEXT.replace('hòa bình', 'hoà bình');
    expect(1 - 2 / s.quote.exact.length).toBeGreaterThanOrEqual(MIN_QUOTE_SIMILARITY);
    expect(anchor(after, [s.quote, s.position])).toMatchObject({ start: s.start, end: s.end, method: 'fuzzy' });
  });

  it('finds a quote with an extra space inside, its end moved by one', () => {
    const s = select(TEXT, 'tiếp tục phối hợp chặt chẽ để duy trì');
    const after = TEXT.replace('phối hợp chặt chẽ', 'phối hợp  chặt chẽ');
    expect(anchor(after, [s.quote, s.position])).toMatchObject({ start: s.start, end: s.end + 1, method: 'fuzzy' });
  });

  it('finds a quote whose neighbouring sentence was rewritten (one side of its surroundings intact)', () => {
    const s = select(TEXT, 'Nhật Bản hiện là nhà đầu tư lớn thứ ba tại Việt Nam');
    const after = TEXT.replace('Theo Bộ Kế hoạch và Đầu tư, ', 'Số liệu mới nhất công bố tuần trước cho thấy ');
    const start = after.indexOf(s.quote.exact);
    expect(anchor(after, [s.quote, s.position])).toMatchObject({ start, end: start + s.quote.exact.length, method: 'exact' });
  });

  it('finds a paragraph moved far away, when its surroundings came with it', () => {
    const s = select(TEXT, 'khẳng định sẽ tiếp tục đóng góp');
    const moved = withParagraph(PARAGRAPHS, 5, null) + '\n' + filler(NEIGHBOURHOOD_RADIUS * 2) + '\n' + PARAGRAPHS[5];
    const start = moved.indexOf(s.quote.exact);
    expect(start).toBeGreaterThan(s.start + NEIGHBOURHOOD_RADIUS * 2);
    expect(anchor(moved, [s.quote, s.position])).toMatchObject({ start, method: 'exact' });
  });

  it('prefers the passage edited in place to an unedited copy far away (a pull-quote)', () => {
    const paragraph = PARAGRAPHS[3] ?? '';
    const original = [paragraph, filler(NEIGHBOURHOOD_RADIUS * 2), paragraph].join('\n');
    const s = select(original, 'nhà đầu tư lớn thứ ba tại Việt Nam');
    const edited = original.replace('nhà đầu tư lớn thứ ba', 'nhà đầu tư lớn thứ 3');
    const result = anchor(edited, [s.quote, s.position]);
    expect(result).toMatchObject({ start: s.start, method: 'fuzzy' });
    expect(result?.end).toBe(s.end - 1); // "ba" → "3"
  });
});

describe('anchor: orphans', () => {
  it('returns null when the annotated paragraph was deleted', () => {
    const s = select(TEXT, 'Đại sứ cảm ơn sự hỗ trợ của Chính phủ Việt Nam');
    expect(anchor(withParagraph(PARAGRAPHS, 5, null), [s.quote, s.position])).toBeNull();
  });

  it('does not jump to the same phrase in another paragraph when its own paragraph was deleted', () => {
    const phrase = 'quan hệ hợp tác giữa hai nước';
    const second = select(TEXT, phrase, TEXT.indexOf(phrase) + 1);
    const without = withParagraph(PARAGRAPHS, 5, null);
    expect(without.includes(phrase)).toBe(true);
    expect(anchorDetailed(without, [second.quote, second.position])).toEqual({ status: 'orphaned' });
  });

  it('does not jump to a look-alike sentence when its paragraph was deleted', () => {
    const paragraphs = [...PARAGRAPHS];
    paragraphs.push('Hai bên nhất trí tiếp tục phối hợp để duy trì hòa bình và ổn định trong khu vực Đông Nam Á.');
    const text = paragraphs.join('\n');
    const s = select(text, 'Hai bên nhất trí tiếp tục phối hợp chặt chẽ để duy trì hòa bình, ổn định');
    expect(anchor(withParagraph(paragraphs, 4, null), [s.quote, s.position])).toBeNull();
  });

  it('does not jump to a stock phrase nearby whose surroundings only half match', () => {
    // The same phrase in the next paragraph, after a similar clause (prefix ~0.75 similar) and before another
    // sentence (suffix ~0.5): the kind of look-alike a templated or formulaic article is full of.
    const paragraphs = [
      'Thủ tướng đã có cuộc hội đàm với Tổng thống Pháp tại Hà Nội, tập trung vào hợp tác kinh tế, thương mại và đầu tư.',
      'An ninh năng lượng',
      'Chủ tịch nước đã có cuộc hội đàm với Thủ tướng Ấn Độ tại New Delhi, tập trung vào hợp tác kinh tế, thương mại và đầu tư.',
      'Năm 2015, sản lượng nông sản xuất khẩu sang châu Âu tăng mạnh.',
    ];
    const s = select(paragraphs.join('\n'), 'kinh tế, thương mại và');
    expect(anchor(withParagraph(paragraphs, 0, null), [s.quote, s.position])).toBeNull();
    // The same passage kept, with the heading after it rewritten: one side intact, found.
    const kept = withParagraph(paragraphs, 1, 'Tăng cường hợp tác năng lượng');
    expect(anchor(kept, [s.quote, s.position])).toMatchObject({ start: s.start, end: s.end, method: 'position' });
    const shifted = `Tin mới.\n${kept}`;
    expect(anchor(shifted, [s.quote, s.position])).toMatchObject({ start: s.start + 9, end: s.end + 9, method: 'exact' });
  });

  it('returns null when only part of the quote is still there', () => {
    // The quote spans two sentences; the second one was removed.
    const s = select(TEXT, 'Thủ tướng đánh giá cao những đóng góp của Đại sứ trong việc thúc đẩy quan hệ hợp tác giữa hai nước, đặc biệt trong lĩnh vực đầu tư và phát triển hạ tầng.\nTheo Bộ Kế hoạch và Đầu tư, Nhật Bản hiện là nhà đầu tư lớn thứ ba');
    expect(anchor(withParagraph(PARAGRAPHS, 2, null), [s.quote, s.position])).toBeNull();
    // Half of a sentence rewritten.
    const t = select(TEXT, 'với hơn 5.000 dự án còn hiệu lực, tổng vốn đăng ký khoảng 72 tỷ USD');
    const rewritten = TEXT.replace('tổng vốn đăng ký khoảng 72 tỷ USD', 'chủ yếu trong ngành chế tạo và bán lẻ');
    expect(anchor(rewritten, [t.quote, t.position])).toBeNull();
  });
});

describe('anchor: Unicode', () => {
  it('anchors NFC selectors on decomposed (NFD) Vietnamese text, with offsets into that text', () => {
    const s = select(TEXT, 'duy trì hòa bình, ổn định');
    const nfd = TEXT.normalize('NFD');
    expect(nfd).not.toBe(TEXT);
    const result = anchor(nfd, [s.quote, s.position]);
    expect(result?.method).toBe('position');
    expect(nfd.slice(result?.start, result?.end).normalize('NFC')).toBe(s.quote.exact);
  });

  it('anchors selectors stored decomposed, and accepts a prepared text', () => {
    const s = select(TEXT, 'tập đoàn lớn của Nhật Bản');
    const quote = { ...s.quote, exact: s.quote.exact.normalize('NFD'), prefix: s.quote.prefix.normalize('NFD') };
    expect(anchor(normalizeText(TEXT), [quote, s.position])).toMatchObject({ start: s.start, end: s.end });
  });

  it('finds a Vietnamese quote with a mix of edits in a mixed-form text', () => {
    const s = select(TEXT, 'Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản');
    const edited = `Tin mới. ${TEXT.replace('Phạm Minh Chính đã tiếp', 'Phạm Minh Chính  đã tiếp').normalize('NFD')}`;
    const result = anchor(edited, [s.quote, s.position]);
    expect(result?.method).toBe('fuzzy');
    expect(edited.slice(result?.start, result?.end).normalize('NFC')).toBe('Thủ tướng Phạm Minh Chính  đã tiếp Đại sứ Nhật Bản');
  });
});

describe('anchor: time bound', () => {
  it('gives up a fuzzy search past the deadline (timeout, not orphan)', () => {
    const s = select(TEXT, 'duy trì hòa bình, ổn định và hợp tác');
    const after = TEXT.replace('hòa bình', 'hoà bình');
    // Every reading of the clock is 100 ms later: the search is past its 50 ms before its first chunk.
    const clock = manualClock();
    const slow = () => {
      clock.advance(100);
      return clock.now();
    };
    expect(anchorDetailed(after, [s.quote, s.position], { now: slow, deadlineMs: 50 })).toEqual({ status: 'timeout' });
    expect(anchor(after, [s.quote, s.position], { now: slow, deadlineMs: 50 })).toBeNull();
    expect(anchor(after, [s.quote, s.position], { now: slow, deadlineMs: 1e6 })?.method).toBe('fuzzy');
  });

  it('needs no time for an unchanged annotation, whatever the clock says', () => {
    const s = select(TEXT, 'nhà đầu tư lớn thứ ba');
    const clock = manualClock();
    const slow = () => {
      clock.advance(1000);
      return clock.now();
    };
    expect(anchor(TEXT, [s.quote, s.position], { now: slow })?.method).toBe('position');
  });
});
