/**
 * Vietnamese cue words for names the knowledge base does not know. Every list is written as match keys (lower case,
 * NFC, new-style tones: "thuỷ" not "thủy"); multi-word cues are space-separated. Our own lists, from the conventions
 * of Vietnamese news writing.
 */

/** Titles, roles and honorifics before a person's name. They stay outside the span. */
export const PERSON_TITLES = [
  'ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'bé', 'cháu', 'thầy', 'cậu', 'mẹ', 'bố', 'cha', 'vợ',
  'chồng', 'con', 'nhà báo', 'luật sư', 'bác sĩ', 'bs', 'bs.', 'ts', 'ts.', 'ths', 'ths.', 'pgs', 'pgs.', 'gs', 'gs.',
  'pgs.ts', 'gs.ts', 'kts', 'ks', 'tiến sĩ', 'thạc sĩ', 'giáo sư', 'phó giáo sư', 'nghệ sĩ', 'nsnd', 'nsưt', 'ca sĩ',
  'nhạc sĩ', 'diễn viên', 'đạo diễn', 'hoạ sĩ', 'nhà văn', 'nhà thơ', 'cầu thủ', 'tiền đạo', 'hậu vệ', 'thủ môn',
  'tiền vệ', 'vận động viên', 'vđv', 'hlv', 'huấn luyện viên', 'võ sĩ', 'tay vợt', 'kỳ thủ', 'hoa hậu', 'á hậu',
  'người mẫu', 'tổng thống', 'phó tổng thống', 'thủ tướng', 'phó thủ tướng', 'chủ tịch', 'phó chủ tịch',
  'chủ tịch nước', 'phó chủ tịch nước', 'tổng bí thư', 'bí thư', 'phó bí thư', 'bộ trưởng', 'thứ trưởng',
  'ngoại trưởng', 'thủ tướng', 'quốc vương', 'nhà vua', 'vua', 'hoàng tử', 'công chúa', 'nữ hoàng', 'giáo hoàng',
  'đại sứ', 'tổng lãnh sự', 'người phát ngôn', 'phát ngôn viên', 'giám đốc', 'phó giám đốc', 'tổng giám đốc',
  'chánh văn phòng', 'trưởng phòng', 'trưởng ban', 'phó trưởng ban', 'trưởng đoàn', 'trưởng khoa', 'hiệu trưởng',
  'phó hiệu trưởng', 'viện trưởng', 'chánh án', 'thẩm phán', 'kiểm sát viên', 'đại tá', 'thượng tá', 'trung tá',
  'thiếu tá', 'đại uý', 'thượng uý', 'trung uý', 'thiếu uý', 'đại tướng', 'thượng tướng', 'trung tướng',
  'thiếu tướng', 'tướng', 'đô đốc', 'chuẩn đô đốc', 'điều tra viên', 'bị cáo', 'bị can', 'nghi phạm', 'nạn nhân',
  'tỷ phú', 'doanh nhân', 'nhà sáng lập', 'ceo', 'đồng chí', 'thượng nghị sĩ', 'hạ nghị sĩ', 'nghị sĩ',
  'đại biểu', 'chủ nhiệm', 'phó chủ nhiệm', 'tổng thư ký', 'thư ký', 'cố', 'thủ lĩnh', 'lãnh đạo', 'trung vệ',
  'tiền vệ', 'học sinh', 'sinh viên', 'thí sinh', 'tác giả', 'chủ tịch quốc hội', 'thống đốc', 'phó thống đốc',
  'tổng tham mưu trưởng', 'tư lệnh', 'chỉ huy', 'trưởng công an', 'phó trưởng công an', 'kỹ sư', 'nhà nghiên cứu',
  'chuyên gia', 'nhà khoa học', 'người đứng đầu', 'mc', 'rapper', 'streamer', 'youtuber', 'tiktoker',
];

/** Words that head an organisation's name ("Bộ Ngoại giao", "Công ty …"); they are inside the span. */
export const ORGANISATION_HEADS = [
  'bộ', 'tổ chức', 'công ty', 'tổng công ty', 'tập đoàn', 'ngân hàng', 'đại học', 'trường', 'trường đại học',
  'học viện', 'viện', 'sở', 'uỷ ban', 'ubnd', 'hđnd', 'hội đồng', 'bệnh viện', 'hội', 'hiệp hội', 'liên đoàn',
  'câu lạc bộ', 'clb', 'tạp chí', 'đài', 'đài truyền hình', 'cục', 'tổng cục', 'ban', 'quỹ', 'toà án',
  'tand', 'viện kiểm sát', 'vksnd', 'công an', 'đảng', 'quân đội', 'quân khu', 'bộ tư lệnh', 'trung tâm',
  'văn phòng', 'chi cục', 'nhà máy', 'hợp tác xã', 'htx', 'liên minh', 'mặt trận', 'đoàn', 'nhà xuất bản',
  'nxb', 'thông tấn xã', 'quốc hội', 'chính phủ', 'bộ chính trị', 'tỉnh uỷ', 'thành uỷ', 'huyện uỷ',
  'đảng uỷ', 'vụ', 'phòng', 'khoa', 'trường thpt', 'trường thcs', 'trường tiểu học', 'trường mầm non',
  'tổng liên đoàn', 'ngân hàng tmcp', 'công ty cổ phần', 'công ty tnhh', 'ban nhạc', 'đại sứ quán', 'lãnh sự quán',
  'đội tuyển', 'quân đoàn', 'sư đoàn', 'lữ đoàn', 'hải quân', 'không quân', 'lực lượng', 'cơ quan', 'thượng viện',
  'hạ viện', 'nghị viện', 'toà án nhân dân', 'viện kiểm sát nhân dân', 'uỷ ban nhân dân', 'hội đồng nhân dân',
];

/** Words that head a named event ("Hội nghị …", "Giải …"). */
export const EVENT_HEADS = [
  'hội nghị', 'đại hội', 'hội nghị thượng đỉnh', 'thượng đỉnh', 'giải', 'lễ hội', 'festival', 'diễn đàn', 'hội chợ',
  'triển lãm', 'tuần lễ', 'cuộc thi', 'vòng chung kết', 'chiến dịch', 'chiến tranh', 'kỳ họp', 'hội thảo',
  'liên hoan', 'liên hoan phim', 'giải vô địch', 'world cup', 'sea games', 'asiad', 'olympic', 'cúp', 'lễ',
];

/** Words that head laws, agreements, documents, awards and other named things (MISC). */
export const MISC_HEADS = [
  'luật', 'bộ luật', 'nghị định', 'nghị quyết', 'thông tư', 'hiệp định', 'hiệp ước', 'công ước', 'hiến chương',
  'hiến pháp', 'tuyên bố', 'chỉ thị', 'quyết định', 'giải thưởng', 'huân chương', 'huy chương', 'dự án',
  'chương trình', 'kế hoạch', 'chiến lược', 'sách trắng', 'sáng kiến', 'tác phẩm', 'bộ phim', 'phim', 'ca khúc',
  'bài hát', 'album', 'tiểu thuyết', 'cuốn sách', 'sách', 'ứng dụng', 'mẫu xe', 'dòng xe', 'mẫu', 'dòng',
];

/**
 * Words naming the kind of an organisation before its name, outside the span ("báo Tuổi Trẻ", "hãng Reuters"):
 * the name after them is an organisation.
 */
export const ORGANISATION_CUES = [
  'báo', 'tờ', 'hãng', 'hãng tin', 'hãng thông tấn', 'kênh', 'nhóm', 'sàn', 'đội', 'hãng hàng không', 'hãng xe',
  'thương hiệu', 'nhãn hàng', 'ứng dụng', 'mạng xã hội', 'công ty', 'tập đoàn', 'ngân hàng', 'câu lạc bộ', 'clb',
];

/**
 * Facilities and natural features whose generic word belongs to the name ("sông Hồng", "sân bay Nội Bài",
 * "đường Nguyễn Huệ", "ga Bến Thành"): the span starts at the generic word.
 */
export const FACILITY_WORDS = [
  'sông', 'hồ', 'núi', 'đèo', 'vịnh', 'suối', 'thác', 'hang', 'động', 'đảo', 'bán đảo', 'mũi', 'đường', 'phố',
  'ngõ', 'cầu', 'ga', 'nhà ga', 'sân bay', 'cảng', 'bến', 'bến xe', 'chợ', 'quảng trường', 'công viên', 'sân vận động',
  'nhà hát', 'chùa', 'đền', 'nhà thờ', 'lăng', 'tháp', 'hầm', 'đại lộ', 'xa lộ', 'kênh', 'đầm', 'phá', 'rừng',
  'vườn quốc gia', 'khu du lịch', 'khu công nghiệp', 'khu đô thị', 'cao tốc', 'quốc lộ', 'tuyến',
];

/**
 * Words that end in a facility word without naming a facility: "thành phố Đà Lạt" is the city, not a street called
 * Đà Lạt; "Liên đoàn Lao động TP.HCM" has no cave in it.
 */
export const NOT_FACILITIES = [
  'thành phố', 'khu phố', 'lao động', 'hoạt động', 'tác động', 'vận động', 'chủ động', 'hành động', 'di động',
  'nhu cầu', 'yêu cầu', 'toàn cầu', 'địa cầu', 'bán cầu', 'hạ tầng', 'con đường', 'lên đường', 'xuống đường',
];

/** Words before a place name ("tại Astana", "tỉnh Quảng Ninh"); they stay outside the span. */
export const PLACE_CUES = [
  'tại', 'ở', 'tỉnh', 'thành phố', 'tp', 'tp.', 'thủ đô', 'huyện', 'quận', 'xã', 'phường', 'thị xã', 'thị trấn',
  'thôn', 'ấp', 'bản', 'làng', 'xóm', 'khu phố', 'hẻm', 'quần đảo',
  'biển', 'vùng', 'miền', 'khu vực', 'nước', 'bang', 'tiểu bang', 'đến', 'tới', 'sang', 'từ', 'về', 'qua',
  'thủ phủ', 'vùng lãnh thổ', 'đặc khu', 'châu', 'khu', 'xứ', 'phía',
  'cao nguyên', 'đồng bằng', 'bán đảo', 'eo biển', 'quê', 'quê ở', 'thị trường', 'khắp', 'rời', 'thăm',
];

/** Words that, capitalised at the start of a sentence, are ordinary words and not the start of a name. */
export const SENTENCE_STARTERS = [
  'theo', 'tại', 'trong', 'khi', 'sau', 'trước', 'ngày', 'năm', 'hôm', 'cùng', 'đây', 'người', 'với', 'về', 'từ',
  'do', 'vì', 'nhưng', 'tuy', 'tuy nhiên', 'hai', 'ba', 'các', 'những', 'một', 'mỗi', 'tháng', 'chiều', 'sáng',
  'tối', 'trưa', 'đêm', 'lúc', 'nếu', 'để', 'đó', 'này', 'như', 'còn', 'cũng', 'vào', 'ngoài', 'bên', 'phía', 'ở',
  'hiện', 'hiện nay', 'dù', 'mặc dù', 'thế', 'và', 'hay', 'hoặc', 'song', 'ngay', 'chỉ', 'đến', 'tới', 'qua',
  'giữa', 'trên', 'dưới', 'đối với', 'nhờ', 'bởi', 'trả lời', 'phát biểu', 'chia sẻ', 'cho biết', 'nói', 'ông',
  'bà', 'anh', 'chị', 'em', 'họ', 'tôi', 'chúng', 'chúng tôi', 'bộ trưởng', 'thủ tướng', 'tổng thống', 'chủ tịch',
  'trước đó', 'sau đó', 'ngoại trưởng', 'lãnh đạo', 'đồng thời', 'bên cạnh', 'riêng', 'thậm chí', 'tính', 'cả',
  'mới', 'rất', 'đã', 'sẽ', 'đang', 'được', 'bị', 'có', 'không', 'chưa', 'là', 'thứ', 'đầu', 'cuối', 'gần',
];

/** Common family names: an unknown run of capitalised syllables starting with one is likely a person. */
export const FAMILY_NAMES = [
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương',
  'lý', 'đào', 'đoàn', 'vương', 'trịnh', 'trương', 'đinh', 'lâm', 'phùng', 'mai', 'tô', 'tạ', 'hà', 'lưu', 'la',
  'quách', 'thái', 'cao', 'lương', 'chu', 'kiều', 'văn', 'tăng', 'từ', 'châu', 'lại', 'khổng', 'triệu', 'thân',
  'tôn', 'mạc', 'nghiêm', 'lưu', 'quan', 'giang', 'hứa', 'diệp', 'lục', 'âu', 'doãn', 'ninh', 'khúc', 'kha', 'kim',
  'mã', 'tiêu', 'tống', 'giáp', 'lã', 'lò', 'lục', 'phí', 'vi', 'y', 'h\'', 'đàm', 'đồng', 'chế', 'khương', 'âu',
];

/** Capitalised phrases that are never names: days, photo credits, section labels. */
export const NON_NAMES = [
  'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật', 'ảnh', 'video', 'clip', 'nguồn',
  'tin liên quan', 'xem thêm', 'đọc thêm', 'bình luận', 'chia sẻ', 'gmt', 'utc', 'tết',
];

/**
 * Verbs a sentence resumes with after an organisation's name ("Trường Đại học Bách khoa | tuyển sinh"). Their first
 * syllable may also end a name's word ("Giao thông", "Tổ chức"), so the name parser stops at the pair, not the syllable.
 * Verbs that are also part of common names are left out ("Cơ quan Cảnh sát điều tra").
 */
export const VERBS_AFTER_NAMES = [
  'thông báo', 'công bố', 'tuyển sinh', 'yêu cầu', 'điều chỉnh', 'khuyến cáo', 'phê duyệt', 'truy tố', 'chỉ đạo',
  'cho biết', 'chính thức', 'định hướng', 'khẳng định', 'quyết định', 'ban hành', 'hướng dẫn', 'triển khai',
  'tiếp tục', 'đề nghị', 'cảnh báo', 'kiểm tra', 'xử lý', 'đề xuất', 'xác nhận', 'tuyên bố', 'kêu gọi', 'cam kết',
  'ký kết', 'thông qua', 'phát hành', 'tổ chức', 'phối hợp', 'tổng kết', 'phát động', 'trao tặng', 'tiếp nhận',
];

/** Administrative units a local body's name runs on through ("Công an tỉnh Bình Dương", "Sở Y tế thành phố Hải Phòng"). */
export const ADMINISTRATIVE_UNITS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn'];

/** Middle names: after a family name that is also a head word ("Đoàn"), they say a person follows, not a body. */
export const MIDDLE_NAMES = [
  'thị', 'văn', 'hữu', 'đức', 'minh', 'ngọc', 'thanh', 'quang', 'kim', 'xuân', 'công', 'đình', 'quốc', 'thu', 'bá',
  'trọng', 'tiến', 'mạnh', 'anh', 'hồng', 'thuý', 'thúy', 'phương', 'tuấn', 'hoài', 'gia', 'khánh', 'nhật', 'thành',
];
