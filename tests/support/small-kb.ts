/** A small hand-made knowledge base for unit tests that must not depend on the bundled data's contents. */
import { compileKnowledgeBase } from '@/lib/knowledge/compile';
import { KnowledgeBase } from '@/lib/knowledge/knowledge-base';

const entry = (
  id: string,
  type: 'PER' | 'ORG' | 'LOC' | 'EVENT' | 'MISC',
  vi: string[],
  en: string[],
  aliases: { vi?: string[]; en?: string[] } = {},
) => ({ id, type, names: { vi, en }, aliases, description: { vi: `Mô tả ${id}`, en: `About ${id}` } });

export const smallSources = [
  entry('per:xi-jinping', 'PER', ['Tập Cận Bình'], ['Xi Jinping'], { en: ['Xi'] }),
  entry('per:vladimir-putin', 'PER', ['Vladimir Putin'], ['Vladimir Putin'], { en: ['Putin'], vi: ['Putin'] }),
  entry('loc:ru', 'LOC', ['Nga', 'Liên bang Nga'], ['Russia'], { en: ['Russian Federation'] }),
  entry('loc:cn', 'LOC', ['Trung Quốc'], ['China']),
  entry('loc:kz', 'LOC', ['Kazakhstan'], ['Kazakhstan']),
  entry('loc:eurasia', 'LOC', ['Á-Âu'], ['Eurasia']),
  entry('loc:asia-pacific', 'LOC', ['châu Á - Thái Bình Dương'], ['Asia-Pacific']),
  entry('org:sco', 'ORG', ['Tổ chức Hợp tác Thượng Hải'], ['Shanghai Cooperation Organisation'], { vi: ['SCO'], en: ['SCO'] }),
  entry('org:mofa-cn', 'ORG', ['Bộ Ngoại giao Trung Quốc'], ["China's Ministry of Foreign Affairs"]),
  entry('loc:vn-khanh-hoa', 'LOC', ['Khánh Hòa'], ['Khanh Hoa']),
  entry('loc:us', 'LOC', ['Mỹ', 'Hoa Kỳ'], ['United States'], { en: ['U.S.', 'US'] }),
  entry('evt:sco-summit', 'EVENT', ['Hội nghị Thượng đỉnh SCO'], ['SCO summit']),
];

export function smallKnowledgeBase(): KnowledgeBase {
  return new KnowledgeBase(compileKnowledgeBase([{ name: 'small.json', content: smallSources }]));
}
