import { describe, expect, it } from 'vitest';
import { anchorDetailed } from '@/lib/anchoring/anchor';
import { anchorAllDetailed } from '@/lib/anchoring/anchor-many';
import { normalizeText } from '@/lib/anchoring/normalize';
import { describe as describeRange, type TextPositionSelector, type TextQuoteSelector } from '@/lib/anchoring/selectors';
import { generateLongArticle } from '../../fixtures/generate-long.mjs';

/** The generated article's title, headings and paragraphs, joined by "\n" as the content script does. */
function paragraphsOf(html: string): string[] {
  const article = html.slice(html.indexOf('<article'), html.indexOf('</article>'));
  return [...article.matchAll(/<(h1|h2|p)\b[^>]*>([\s\S]*?)<\/\1>/g)]
    .map((m) => (m[2] ?? '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim())
    .filter((block) => block.length > 0);
}

const paragraphs = paragraphsOf(generateLongArticle({ words: 30_000, seed: 7, lang: 'vi' }));
const text = paragraphs.join('\n');
const starts: number[] = [];
paragraphs.reduce((offset, paragraph) => (starts.push(offset), offset + paragraph.length + 1), 0);

interface Note {
  paragraph: number;
  from: number;
  to: number;
  selectors: [TextQuoteSelector, TextPositionSelector];
}

let seed = 99;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const view = normalizeText(text);
const notes: Note[] = [];
while (notes.length < 120) {
  const paragraph = Math.floor(random() * paragraphs.length);
  const body = paragraphs[paragraph] ?? '';
  const length = 10 + Math.floor(random() * 111);
  if (body.length < length + 2) continue;
  let from = Math.floor(random() * (body.length - length));
  while (from > 0 && body[from - 1] !== ' ') from--;
  let to = from + length;
  while (to < body.length && body[to] !== ' ') to++;
  if (body.slice(from, to).trim() !== body.slice(from, to)) continue;
  const start = (starts[paragraph] ?? 0) + from;
  const { quote, position } = describeRange(view, start, start + to - from);
  notes.push({ paragraph, from, to, selectors: [quote, position] });
}

describe('anchoring on a 30,000-word Vietnamese article', () => {
  it('is 30,000 words of text', () => {
    expect((text.match(/\S+/g) ?? []).length).toBeGreaterThanOrEqual(30_000);
  });

  it('re-anchors every annotation of the unchanged text at its position', () => {
    const outcomes = anchorAllDetailed(text, notes.map((note) => note.selectors));
    expect(outcomes.every((o) => o.status === 'anchored' && o.result.method === 'position')).toBe(true);
  });

  it('follows edits, a paragraph inserted at the top and deleted paragraphs, without a wrong anchor', () => {
    // Tone-mark style changes (same length) in every paragraph, a paragraph inserted after the title, and five
    // annotated paragraphs deleted.
    const deleted = new Set(notes.slice(0, 5).map((note) => note.paragraph));
    const inserted = 'Cập nhật: bài viết đã được bổ sung thông tin từ các phóng viên thường trú.';
    const edited: string[] = [];
    const newStarts: number[] = [];
    let offset = 0;
    paragraphs.forEach((paragraph, i) => {
      if (i === 1) {
        edited.push(inserted);
        offset += inserted.length + 1;
      }
      if (deleted.has(i)) {
        newStarts.push(-1);
        return;
      }
      newStarts.push(offset);
      const changed = paragraph.replace(/hòa/g, 'hoà').replace(/thỏa/g, 'thoả');
      edited.push(changed);
      offset += changed.length + 1;
    });
    const editedText = edited.join('\n');
    const started = performance.now();
    // A large budget: this test is about where things land, and runs cold (before the JIT warms up), maybe on a
    // busy machine; the benchmark measures the time.
    const outcomes = anchorAllDetailed(editedText, notes.map((note) => note.selectors), { deadlineMs: 10_000 });
    const elapsed = performance.now() - started;

    let fuzzy = 0;
    notes.forEach((note, i) => {
      const outcome = outcomes[i];
      if (deleted.has(note.paragraph)) {
        expect(outcome).toEqual({ status: 'orphaned' });
        return;
      }
      expect(outcome?.status).toBe('anchored');
      if (outcome?.status !== 'anchored') return;
      const start = (newStarts[note.paragraph] ?? 0) + note.from;
      expect([outcome.result.start, outcome.result.end]).toEqual([start, start + note.to - note.from]);
      if (outcome.result.method === 'fuzzy') fuzzy++;
    });
    expect(fuzzy).toBeGreaterThan(0);
    // Generous bound (warm, ~30 ms): catches a pathological slowdown, not noise.
    expect(elapsed).toBeLessThan(2000);
  });

  it('finds one edited passage, or orphans a deleted one, within the default 50 ms (once warm)', () => {
    const note = notes.find((n) => /\d/.test(n.selectors[0].exact)) ?? notes[0];
    if (!note) throw new Error('no note');
    const quote = note.selectors[0];
    const at = text.indexOf(quote.exact, note.selectors[1].start);
    const digit = at + quote.exact.search(/\d|\p{L}/u);
    const edited = text.slice(0, digit) + '#' + text.slice(digit + 1);
    const gone = text.slice(0, starts[note.paragraph]) + text.slice(starts[note.paragraph + 1] ?? text.length);
    const unhurried = { deadlineMs: 10_000 };
    expect(anchorDetailed(edited, note.selectors, unhurried)).toMatchObject({ status: 'anchored', result: { method: 'fuzzy' } });
    expect(anchorDetailed(gone, note.selectors, unhurried).status).toBe('orphaned');
    // Same answers with the default budget, now that the search code is compiled.
    expect(anchorDetailed(edited, note.selectors).status).toBe('anchored');
    expect(anchorDetailed(gone, note.selectors).status).toBe('orphaned');
  });
});
