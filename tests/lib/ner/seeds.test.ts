import { describe, expect, it } from 'vitest';
import { recognise } from '@/lib/ner/recognise';
import { loadGold } from '../../gold/check.mjs';
import { bundledKnowledgeBase } from '../../support/bundled-kb';

const kb = bundledKnowledgeBase();

describe('the seed articles', () => {
  for (const document of loadGold().filter((gold) => gold.lang === 'seeds')) {
    it(`finds and links every person, place and organisation of seed ${document.name}`, () => {
      const found = new Map(recognise(kb, document.text, { lang: 'vi' }).map((m) => [`${m.start}:${m.end}`, m]));
      const missing = document.spans
        .filter((span) => span.type !== 'MISC')
        .filter((span) => found.get(`${span.start}:${span.end}`)?.id !== span.id)
        .map((span) => `${span.text} (${span.id ?? 'unlinked'})`);
      expect(missing).toEqual([]);
    });
  }

  it('links the Vietnamese and English names of the seeds\u2019 people to one id', () => {
    const pairs: Array<[string, string]> = [
      ['Tập Cận Bình', 'Xi Jinping'],
      ['Vương Nghị', 'Wang Yi'],
      ['Tần Cương', 'Qin Gang'],
      ['Cảnh Sảng', 'Geng Shuang'],
      ['Tổ chức Hợp tác Thượng Hải', 'Shanghai Cooperation Organisation'],
      ['Liên Hợp Quốc', 'United Nations'],
      ['Trung Quốc', 'China'],
    ];
    for (const [vi, en] of pairs) {
      const [viMention] = recognise(kb, `Theo ${vi}, hôm nay.`, { lang: 'vi' });
      const [enMention] = recognise(kb, `According to ${en}, today.`, { lang: 'en' });
      expect(viMention?.id, vi).toBeTruthy();
      expect(enMention?.id, en).toBe(viMention?.id);
    }
  });
});
