import type { ManifestKey } from './manifest.en';

export const MANIFEST_VI: Record<ManifestKey, string> = {
  extName: 'NewsLens — ai là ai trong tin tức',
  extDescription:
    'Tìm người, tổ chức, địa điểm và sự kiện trong bài báo, liên kết chúng với cơ sở tri thức ngoại tuyến, giúp bạn chú thích và kiểm chứng những gì mình đọc.',
  commandNextMention: 'Đến tên được tô sáng tiếp theo',
  commandPreviousMention: 'Đến tên được tô sáng trước đó',
  commandHighlightSelection: 'Tô sáng đoạn văn bản đã chọn',
  commandNoteSelection: 'Thêm ghi chú cho đoạn văn bản đã chọn',
  menuHighlight: 'Tô sáng',
  menuNote: 'Thêm ghi chú…',
  menuClaim: 'Đánh giá nhận định này…',
  menuEntity: 'Đánh dấu là thực thể…',
};
