import { describe, expect, it } from 'vitest';
import { toConllDocument, toJsonl, type AnalysedPage, type JsonlRecord } from '@/lib/export/nlp';
import type { EntityType, Mention } from '@/lib/ner/types';

/** A mention of the n-th occurrence of `surface` in `text`, with offsets computed the way the engine reports them. */
function mention(text: string, surface: string, type: EntityType, id: string | null, from = 0): Mention {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`"${surface}" not in the text`);
  return { start, end: start + surface.length, type, text: surface, id };
}

// Diacritics in both composed and decomposed form, a flag (two astral characters) and an astral CJK ideograph
// before the entities, so UTF-16 offsets differ from code-point offsets.
const VI_TEXT = 'Ông 𠀋 Tập Cận Bình 🇨🇳 đã đến Hà Nội.\nThủ tướng Pha\u0323m Minh Chính 👋 đón tiếp, nói: "Chào mừng".';
const VI_PAGE: AnalysedPage = {
  url: 'https://news.example/vi?id=1',
  title: 'Chủ tịch Trung Quốc thăm Việt Nam',
  lang: 'vi',
  text: VI_TEXT,
  mentions: [
    mention(VI_TEXT, 'Tập Cận Bình', 'PER', 'per:xi-jinping'),
    mention(VI_TEXT, 'Hà Nội', 'LOC', 'loc:ha-noi'),
    mention(VI_TEXT, 'Pha\u0323m Minh Chính', 'PER', null),
  ],
};
const EN_PAGE: AnalysedPage = {
  url: 'https://news.example/en',
  title: 'Summit',
  lang: 'en',
  text: 'Leaders met in Astana.',
  mentions: [mention('Leaders met in Astana.', 'Astana', 'LOC', 'loc:astana')],
};
const WIKIDATA: Record<string, string> = { 'per:xi-jinping': 'Q15031', 'loc:ha-noi': 'Q1858' };

describe('JSONL export', () => {
  it('writes one parseable record per line whose offsets index the text exactly', () => {
    const jsonl = toJsonl([VI_PAGE, EN_PAGE], (id) => WIKIDATA[id]);
    expect(jsonl.endsWith('\n')).toBe(true);
    const lines = jsonl.slice(0, -1).split('\n');
    expect(lines).toHaveLength(2);
    const records = lines.map((line) => JSON.parse(line) as JsonlRecord);
    for (const record of records) {
      for (const entity of record.entities) expect(record.text.slice(entity.start, entity.end)).toBe(entity.text);
    }
    const [vi, en] = records;
    expect(vi).toMatchObject({ url: VI_PAGE.url, title: VI_PAGE.title, lang: 'vi', text: VI_TEXT });
    expect(vi?.entities).toEqual([
      { start: 7, end: 19, type: 'PER', text: 'Tập Cận Bình', id: 'per:xi-jinping', wikidata: 'Q15031' },
      { start: 32, end: 38, type: 'LOC', text: 'Hà Nội', id: 'loc:ha-noi', wikidata: 'Q1858' },
      expect.objectContaining({ text: 'Pha\u0323m Minh Chính', id: null }),
    ]);
    expect(vi?.entities[2]).not.toHaveProperty('wikidata');
    expect(en?.entities).toEqual([{ start: 15, end: 21, type: 'LOC', text: 'Astana', id: 'loc:astana' }]);
  });

  it('leaves wikidata out without a lookup, and sorts mentions into text order', () => {
    const shuffled = { ...VI_PAGE, mentions: [...VI_PAGE.mentions].reverse() };
    const record = JSON.parse(toJsonl([shuffled])) as JsonlRecord;
    expect(record.entities.map((entity) => entity.text)).toEqual(['Tập Cận Bình', 'Hà Nội', 'Pha\u0323m Minh Chính']);
    expect(record.entities.some((entity) => 'wikidata' in entity)).toBe(false);
  });

  it('writes nothing for no pages', () => {
    expect(toJsonl([])).toBe('');
    expect(toConllDocument([])).toBe('');
  });
});

describe('Checking spans before export', () => {
  const text = 'Ông Tập Cận Bình 🇨🇳 đến Hà Nội.';
  const page = (mentions: Mention[]): AnalysedPage => ({ url: 'https://news.example/bad', title: 'x', lang: 'vi', text, mentions });
  const good = mention(text, 'Tập Cận Bình', 'PER', null);

  it.each([
    ['out of range', { ...good, start: 25, end: 40, text: '' }, /page https:\/\/news\.example\/bad: .* at 25–40 is out of range \(text length 33\)/],
    ['empty', { ...good, end: good.start, text: '' }, /at 4–4 is out of range/],
    ['not matching the text', { ...good, text: 'Tập Cận' }, /at 4–16 does not match the text there \("Tập Cận Bình"\)/],
    ['splitting an astral character', { start: 18, end: 20, type: 'MISC', text: text.slice(18, 20), id: null } satisfies Mention, /at 18–20 splits a surrogate pair/],
  ])('throws on a mention %s, naming the page and offset', (_name, bad, message) => {
    expect(() => toJsonl([page([bad])])).toThrow(message);
    expect(() => toConllDocument([page([bad])])).toThrow(message);
  });

  it('throws on overlapping mentions', () => {
    const overlap = mention(text, 'Bình', 'LOC', null);
    expect(() => toJsonl([page([good, overlap])])).toThrow(/page https:\/\/news\.example\/bad: mention "Bình" at 12–16 overlaps the mention at 4–16/);
  });

  it('throws on a URL that would break the CoNLL comment line', () => {
    expect(() => toConllDocument([{ ...page([]), url: 'https://news.example/a\n# injected' }])).toThrow(/contains a line break/);
  });
});

describe('CoNLL export', () => {
  it('opens each page with a newdoc comment and tags a two-token name B- then I-', () => {
    const conll = toConllDocument([VI_PAGE, EN_PAGE]);
    const documents = conll.split(/\n\n(?=# newdoc)/);
    expect(documents).toHaveLength(2);
    expect(documents[0]?.startsWith(`# newdoc id = ${VI_PAGE.url}\n`)).toBe(true);
    expect(documents[1]?.startsWith(`# newdoc id = ${EN_PAGE.url}\n`)).toBe(true);
    expect(conll.endsWith('\n\n')).toBe(true);
    const lines = conll.split('\n');
    const tagOf = (token: string): string | undefined => lines.find((line) => line.startsWith(`${token}\t`))?.split('\t')[1];
    expect(tagOf('Hà')).toBe('B-LOC');
    expect(tagOf('Nội')).toBe('I-LOC');
    expect(tagOf('Tập')).toBe('B-PER');
    expect(tagOf('Cận')).toBe('I-PER');
    expect(tagOf('Bình')).toBe('I-PER');
    expect(tagOf('đến')).toBe('O');
    expect(tagOf('Astana')).toBe('B-LOC');
    expect(tagOf('Leaders')).toBe('O');
  });

  it('starts a new entity with B- when two names of the same type touch', () => {
    const text = 'Hà Nội Astana';
    const conll = toConllDocument([
      { url: 'https://news.example/t', title: 't', lang: 'vi', text, mentions: [mention(text, 'Hà Nội', 'LOC', null), mention(text, 'Astana', 'LOC', null)] },
    ]);
    expect(conll).toBe('# newdoc id = https://news.example/t\nHà\tB-LOC\nNội\tI-LOC\nAstana\tB-LOC\n\n');
  });
});
