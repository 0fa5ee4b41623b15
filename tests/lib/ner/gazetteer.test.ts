import { describe, expect, it } from 'vitest';
import { smallKnowledgeBase } from '../../support/small-kb';

const kb = smallKnowledgeBase();
const found = (text: string) => kb.gazetteer.find(text).map((m) => [text.slice(m.start, m.end), m.entity.id]);

describe('Gazetteer', () => {
  it('finds names with exact offsets, longest match first', () => {
    const text = 'Bộ Ngoại giao Trung Quốc cho biết Trung Quốc và Nga sẽ dự Hội nghị Thượng đỉnh SCO.';
    expect(found(text)).toEqual([
      ['Bộ Ngoại giao Trung Quốc', 'org:mofa-cn'],
      ['Trung Quốc', 'loc:cn'],
      ['Nga', 'loc:ru'],
      ['Hội nghị Thượng đỉnh SCO', 'evt:sco-summit'],
    ]);
  });

  it('links both languages of a name to one id', () => {
    expect(found('Tập Cận Bình and Xi Jinping')).toEqual([
      ['Tập Cận Bình', 'per:xi-jinping'],
      ['Xi Jinping', 'per:xi-jinping'],
    ]);
  });

  it('does not match a name inside another word or with other diacritics', () => {
    expect(found('ngà voi, Ngày mai, Ngan')).toEqual([]);
  });

  it('treats old and new tone placement as one', () => {
    expect(found('tỉnh Khánh Hoà và Khánh Hòa')).toEqual([
      ['Khánh Hoà', 'loc:vn-khanh-hoa'],
      ['Khánh Hòa', 'loc:vn-khanh-hoa'],
    ]);
  });

  it('matches dash and spacing variants', () => {
    expect(found('khu vực Á - Âu, Á–Âu và châu Á-Thái Bình Dương')).toEqual([
      ['Á - Âu', 'loc:eurasia'],
      ['Á–Âu', 'loc:eurasia'],
      ['châu Á-Thái Bình Dương', 'loc:asia-pacific'],
    ]);
  });

  it('requires capitals where the name has them, and exact case for abbreviations', () => {
    expect(found('trung quốc, sco và Sco không phải tên; SCO là tên')).toEqual([['SCO', 'org:sco']]);
  });

  it('keeps offsets into the original text when the input is decomposed (NFD)', () => {
    const text = 'Ông Tập Cận Bình tới Nga.'.normalize('NFD');
    const matches = kb.gazetteer.find(text);
    expect(matches.map((m) => text.slice(m.start, m.end).normalize('NFC'))).toEqual(['Tập Cận Bình', 'Nga']);
  });

  it('never crosses a line break or punctuation', () => {
    expect(found('Trung\nQuốc; Trung, Quốc')).toEqual([]);
  });

  it('does not stop an abbreviation form inside a longer dotted token', () => {
    expect(found('the U.S. and U.S.A.')).toEqual([['U.S.', 'loc:us']]);
  });
});
