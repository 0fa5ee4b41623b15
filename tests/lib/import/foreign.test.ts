import { describe, expect, it } from 'vitest';
import { anchor } from '@/lib/anchoring/anchor';
import type { Annotation } from '@/lib/annotations/model';
import { convertForeign, cutPrefix, cutSuffix, UNKNOWN_POSITION, type Conversion } from '@/lib/import/foreign';

const NOW = new Date('2026-11-23T10:00:00.000Z');

function converted(conversion: Conversion): Annotation {
  if (!conversion.ok) throw new Error(`skipped: ${conversion.reason.kind}`);
  return conversion.annotation;
}

/** A generic W3C annotation of `exact` on a page (no position unless given). */
function w3c(exact: string, prefix: string, suffix: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'https://annotations.example/anno/42',
    type: 'Annotation',
    target: { source: 'https://news.example/story?utm_campaign=x&id=7#comments', selector: { type: 'TextQuoteSelector', exact, prefix, suffix } },
    ...extra,
  };
}

describe('convertForeign', () => {
  it('cuts long contexts to 64 characters, keeping those next to the quote', () => {
    const prefix = `${'far away '.repeat(10)}right before the quote: `;
    const suffix = ` right after the quote, ${'far away '.repeat(10)}`;
    const [quote] = converted(convertForeign(w3c('the quote', prefix, suffix), NOW)).target.selector;
    expect(quote.prefix).toBe(prefix.slice(-64));
    expect(quote.prefix.endsWith('right before the quote: ')).toBe(true);
    expect(quote.suffix).toBe(suffix.slice(0, 64));
    expect(quote.suffix.startsWith(' right after the quote,')).toBe(true);
  });

  it('never cuts a character outside the Basic Multilingual Plane in half', () => {
    const emoji = '😀'; // two UTF-16 units
    expect(cutPrefix(`${emoji}${'a'.repeat(63)}`)).toBe('a'.repeat(63));
    expect(cutSuffix(`${'a'.repeat(63)}${emoji}`)).toBe('a'.repeat(63));
    expect(cutPrefix(`x${emoji}${'a'.repeat(62)}`)).toBe(`${emoji}${'a'.repeat(62)}`);
  });

  it('files the annotation under the canonical page and keeps the address as visited', () => {
    const annotation = converted(convertForeign(w3c('quote', '', ''), NOW));
    expect(annotation.target.source).toBe('https://news.example/story?id=7');
    expect(annotation.target['newslens:visited']).toBe('https://news.example/story?utm_campaign=x&id=7');
  });

  it("keeps the tool's position, and records an unknown one as the empty range at 0", () => {
    const positioned = w3c('quote', '', '', {
      target: { source: 'https://news.example/a', selector: [{ type: 'TextQuoteSelector', exact: 'quote' }, { type: 'TextPositionSelector', start: 10, end: 15 }] },
    });
    expect(converted(convertForeign(positioned, NOW)).target.selector[1]).toEqual({ type: 'TextPositionSelector', start: 10, end: 15 });
    expect(converted(convertForeign(w3c('quote', '', ''), NOW)).target.selector[1]).toEqual(UNKNOWN_POSITION);
    const inverted = w3c('quote', '', '', {
      target: { source: 'https://news.example/a', selector: [{ type: 'TextQuoteSelector', exact: 'quote' }, { type: 'TextPositionSelector', start: 9, end: 2 }] },
    });
    expect(converted(convertForeign(inverted, NOW)).target.selector[1]).toEqual(UNKNOWN_POSITION);
  });

  it('anchors an annotation imported without a position by its quote and context', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i}: the delegates met again on day ${i} of the talks.`);
    paragraphs[30] = 'The minister said that trade grew by 12 per cent in the first quarter.';
    const text = paragraphs.join('\n');
    const exact = 'trade grew by 12 per cent';
    const at = text.indexOf(exact);
    // 32 characters each side, as Hypothesis records them.
    const prefix = text.slice(at - 32, at);
    const suffix = text.slice(at + exact.length, at + exact.length + 32);
    const annotation = converted(convertForeign(w3c(exact, prefix, suffix), NOW));
    const found = anchor(text, annotation.target.selector);
    expect(found).toMatchObject({ start: at, end: at + exact.length });
  });

  it('reads Hypothesis dates with microseconds and offsets, and dates undated items now', () => {
    const dated = converted(convertForeign(w3c('q', '', '', { created: '2025-03-04T12:06:07.123456+07:00', modified: '2025-03-05T00:00:00Z' }), NOW));
    expect([dated.created, dated.modified]).toEqual(['2025-03-04T05:06:07.123Z', '2025-03-05T00:00:00.000Z']);
    const undated = converted(convertForeign(w3c('q', '', ''), NOW));
    expect([undated.created, undated.modified]).toEqual([NOW.toISOString(), NOW.toISOString()]);
  });

  it("gives a Hypothesis annotation the same id from its API form and its W3C form", () => {
    const target = [{ source: 'https://news.example/a', selector: [{ type: 'TextQuoteSelector', exact: 'quote', prefix: '', suffix: '' }] }];
    const api = converted(convertForeign({ id: 'Ab12', uri: 'https://news.example/a', text: '', tags: [], target }, NOW));
    const jsonld = converted(convertForeign({ id: 'https://hypothes.is/a/Ab12', type: 'Annotation', target: target[0] }, NOW));
    expect(api.id).toBe(jsonld.id);
  });

  it('stores tags as the editor does and skips what the model cannot hold, saying why', () => {
    const tagged = converted(convertForeign(w3c('q', '', '', { body: [{ purpose: 'tagging', value: '  Election 2025 ' }, { purpose: 'tagging', value: 'election 2025' }] }), NOW));
    expect(tagged.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'election 2025' }]);
    expect(tagged['newslens:kind']).toBe('highlight');
    expect(convertForeign(w3c('q', '', '', { bodyValue: 'x'.repeat(50_001) }), NOW)).toEqual({ ok: false, reason: { kind: 'tooLong', what: 'note', max: 50_000 } });
    expect(convertForeign(w3c('x'.repeat(20_001), '', ''), NOW)).toEqual({ ok: false, reason: { kind: 'tooLong', what: 'quote', max: 20_000 } });
    expect(convertForeign('not an object', NOW)).toEqual({ ok: false, reason: { kind: 'notObject' } });
    expect(convertForeign({ type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'q' } } }, NOW)).toEqual({ ok: false, reason: { kind: 'noPageAddress' } });
    expect(convertForeign(w3c('q', '', '', { target: { source: 'file:///home/me/article.html', selector: { type: 'TextQuoteSelector', exact: 'q' } } }), NOW)).toEqual({
      ok: false,
      reason: { kind: 'notWebPage', address: 'file:///home/me/article.html' },
    });
  });
});
