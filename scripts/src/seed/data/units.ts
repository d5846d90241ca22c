/**
 * The demo agency's organisation tree: a fictional ministry and its units. Every name, number,
 * person and address here is invented for the demo; e-mail addresses are public unit contacts
 * on the reserved demo domain.
 */

export type UnitKind =
  | 'ministry'
  | 'department'
  | 'general-department'
  | 'inspectorate'
  | 'office'
  | 'institute'
  | 'center'
  | 'school'
  | 'newspaper'
  | 'other'

export interface LeaderSeed {
  name: string
  title: { vi: string; en: string }
  isHead: boolean
  /** Facts the short biography is written from (see `leaderBio`). */
  born: number
  hometown: string
  degree: { vi: string; en: string }
  previous: { vi: string; en: string }
  responsibilities?: { vi: string; en: string }
  phone?: string
}

export interface UnitSeed {
  name: { vi: string; en: string }
  shortName: string
  kind: UnitKind
  /** `shortName` of the parent unit; absent for the ministry itself. */
  parent?: string
  order: number
  functions: { vi: string[]; en: string[] }
  legalBasis: string
  leaders: LeaderSeed[]
  address: string
  phone: string
  email: string
  website?: string
}

export const MINISTRY_NAME = 'Bộ Lao động và Xã hội (demo)'
const MINISTRY_ADDRESS = 'Số 12 phố Hòa Bình Xanh, quận Ba Đình, Hà Nội'

const head = { vi: 'Cục trưởng', en: 'Director General' }
const deputyHead = { vi: 'Phó Cục trưởng', en: 'Deputy Director General' }
const director = { vi: 'Vụ trưởng', en: 'Director' }
const deputyDirector = { vi: 'Phó Vụ trưởng', en: 'Deputy Director' }

export const UNITS: UnitSeed[] = [
  {
    name: { vi: MINISTRY_NAME, en: 'Ministry of Labour and Social Affairs (demo)' },
    shortName: 'BLĐXH',
    kind: 'ministry',
    order: 0,
    functions: {
      vi: [
        'Bộ Lao động và Xã hội là cơ quan của Chính phủ, thực hiện chức năng quản lý nhà nước về lao động, việc làm, tiền lương, an toàn, vệ sinh lao động, giáo dục nghề nghiệp, bảo trợ xã hội, trẻ em và bình đẳng giới.',
        'Bộ quản lý nhà nước các dịch vụ công thuộc phạm vi quản lý, xây dựng chiến lược, quy hoạch và chương trình quốc gia trong các lĩnh vực được giao, đồng thời kiểm tra, thanh tra việc thực hiện pháp luật.',
        'Bộ chủ trì hợp tác quốc tế trong lĩnh vực lao động và an sinh xã hội, tổng hợp và báo cáo Chính phủ về tình hình đời sống của người lao động và các đối tượng chính sách.',
      ],
      en: [
        'The Ministry of Labour and Social Affairs is a government body responsible for state management of labour, employment, wages, occupational safety and health, vocational education, social protection, children and gender equality.',
        'It manages public services in these fields, drafts national strategies, plans and programmes, and inspects the enforcement of the law.',
        'The Ministry leads international cooperation on labour and social security and reports to the Government on the living conditions of workers and beneficiaries of social policies.',
      ],
    },
    legalBasis: 'Nghị định 41/2025/NĐ-CP (demo) quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ',
    address: MINISTRY_ADDRESS,
    phone: '024 3869 0001',
    email: 'vanphong@demo.gov.vn',
    website: 'https://demo.gov.vn',
    leaders: [
      {
        name: 'Trần Minh Khải',
        title: { vi: 'Bộ trưởng', en: 'Minister' },
        isHead: true,
        born: 1968,
        hometown: 'Nam Định',
        degree: { vi: 'Tiến sĩ Kinh tế lao động', en: 'PhD in Labour Economics' },
        previous: { vi: 'Chủ tịch Ủy ban nhân dân tỉnh', en: 'Chairman of a Provincial People’s Committee' },
        responsibilities: {
          vi: 'Lãnh đạo chung mọi mặt công tác của Bộ; trực tiếp phụ trách công tác tổ chức cán bộ, kế hoạch – tài chính, thanh tra và hợp tác quốc tế.',
          en: 'Overall leadership of the Ministry; directly in charge of personnel, planning and finance, inspection and international cooperation.',
        },
        phone: '024 3869 0002',
      },
      {
        name: 'Lê Thị Thu Hằng',
        title: { vi: 'Thứ trưởng', en: 'Deputy Minister' },
        isHead: false,
        born: 1972,
        hometown: 'Thừa Thiên Huế',
        degree: { vi: 'Thạc sĩ Công tác xã hội', en: 'MA in Social Work' },
        previous: { vi: 'Cục trưởng Cục Bảo trợ xã hội', en: 'Director General of the Social Protection Department' },
        responsibilities: {
          vi: 'Phụ trách lĩnh vực bảo trợ xã hội, trẻ em, bình đẳng giới; theo dõi Cục Bảo trợ xã hội, Cục Trẻ em.',
          en: 'In charge of social protection, children and gender equality; oversees the Social Protection Department and the Department of Children.',
        },
      },
      {
        name: 'Phạm Quốc Bảo',
        title: { vi: 'Thứ trưởng', en: 'Deputy Minister' },
        isHead: false,
        born: 1970,
        hometown: 'Nghệ An',
        degree: { vi: 'Tiến sĩ Luật', en: 'Doctor of Laws' },
        previous: { vi: 'Vụ trưởng Vụ Pháp chế', en: 'Director of the Legal Affairs Department' },
        responsibilities: {
          vi: 'Phụ trách lĩnh vực việc làm, an toàn, vệ sinh lao động, pháp chế và cải cách hành chính; là Người phát ngôn của Bộ.',
          en: 'In charge of employment, occupational safety and health, legal affairs and administrative reform; Spokesperson of the Ministry.',
        },
      },
      {
        name: 'Hoàng Văn Lực',
        title: { vi: 'Thứ trưởng', en: 'Deputy Minister' },
        isHead: false,
        born: 1974,
        hometown: 'Thái Bình',
        degree: { vi: 'Tiến sĩ Quản lý giáo dục', en: 'PhD in Education Management' },
        previous: { vi: 'Hiệu trưởng Trường Đại học Lao động và Xã hội', en: 'Rector of the University of Labour and Social Affairs' },
        responsibilities: {
          vi: 'Phụ trách giáo dục nghề nghiệp, khoa học, chuyển đổi số và thông tin truyền thông; là Trưởng ban Biên tập Cổng thông tin điện tử.',
          en: 'In charge of vocational education, research, digital transformation and communication; Head of the e-Portal Editorial Board.',
        },
      },
    ],
  },
  {
    name: { vi: 'Văn phòng Bộ', en: 'Ministry Office' },
    shortName: 'VP',
    kind: 'office',
    parent: 'BLĐXH',
    order: 1,
    functions: {
      vi: [
        'Văn phòng Bộ tham mưu, tổng hợp, điều phối các hoạt động của Bộ theo chương trình, kế hoạch công tác.',
        'Văn phòng thực hiện công tác hành chính, văn thư, lưu trữ, kiểm soát thủ tục hành chính, tiếp nhận phản ánh, kiến nghị của người dân và doanh nghiệp, quản trị Cổng thông tin điện tử của Bộ.',
      ],
      en: [
        'The Ministry Office advises the leadership and coordinates the Ministry’s work programme.',
        'It handles administration, records and archives, control of administrative procedures, citizens’ feedback and petitions, and runs the Ministry’s e-Portal.',
      ],
    },
    legalBasis: 'Quyết định 1120/QĐ-BLĐXH (demo) ngày 15/7/2025',
    address: MINISTRY_ADDRESS,
    phone: '024 3869 0010',
    email: 'vanphongbo@demo.gov.vn',
    leaders: [
      {
        name: 'Nguyễn Thị Mai Anh',
        title: { vi: 'Chánh Văn phòng', en: 'Chief of Office' },
        isHead: true,
        born: 1976,
        hometown: 'Hà Nam',
        degree: { vi: 'Thạc sĩ Quản lý công', en: 'Master of Public Administration' },
        previous: { vi: 'Phó Chánh Văn phòng Bộ', en: 'Deputy Chief of the Ministry Office' },
      },
      {
        name: 'Đỗ Văn Thành',
        title: { vi: 'Phó Chánh Văn phòng', en: 'Deputy Chief of Office' },
        isHead: false,
        born: 1981,
        hometown: 'Hải Dương',
        degree: { vi: 'Thạc sĩ Hệ thống thông tin', en: 'MSc in Information Systems' },
        previous: { vi: 'Trưởng phòng Hành chính', en: 'Head of the Administration Division' },
      },
    ],
  },
  {
    name: { vi: 'Thanh tra Bộ', en: 'Ministry Inspectorate' },
    shortName: 'TTr',
    kind: 'inspectorate',
    parent: 'BLĐXH',
    order: 2,
    functions: {
      vi: [
        'Thanh tra Bộ giúp Bộ trưởng quản lý nhà nước về công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng.',
        'Thanh tra Bộ tiến hành thanh tra hành chính và thanh tra chuyên ngành về lao động, việc làm, an toàn lao động và bảo trợ xã hội.',
      ],
      en: [
        'The Inspectorate assists the Minister in inspection, receiving citizens, handling complaints and denunciations, and preventing corruption.',
        'It carries out administrative and specialised inspections on labour, employment, occupational safety and social protection.',
      ],
    },
    legalBasis: 'Nghị định 08/2024/NĐ-CP (demo) về tổ chức và hoạt động thanh tra ngành',
    address: MINISTRY_ADDRESS,
    phone: '024 3869 0020',
    email: 'thanhtra@demo.gov.vn',
    leaders: [
      {
        name: 'Vũ Đức Tâm',
        title: { vi: 'Chánh Thanh tra', en: 'Chief Inspector' },
        isHead: true,
        born: 1971,
        hometown: 'Hưng Yên',
        degree: { vi: 'Thạc sĩ Luật kinh tế', en: 'LLM in Economic Law' },
        previous: { vi: 'Phó Chánh Thanh tra Bộ', en: 'Deputy Chief Inspector' },
      },
      {
        name: 'Bùi Thị Lan',
        title: { vi: 'Phó Chánh Thanh tra', en: 'Deputy Chief Inspector' },
        isHead: false,
        born: 1979,
        hometown: 'Ninh Bình',
        degree: { vi: 'Cử nhân Luật', en: 'Bachelor of Laws' },
        previous: { vi: 'Trưởng phòng Thanh tra lao động', en: 'Head of the Labour Inspection Division' },
      },
    ],
  },
  {
    name: { vi: 'Vụ Pháp chế', en: 'Legal Affairs Department' },
    shortName: 'PC',
    kind: 'department',
    parent: 'BLĐXH',
    order: 3,
    functions: {
      vi: [
        'Vụ Pháp chế tham mưu cho Bộ trưởng về xây dựng, thẩm định, rà soát và hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực của Bộ.',
        'Vụ tổ chức lấy ý kiến nhân dân đối với dự thảo văn bản, theo dõi thi hành pháp luật và phổ biến, giáo dục pháp luật về lao động và xã hội.',
      ],
      en: [
        'The Legal Affairs Department advises the Minister on drafting, reviewing and codifying legal documents in the Ministry’s fields.',
        'It organises public consultation on draft regulations, monitors law enforcement and leads legal education on labour and social affairs.',
      ],
    },
    legalBasis: 'Nghị định 55/2011/NĐ-CP (demo) về tổ chức pháp chế',
    address: MINISTRY_ADDRESS,
    phone: '024 3869 0030',
    email: 'phapche@demo.gov.vn',
    leaders: [
      {
        name: 'Đinh Công Hiếu',
        title: director,
        isHead: true,
        born: 1975,
        hometown: 'Thanh Hóa',
        degree: { vi: 'Tiến sĩ Luật hành chính', en: 'PhD in Administrative Law' },
        previous: { vi: 'Phó Vụ trưởng Vụ Pháp chế', en: 'Deputy Director of the Legal Affairs Department' },
      },
      {
        name: 'Ngô Thị Hạnh',
        title: deputyDirector,
        isHead: false,
        born: 1983,
        hometown: 'Bắc Ninh',
        degree: { vi: 'Thạc sĩ Luật', en: 'Master of Laws' },
        previous: { vi: 'Trưởng phòng Thẩm định văn bản', en: 'Head of the Legal Review Division' },
      },
    ],
  },
  {
    name: { vi: 'Vụ Tổ chức cán bộ', en: 'Department of Personnel and Organisation' },
    shortName: 'TCCB',
    kind: 'department',
    parent: 'BLĐXH',
    order: 4,
    functions: {
      vi: [
        'Vụ Tổ chức cán bộ tham mưu về tổ chức bộ máy, biên chế, quản lý cán bộ, công chức, viên chức và người lao động của Bộ.',
        'Vụ thực hiện công tác đào tạo, bồi dưỡng, thi đua, khen thưởng và bảo vệ chính trị nội bộ.',
      ],
      en: [
        'The Department advises on organisational structure, staffing and the management of the Ministry’s civil servants and employees.',
        'It is responsible for training, emulation and awards, and internal political protection.',
      ],
    },
    legalBasis: 'Quyết định 1121/QĐ-BLĐXH (demo) ngày 15/7/2025',
    address: MINISTRY_ADDRESS,
    phone: '024 3869 0040',
    email: 'tccb@demo.gov.vn',
    leaders: [
      {
        name: 'Lương Thị Ngọc Bích',
        title: director,
        isHead: true,
        born: 1973,
        hometown: 'Phú Thọ',
        degree: { vi: 'Thạc sĩ Quản trị nhân lực', en: 'MSc in Human Resource Management' },
        previous: { vi: 'Phó Vụ trưởng Vụ Tổ chức cán bộ', en: 'Deputy Director of the Personnel Department' },
      },
      {
        name: 'Tạ Quang Vinh',
        title: deputyDirector,
        isHead: false,
        born: 1980,
        hometown: 'Vĩnh Phúc',
        degree: { vi: 'Thạc sĩ Hành chính công', en: 'Master of Public Administration' },
        previous: { vi: 'Trưởng phòng Quản lý công chức', en: 'Head of the Civil Service Division' },
      },
    ],
  },
  {
    name: { vi: 'Vụ Kế hoạch – Tài chính', en: 'Department of Planning and Finance' },
    shortName: 'KHTC',
    kind: 'department',
    parent: 'BLĐXH',
    order: 5,
    functions: {
      vi: [
        'Vụ Kế hoạch – Tài chính tham mưu về chiến lược, kế hoạch phát triển ngành, dự toán ngân sách và đầu tư công.',
        'Vụ quản lý tài chính, tài sản công của các đơn vị trực thuộc Bộ và tổng hợp số liệu thống kê của ngành.',
      ],
      en: [
        'The Department advises on sector strategy and plans, budget estimates and public investment.',
        'It manages the finances and public assets of the Ministry’s units and compiles sector statistics.',
      ],
    },
    legalBasis: 'Quyết định 1122/QĐ-BLĐXH (demo) ngày 15/7/2025',
    address: MINISTRY_ADDRESS,
    phone: '024 3869 0050',
    email: 'khtc@demo.gov.vn',
    leaders: [
      {
        name: 'Châu Minh Đức',
        title: director,
        isHead: true,
        born: 1969,
        hometown: 'Quảng Nam',
        degree: { vi: 'Tiến sĩ Tài chính công', en: 'PhD in Public Finance' },
        previous: { vi: 'Phó Vụ trưởng Vụ Kế hoạch – Tài chính', en: 'Deputy Director of Planning and Finance' },
      },
    ],
  },
  {
    name: { vi: 'Cục Việc làm', en: 'Department of Employment' },
    shortName: 'CVL',
    kind: 'general-department',
    parent: 'BLĐXH',
    order: 6,
    functions: {
      vi: [
        'Cục Việc làm giúp Bộ trưởng quản lý nhà nước về việc làm, thị trường lao động, bảo hiểm thất nghiệp và người lao động Việt Nam đi làm việc ở nước ngoài.',
        'Cục hướng dẫn hoạt động của hệ thống trung tâm dịch vụ việc làm, xây dựng cơ sở dữ liệu thị trường lao động và theo dõi chính sách hỗ trợ người lao động mất việc.',
        'Cục cấp, gia hạn giấy phép lao động cho người nước ngoài theo thẩm quyền.',
      ],
      en: [
        'The Department of Employment assists the Minister in managing employment, the labour market, unemployment insurance and Vietnamese workers abroad.',
        'It guides the network of employment service centres, builds the labour market database and monitors support for workers who lose their jobs.',
        'It issues and renews work permits for foreign workers within its competence.',
      ],
    },
    legalBasis: 'Quyết định 1130/QĐ-BLĐXH (demo) quy định chức năng, nhiệm vụ của Cục Việc làm',
    address: 'Số 3 phố Lý Thường Kiệt Xanh, quận Hoàn Kiếm, Hà Nội',
    phone: '024 3869 0060',
    email: 'vieclam@demo.gov.vn',
    website: 'https://vieclam.demo.gov.vn',
    leaders: [
      {
        name: 'Trịnh Văn Hùng',
        title: head,
        isHead: true,
        born: 1972,
        hometown: 'Hà Tĩnh',
        degree: { vi: 'Tiến sĩ Kinh tế', en: 'PhD in Economics' },
        previous: { vi: 'Giám đốc Trung tâm Quốc gia về Dịch vụ việc làm', en: 'Director of the National Employment Service Centre' },
      },
      {
        name: 'Mai Thị Phương',
        title: deputyHead,
        isHead: false,
        born: 1978,
        hometown: 'Quảng Ninh',
        degree: { vi: 'Thạc sĩ Kinh tế phát triển', en: 'MA in Development Economics' },
        previous: { vi: 'Trưởng phòng Bảo hiểm thất nghiệp', en: 'Head of the Unemployment Insurance Division' },
      },
      {
        name: 'Kiều Anh Tuấn',
        title: deputyHead,
        isHead: false,
        born: 1982,
        hometown: 'Hà Nội',
        degree: { vi: 'Thạc sĩ Quan hệ lao động', en: 'MA in Labour Relations' },
        previous: { vi: 'Trưởng phòng Lao động ngoài nước', en: 'Head of the Overseas Employment Division' },
      },
    ],
  },
  {
    name: { vi: 'Trung tâm Quốc gia về Dịch vụ việc làm', en: 'National Employment Service Centre' },
    shortName: 'TTQGVL',
    kind: 'center',
    parent: 'CVL',
    order: 7,
    functions: {
      vi: [
        'Trung tâm là đơn vị sự nghiệp trực thuộc Cục Việc làm, kết nối cung – cầu lao động trên phạm vi cả nước.',
        'Trung tâm vận hành sàn giao dịch việc làm trực tuyến, tư vấn nghề nghiệp và hướng dẫn thủ tục hưởng bảo hiểm thất nghiệp cho người lao động.',
      ],
      en: [
        'The Centre is a public service unit under the Department of Employment that matches labour supply and demand nationwide.',
        'It runs the online job exchange, provides career counselling and guides workers through unemployment insurance claims.',
      ],
    },
    legalBasis: 'Quyết định 245/QĐ-CVL (demo) ngày 02/8/2025',
    address: 'Số 3 phố Lý Thường Kiệt Xanh, quận Hoàn Kiếm, Hà Nội',
    phone: '024 3869 0070',
    email: 'dichvuvieclam@demo.gov.vn',
    website: 'https://sangiaodich.demo.gov.vn',
    leaders: [
      {
        name: 'Phan Thị Thanh Tâm',
        title: { vi: 'Giám đốc', en: 'Director' },
        isHead: true,
        born: 1980,
        hometown: 'Đà Nẵng',
        degree: { vi: 'Thạc sĩ Quản trị kinh doanh', en: 'MBA' },
        previous: { vi: 'Phó Giám đốc Trung tâm', en: 'Deputy Director of the Centre' },
      },
    ],
  },
  {
    name: { vi: 'Cục An toàn lao động', en: 'Department of Occupational Safety' },
    shortName: 'CATLĐ',
    kind: 'general-department',
    parent: 'BLĐXH',
    order: 8,
    functions: {
      vi: [
        'Cục An toàn lao động giúp Bộ trưởng quản lý nhà nước về an toàn, vệ sinh lao động và điều kiện lao động.',
        'Cục quản lý hoạt động kiểm định kỹ thuật an toàn, huấn luyện an toàn, vệ sinh lao động và tổng hợp tình hình tai nạn lao động, bệnh nghề nghiệp trên cả nước.',
      ],
      en: [
        'The Department of Occupational Safety assists the Minister in managing occupational safety, health and working conditions.',
        'It oversees safety inspections of equipment, safety training and national statistics on occupational accidents and diseases.',
      ],
    },
    legalBasis: 'Quyết định 1131/QĐ-BLĐXH (demo) quy định chức năng, nhiệm vụ của Cục An toàn lao động',
    address: MINISTRY_ADDRESS,
    phone: '024 3869 0080',
    email: 'antoanlaodong@demo.gov.vn',
    leaders: [
      {
        name: 'Dương Quang Huy',
        title: head,
        isHead: true,
        born: 1970,
        hometown: 'Bắc Giang',
        degree: { vi: 'Tiến sĩ Kỹ thuật bảo hộ lao động', en: 'PhD in Occupational Safety Engineering' },
        previous: { vi: 'Phó Cục trưởng Cục An toàn lao động', en: 'Deputy Director General of Occupational Safety' },
      },
      {
        name: 'Lý Thị Hồng Nhung',
        title: deputyHead,
        isHead: false,
        born: 1984,
        hometown: 'Lạng Sơn',
        degree: { vi: 'Thạc sĩ Y tế công cộng', en: 'Master of Public Health' },
        previous: { vi: 'Trưởng phòng Chính sách an toàn lao động', en: 'Head of the Safety Policy Division' },
      },
    ],
  },
  {
    name: { vi: 'Cục Bảo trợ xã hội', en: 'Social Protection Department' },
    shortName: 'CBTXH',
    kind: 'general-department',
    parent: 'BLĐXH',
    order: 9,
    functions: {
      vi: [
        'Cục Bảo trợ xã hội giúp Bộ trưởng quản lý nhà nước về trợ giúp xã hội, giảm nghèo, chăm sóc người cao tuổi, người khuyết tật và phát triển nghề công tác xã hội.',
        'Cục hướng dẫn việc chi trả trợ cấp xã hội hằng tháng, hỗ trợ khẩn cấp khi thiên tai và quản lý mạng lưới cơ sở trợ giúp xã hội.',
      ],
      en: [
        'The Social Protection Department assists the Minister in social assistance, poverty reduction, care for older people and people with disabilities, and the development of social work.',
        'It guides the payment of monthly social allowances, emergency relief after natural disasters and the network of social assistance facilities.',
      ],
    },
    legalBasis: 'Quyết định 1132/QĐ-BLĐXH (demo) quy định chức năng, nhiệm vụ của Cục Bảo trợ xã hội',
    address: 'Số 35 phố Trần Phú Xanh, quận Ba Đình, Hà Nội',
    phone: '024 3869 0090',
    email: 'baotroxahoi@demo.gov.vn',
    leaders: [
      {
        name: 'Nguyễn Hữu Phước',
        title: head,
        isHead: true,
        born: 1971,
        hometown: 'Quảng Trị',
        degree: { vi: 'Tiến sĩ Xã hội học', en: 'PhD in Sociology' },
        previous: { vi: 'Phó Cục trưởng Cục Bảo trợ xã hội', en: 'Deputy Director General of Social Protection' },
      },
      {
        name: 'Hà Thị Kim Oanh',
        title: deputyHead,
        isHead: false,
        born: 1977,
        hometown: 'Tuyên Quang',
        degree: { vi: 'Thạc sĩ Công tác xã hội', en: 'MA in Social Work' },
        previous: { vi: 'Trưởng phòng Trợ giúp xã hội', en: 'Head of the Social Assistance Division' },
      },
    ],
  },
  {
    name: { vi: 'Cục Trẻ em', en: 'Department of Children' },
    shortName: 'CTE',
    kind: 'general-department',
    parent: 'BLĐXH',
    order: 10,
    functions: {
      vi: [
        'Cục Trẻ em giúp Bộ trưởng quản lý nhà nước về quyền trẻ em, bảo vệ, chăm sóc và giáo dục trẻ em.',
        'Cục vận hành Tổng đài điện thoại quốc gia bảo vệ trẻ em, hướng dẫn phòng, chống xâm hại trẻ em và tổ chức Tháng hành động vì trẻ em hằng năm.',
      ],
      en: [
        'The Department of Children assists the Minister in children’s rights, protection, care and education.',
        'It runs the national child protection hotline, guides the prevention of child abuse and organises the annual Action Month for Children.',
      ],
    },
    legalBasis: 'Quyết định 1133/QĐ-BLĐXH (demo) quy định chức năng, nhiệm vụ của Cục Trẻ em',
    address: 'Số 35 phố Trần Phú Xanh, quận Ba Đình, Hà Nội',
    phone: '024 3869 0100',
    email: 'treem@demo.gov.vn',
    leaders: [
      {
        name: 'Trương Thị Diệu Linh',
        title: head,
        isHead: true,
        born: 1975,
        hometown: 'Cần Thơ',
        degree: { vi: 'Thạc sĩ Tâm lý học', en: 'MSc in Psychology' },
        previous: { vi: 'Phó Cục trưởng Cục Trẻ em', en: 'Deputy Director General of the Department of Children' },
      },
      {
        name: 'Võ Minh Nhật',
        title: deputyHead,
        isHead: false,
        born: 1985,
        hometown: 'Bình Định',
        degree: { vi: 'Thạc sĩ Chính sách công', en: 'Master of Public Policy' },
        previous: { vi: 'Trưởng phòng Bảo vệ trẻ em', en: 'Head of the Child Protection Division' },
      },
    ],
  },
  {
    name: { vi: 'Viện Khoa học Lao động và Xã hội', en: 'Institute of Labour Science and Social Affairs' },
    shortName: 'VKHLĐXH',
    kind: 'institute',
    parent: 'BLĐXH',
    order: 11,
    functions: {
      vi: [
        'Viện là đơn vị nghiên cứu khoa học của Bộ về lao động, việc làm, tiền lương, an sinh xã hội và các vấn đề xã hội.',
        'Viện cung cấp luận cứ khoa học cho việc xây dựng chính sách, dự báo thị trường lao động và đào tạo sau đại học trong lĩnh vực được giao.',
      ],
      en: [
        'The Institute is the Ministry’s research body on labour, employment, wages, social security and social issues.',
        'It provides evidence for policy-making, forecasts the labour market and offers postgraduate training in its fields.',
      ],
    },
    legalBasis: 'Quyết định 1134/QĐ-BLĐXH (demo) quy định chức năng, nhiệm vụ của Viện',
    address: 'Số 2 phố Đinh Lễ Xanh, quận Hoàn Kiếm, Hà Nội',
    phone: '024 3869 0110',
    email: 'vienkhoahoc@demo.gov.vn',
    website: 'https://vienkhoahoc.demo.gov.vn',
    leaders: [
      {
        name: 'Cao Thị Thu Trang',
        title: { vi: 'Viện trưởng', en: 'Director' },
        isHead: true,
        born: 1974,
        hometown: 'Hải Phòng',
        degree: { vi: 'Phó Giáo sư, Tiến sĩ Kinh tế', en: 'Associate Professor, PhD in Economics' },
        previous: { vi: 'Phó Viện trưởng phụ trách nghiên cứu', en: 'Deputy Director for Research' },
      },
      {
        name: 'Lâm Hoàng Nam',
        title: { vi: 'Phó Viện trưởng', en: 'Deputy Director' },
        isHead: false,
        born: 1983,
        hometown: 'Sóc Trăng',
        degree: { vi: 'Tiến sĩ Thống kê', en: 'PhD in Statistics' },
        previous: { vi: 'Trưởng ban Dự báo thị trường lao động', en: 'Head of Labour Market Forecasting' },
      },
    ],
  },
  {
    name: { vi: 'Trung tâm Thông tin', en: 'Information Centre' },
    shortName: 'TTTT',
    kind: 'center',
    parent: 'BLĐXH',
    order: 12,
    functions: {
      vi: [
        'Trung tâm Thông tin là đơn vị sự nghiệp giúp Bộ trưởng thực hiện công tác chuyển đổi số, thống kê và thông tin truyền thông của ngành.',
        'Trung tâm vận hành kỹ thuật Cổng thông tin điện tử, Cổng dịch vụ công và các cơ sở dữ liệu chuyên ngành của Bộ.',
      ],
      en: [
        'The Information Centre carries out the Ministry’s digital transformation, statistics and communication work.',
        'It operates the e-Portal, the online public services portal and the Ministry’s specialised databases.',
      ],
    },
    legalBasis: 'Quyết định 1135/QĐ-BLĐXH (demo) quy định chức năng, nhiệm vụ của Trung tâm Thông tin',
    address: MINISTRY_ADDRESS,
    phone: '024 3869 0120',
    email: 'thongtin@demo.gov.vn',
    leaders: [
      {
        name: 'Đặng Quốc Toàn',
        title: { vi: 'Giám đốc', en: 'Director' },
        isHead: true,
        born: 1979,
        hometown: 'Hà Nội',
        degree: { vi: 'Thạc sĩ Khoa học máy tính', en: 'MSc in Computer Science' },
        previous: { vi: 'Phó Giám đốc Trung tâm Thông tin', en: 'Deputy Director of the Information Centre' },
      },
      {
        name: 'Tô Thị Yến',
        title: { vi: 'Phó Giám đốc', en: 'Deputy Director' },
        isHead: false,
        born: 1986,
        hometown: 'Nam Định',
        degree: { vi: 'Thạc sĩ Báo chí', en: 'MA in Journalism' },
        previous: { vi: 'Trưởng phòng Biên tập Cổng thông tin', en: 'Head of e-Portal Editing' },
      },
    ],
  },
  {
    name: { vi: 'Trường Đại học Lao động và Xã hội (demo)', en: 'University of Labour and Social Affairs (demo)' },
    shortName: 'ĐHLĐXH',
    kind: 'school',
    parent: 'BLĐXH',
    order: 13,
    functions: {
      vi: [
        'Trường đào tạo trình độ đại học và sau đại học các ngành quản trị nhân lực, bảo hiểm, công tác xã hội, kế toán và luật kinh tế.',
        'Trường nghiên cứu khoa học, bồi dưỡng cán bộ làm công tác lao động – xã hội và hợp tác đào tạo với các cơ sở giáo dục trong và ngoài nước.',
      ],
      en: [
        'The University offers undergraduate and postgraduate programmes in human resource management, insurance, social work, accounting and business law.',
        'It conducts research, trains officials working in labour and social affairs and cooperates with universities at home and abroad.',
      ],
    },
    legalBasis: 'Quyết định 2020/QĐ-TTg (demo) về việc thành lập Trường',
    address: 'Số 43 đường Trần Duy Hưng Xanh, quận Cầu Giấy, Hà Nội',
    phone: '024 3869 0130',
    email: 'daihoc@demo.gov.vn',
    website: 'https://daihoc.demo.edu.vn',
    leaders: [
      {
        name: 'Quách Văn Sơn',
        title: { vi: 'Hiệu trưởng', en: 'Rector' },
        isHead: true,
        born: 1970,
        hometown: 'Hòa Bình',
        degree: { vi: 'Phó Giáo sư, Tiến sĩ Quản trị nhân lực', en: 'Associate Professor, PhD in Human Resource Management' },
        previous: { vi: 'Phó Hiệu trưởng Trường', en: 'Vice-Rector of the University' },
      },
      {
        name: 'Huỳnh Thị Bảo Ngọc',
        title: { vi: 'Phó Hiệu trưởng', en: 'Vice-Rector' },
        isHead: false,
        born: 1981,
        hometown: 'Tiền Giang',
        degree: { vi: 'Tiến sĩ Công tác xã hội', en: 'PhD in Social Work' },
        previous: { vi: 'Trưởng khoa Công tác xã hội', en: 'Dean of the Faculty of Social Work' },
      },
    ],
  },
  {
    name: { vi: 'Báo Lao động và An sinh (demo)', en: 'Labour and Social Security Newspaper (demo)' },
    shortName: 'BLĐAS',
    kind: 'newspaper',
    parent: 'BLĐXH',
    order: 14,
    functions: {
      vi: [
        'Báo là cơ quan ngôn luận của Bộ, thông tin về chủ trương, chính sách và hoạt động của ngành lao động – xã hội.',
        'Báo phản ánh đời sống người lao động, người có công và các đối tượng yếu thế, tiếp nhận ý kiến của bạn đọc về thực thi chính sách.',
      ],
      en: [
        'The newspaper is the Ministry’s mouthpiece, reporting on the policies and activities of the labour and social sector.',
        'It covers the lives of workers, people with meritorious services and vulnerable groups, and collects readers’ views on policy implementation.',
      ],
    },
    legalBasis: 'Giấy phép hoạt động báo chí 88/GP-BTTTT (demo)',
    address: 'Số 51 phố Quang Trung Xanh, quận Hai Bà Trưng, Hà Nội',
    phone: '024 3869 0140',
    email: 'toasoan@demo.gov.vn',
    website: 'https://bao.demo.gov.vn',
    leaders: [
      {
        name: 'Kha Minh Tuệ',
        title: { vi: 'Tổng Biên tập', en: 'Editor-in-Chief' },
        isHead: true,
        born: 1973,
        hometown: 'Long An',
        degree: { vi: 'Thạc sĩ Báo chí', en: 'MA in Journalism' },
        previous: { vi: 'Phó Tổng Biên tập', en: 'Deputy Editor-in-Chief' },
      },
      {
        name: 'Ông Thị Thảo',
        title: { vi: 'Phó Tổng Biên tập', en: 'Deputy Editor-in-Chief' },
        isHead: false,
        born: 1982,
        hometown: 'Thái Nguyên',
        degree: { vi: 'Cử nhân Báo chí', en: 'BA in Journalism' },
        previous: { vi: 'Trưởng ban Thời sự', en: 'Head of the News Desk' },
      },
    ],
  },
]

/** A short biography written from the leader's facts, in the register agencies use. */
export function leaderBio(leader: LeaderSeed, locale: 'vi' | 'en'): string {
  if (locale === 'vi') {
    return `Sinh năm ${leader.born}, quê quán ${leader.hometown}. ${leader.degree.vi}. Trước khi giữ chức vụ hiện nay, từng đảm nhiệm cương vị ${leader.previous.vi}.`
  }
  return `Born in ${leader.born} in ${leader.hometown}. ${leader.degree.en}. Previously served as ${leader.previous.en}.`
}
