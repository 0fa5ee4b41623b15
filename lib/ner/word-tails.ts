/**
 * Lower-case syllables that continue a capitalised one inside Vietnamese names ("Ngoại giao", "Hợp tác", "Nhà nước"),
 * learnt from the knowledge base's own organisation, event and document names, so the name parser knows where a
 * multi-word name goes on and where the sentence resumes.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { wordSet } from './phrase-set';

/** Common tails the knowledge base may not show. */
const EXTRA_TAILS = [
  'giao', 'dục', 'tạo', 'tác', 'nước', 'phần', 'hạn', 'nghiệp', 'mại', 'chính', 'tế', 'hội', 'trị', 'sự', 'an',
  'lợi', 'dân', 'thông', 'tải', 'trường', 'học', 'nghệ', 'thuật', 'khoa', 'lực', 'phòng', 'vụ', 'đội', 'sản',
  'lập', 'chủ', 'tịch', 'hợp', 'quốc', 'gia', 'liệu', 'khí', 'điện', 'lượng', 'nguyên', 'triển', 'tư', 'đầu',
  'xây', 'dựng', 'đông', 'nam', 'bắc', 'tây', 'phương', 'viện', 'nhân', 'trung', 'ương', 'tướng', 'lao', 'động',
  'xã', 'thao', 'du', 'lịch', 'văn', 'hoá', 'thể', 'tin', 'truyền', 'môi', 'hải', 'không', 'quân', 'bộ', 'biên',
  'sư', 'trúc', 'lông', 'khấu', 'tồn', 'vọng', 'tuyến', 'phối',
];
/** Words that never continue a name, whatever the knowledge base shows. */
const NEVER_TAILS = wordSet([
  'cho', 'của', 'và', 'là', 'đã', 'sẽ', 'đang', 'với', 'tại', 'ở', 'được', 'bị', 'về', 'theo', 'trong', 'có', 'này',
  'đó', 'các', 'những', 'một', 'khi', 'sau', 'để', 'từ', 'đến', 'tới', 'vào', 'rằng', 'thì', 'mà', 'nên', 'nhưng',
  'như', 'ngày', 'năm', 'tháng', 'lần', 'thứ',
]);

const cache = new WeakMap<KnowledgeBase, ReadonlySet<number>>();

export function wordTails(kb: KnowledgeBase): ReadonlySet<number> {
  const cached = cache.get(kb);
  if (cached) return cached;
  const tails = new Set([...wordSet(EXTRA_TAILS), ...kb.gazetteer.nameTails]);
  for (const word of NEVER_TAILS) tails.delete(word);
  cache.set(kb, tails);
  return tails;
}
