import type { LegalDocType, LegalField } from '@cong/shared/legalVocabulary'
import type { RichText } from '../lexical'

/**
 * Drafts for public comment (dự thảo văn bản), one in each state the site and the admin show:
 * open now, not open yet, closed with the summary of comments published, closed with comments
 * still to moderate, and issued as a legal document of the demo register. Periods are counted in
 * days from the seed run, so the open draft is open whatever day the demo is seeded.
 */
export type ModerationState = 'pending' | 'approved' | 'private' | 'spam'

export interface CommentSeed {
  name: string
  email?: string
  phone?: string
  organisation?: string
  clause?: string
  text: string
  moderation: ModerationState
  /** Internal note of the moderator (private, spam). */
  note?: string
  /** When it was sent: days after the period opened, and the hour in Viet Nam. */
  day: number
  hour: number
}

export interface DraftFileSeed {
  /** Stored file name; `.pdf` or `.docx`. */
  name: string
  label: { vi: string; en: string }
  title: string
  paragraphs: string[]
}

export interface DraftSeed {
  title: { vi: string; en?: string }
  type: LegalDocType
  /** `shortName` of the drafting unit. */
  unit: string
  fields: LegalField[]
  description: { vi: RichText; en?: RichText }
  /**
   * Days from the seed run. An issued draft keeps the dates it had before its document was
   * issued: its status is "issued" whatever the day, and a period after the issue would be absurd.
   */
  period: { opensInDays: number; closesInDays: number } | { opensOn: string; closesOn: string }
  files: DraftFileSeed[]
  /** Number of the legal document the draft became (in the demo register). */
  resultingDocument?: string
  /** The báo cáo tổng hợp, tiếp thu, giải trình; `{period}` is replaced by the period's dates. */
  summary?: { body: RichText; file: DraftFileSeed; publishedDaysAfterClose: number }
  comments: CommentSeed[]
}

export const DRAFTS: readonly DraftSeed[] = [
  {
    title: {
      vi: 'Dự thảo Thông tư hướng dẫn về hợp đồng lao động điện tử',
      en: 'Draft circular on electronic labour contracts',
    },
    type: 'thong-tu',
    unit: 'PC',
    fields: ['lao-dong-tien-luong'],
    description: {
      vi: {
        paragraphs: [
          'Bộ luật Lao động năm 2019 cho phép giao kết hợp đồng lao động thông qua phương tiện điện tử dưới hình thức thông điệp dữ liệu. Dự thảo Thông tư hướng dẫn điều kiện của nền tảng giao kết, giá trị pháp lý của chữ ký điện tử và việc lưu trữ, tra cứu hợp đồng.',
          'Bộ đề nghị người lao động, doanh nghiệp, tổ chức công đoàn và các chuyên gia góp ý, đặc biệt về các nội dung dưới đây.',
        ],
        heading: 'Nội dung cần xin ý kiến',
        points: [
          'Điều kiện kỹ thuật của nền tảng hợp đồng lao động điện tử (Điều 5).',
          'Thời hạn lưu trữ và quyền tra cứu hợp đồng của người lao động (Điều 8).',
          'Trách nhiệm của người sử dụng lao động khi nền tảng ngừng hoạt động (Điều 11).',
        ],
      },
      en: {
        paragraphs: [
          'The 2019 Labour Code allows labour contracts to be concluded electronically as data messages. The draft circular sets the requirements for contract platforms, the legal value of electronic signatures and how contracts are stored and retrieved.',
          'The Ministry invites workers, employers, trade unions and experts to comment, in particular on the points below.',
        ],
      },
    },
    period: { opensInDays: -33, closesInDays: 26 },
    files: [
      {
        name: 'du-thao-thong-tu-hop-dong-lao-dong-dien-tu.pdf',
        label: { vi: 'Dự thảo Thông tư', en: 'Draft circular' },
        title: 'Dự thảo Thông tư hướng dẫn về hợp đồng lao động điện tử',
        paragraphs: [
          'Điều 1. Phạm vi điều chỉnh: Thông tư này hướng dẫn việc giao kết, thực hiện, lưu trữ hợp đồng lao động bằng phương tiện điện tử.',
          'Điều 5. Điều kiện của nền tảng hợp đồng lao động điện tử.',
          'Điều 8. Lưu trữ và tra cứu hợp đồng lao động điện tử.',
        ],
      },
      {
        name: 'to-trinh-thong-tu-hop-dong-lao-dong-dien-tu.docx',
        label: { vi: 'Tờ trình', en: 'Explanatory report' },
        title: 'Tờ trình dự thảo Thông tư hướng dẫn về hợp đồng lao động điện tử',
        paragraphs: ['Sự cần thiết ban hành Thông tư.', 'Quá trình xây dựng dự thảo và những vấn đề còn ý kiến khác nhau.'],
      },
    ],
    comments: [
      {
        name: 'Nguyễn Thị Mai',
        email: 'mai.nguyen@congty-demo.vn',
        organisation: 'Công ty TNHH May mặc Sông Hồng (demo)',
        clause: 'Điều 5, khoản 2',
        text: 'Đề nghị quy định rõ nền tảng phải cho phép người lao động tải bản hợp đồng dạng PDF có chữ ký số, để người lao động tự lưu giữ mà không phụ thuộc vào doanh nghiệp.',
        moderation: 'approved',
        day: 2,
        hour: 9,
      },
      {
        name: 'Trần Văn Hùng',
        phone: '0912 345 678',
        organisation: 'Công đoàn cơ sở Khu công nghiệp Tân Bình (demo)',
        clause: 'Điều 8',
        text: 'Thời hạn lưu trữ hợp đồng nên ít nhất bằng thời hạn lưu trữ hồ sơ bảo hiểm xã hội. Nhiều người lao động cần hợp đồng cũ khi giải quyết chế độ hưu trí.',
        moderation: 'approved',
        day: 5,
        hour: 14,
      },
      {
        name: 'Lê Quang Minh',
        email: 'minh.le@example.com',
        clause: 'Điều 11',
        text: 'Khi nền tảng ngừng hoạt động thì ai chịu trách nhiệm chuyển dữ liệu hợp đồng sang nền tảng khác? Dự thảo chưa nêu thời hạn cụ thể.',
        moderation: 'pending',
        day: 20,
        hour: 10,
      },
      {
        name: 'Phạm Thu Trang',
        email: 'trang.pham@example.com',
        organisation: 'Hiệp hội Doanh nghiệp nhỏ và vừa (demo)',
        clause: 'Điều 5',
        text: 'Đề nghị cho phép doanh nghiệp nhỏ dùng chữ ký điện tử thông thường thay cho chữ ký số để giảm chi phí, kèm xác thực qua số điện thoại.',
        moderation: 'pending',
        day: 28,
        hour: 16,
      },
      {
        name: 'Đỗ Hoàng Nam',
        phone: '0987654321',
        text: 'Tôi làm việc qua ứng dụng giao hàng, xin hỏi hợp đồng điện tử có áp dụng cho người làm việc trên nền tảng số không?',
        moderation: 'pending',
        day: 31,
        hour: 20,
      },
      {
        name: 'Vũ Thị Lan',
        email: 'lan.vu@example.com',
        text: 'Công ty tôi chưa trả lương tháng trước, đề nghị Bộ kiểm tra. Tôi gửi kèm số điện thoại để liên hệ.',
        moderation: 'private',
        note: 'Không góp ý cho dự thảo; đã chuyển Thanh tra Bộ xử lý như một phản ánh.',
        day: 12,
        hour: 11,
      },
      {
        name: 'Khuyến mãi',
        email: 'khuyenmai@spam-demo.example',
        text: 'Vay tiền nhanh không cần thế chấp, giải ngân trong 5 phút, liên hệ ngay hôm nay!!!',
        moderation: 'spam',
        note: 'Quảng cáo.',
        day: 15,
        hour: 3,
      },
    ],
  },
  {
    title: {
      vi: 'Dự thảo Nghị định quy định chi tiết một số điều của Luật Việc làm về bảo hiểm thất nghiệp',
      en: 'Draft decree detailing the Law on Employment regarding unemployment insurance',
    },
    type: 'nghi-dinh',
    unit: 'CVL',
    fields: ['viec-lam', 'bao-hiem-xa-hoi'],
    description: {
      vi: {
        paragraphs: [
          'Luật Việc làm năm 2025 mở rộng đối tượng tham gia bảo hiểm thất nghiệp và bổ sung chế độ hỗ trợ đào tạo, bồi dưỡng nâng cao trình độ kỹ năng nghề. Dự thảo Nghị định quy định chi tiết mức đóng, điều kiện hưởng và thủ tục giải quyết.',
          'Dự thảo sẽ được đăng để lấy ý kiến trong 60 ngày kể từ ngày bắt đầu.',
        ],
      },
    },
    period: { opensInDays: 7, closesInDays: 66 },
    files: [
      {
        name: 'du-thao-nghi-dinh-bao-hiem-that-nghiep.pdf',
        label: { vi: 'Dự thảo Nghị định', en: 'Draft decree' },
        title: 'Dự thảo Nghị định quy định chi tiết Luật Việc làm về bảo hiểm thất nghiệp',
        paragraphs: ['Chương I. Quy định chung.', 'Chương II. Mức đóng, mức hưởng bảo hiểm thất nghiệp.'],
      },
    ],
    comments: [],
  },
  {
    title: {
      vi: 'Dự thảo Thông tư hướng dẫn huấn luyện an toàn, vệ sinh lao động cho người làm việc trên nền tảng số',
      en: 'Draft circular on occupational safety training for platform workers',
    },
    type: 'thong-tu',
    unit: 'CATLĐ',
    fields: ['an-toan-lao-dong'],
    description: {
      vi: {
        paragraphs: [
          'Dự thảo hướng dẫn nội dung, thời lượng và hình thức huấn luyện an toàn, vệ sinh lao động trực tuyến cho người giao hàng, lái xe công nghệ và những người làm việc qua nền tảng số khác.',
        ],
      },
    },
    period: { opensInDays: -100, closesInDays: -41 },
    files: [
      {
        name: 'du-thao-thong-tu-huan-luyen-atvsld-nen-tang-so.pdf',
        label: { vi: 'Dự thảo Thông tư', en: 'Draft circular' },
        title: 'Dự thảo Thông tư hướng dẫn huấn luyện an toàn, vệ sinh lao động cho người làm việc trên nền tảng số',
        paragraphs: ['Điều 3. Nội dung huấn luyện.', 'Điều 4. Thời lượng và hình thức huấn luyện trực tuyến.'],
      },
    ],
    summary: {
      body: {
        paragraphs: [
          'Trong thời gian lấy ý kiến ({period}), Bộ nhận được 6 góp ý gửi qua Cổng thông tin điện tử, trong đó 4 góp ý về nội dung dự thảo được công khai dưới đây. Cục An toàn lao động đã tổng hợp, tiếp thu và giải trình như sau.',
          'Dự thảo đã chỉnh lý được gửi Vụ Pháp chế thẩm định trước khi trình Bộ trưởng ký ban hành.',
        ],
        heading: 'Tiếp thu, giải trình',
        points: [
          'Tiếp thu: rút thời lượng huấn luyện lần đầu từ 16 giờ xuống 8 giờ và cho phép chia thành các buổi ngắn trên ứng dụng (Điều 4).',
          'Tiếp thu: bổ sung nội dung xử lý tai nạn giao thông và sơ cứu ban đầu (Điều 3).',
          'Giải trình: chưa quy định nền tảng trả chi phí huấn luyện vì Luật An toàn, vệ sinh lao động chưa xác định quan hệ lao động của người làm việc trên nền tảng số.',
        ],
      },
      file: {
        name: 'bao-cao-tong-hop-gop-y-huan-luyen-atvsld-nen-tang-so.pdf',
        label: { vi: 'Báo cáo tổng hợp, tiếp thu, giải trình', en: 'Summary of comments and responses' },
        title: 'Báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý dự thảo Thông tư',
        paragraphs: ['Tổng số góp ý nhận được: 6.', 'Số góp ý được tiếp thu: 2; giải trình: 1.'],
      },
      publishedDaysAfterClose: 21,
    },
    comments: [
      {
        name: 'Ngô Đức Thắng',
        phone: '0903 111 222',
        organisation: 'Nghiệp đoàn xe công nghệ (demo)',
        clause: 'Điều 4',
        text: 'Huấn luyện 16 giờ là quá dài với người chạy xe theo ca. Đề nghị chia nhỏ thành các buổi 30 phút học trên ứng dụng.',
        moderation: 'approved',
        day: 3,
        hour: 21,
      },
      {
        name: 'Bùi Thị Hạnh',
        email: 'hanh.bui@example.com',
        organisation: 'Trung tâm Huấn luyện an toàn lao động miền Bắc (demo)',
        clause: 'Điều 3',
        text: 'Nên bổ sung nội dung sơ cứu ban đầu khi gặp tai nạn giao thông, vì đây là rủi ro lớn nhất của người giao hàng.',
        moderation: 'approved',
        day: 10,
        hour: 8,
      },
      {
        name: 'Hoàng Minh Tuấn',
        email: 'tuan.hoang@example.com',
        organisation: 'Công ty Cổ phần Giao hàng Nhanh Việt (demo)',
        clause: 'Điều 6',
        text: 'Đề nghị làm rõ ai chịu chi phí huấn luyện: nền tảng hay người lao động tự chi trả.',
        moderation: 'approved',
        day: 25,
        hour: 15,
      },
      {
        name: 'Lý Thị Thu',
        email: 'thu.ly@example.com',
        clause: 'Điều 2',
        text: 'Phạm vi áp dụng nên gồm cả người bán hàng trực tuyến tự giao hàng, không chỉ tài xế của các nền tảng lớn.',
        moderation: 'approved',
        day: 40,
        hour: 19,
      },
      {
        name: 'Người dân',
        email: 'nguoidan@example.com',
        text: 'Tôi muốn hỏi thủ tục đăng ký hộ kinh doanh ở phường thì làm ở đâu ạ?',
        moderation: 'private',
        note: 'Câu hỏi không thuộc dự thảo; đã hướng dẫn gửi qua mục Hỏi – Đáp.',
        day: 18,
        hour: 9,
      },
      {
        name: 'SEO dịch vụ',
        email: 'seo@spam-demo.example',
        text: 'Dịch vụ tăng lượt xem trang web giá rẻ, cam kết lên top tìm kiếm trong một tuần.',
        moderation: 'spam',
        note: 'Quảng cáo.',
        day: 30,
        hour: 2,
      },
    ],
  },
  {
    title: {
      vi: 'Dự thảo Quyết định ban hành Chương trình phòng, chống bạo lực, xâm hại trẻ em giai đoạn 2027–2030',
    },
    type: 'quyet-dinh',
    unit: 'CTE',
    fields: ['tre-em'],
    description: {
      vi: {
        paragraphs: [
          'Chương trình đặt mục tiêu giảm số vụ bạo lực, xâm hại trẻ em, bảo đảm mọi trẻ em bị xâm hại được phát hiện sớm và hỗ trợ kịp thời, tăng năng lực của đội ngũ làm công tác bảo vệ trẻ em ở cấp xã.',
        ],
      },
    },
    period: { opensInDays: -75, closesInDays: -16 },
    files: [
      {
        name: 'du-thao-chuong-trinh-phong-chong-bao-luc-tre-em-2027-2030.pdf',
        label: { vi: 'Dự thảo Quyết định', en: 'Draft decision' },
        title: 'Dự thảo Chương trình phòng, chống bạo lực, xâm hại trẻ em giai đoạn 2027–2030',
        paragraphs: ['I. Mục tiêu.', 'II. Nhiệm vụ và giải pháp.', 'III. Tổ chức thực hiện.'],
      },
    ],
    comments: [
      {
        name: 'Đặng Thị Hoa',
        email: 'hoa.dang@example.com',
        organisation: 'Hội Liên hiệp Phụ nữ phường (demo)',
        clause: 'Mục II, điểm 3',
        text: 'Đề nghị bố trí kinh phí cho cộng tác viên bảo vệ trẻ em ở thôn, tổ dân phố; hiện nay họ làm việc không có phụ cấp.',
        moderation: 'approved',
        day: 6,
        hour: 10,
      },
      {
        name: 'Trịnh Văn Long',
        email: 'long.trinh@example.com',
        organisation: 'Trường Trung học cơ sở Hòa Bình (demo)',
        clause: 'Mục II, điểm 5',
        text: 'Nên giao nhà trường tổ chức ít nhất hai buổi mỗi năm học hướng dẫn học sinh kỹ năng tự bảo vệ và cách báo tin qua Tổng đài 111.',
        moderation: 'pending',
        day: 33,
        hour: 13,
      },
      {
        name: 'Mai Anh',
        phone: '+84 901 234 567',
        text: 'Tổng đài 111 cần có thêm kênh nhắn tin vì nhiều trẻ em không dám gọi điện khi ở nhà.',
        moderation: 'pending',
        day: 50,
        hour: 22,
      },
      {
        name: 'Phan Quốc Việt',
        email: 'viet.phan@example.com',
        organisation: 'Luật sư, Đoàn Luật sư thành phố (demo)',
        clause: 'Mục III',
        text: 'Cần quy định rõ cơ quan chủ trì phối hợp liên ngành khi xử lý vụ việc xâm hại trẻ em để tránh đùn đẩy trách nhiệm.',
        moderation: 'pending',
        day: 58,
        hour: 17,
      },
      {
        name: 'Một phụ huynh',
        email: 'phuhuynh@example.com',
        text: 'Nhà hàng xóm có dấu hiệu bạo hành con nhỏ, tôi cần được hướng dẫn báo cho ai và có được giữ bí mật không.',
        moderation: 'private',
        note: 'Tin báo về một vụ việc cụ thể: đã chuyển Tổng đài 111 và phòng Lao động – Xã hội địa phương, không công khai.',
        day: 21,
        hour: 23,
      },
    ],
  },
  {
    title: {
      vi: 'Dự thảo Thông tư hướng dẫn chế độ trợ giúp xã hội khẩn cấp đối với người gặp rủi ro do thiên tai',
      en: 'Draft circular on emergency social assistance for people affected by natural disasters',
    },
    type: 'thong-tu',
    unit: 'CBTXH',
    fields: ['bao-tro-xa-hoi'],
    description: {
      vi: {
        paragraphs: [
          'Dự thảo hướng dẫn hồ sơ, thủ tục và mức hỗ trợ lương thực, nhà ở, chi phí mai táng cho người dân gặp rủi ro do bão, lũ, sạt lở đất theo Nghị định số 20/2021/NĐ-CP.',
        ],
      },
    },
    period: { opensOn: '2025-12-15', closesOn: '2026-02-12' },
    resultingDocument: '05/2026/TT-BLĐXH',
    files: [
      {
        name: 'du-thao-thong-tu-tro-giup-xa-hoi-khan-cap.pdf',
        label: { vi: 'Dự thảo Thông tư', en: 'Draft circular' },
        title: 'Dự thảo Thông tư hướng dẫn chế độ trợ giúp xã hội khẩn cấp',
        paragraphs: ['Điều 2. Hỗ trợ lương thực.', 'Điều 3. Hỗ trợ làm nhà ở, sửa chữa nhà ở.'],
      },
    ],
    summary: {
      body: {
        paragraphs: [
          'Trong thời gian lấy ý kiến ({period}), Bộ nhận được 3 góp ý qua Cổng thông tin điện tử. Ý kiến về thời hạn giải quyết hồ sơ đã được tiếp thu: hồ sơ hỗ trợ lương thực được giải quyết trong 2 ngày làm việc.',
        ],
      },
      file: {
        name: 'bao-cao-tiep-thu-tro-giup-xa-hoi-khan-cap.pdf',
        label: { vi: 'Báo cáo tổng hợp, tiếp thu, giải trình', en: 'Summary of comments and responses' },
        title: 'Báo cáo tổng hợp, tiếp thu, giải trình ý kiến góp ý',
        paragraphs: ['Tổng số góp ý: 3. Tiếp thu: 2.'],
      },
      publishedDaysAfterClose: 30,
    },
    comments: [
      {
        name: 'Lò Văn Pẩu',
        phone: '0214 3822 555',
        organisation: 'UBND xã Tả Phìn (demo)',
        clause: 'Điều 2',
        text: 'Thời hạn giải quyết hỗ trợ lương thực 7 ngày là quá dài khi người dân mất nhà sau lũ quét; đề nghị rút xuống 2 ngày làm việc.',
        moderation: 'approved',
        day: 4,
        hour: 8,
      },
      {
        name: 'Hà Thị Nguyệt',
        email: 'nguyet.ha@example.com',
        clause: 'Điều 3',
        text: 'Đề nghị cho phép hỗ trợ làm nhà tạm ngay khi chưa hoàn thiện hồ sơ, bổ sung giấy tờ sau.',
        moderation: 'approved',
        day: 19,
        hour: 15,
      },
      {
        name: 'Quảng cáo',
        email: 'ads@spam-demo.example',
        text: 'Bán tôn lợp nhà giá sỉ, giao hàng toàn quốc, gọi ngay để được chiết khấu.',
        moderation: 'spam',
        day: 9,
        hour: 4,
      },
    ],
  },
]
