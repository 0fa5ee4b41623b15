/**
 * Lower-case syllables that continue a capitalised one inside Vietnamese names ("Ngoại giao", "Hợp tác", "Nhà nước"),
 * learnt from the knowledge base's own organisation, event and document names, so the name parser knows where a
 * multi-word name goes on and where the sentence resumes.
 */
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import { keyOf } from '../text/match-key';
import { WORD, tokenize } from '../text/tokens';

/** Common tails the knowledge base may not show, and words that never are tails whatever it shows. */
const EXTRA_TAILS = [
  'giao', 'dục', 'tạo', 'tác', 'nước', 'phần', 'hạn', 'nghiệp', 'mại', 'chính', 'tế', 'hội', 'trị', 'sự', 'an',
  'lợi', 'dân', 'thông', 'tải', 'trường', 'học', 'nghệ', 'thuật', 'khoa', 'lực', 'phòng', 'vụ', 'đội', 'sản',
  'lập', 'chủ', 'tịch', 'hợp', 'quốc', 'gia', 'liệu', 'khí', 'điện', 'lượng', 'nguyên', 'triển', 'tư', 'đầu',
  'xây', 'dựng', 'đông', 'nam', 'bắc', 'tây', 'phương', 'viện', 'nhân', 'trung', 'ương', 'tướng', 'lao', 'động',
  'xã', 'thao', 'du', 'lịch', 'văn', 'hoá', 'thể', 'tin', 'truyền', 'môi', 'hải', 'không', 'quân', 'bộ', 'biên',
];
const NEVER_TAILS = new Set(['cho', 'của', 'và', 'là', 'đã', 'sẽ', 'đang', 'với', 'tại', 'ở', 'được', 'bị', 'về', 'theo', 'trong', 'có', 'này', 'đó', 'các', 'những', 'một', 'khi', 'sau', 'để', 'từ', 'đến', 'tới', 'vào', 'rằng', 'thì', 'mà', 'nên', 'nhưng', 'như', 'ngày', 'năm', 'tháng', 'lần', 'thứ']);

const cache = new WeakMap<KnowledgeBase, ReadonlySet<string>>();

export function wordTails(kb: KnowledgeBase): ReadonlySet<string> {
  const cached = cache.get(kb);
  if (cached) return cached;
  const tails = new Set(EXTRA_TAILS);
  for (const entity of kb.compiled.entities) {
    if (entity.type === 'PER' || entity.type === 'LOC') continue;
    for (const form of entity.forms) {
      const key = keyOf(form);
      const tokens = tokenize(key);
      for (let i = 1; i < tokens.count; i++) {
        if (tokens.kinds[i] !== WORD || tokens.kinds[i - 1] !== WORD) continue;
        const word = form.slice(tokens.starts[i], tokens.ends[i]);
        const previous = form.slice(tokens.starts[i - 1], tokens.ends[i - 1]);
        if (word === word.toLowerCase() && previous !== previous.toLowerCase()) tails.add(key.slice(tokens.starts[i], tokens.ends[i]));
      }
    }
  }
  for (const word of NEVER_TAILS) tails.delete(word);
  cache.set(kb, tails);
  return tails;
}
