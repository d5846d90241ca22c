/** Sections (chuyên mục) and topic pages (chuyên đề) of the demo portal, in menu order. */

export type SectionKey =
  | 'news'
  | 'direction'
  | 'policy'
  | 'local'
  | 'responses'
  | 'party'
  | 'procedures'
  | 'international'
  | 'labourCode'
  | 'jobLoss'
  | 'safetyMonth'

export interface SectionSeed {
  /** How articles in the seed refer to the section. */
  key: SectionKey
  title: { vi: string; en: string }
  kind: 'section' | 'topic'
  description: { vi: string; en: string }
  showOnHome: boolean
}

export const SECTIONS: SectionSeed[] = [
  {
    key: 'news',
    title: { vi: 'Tin tức – Sự kiện', en: 'News and Events' },
    kind: 'section',
    description: {
      vi: 'Hoạt động của lãnh đạo Bộ, các đơn vị và sự kiện nổi bật của ngành lao động – xã hội.',
      en: 'Activities of the Ministry’s leaders and units, and key events in the labour and social sector.',
    },
    showOnHome: true,
  },
  {
    key: 'direction',
    title: { vi: 'Chỉ đạo – Điều hành', en: 'Direction and Administration' },
    kind: 'section',
    description: {
      vi: 'Chỉ đạo, điều hành của Bộ trưởng và lãnh đạo Bộ; văn bản chỉ đạo gửi các địa phương.',
      en: 'Instructions of the Minister and the Ministry’s leaders to units and localities.',
    },
    showOnHome: true,
  },
  {
    key: 'policy',
    title: { vi: 'Tin chính sách', en: 'Policy News' },
    kind: 'section',
    description: {
      vi: 'Chính sách mới về lao động, việc làm, tiền lương, bảo hiểm và an sinh xã hội.',
      en: 'New policies on labour, employment, wages, insurance and social security.',
    },
    showOnHome: true,
  },
  {
    key: 'local',
    title: { vi: 'Địa phương – Cơ sở', en: 'From the Provinces' },
    kind: 'section',
    description: {
      vi: 'Kết quả thực hiện chính sách lao động – xã hội tại các tỉnh, thành phố và cơ sở.',
      en: 'How labour and social policies are carried out in provinces, cities and communities.',
    },
    showOnHome: true,
  },
  {
    key: 'responses',
    title: { vi: 'Phản hồi chính sách', en: 'Policy Responses' },
    kind: 'section',
    description: {
      vi: 'Bộ trả lời, làm rõ các vấn đề báo chí và người dân quan tâm về chính sách.',
      en: 'The Ministry’s answers to questions raised by the press and the public about its policies.',
    },
    showOnHome: true,
  },
  {
    key: 'party',
    title: { vi: 'Đảng – Đoàn thể', en: 'Party and Mass Organisations' },
    kind: 'section',
    description: {
      vi: 'Hoạt động của Đảng bộ, Công đoàn, Đoàn Thanh niên và Hội Phụ nữ cơ quan Bộ.',
      en: 'Activities of the Party committee, trade union, youth union and women’s union of the Ministry.',
    },
    showOnHome: false,
  },
  {
    key: 'procedures',
    title: { vi: 'Thủ tục hành chính', en: 'Administrative Procedures' },
    kind: 'section',
    description: {
      vi: 'Hướng dẫn thủ tục hành chính, dịch vụ công trực tuyến và kết quả cải cách hành chính.',
      en: 'Guidance on administrative procedures, online public services and administrative reform.',
    },
    showOnHome: false,
  },
  {
    key: 'international',
    title: { vi: 'Hợp tác quốc tế', en: 'International Cooperation' },
    kind: 'section',
    description: {
      vi: 'Quan hệ hợp tác của Bộ với các tổ chức quốc tế và các nước về lao động, an sinh xã hội.',
      en: 'The Ministry’s cooperation with international organisations and other countries on labour and social security.',
    },
    showOnHome: false,
  },
  {
    key: 'labourCode',
    title: { vi: 'Bộ luật Lao động 2019', en: 'Labour Code 2019' },
    kind: 'topic',
    description: {
      vi: 'Nội dung mới của Bộ luật Lao động, văn bản hướng dẫn và giải đáp vướng mắc khi áp dụng.',
      en: 'What is new in the Labour Code, its implementing regulations and answers to common questions.',
    },
    showOnHome: true,
  },
  {
    key: 'jobLoss',
    title: { vi: 'Hỗ trợ người lao động mất việc', en: 'Support for Workers Who Lost Their Jobs' },
    kind: 'topic',
    description: {
      vi: 'Bảo hiểm thất nghiệp, tư vấn, giới thiệu việc làm và đào tạo lại cho người lao động mất việc.',
      en: 'Unemployment insurance, job counselling, placement and retraining for workers who lost their jobs.',
    },
    showOnHome: true,
  },
  {
    key: 'safetyMonth',
    title: { vi: 'Tháng hành động về an toàn lao động', en: 'Occupational Safety Action Month' },
    kind: 'topic',
    description: {
      vi: 'Các hoạt động hưởng ứng Tháng hành động về an toàn, vệ sinh lao động trên cả nước.',
      en: 'Activities across the country during the Occupational Safety and Health Action Month.',
    },
    showOnHome: false,
  },
]
