/** Fixed pages and site settings of the demo portal, in Vietnamese and English. */
import { routes } from '@cong/shared/routes'
import { slugify } from '@cong/shared/slug'
import type { RichText } from '../lexical'
import { MINISTRY_NAME, UNITS } from './units'

export interface PageSeed {
  kind: 'about' | 'spokesperson' | 'contact' | 'generic'
  order: number
  vi: { title: string; body: RichText }
  en: { title: string; body: RichText }
}

const ministry = UNITS.find((u) => u.kind === 'ministry')
if (!ministry) throw new Error('The seed data has no ministry unit')

const SPOKESPERSON = ministry.leaders.find((l) => l.name === 'Phạm Quốc Bảo')
if (!SPOKESPERSON) throw new Error('The spokesperson is not among the ministry leaders')

const PRESS_OFFICE = {
  phone: '024 3869 0015',
  email: 'baochi@demo.gov.vn',
}

export const SITE = {
  name: {
    vi: 'Cổng thông tin điện tử Bộ Lao động và Xã hội (demo)',
    en: 'Ministry of Labour and Social Affairs e-Portal (demo)',
  },
  tagline: {
    vi: 'Thông tin chính thống về lao động, việc làm và an sinh xã hội — bản trình diễn',
    en: 'Official information on labour, employment and social security — demo edition',
  },
  footerNote: {
    vi: 'Đây là bản trình diễn của nền tảng Cổng. Cơ quan, con người, số liệu và văn bản đều là giả định. Cơ quan chủ quản: Bộ Lao động và Xã hội (demo). Chịu trách nhiệm chính: Trưởng ban Biên tập Cổng thông tin điện tử.',
    en: 'This is a demo of the Cổng platform. The agency, people, figures and documents are fictional. Owner: Ministry of Labour and Social Affairs (demo). Responsible: Head of the e-Portal Editorial Board.',
  },
  address: ministry.address,
  phone: ministry.phone,
  email: 'congthongtin@demo.gov.vn',
  weeklyQuotaPerUnit: 1,
  onlineServicesUrl: 'https://dichvucong.demo.gov.vn',
  quickLinks: [
    { label: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' }, url: routes.section('vi', slugify('Thủ tục hành chính')) },
    { label: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' }, url: 'https://dichvucong.demo.gov.vn' },
    { label: { vi: 'Văn bản pháp luật', en: 'Legal documents' }, url: 'https://vanban.demo.gov.vn' },
    { label: { vi: 'Hỏi – Đáp', en: 'Questions and answers' }, url: 'https://hoidap.demo.gov.vn' },
    { label: { vi: 'Sàn giao dịch việc làm', en: 'Online job exchange' }, url: 'https://sangiaodich.demo.gov.vn' },
    { label: { vi: 'Cơ cấu tổ chức', en: 'Organisation' }, url: routes.organisation('vi') },
  ],
}

export const PAGES: PageSeed[] = [
  {
    kind: 'about',
    order: 1,
    vi: {
      title: 'Giới thiệu',
      body: {
        paragraphs: [
          `${MINISTRY_NAME} là cơ quan giả định dùng để trình diễn nền tảng Cổng thông tin điện tử Cổng. Toàn bộ cơ cấu tổ chức, lãnh đạo, tin bài và số liệu trên Cổng đều được viết cho mục đích trình diễn.`,
          'Cổng thông tin điện tử cung cấp thông tin chính thống về chủ trương, chính sách, pháp luật và hoạt động của Bộ; hướng dẫn thủ tục hành chính, kết nối dịch vụ công trực tuyến và tiếp nhận ý kiến của người dân, doanh nghiệp.',
        ],
        heading: 'Cổng thông tin điện tử cung cấp',
        points: [
          'Tin tức, sự kiện và chỉ đạo, điều hành của lãnh đạo Bộ.',
          'Chính sách mới và giải đáp chính sách.',
          'Cơ cấu tổ chức, chức năng, nhiệm vụ và thông tin liên hệ của các đơn vị.',
          'Thủ tục hành chính và liên kết tới Dịch vụ công trực tuyến.',
        ],
      },
    },
    en: {
      title: 'About us',
      body: {
        paragraphs: [
          'The Ministry of Labour and Social Affairs (demo) is a fictional agency used to demonstrate the Cổng e-portal platform. Its organisation, leaders, news and figures were all written for the demo.',
          'The e-Portal publishes official information on the Ministry’s policies, laws and activities, guides people through administrative procedures, links to online public services and collects feedback from citizens and businesses.',
        ],
        heading: 'On this portal',
        points: [
          'News, events and instructions from the Ministry’s leaders.',
          'New policies and explanations of policy.',
          'The organisation, functions and contacts of every unit.',
          'Administrative procedures and links to online public services.',
        ],
      },
    },
  },
  {
    kind: 'generic',
    order: 2,
    vi: { title: 'Chức năng, nhiệm vụ', body: { paragraphs: ministry.functions.vi, heading: 'Căn cứ pháp lý', points: [ministry.legalBasis] } },
    en: { title: 'Functions and duties', body: { paragraphs: ministry.functions.en, heading: 'Legal basis', points: [ministry.legalBasis] } },
  },
  {
    kind: 'spokesperson',
    order: 3,
    vi: {
      title: 'Người phát ngôn',
      body: {
        paragraphs: [
          `Người phát ngôn của Bộ: ông ${SPOKESPERSON.name}, ${SPOKESPERSON.title.vi}. Người phát ngôn cung cấp thông tin cho báo chí về hoạt động của Bộ và trả lời các vấn đề dư luận quan tâm theo quy định về phát ngôn và cung cấp thông tin cho báo chí.`,
          'Các cơ quan báo chí đề nghị cung cấp thông tin xin liên hệ bộ phận báo chí của Văn phòng Bộ; đề nghị gửi bằng văn bản hoặc thư điện tử, nêu rõ nội dung và thời hạn cần thông tin.',
        ],
        heading: 'Liên hệ bộ phận báo chí',
        points: [
          `Điện thoại: ${PRESS_OFFICE.phone}`,
          `Thư điện tử: ${PRESS_OFFICE.email}`,
          `Địa chỉ: ${ministry.address}`,
        ],
      },
    },
    en: {
      title: 'Spokesperson',
      body: {
        paragraphs: [
          `The Ministry’s spokesperson is Mr ${SPOKESPERSON.name}, ${SPOKESPERSON.title.en}. He provides information to the press on the Ministry’s activities and answers questions of public concern.`,
          'Media wishing to request information should contact the press desk of the Ministry Office in writing or by e-mail, stating the subject and the deadline.',
        ],
        heading: 'Press desk',
        points: [`Phone: ${PRESS_OFFICE.phone}`, `E-mail: ${PRESS_OFFICE.email}`, `Address: ${ministry.address}`],
      },
    },
  },
  {
    kind: 'contact',
    order: 4,
    vi: {
      title: 'Liên hệ',
      body: {
        paragraphs: [
          `${MINISTRY_NAME} — ${ministry.address}.`,
          'Ý kiến về nội dung Cổng thông tin điện tử xin gửi Ban Biên tập; câu hỏi về chính sách xin gửi qua mục Hỏi – Đáp để được chuyển tới đơn vị có thẩm quyền trả lời.',
        ],
        heading: 'Đầu mối liên hệ',
        points: [
          `Văn phòng Bộ: ${ministry.phone} — ${ministry.email}`,
          `Ban Biên tập Cổng thông tin điện tử: ${SITE.email}`,
          `Bộ phận báo chí: ${PRESS_OFFICE.phone} — ${PRESS_OFFICE.email}`,
        ],
      },
    },
    en: {
      title: 'Contact',
      body: {
        paragraphs: [
          `Ministry of Labour and Social Affairs (demo) — ${ministry.address}.`,
          'Comments on the e-Portal go to the Editorial Board; questions about policy should be sent through the Q&A service so that the competent unit can answer.',
        ],
        heading: 'Contacts',
        points: [
          `Ministry Office: ${ministry.phone} — ${ministry.email}`,
          `e-Portal Editorial Board: ${SITE.email}`,
          `Press desk: ${PRESS_OFFICE.phone} — ${PRESS_OFFICE.email}`,
        ],
      },
    },
  },
]
