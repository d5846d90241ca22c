/**
 * Words the reference dataset is built from: provinces, unit names and the topics of a Labour –
 * Invalids – Social Affairs ministry, in Vietnamese with diacritics, so pages differ from one
 * another and the search index holds real words in realistic proportions.
 */
import { LEGAL_FIELDS, type LegalField } from '@cong/shared/legalVocabulary'

export const PROVINCES = [
  'Hà Nội',
  'TP. Hồ Chí Minh',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'Huế',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
  'Lạng Sơn',
  'Quảng Ninh',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Cao Bằng',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Ninh Bình',
  'Quảng Trị',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Lâm Đồng',
  'Đắk Lắk',
  'Đồng Nai',
  'Tây Ninh',
  'Vĩnh Long',
  'Đồng Tháp',
  'Cà Mau',
  'An Giang',
] as const

/** Departments of the ministry (the first units after the ministry itself). */
export const DEPARTMENTS = [
  ['Vụ Pháp chế', 'department'],
  ['Vụ Kế hoạch – Tài chính', 'department'],
  ['Vụ Tổ chức cán bộ', 'department'],
  ['Vụ Bình đẳng giới', 'department'],
  ['Vụ Hợp tác quốc tế', 'department'],
  ['Văn phòng Bộ', 'office'],
  ['Thanh tra Bộ', 'inspectorate'],
  ['Cục Việc làm', 'general-department'],
  ['Cục Người có công', 'general-department'],
  ['Cục Bảo trợ xã hội', 'general-department'],
  ['Cục Trẻ em', 'general-department'],
  ['Cục An toàn lao động', 'general-department'],
  ['Cục Quản lý lao động ngoài nước', 'general-department'],
  ['Cục Giáo dục nghề nghiệp', 'general-department'],
  ['Viện Khoa học Lao động và Xã hội', 'institute'],
  ['Trung tâm Thông tin', 'center'],
  ['Báo Lao động và Xã hội', 'newspaper'],
  ['Trường Đại học Lao động – Xã hội', 'school'],
] as const

/** Units repeated per province (centres and establishments under the provincial department). */
export const PROVINCIAL_UNITS = [
  ['Sở Nội vụ', 'department'],
  ['Trung tâm Dịch vụ việc làm', 'center'],
  ['Trung tâm Công tác xã hội', 'center'],
  ['Trường Cao đẳng nghề', 'school'],
  ['Cơ sở Bảo trợ xã hội', 'center'],
] as const

export interface Topic {
  field: LegalField
  /** Short noun phrases the templates slot in ("chính sách bảo hiểm thất nghiệp"). */
  subjects: readonly string[]
  /** Who is concerned ("người lao động mất việc"). */
  groups: readonly string[]
  en: { subject: string; group: string }
}

export const TOPICS: readonly Topic[] = [
  {
    field: 'viec-lam',
    subjects: [
      'bảo hiểm thất nghiệp',
      'giới thiệu việc làm',
      'sàn giao dịch việc làm',
      'hỗ trợ tạo việc làm',
      'thông tin thị trường lao động',
    ],
    groups: [
      'người lao động mất việc',
      'thanh niên nông thôn',
      'lao động phi chính thức',
      'doanh nghiệp nhỏ và vừa',
    ],
    en: { subject: 'employment services', group: 'job seekers' },
  },
  {
    field: 'lao-dong-tien-luong',
    subjects: [
      'lương tối thiểu vùng',
      'hợp đồng lao động',
      'thỏa ước lao động tập thể',
      'thời giờ làm việc',
      'đối thoại tại nơi làm việc',
    ],
    groups: [
      'người lao động trong doanh nghiệp',
      'công đoàn cơ sở',
      'người sử dụng lao động',
      'lao động khu công nghiệp',
    ],
    en: { subject: 'wages and labour contracts', group: 'employees' },
  },
  {
    field: 'bao-hiem-xa-hoi',
    subjects: [
      'bảo hiểm xã hội tự nguyện',
      'chế độ hưu trí',
      'trợ cấp một lần',
      'chế độ thai sản',
      'lương hưu',
    ],
    groups: ['người tham gia bảo hiểm', 'người nghỉ hưu', 'lao động nữ', 'người lao động tự do'],
    en: { subject: 'social insurance', group: 'insured workers' },
  },
  {
    field: 'nguoi-co-cong',
    subjects: [
      'ưu đãi người có công',
      'trợ cấp thương binh',
      'tìm kiếm, quy tập hài cốt liệt sĩ',
      'điều dưỡng phục hồi sức khỏe',
      'nhà tình nghĩa',
    ],
    groups: [
      'thương binh, bệnh binh',
      'thân nhân liệt sĩ',
      'Mẹ Việt Nam anh hùng',
      'người hoạt động kháng chiến',
    ],
    en: { subject: 'support for people with meritorious services', group: 'war veterans and their families' },
  },
  {
    field: 'giao-duc-nghe-nghiep',
    subjects: [
      'đào tạo nghề',
      'tuyển sinh cao đẳng',
      'kỹ năng nghề quốc gia',
      'đào tạo nghề cho lao động nông thôn',
      'chuyển đổi số trong đào tạo',
    ],
    groups: ['học sinh tốt nghiệp THCS', 'lao động nông thôn', 'giáo viên dạy nghề', 'trường cao đẳng'],
    en: { subject: 'vocational training', group: 'learners' },
  },
  {
    field: 'an-toan-lao-dong',
    subjects: [
      'an toàn, vệ sinh lao động',
      'tai nạn lao động',
      'bệnh nghề nghiệp',
      'huấn luyện an toàn',
      'kiểm định máy móc',
    ],
    groups: ['công nhân xây dựng', 'người lao động khai khoáng', 'doanh nghiệp sản xuất', 'cán bộ an toàn'],
    en: { subject: 'occupational safety', group: 'workers in hazardous jobs' },
  },
  {
    field: 'bao-tro-xa-hoi',
    subjects: [
      'trợ giúp xã hội',
      'trợ cấp xã hội hằng tháng',
      'chăm sóc người cao tuổi',
      'hỗ trợ người khuyết tật',
      'cứu trợ đột xuất',
    ],
    groups: ['người cao tuổi', 'người khuyết tật', 'hộ gia đình khó khăn', 'người dân vùng thiên tai'],
    en: { subject: 'social assistance', group: 'vulnerable people' },
  },
  {
    field: 'tre-em',
    subjects: [
      'bảo vệ trẻ em',
      'phòng, chống xâm hại trẻ em',
      'Tháng hành động vì trẻ em',
      'chăm sóc trẻ em mồ côi',
      'Tổng đài 111',
    ],
    groups: ['trẻ em có hoàn cảnh đặc biệt', 'cha mẹ và người chăm sóc', 'nhà trường', 'trẻ em vùng cao'],
    en: { subject: 'child protection', group: 'children' },
  },
  {
    field: 'binh-dang-gioi',
    subjects: [
      'bình đẳng giới',
      'phòng, chống bạo lực trên cơ sở giới',
      'lồng ghép giới',
      'nâng cao vị thế phụ nữ',
    ],
    groups: ['phụ nữ dân tộc thiểu số', 'lao động nữ', 'cán bộ nữ', 'cộng đồng'],
    en: { subject: 'gender equality', group: 'women' },
  },
  {
    field: 'giam-ngheo',
    subjects: [
      'giảm nghèo bền vững',
      'chuẩn nghèo đa chiều',
      'hỗ trợ nhà ở cho hộ nghèo',
      'sinh kế cho hộ cận nghèo',
    ],
    groups: ['hộ nghèo', 'hộ cận nghèo', 'huyện nghèo', 'đồng bào dân tộc thiểu số'],
    en: { subject: 'poverty reduction', group: 'poor households' },
  },
  {
    field: 'lao-dong-ngoai-nuoc',
    subjects: [
      'đưa người lao động đi làm việc ở nước ngoài',
      'Chương trình EPS',
      'thực tập sinh kỹ năng',
      'Quỹ Hỗ trợ việc làm ngoài nước',
    ],
    groups: [
      'lao động đi Hàn Quốc',
      'thực tập sinh tại Nhật Bản',
      'doanh nghiệp dịch vụ',
      'lao động về nước',
    ],
    en: { subject: 'overseas employment', group: 'overseas workers' },
  },
  {
    field: 'phong-chong-te-nan-xa-hoi',
    subjects: [
      'cai nghiện ma túy',
      'phòng, chống mại dâm',
      'hỗ trợ nạn nhân bị mua bán',
      'quản lý sau cai nghiện',
    ],
    groups: ['người nghiện ma túy', 'nạn nhân bị mua bán', 'gia đình và cộng đồng', 'cơ sở cai nghiện'],
    en: { subject: 'prevention of social evils', group: 'affected people' },
  },
]

export const fieldLabel = (field: LegalField): string => LEGAL_FIELDS[field].vi

export const ARTICLE_TITLES = [
  '{province} triển khai {subject} cho {group} năm {year}',
  'Bộ trưởng làm việc với {province} về {subject} cho {group}',
  'Hội nghị tổng kết {subject} năm {year} tại {province}',
  'Tăng cường {subject}: {province} hỗ trợ {count} {group}',
  'Hướng dẫn mới về {subject} đối với {group} tại {province}',
  'Đoàn công tác của Bộ kiểm tra {subject} tại {province} {period}',
  'Tập huấn nghiệp vụ {subject} cho cán bộ {province} năm {year}',
  '{count} {group} tại {province} được hỗ trợ về {subject}',
  'Đối thoại chính sách về {subject} với {group} ở {province}',
  'Sơ kết {period} thực hiện {subject} tại {province}',
] as const

export const ARTICLE_PARAGRAPHS = [
  'Ngày {day}, tại {province}, {unit} đã tổ chức hội nghị về {subject} với sự tham dự của đại diện các sở, ngành và {count} đại biểu là {group}.',
  'Theo báo cáo, trong {period} vừa qua, công tác {subject} đã được triển khai đồng bộ; nhiều mô hình hay, cách làm sáng tạo được nhân rộng, góp phần bảo đảm quyền lợi chính đáng của {group}.',
  'Phát biểu tại hội nghị, lãnh đạo {unit} đề nghị các địa phương tiếp tục rà soát đối tượng, đơn giản hóa thủ tục hành chính và đẩy mạnh chuyển đổi số trong {subject}.',
  'Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra một số khó khăn như nguồn lực còn hạn chế, sự phối hợp giữa các cơ quan ở cơ sở có nơi chưa chặt chẽ, thông tin đến {group} chưa kịp thời.',
  'Trong thời gian tới, {province} đặt mục tiêu mở rộng {subject}, phấn đấu đến năm {year} có thêm {count} {group} được tiếp cận dịch vụ, đồng thời tăng cường kiểm tra, giám sát việc thực hiện chính sách.',
  'Dịp này, Bộ đã trao tặng bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong {subject}, ghi nhận những đóng góp bền bỉ của đội ngũ cán bộ ngành lao động – xã hội tại {province}.',
  'Người dân có thể tra cứu thông tin, gửi câu hỏi về {subject} trên Cổng thông tin điện tử của Bộ hoặc liên hệ trực tiếp bộ phận một cửa của {unit}.',
] as const

export const ENGLISH_TITLES = [
  '{province} expands {subject} for {group}',
  'Minister reviews {subject} in {province}',
  'Year-end review of {subject}, {year}',
  'New guidance on {subject} for {group}',
] as const

export const ENGLISH_PARAGRAPHS = [
  'On {day}, {unit} held a conference in {province} on {subject}, attended by representatives of provincial departments and {count} delegates.',
  'Over the past {periodEn}, {subject} has been carried out across the province, and several good practices are now being replicated to protect the rights of {group}.',
  'The Ministry asked localities to simplify administrative procedures and to accelerate the digital transformation of {subject}.',
] as const

export const PERIODS = [
  '6 tháng đầu năm',
  '9 tháng',
  'quý I',
  'quý II',
  'quý III',
  'năm năm',
  'giai đoạn 2021–2025',
] as const

export const TAGS = [
  'chính sách',
  'an sinh xã hội',
  'chuyển đổi số',
  'cải cách hành chính',
  'địa phương',
  'hội nghị',
  'thi đua khen thưởng',
] as const

export const LEGAL_BODIES = [
  { body: 'Bộ Lao động – Thương binh và Xã hội', symbol: 'BLĐTBXH' },
  { body: 'Chính phủ', symbol: 'CP' },
  { body: 'Thủ tướng Chính phủ', symbol: 'TTg' },
  { body: 'Bộ Nội vụ', symbol: 'BNV' },
] as const

export const SIGNERS = [
  'Nguyễn Văn Hùng',
  'Lê Thị Thu Hà',
  'Phạm Quang Minh',
  'Trần Đức Long',
  'Đào Ngọc Lan',
  'Vũ Hải Nam',
] as const

export const COMMENT_TEXTS = [
  'Đề nghị ban soạn thảo làm rõ đối tượng áp dụng tại {clause}, vì {group} ở nhiều địa phương chưa được hướng dẫn cụ thể về {subject}.',
  'Tôi đồng ý với dự thảo. Tuy nhiên, thủ tục hồ sơ còn nhiều giấy tờ; nên cho phép nộp trực tuyến toàn bộ để {group} đỡ phải đi lại.',
  'Mức hỗ trợ quy định tại {clause} còn thấp so với chi phí sinh hoạt hiện nay ở {province}; kiến nghị điều chỉnh theo chỉ số giá tiêu dùng.',
  'Cần bổ sung quy định chuyển tiếp cho các trường hợp đang hưởng chế độ trước ngày văn bản có hiệu lực, tránh gián đoạn quyền lợi của {group}.',
  'Đề nghị quy định rõ trách nhiệm phối hợp giữa Ủy ban nhân dân cấp xã và cơ quan lao động trong việc thực hiện {subject}.',
  'Thời hạn giải quyết tại {clause} nên rút xuống 10 ngày làm việc để phù hợp với tinh thần cải cách hành chính.',
] as const

export const QUESTION_TEXTS = [
  'Tôi làm việc tại {province}, đã đóng bảo hiểm được {count} tháng. Xin hỏi trường hợp của tôi có thuộc diện được hưởng {subject} không và cần chuẩn bị hồ sơ gì?',
  'Gia đình tôi thuộc diện {group} tại {province}. Xin hỏi thủ tục đề nghị {subject} hiện nay thực hiện ở đâu, trong thời hạn bao lâu?',
  'Doanh nghiệp chúng tôi có {count} lao động. Đề nghị Bộ hướng dẫn nghĩa vụ của doanh nghiệp về {subject} theo quy định mới.',
  'Xin hỏi {group} chuyển nơi cư trú từ {province} sang tỉnh khác thì việc tiếp tục hưởng {subject} được giải quyết thế nào?',
] as const

export const ANSWER_TEXTS = [
  'Căn cứ quy định hiện hành về {subject}, trường hợp bạn nêu được xem xét khi đáp ứng đủ điều kiện về đối tượng và thời gian tham gia.',
  'Hồ sơ nộp tại bộ phận một cửa cấp xã hoặc qua Cổng Dịch vụ công quốc gia; cơ quan có thẩm quyền giải quyết trong thời hạn quy định.',
  'Đề nghị bạn liên hệ cơ quan lao động – xã hội tại {province} để được hướng dẫn cụ thể theo hồ sơ thực tế.',
] as const

export const PHOTO_CAPTIONS = [
  'Quang cảnh hội nghị về {subject} tại {province}',
  'Lãnh đạo Bộ trao quà cho {group}',
  'Đại biểu tham quan mô hình {subject}',
  'Cán bộ hướng dẫn {group} làm thủ tục',
  'Toàn cảnh buổi làm việc tại {province}',
] as const

export const ALBUM_TITLES = [
  'Hình ảnh: {subject} tại {province}',
  'Chùm ảnh: {group} ở {province}',
  'Bộ trưởng thăm, tặng quà {group} tại {province}',
  'Hoạt động hưởng ứng {subject} năm {year}',
] as const

export const DRAFT_TITLES = [
  'Dự thảo Thông tư hướng dẫn {subject}',
  'Dự thảo Nghị định quy định chi tiết về {subject}',
  'Dự thảo Quyết định phê duyệt Đề án {subject} giai đoạn {year}–{yearEnd}',
] as const

export const LEGAL_SUMMARIES = [
  'Quy định chi tiết và hướng dẫn thi hành một số điều về {subject}',
  'Sửa đổi, bổ sung một số điều về {subject} đối với {group}',
  'Ban hành Chương trình {subject} giai đoạn {year}–{yearEnd}',
  'Hướng dẫn thực hiện chính sách {subject} cho {group}',
  'Quy định mức hỗ trợ về {subject} tại các địa phương',
] as const
