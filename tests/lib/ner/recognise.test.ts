import { describe, expect, it } from 'vitest';
import { recognise } from '@/lib/ner/recognise';
import { bundledKnowledgeBase } from '../../support/bundled-kb';

const kb = bundledKnowledgeBase();
const entities = (text: string, lang: 'vi' | 'en' | 'auto' = 'vi') =>
  recognise(kb, text, { lang }).map((mention) => [mention.type, mention.text, mention.id]);

describe('recognise: Vietnamese', () => {
  it('keeps titles outside and splits country from person', () => {
    expect(entities('Tổng thống Nga Vladimir Putin sẽ gặp Chủ tịch Trung Quốc Tập Cận Bình.')).toEqual([
      ['LOC', 'Nga', 'loc:ru'],
      ['PER', 'Vladimir Putin', 'per:vladimir-putin'],
      ['LOC', 'Trung Quốc', 'loc:cn'],
      ['PER', 'Tập Cận Bình', 'per:xi-jinping'],
    ]);
  });

  it('prefers the longest outer name', () => {
    expect(entities('Theo Bộ Ngoại giao Trung Quốc, Hội nghị Thượng đỉnh SCO diễn ra ở Astana.')).toEqual([
      ['ORG', 'Bộ Ngoại giao Trung Quốc', 'org:mofa-cn'],
      ['EVENT', 'Hội nghị Thượng đỉnh SCO', 'evt:sco-summit'],
      ['LOC', 'Astana', 'loc:astana'],
    ]);
  });

  it('finds names the knowledge base does not know, typed from context, with no id', () => {
    expect(entities('Ông Nguyễn Văn Khải, giám đốc Công ty TNHH Minh Phát, sống tại xã Tân Hưng.')).toEqual([
      ['PER', 'Nguyễn Văn Khải', null],
      ['ORG', 'Công ty TNHH Minh Phát', null],
      ['LOC', 'Tân Hưng', null],
    ]);
  });

  it('ends a known organisation where the knowledge base does, not at the verb after it', () => {
    expect(entities('Ngân hàng Nhà nước định hướng tín dụng. Bộ Tài chính chính thức hoạt động. Bộ Ngoại giao thông báo.')).toEqual([
      ['ORG', 'Ngân hàng Nhà nước', 'org:sbv'],
      ['ORG', 'Bộ Tài chính', 'org:mof-vn'],
      ['ORG', 'Bộ Ngoại giao', 'org:mofa-vn'],
    ]);
    expect(entities('Tổ chức Hợp tác Thượng Hải họp tại Astana.')[0]).toEqual(['ORG', 'Tổ chức Hợp tác Thượng Hải', 'org:sco']);
  });

  it("ends an unknown organisation before the verb, keeping the lower-case words of its own name", () => {
    expect(entities('Trường Đại học Bách khoa tuyển sinh. Cục Cảnh sát giao thông khuyến cáo người dân.')).toEqual([
      ['ORG', 'Trường Đại học Bách khoa', null],
      ['ORG', 'Cục Cảnh sát giao thông', null],
    ]);
  });

  it("keeps a place inside a body's name, and runs a local body's name on through its province", () => {
    expect(entities('Trường Đại học Mỹ thuật Việt Nam tuyển sinh.')).toEqual([['ORG', 'Trường Đại học Mỹ thuật Việt Nam', null]]);
    expect(entities('Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương khởi tố vụ án.')).toEqual([
      ['ORG', 'Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương', null],
    ]);
    // Right after the head too, and the place ends the name: the verb after it is not taken in.
    expect(entities('UBND xã Phước Lại họp với người dân.')).toEqual([['ORG', 'UBND xã Phước Lại', null]]);
    expect(entities('Tòa án nhân dân huyện Cần Giuộc xét xử vụ án.')).toEqual([['ORG', 'Tòa án nhân dân huyện Cần Giuộc', null]]);
  });

  it('keeps "thành phố" and "lao động" out of a place name, but names a street with its word', () => {
    const places = (text: string) => entities(text).filter(([type]) => type === 'LOC').map(([, name]) => name);
    expect(places('Du khách đổ về thành phố Đà Lạt và thành phố Hội An.')).toEqual(['Đà Lạt', 'Hội An']);
    expect(places('Người lao động Nghệ An sang Hàn Quốc làm việc.')).toEqual(['Nghệ An', 'Hàn Quốc']);
    expect(places('Cửa hàng nằm trên đường Nguyễn Huệ, gần sông Hồng.')).toEqual(['đường Nguyễn Huệ', 'sông Hồng']);
  });

  it("reads an ambassador's name after \"tại\" and the country or city of the posting", () => {
    const people = (text: string) => entities(text).filter(([type]) => type === 'PER').map(([, name]) => name);
    expect(people('Đại sứ Nga tại Việt Nam Gennady Bezdetko dự buổi lễ.')).toEqual(['Gennady Bezdetko']);
    expect(people('Tổng Lãnh sự Mỹ tại TP.HCM Susan Burns phát biểu.')).toEqual(['Susan Burns']);
  });

  it('tells "Đoàn" the family name from "Đoàn" the body', () => {
    const found = entities('Bà Đoàn Thị Kim Yến gặp Đoàn Thanh niên Cộng sản Hồ Chí Minh. Đoàn Luật sư TP.HCM nói rõ.');
    expect(found.map(([type, name]) => `${type}:${name}`)).toEqual([
      'PER:Đoàn Thị Kim Yến', 'ORG:Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'ORG:Đoàn Luật sư TP.HCM',
    ]);
  });

  it('keeps the second syllable of a word inside a body\'s name', () => {
    const bodies = (text: string) => entities(text).filter(([type]) => type === 'ORG').map(([, name]) => name);
    expect(bodies('Sinh viên Đại học Kiến trúc Đà Nẵng và Quỹ Hy vọng trao học bổng.')).toEqual(['Đại học Kiến trúc Đà Nẵng', 'Quỹ Hy vọng']);
  });

  it("names a country's upper or lower house as a body", () => {
    expect(entities('Chủ tịch Thượng viện Campuchia Hun Sen hội kiến đoàn.')[0]).toEqual(['ORG', 'Thượng viện Campuchia', null]);
  });

  it('remembers a type given once by context', () => {
    const found = entities('Anh Lò Văn Páo làm nghề rừng. Sáng nay, Lò Văn Páo dẫn đoàn lên núi.');
    expect(found).toEqual([
      ['PER', 'Lò Văn Páo', null],
      ['PER', 'Lò Văn Páo', null],
    ]);
  });

  it('does not take capitalised sentence starts or headlines for names', () => {
    expect(entities('Chia sẻ trong cuộc họp, hai bên nhất trí. Theo kế hoạch, đoàn sẽ về nước.')).toEqual([]);
    expect(entities('NGOẠI TRƯỞNG NHIỀU NƯỚC HỌP BÀN VỀ KINH TẾ')).toEqual([]);
  });

  it('treats old and new tone placement and NFD text alike', () => {
    expect(entities('Tỉnh Khánh Hoà và tỉnh Khánh Hòa').map(([, , id]) => id)).toEqual(['loc:vn-khanh-hoa', 'loc:vn-khanh-hoa']);
    const decomposed = 'Thủ tướng Phạm Minh Chính'.normalize('NFD');
    const [mention] = recognise(kb, decomposed, { lang: 'vi' });
    expect(mention?.id).toBe('per:pham-minh-chinh');
    expect(decomposed.slice(mention?.start, mention?.end)).toBe('Phạm Minh Chính'.normalize('NFD'));
  });
});

describe('recognise: English', () => {
  it('splits capitalised titles from names and types nationality words as MISC', () => {
    expect(entities('Russian Foreign Minister Sergei Lavrov met Ukrainian officials in Geneva.', 'en')).toEqual([
      ['MISC', 'Russian', null],
      ['PER', 'Sergei Lavrov', 'per:sergei-lavrov'],
      ['MISC', 'Ukrainian', null],
      ['LOC', 'Geneva', 'loc:geneva'],
    ]);
  });

  it('types unknown organisations by their own words and people by what follows', () => {
    expect(entities('Shares of Harbor Light Shipping Company fell after Mark Ellison said prices rose.', 'en')).toEqual([
      ['ORG', 'Harbor Light Shipping Company', null],
      ['PER', 'Mark Ellison', null],
    ]);
  });

  it('keeps hyphenated titles whole and out of the name', () => {
    const people = (text: string) => entities(text, 'en').filter(([type]) => type === 'PER').map(([, name]) => name);
    expect(people('Director-General Jean Kaseya called for vaccines.')).toEqual(['Jean Kaseya']);
    expect(people('President-elect Donald Trump met Joe Biden.')).toEqual(['Donald Trump', 'Joe Biden']);
    expect(people('Co-director Hwang Dong-hyuk spoke.')).toEqual(['Hwang Dong-hyuk']);
  });

  it("reads O'Connor and hyphenated surnames, and takes no hyphenated word for a name", () => {
    const people = (text: string) => entities(text, 'en').filter(([type]) => type === 'PER').map(([, name]) => name);
    expect(people("Liam O'Connor met Putin's envoy. T-shirt sales rose. E-commerce grew.")).toEqual(["Liam O'Connor", 'Putin']);
    expect(people('Carlos Alcaraz beat Novak Djokovic. Alcaraz said Djokovic played well.')).toEqual([
      'Carlos Alcaraz', 'Novak Djokovic', 'Alcaraz', 'Djokovic',
    ]);
    expect(people('Sam Bankman-Fried was sentenced. A judge said Bankman-Fried had lied.')).toEqual(['Sam Bankman-Fried', 'Bankman-Fried']);
  });

  it('names peoples as MISC, plural and regional ones too', () => {
    const misc = (text: string) => entities(text, 'en').filter(([type]) => type === 'MISC').map(([, name]) => name);
    expect(misc('Americans and Central Asian leaders met. The Spaniard won; a Republican senator spoke.')).toEqual([
      'Americans', 'Central Asian', 'Spaniard', 'Republican',
    ]);
  });

  it('takes a city into the name of a body that starts with it, but not a country', () => {
    expect(entities('Bristol City Council approved the plan.', 'en')).toEqual([['ORG', 'Bristol City Council', null]]);
    expect(entities('Investors in Vietnam Pacific Securities waited.', 'en')).toEqual([
      ['LOC', 'Vietnam', 'loc:vn'],
      ['ORG', 'Pacific Securities', null],
    ]);
  });

  it('ends a person before "of" and the body after it', () => {
    expect(entities('Analyst Rahul Menon of Eastwind Aviation Consulting said demand was strong.', 'en')).toEqual([
      ['PER', 'Rahul Menon', null],
      ['ORG', 'Eastwind Aviation Consulting', null],
    ]);
    expect(entities('Doctor Pascal Mumbere of the Heal Africa hospital said wards were full.', 'en')[0]).toEqual(['PER', 'Pascal Mumbere', null]);
    expect(entities('The Bank of England kept rates on hold.', 'en')[0]?.[1]).toBe('Bank of England');
  });

  it('links a surname to the person named in full earlier', () => {
    const found = recognise(kb, 'Analyst Priya Raman spoke first. Later, Raman added a caveat.', { lang: 'en' });
    expect(found.map((mention) => [mention.type, mention.text])).toEqual([
      ['PER', 'Priya Raman'],
      ['PER', 'Raman'],
    ]);
  });
});

describe('recognise: bad input', () => {
  it('returns nothing for empty text, binary garbage or other scripts, without throwing', () => {
    expect(recognise(kb, '', { lang: 'auto' })).toEqual([]);
    const garbage = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    expect(() => recognise(kb, garbage, { lang: 'auto' })).not.toThrow();
    expect(recognise(kb, '北京是中国的首都。Москва — столица России.', { lang: 'auto' })).toEqual([]);
  });

  it('handles a multi-megabyte single line', () => {
    const line = 'Chủ tịch Tập Cận Bình gặp Tổng thống Vladimir Putin tại Astana, Kazakhstan. '.repeat(40_000);
    const found = recognise(kb, line, { lang: 'vi' });
    expect(found.length).toBe(40_000 * 4);
    expect(found.at(-1)?.text).toBe('Kazakhstan');
  });

  it('detects the language per paragraph when asked to', () => {
    const found = recognise(kb, 'President Xi Jinping arrived.\nChủ tịch Tập Cận Bình đã tới Hà Nội.', { lang: 'auto' });
    expect(found.map((mention) => mention.id)).toEqual(['per:xi-jinping', 'per:xi-jinping', 'loc:hanoi']);
  });
});
