import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe as describeRange } from '@/lib/anchoring/selectors';
import { normalizeText } from '@/lib/anchoring/normalize';
import type { AnnotationTarget } from '@/lib/annotations/model';
import { TEXT } from './fixtures';

describe('describe', () => {
  it('records the quote, 32 characters either side and the position', () => {
    const start = TEXT.indexOf('nhà đầu tư lớn thứ ba');
    const end = start + 'nhà đầu tư lớn thứ ba'.length;
    const { quote, position } = describeRange(TEXT, start, end);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'nhà đầu tư lớn thứ ba',
      prefix: TEXT.slice(start - CONTEXT_LENGTH, start),
      suffix: TEXT.slice(end, end + CONTEXT_LENGTH),
    });
    expect(quote.prefix).toHaveLength(32);
    expect(quote.suffix).toHaveLength(32);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('keeps shorter contexts at the edges of the text', () => {
    const head = describeRange(TEXT, 0, 9);
    expect(head.quote.prefix).toBe('');
    expect(head.quote.exact).toBe('Thủ tướng');
    const tail = describeRange(TEXT, TEXT.length - 8, TEXT.length);
    expect(tail.quote.suffix).toBe('');
    expect(tail.quote.exact).toBe('Việt Nam.'.slice(1));
  });

  it('stores NFC text and NFC positions when the page text is decomposed', () => {
    const nfd = TEXT.normalize('NFD');
    const nfcStart = TEXT.indexOf('hòa bình');
    const nfdStart = nfd.indexOf('hòa bình'.normalize('NFD'));
    const fromNfd = describeRange(nfd, nfdStart, nfdStart + 'hòa bình'.normalize('NFD').length);
    expect(fromNfd).toEqual(describeRange(TEXT, nfcStart, nfcStart + 'hòa bình'.length));
    expect(fromNfd.quote.exact).toBe('hòa bình');
    // Same result from a prepared view.
    expect(describeRange(normalizeText(nfd), nfdStart, nfdStart + 'hòa bình'.normalize('NFD').length)).toEqual(fromNfd);
  });

  it('does not leave half of a surrogate pair at the edge of a context', () => {
    const text = `😀${'x'.repeat(31)}quote${'y'.repeat(31)}😀`;
    const start = text.indexOf('quote');
    const { quote } = describeRange(text, start, start + 5);
    // 32 code units either side would cut each emoji in two: the lone halves are dropped.
    expect(quote.prefix).toBe('x'.repeat(31));
    expect(quote.suffix).toBe('y'.repeat(31));
  });

  it('rejects ranges outside the text', () => {
    expect(() => describeRange(TEXT, -1, 3)).toThrow(RangeError);
    expect(() => describeRange(TEXT, 5, 3)).toThrow(RangeError);
    expect(() => describeRange(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
    expect(() => describeRange(TEXT, 0.5, 3)).toThrow(RangeError);
  });

  it('produces selectors the annotation model accepts as a target', () => {
    const { quote, position } = describeRange(TEXT, 10, 40);
    const selector: AnnotationTarget['selector'] = [quote, position];
    expect(selector[0].exact).toBe(TEXT.slice(10, 40));
  });
});
