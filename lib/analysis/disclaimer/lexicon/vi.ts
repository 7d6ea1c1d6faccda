import { LATIN, type DisclaimerLexiconSource } from './types';

export const vi: DisclaimerLexiconSource = {
  variant: 'vi',
  lang: 'vi',
  script: LATIN,
  cue: /^\W{0,3}(?:tuyên bố (?:miễn trừ|từ chối) trách nhiệm|miễn trừ trách nhiệm|khuyến cáo|lưu ý pháp lý)\b/u,
  subject:
    /\b(?:bài viết|nội dung|thông tin|trang|bài báo|tài liệu)(?: bài viết)? (?:này|trên|dưới đây)\b|\bnội dung bài viết\b/u,
  foreign: /\b(?:bình luận|ý kiến bạn đọc|cookie)\b/u,
  concepts: [
    {
      kind: 'third-party',
      relation: /\b(?:nội dung|thông tin|bài viết|quan điểm|tài liệu)\b/u,
      object: /\b(?:của|từ|do) (?:các )?bên thứ ba\b/u,
      gap: 30,
    },
    { kind: 'third-party', relation: /\bbên thứ ba (?:cung cấp|viết|đăng tải|biên soạn)\b/u },
    {
      kind: 'no-endorsement',
      relation: /\bkhông (?:nhất thiết )?(?:phản ánh|đại diện cho|thể hiện)\b/u,
      object: /\b(?:quan điểm|lập trường|ý kiến)\b/u,
      gap: 30,
    },
    {
      kind: 'no-endorsement',
      relation: /\b(?:không|chứ không)\b/u,
      object: /\b(?:sự )?(?:tán thành|chứng thực|bảo chứng|xác nhận quan điểm|ủng hộ quan điểm)\b/u,
    },
    { kind: 'informational-only', relation: /\bmục đích (?:cung cấp )?(?:thông tin|tham khảo|giáo dục)\b/u },
    { kind: 'informational-only', relation: /\bchỉ mang tính (?:chất )?(?:tham khảo|thông tin)\b/u },
    { kind: 'informational-only', relation: /\bchỉ (?:để|dùng để) tham khảo\b/u },
    { kind: 'author-views-only', relation: /\b(?:quan điểm|ý kiến)(?: riêng| cá nhân)? của (?:tác giả|người viết)\b/u },
    {
      kind: 'not-advice',
      relation: /\b(?:không|chứ không|cũng không)\b/u,
      object:
        /\b(?:lời khuyên|tư vấn|khuyến nghị)(?: \p{L}+){0,2}? (?:tài chính|đầu tư|pháp lý|pháp luật|thuế|chuyên môn)\b/u,
    },
    { kind: 'sponsored', relation: /\b(?:nội dung|bài viết|bài) (?:được )?tài trợ\b/u },
    { kind: 'sponsored', relation: /\bbài (?:viết )?quảng cáo\b/u },
  ],
  host: [/\b(?:quan điểm|lập trường|ý kiến) của (@)/u, /\b(?:tán thành|chứng thực|bảo chứng) (?:của|từ|bởi) (@)/u],
};
