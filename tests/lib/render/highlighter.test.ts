// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { FOCUS_HIGHLIGHT, HighlightMarks } from '@/lib/render/highlighter';
import { WrapperMarks } from '@/lib/render/wrapper-marks';
import { colourRules } from '@/lib/render/colour-rules';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings';

/** A stand-in for the browser's Highlight: a set of ranges with a priority. */
class FakeHighlight extends Set<Range> {
  priority = 0;
}

function fakeApi() {
  const registry = new Map<string, Highlight>();
  return { registry, api: { registry, create: () => new FakeHighlight() as unknown as Highlight } };
}

function rangeOver(text: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
}

describe('HighlightMarks', () => {
  it('registers a highlight per type on first use, and hides types without losing their ranges', () => {
    const { registry, api } = fakeApi();
    const marks = new HighlightMarks(api);
    expect(registry.size).toBe(0);
    document.body.innerHTML = '<p>Hà Nội</p>';
    const range = rangeOver(document.querySelector('p')?.firstChild as Text, 0, 6);
    marks.add('LOC', range);
    expect([...registry.keys()]).toEqual(['newslens-loc']);
    marks.setShownTypes({ ...DEFAULT_SETTINGS.shownTypes, LOC: false });
    expect(registry.has('newslens-loc')).toBe(false);
    marks.setShownTypes(DEFAULT_SETTINGS.shownTypes);
    expect([...(registry.get('newslens-loc') as unknown as Set<Range>)]).toEqual([range]);
    marks.setFocused(range);
    expect((registry.get(FOCUS_HIGHLIGHT) as unknown as Set<Range>).size).toBe(1);
    marks.clear();
    expect(registry.size).toBe(0);
  });
});

describe('WrapperMarks', () => {
  it('wraps a mention that spans inline elements and restores the exact DOM', () => {
    document.body.innerHTML = '<p>Ông Tập <i>Cận</i> Bình và Nga.</p>';
    const paragraph = document.querySelector('p');
    if (!paragraph) throw new Error('no paragraph');
    const before = paragraph.innerHTML;
    const first = paragraph.firstChild as Text;
    const last = paragraph.lastChild as Text;
    const person = document.createRange();
    person.setStart(first, 4);
    person.setEnd(last, 5);
    const country = rangeOver(last, 9, 12);
    const marks = new WrapperMarks();
    marks.add('LOC', country);
    marks.add('PER', person);
    expect(Array.from(paragraph.querySelectorAll('newslens-mark'), (mark) => mark.textContent)).toEqual(['Tập ', 'Cận', ' Bình', 'Nga']);
    marks.setShownTypes({ ...DEFAULT_SETTINGS.shownTypes, PER: false });
    expect(paragraph.querySelectorAll('newslens-mark[data-hidden]').length).toBe(3);
    marks.remove('PER', person);
    marks.remove('LOC', country);
    expect(paragraph.innerHTML).toBe(before);
    expect(paragraph.childNodes.length).toBe(3);
  });
});

describe('colourRules', () => {
  it('emits rules only for colours the reader changed', () => {
    expect(colourRules(DEFAULT_SETTINGS.colours, DEFAULT_SETTINGS.colours)).toBe('');
    const rules = colourRules({ ...DEFAULT_SETTINGS.colours, PER: '#102030' }, DEFAULT_SETTINGS.colours);
    expect(rules).toContain('::highlight(newslens-per) { background-color: rgb(16 32 48 / 0.35); }');
    expect(rules).not.toContain('newslens-loc');
  });
});
