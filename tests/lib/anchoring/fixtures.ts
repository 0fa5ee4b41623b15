/** Texts and helpers shared by the anchoring tests. */
import { describe as describeRange, type TextPositionSelector, type TextQuoteSelector } from '@/lib/anchoring/selectors';

/** A short Vietnamese news article as the content script sees it: paragraphs joined by "\n" (NFC). */
export const PARAGRAPHS = [
  'Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội',
  'Chiều 12/6, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Nhật Bản nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.',
  'Thủ tướng đánh giá cao những đóng góp của Đại sứ trong việc thúc đẩy quan hệ hợp tác giữa hai nước, đặc biệt trong lĩnh vực đầu tư và phát triển hạ tầng.',
  'Theo Bộ Kế hoạch và Đầu tư, Nhật Bản hiện là nhà đầu tư lớn thứ ba tại Việt Nam với hơn 5.000 dự án còn hiệu lực, tổng vốn đăng ký khoảng 72 tỷ USD.',
  'Hai bên nhất trí tiếp tục phối hợp chặt chẽ để duy trì hòa bình, ổn định và hợp tác trong khu vực, cũng như thúc đẩy giao lưu nhân dân.',
  'Đại sứ cảm ơn sự hỗ trợ của Chính phủ Việt Nam và khẳng định sẽ tiếp tục đóng góp cho quan hệ hợp tác giữa hai nước trên cương vị mới.',
  'Cũng trong chiều cùng ngày, Thủ tướng đã có cuộc làm việc với lãnh đạo một số tập đoàn lớn của Nhật Bản đang đầu tư tại Việt Nam.',
];

export const TEXT = PARAGRAPHS.join('\n');

/** Selectors for the first occurrence of `quote` at or after `from` in `text`. */
export function select(
  text: string,
  quote: string,
  from = 0,
): { quote: TextQuoteSelector; position: TextPositionSelector; start: number; end: number } {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  const end = start + quote.length;
  return { ...describeRange(text, start, end), start, end };
}

/** `paragraphs` joined, with paragraph `index` replaced by `replacement` (or removed when null). */
export function withParagraph(paragraphs: readonly string[], index: number, replacement: string | null): string {
  return paragraphs.flatMap((paragraph, i) => (i === index ? (replacement === null ? [] : [replacement]) : [paragraph])).join('\n');
}

/** A clock the test moves by hand. */
export function manualClock(): { now: () => number; advance: (ms: number) => void } {
  let time = 0;
  return { now: () => time, advance: (ms) => (time += ms) };
}
