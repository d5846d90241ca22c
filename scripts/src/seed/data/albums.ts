/**
 * Đa phương tiện of the demo ministry: photo albums of its usual events, short videos with
 * subtitles and radio-style recordings. Pictures are drawn and media generated at seed time
 * (see ../albums.ts and ../media.ts); the texts here describe what each picture shows, as an
 * editor would write the alt text. People and events are invented.
 */
import type { SectionKey } from './sections'

export interface Bilingual {
  vi: string
  en: string
}

/** What a drawn photo shows (../albums.ts draws one kind of scene per value). */
export type PhotoScene = 'jobFair' | 'graduation' | 'memorial' | 'tetGifts' | 'children' | 'safety'

export interface PhotoSeed {
  caption: Bilingual
  alt: Bilingual
  /** Picks the framing within the scene (crowd size, props, colours), so photos of an album differ. */
  shot: number
}

interface AlbumBase {
  /** The album's natural key: its Vietnamese slug is made from this title. */
  title: Bilingual
  description: Bilingual
  sections: SectionKey[]
  unit: string
  credit: string
  daysAgo: number
  /** Its English is published (through the translation workflow) when true. */
  englishPublished?: true
}

export interface PhotoAlbumSeed extends AlbumBase {
  kind: 'photo'
  scene: PhotoScene
  photos: PhotoSeed[]
}

export interface Cue {
  /** Seconds from the start. */
  start: number
  end: number
  text: Bilingual
}

export interface VideoSeed extends AlbumBase {
  kind: 'video'
  /** Generated clip length in seconds; the cues fit inside it. */
  seconds: number
  /**
   * Used when ffmpeg is missing (the clip cannot be made): a stand-in from an allowed host, one of
   * the Blender Foundation's open films, since the demo ministry has no real channel to link.
   */
  embedUrl: string
  cues: Cue[]
  transcript: Bilingual
}

export interface AudioSeed extends AlbumBase {
  kind: 'audio'
  seconds: number
  /** Tone of the generated placeholder recording (Hz), so the three recordings differ. */
  tone: number
  transcript: Bilingual
}

export type AlbumSeed = PhotoAlbumSeed | VideoSeed | AudioSeed

export const PHOTO_ALBUMS: PhotoAlbumSeed[] = [
  {
    kind: 'photo',
    scene: 'jobFair',
    title: {
      vi: 'Phiên giao dịch việc làm lưu động tại khu công nghiệp Bắc Sông Mây',
      en: 'Mobile job fair at the Bac Song May industrial zone',
    },
    description: {
      vi: 'Hơn 40 doanh nghiệp tuyển dụng trực tiếp 3.200 chỉ tiêu; người lao động vừa mất việc được tư vấn bảo hiểm thất nghiệp và học nghề ngay tại phiên.',
      en: 'More than 40 employers recruited for 3,200 vacancies on the spot; workers who had just lost their jobs were advised on unemployment insurance and training at the fair.',
    },
    sections: ['news', 'jobLoss'],
    unit: 'TTQGVL',
    credit: 'Nguyễn Thu Trang',
    daysAgo: 8,
    englishPublished: true,
    photos: [
      {
        shot: 0,
        caption: { vi: 'Người lao động xếp hàng đăng ký tại cổng phiên giao dịch từ sáng sớm.', en: 'Workers queue to register at the entrance of the job fair early in the morning.' },
        alt: { vi: 'Hàng người lao động đứng trước băng rôn đỏ của phiên giao dịch việc làm', en: 'A queue of workers in front of the job fair’s red banner' },
      },
      {
        shot: 1,
        caption: { vi: 'Gian tuyển dụng của doanh nghiệp dệt may đông người hỏi thông tin.', en: 'A textile company’s stand draws a crowd of job seekers.' },
        alt: { vi: 'Gian hàng tuyển dụng có mái xanh, nhiều người đứng hỏi trước bàn', en: 'A recruitment stand with a blue awning and people asking questions at the desk' },
      },
      {
        shot: 2,
        caption: { vi: 'Cán bộ Trung tâm Dịch vụ việc làm hướng dẫn hồ sơ hưởng bảo hiểm thất nghiệp.', en: 'An employment service officer explains the unemployment insurance application.' },
        alt: { vi: 'Cán bộ ngồi sau bàn tư vấn, hai người lao động ngồi đối diện', en: 'An officer behind an advice desk with two workers sitting opposite' },
      },
      {
        shot: 3,
        caption: { vi: 'Phỏng vấn trực tiếp: nhiều lao động nhận thư mời làm việc ngay trong ngày.', en: 'On-the-spot interviews: many workers received job offers the same day.' },
        alt: { vi: 'Hai người ngồi đối diện phỏng vấn bên chiếc bàn nhỏ', en: 'Two people facing each other at a small table in an interview' },
      },
      {
        shot: 4,
        caption: { vi: 'Bảng tin tuyển dụng với hơn 3.200 chỉ tiêu của 40 doanh nghiệp.', en: 'The vacancy board listing more than 3,200 jobs from 40 employers.' },
        alt: { vi: 'Bảng tin lớn dán kín danh sách việc làm, vài người đứng đọc', en: 'A large notice board covered with job listings, a few people reading it' },
      },
      {
        shot: 5,
        caption: { vi: 'Khu tư vấn học nghề miễn phí cho lao động muốn chuyển nghề.', en: 'The free training advice corner for workers who want to change trade.' },
        alt: { vi: 'Góc tư vấn có tờ rơi học nghề và nhóm người lao động đang nghe giới thiệu', en: 'An advice corner with training leaflets and a group of workers listening' },
      },
      {
        shot: 6,
        caption: { vi: 'Toàn cảnh phiên giao dịch buổi trưa, khi lượng người đến đông nhất.', en: 'The fair at midday, its busiest hour.' },
        alt: { vi: 'Toàn cảnh hội trường với các dãy gian tuyển dụng và đám đông', en: 'A wide view of the hall with rows of stands and a crowd' },
      },
    ],
  },
  {
    kind: 'photo',
    scene: 'graduation',
    title: {
      vi: 'Lễ tốt nghiệp khóa đào tạo nghề cho lao động nông thôn năm 2026',
      en: 'Graduation of the 2026 vocational training course for rural workers',
    },
    description: {
      vi: '186 học viên các nghề hàn, điện dân dụng, may công nghiệp và chăm sóc người cao tuổi nhận chứng chỉ; 80% đã có việc làm trước ngày tốt nghiệp.',
      en: '186 trainees in welding, household electrics, industrial sewing and elderly care received their certificates; 80% had a job before graduation day.',
    },
    sections: ['news', 'policy'],
    unit: 'CVL',
    credit: 'Lê Minh Đức',
    daysAgo: 17,
    englishPublished: true,
    photos: [
      {
        shot: 0,
        caption: { vi: 'Học viên trong trang phục tốt nghiệp chụp ảnh lưu niệm trước hội trường.', en: 'Graduates in gowns pose for a group photo outside the hall.' },
        alt: { vi: 'Hàng học viên đội mũ tốt nghiệp đứng trước hội trường', en: 'A row of graduates in mortarboards standing outside the hall' },
      },
      {
        shot: 1,
        caption: { vi: 'Lãnh đạo Cục Việc làm trao chứng chỉ cho học viên nghề hàn.', en: 'A director of the Department of Employment hands a certificate to a welding graduate.' },
        alt: { vi: 'Người trao và người nhận cầm tấm chứng chỉ trên sân khấu', en: 'A presenter and a graduate holding a certificate on stage' },
      },
      {
        shot: 2,
        caption: { vi: 'Học viên nghề chăm sóc người cao tuổi nhận hoa chúc mừng của gia đình.', en: 'An elderly-care graduate receives flowers from her family.' },
        alt: { vi: 'Học viên cầm bó hoa vàng, bên cạnh là người thân', en: 'A graduate holding a yellow bouquet beside relatives' },
      },
      {
        shot: 3,
        caption: { vi: 'Doanh nghiệp ký hợp đồng lao động với học viên ngay tại buổi lễ.', en: 'Employers sign contracts with graduates at the ceremony.' },
        alt: { vi: 'Hai người ngồi ký giấy tờ bên bàn phủ khăn đỏ', en: 'Two people signing papers at a table with a red cloth' },
      },
      {
        shot: 4,
        caption: { vi: 'Phần trình diễn kỹ năng của học viên nghề điện dân dụng.', en: 'Household electrics graduates demonstrate their skills.' },
        alt: { vi: 'Học viên đứng cạnh bảng điện thực hành có bóng đèn sáng', en: 'A graduate beside a practice electrical board with lit bulbs' },
      },
      {
        shot: 5,
        caption: { vi: 'Khoảnh khắc tung mũ kết thúc buổi lễ.', en: 'Caps thrown in the air at the end of the ceremony.' },
        alt: { vi: 'Nhiều chiếc mũ tốt nghiệp bay lên trên đầu nhóm học viên', en: 'Mortarboards flying above a group of graduates' },
      },
    ],
  },
  {
    kind: 'photo',
    scene: 'memorial',
    title: {
      vi: 'Lãnh đạo Bộ thăm, tặng quà gia đình thương binh, liệt sĩ nhân ngày 27/7',
      en: 'Ministry leaders visit families of war invalids and martyrs on 27 July',
    },
    description: {
      vi: 'Nhân kỷ niệm Ngày Thương binh – Liệt sĩ, đoàn công tác của Bộ thăm hỏi, tặng quà 30 gia đình chính sách và dâng hương tại nghĩa trang liệt sĩ.',
      en: 'For War Invalids and Martyrs Day, a ministry delegation visited 30 families and offered incense at the martyrs’ cemetery.',
    },
    sections: ['news', 'direction'],
    unit: 'BLĐXH',
    credit: 'Phạm Văn Hoàn',
    daysAgo: 118,
    photos: [
      {
        shot: 0,
        caption: { vi: 'Đoàn công tác dâng hương tại Đài tưởng niệm các anh hùng liệt sĩ.', en: 'The delegation offers incense at the memorial to fallen soldiers.' },
        alt: { vi: 'Đoàn người đứng nghiêm trước đài tưởng niệm màu trắng', en: 'A group standing solemnly before a white memorial' },
      },
      {
        shot: 1,
        caption: { vi: 'Thứ trưởng thăm hỏi sức khỏe thương binh hạng 1/4 tại nhà riêng.', en: 'The Deputy Minister asks after a grade 1/4 war invalid at his home.' },
        alt: { vi: 'Hai người ngồi trò chuyện trong gian nhà có bàn thờ', en: 'Two people talking in a room with a family altar' },
      },
      {
        shot: 2,
        caption: { vi: 'Trao quà của Chủ tịch nước cho thân nhân liệt sĩ.', en: 'Presenting the State President’s gift to a martyr’s relative.' },
        alt: { vi: 'Người trao tặng hộp quà đỏ cho cụ bà', en: 'A red gift box handed to an elderly woman' },
      },
      {
        shot: 3,
        caption: { vi: 'Thắp nến tri ân tại nghĩa trang liệt sĩ huyện.', en: 'Candles lit in gratitude at the district martyrs’ cemetery.' },
        alt: { vi: 'Hàng nến sáng trên các phần mộ lúc chiều tối', en: 'Rows of lit candles on graves at dusk' },
      },
      {
        shot: 4,
        caption: { vi: 'Bàn giao nhà tình nghĩa cho gia đình mẹ liệt sĩ.', en: 'Handing over a gratitude house to a martyr’s mother.' },
        alt: { vi: 'Ngôi nhà mới mái đỏ, trước cửa có băng rôn và đoàn người', en: 'A new red-roofed house with a banner and a group in front' },
      },
      {
        shot: 5,
        caption: { vi: 'Cán bộ Bộ và đoàn viên thanh niên dọn vệ sinh phần mộ liệt sĩ.', en: 'Ministry staff and youth volunteers tend the martyrs’ graves.' },
        alt: { vi: 'Nhóm thanh niên áo xanh quét dọn giữa các hàng mộ', en: 'Young volunteers in blue shirts sweeping between rows of graves' },
      },
    ],
  },
  {
    kind: 'photo',
    scene: 'tetGifts',
    title: {
      vi: 'Trao quà Tết cho hộ nghèo và trẻ em có hoàn cảnh khó khăn',
      en: 'Tết gifts for poor households and disadvantaged children',
    },
    description: {
      vi: '1.500 suất quà gồm gạo, nhu yếu phẩm và tiền mặt được trao tận tay hộ nghèo ở ba huyện miền núi trước Tết Nguyên đán.',
      en: '1,500 gift packages of rice, essentials and cash were handed to poor households in three mountain districts before the Lunar New Year.',
    },
    sections: ['local', 'news'],
    unit: 'CBTXH',
    credit: 'Hoàng Thị Mai',
    daysAgo: 300,
    englishPublished: true,
    photos: [
      {
        shot: 0,
        caption: { vi: 'Những suất quà Tết được chuẩn bị sẵn tại nhà văn hóa xã.', en: 'Tết gift packages ready at the commune hall.' },
        alt: { vi: 'Dãy hộp quà màu đỏ xếp trên bàn dài, phía sau có cành đào', en: 'Rows of red gift boxes on a long table with peach blossom behind' },
      },
      {
        shot: 1,
        caption: { vi: 'Người dân nhận gạo và nhu yếu phẩm.', en: 'Residents receive rice and essentials.' },
        alt: { vi: 'Người dân bê bao gạo, cán bộ đứng bên cạnh', en: 'A resident carrying a bag of rice beside an officer' },
      },
      {
        shot: 2,
        caption: { vi: 'Trẻ em nhận lì xì đầu năm.', en: 'Children receive New Year red envelopes.' },
        alt: { vi: 'Nhóm trẻ em cầm phong bao lì xì đỏ', en: 'A group of children holding red envelopes' },
      },
      {
        shot: 3,
        caption: { vi: 'Đoàn công tác đến thăm một gia đình người cao tuổi neo đơn.', en: 'The delegation visits an elderly person living alone.' },
        alt: { vi: 'Căn nhà nhỏ, cụ già ngồi trước cửa nhận quà', en: 'A small house with an elderly man receiving a gift at the door' },
      },
      {
        shot: 4,
        caption: { vi: 'Cây đào và câu đối đỏ trong ngày trao quà.', en: 'Peach blossom and red couplets on the gift day.' },
        alt: { vi: 'Cây đào nở hoa hồng bên hai dải câu đối đỏ', en: 'A blossoming peach tree beside two red scrolls' },
      },
      {
        shot: 5,
        caption: { vi: 'Cán bộ xã đối chiếu danh sách hộ nghèo trước khi phát quà.', en: 'Commune officers check the list of poor households before handing out gifts.' },
        alt: { vi: 'Hai cán bộ xem danh sách trên bàn, hàng người chờ phía sau', en: 'Two officers reading a list at a table with people waiting behind' },
      },
      {
        shot: 6,
        caption: { vi: 'Niềm vui của gia đình nhận quà.', en: 'A family happy with their gift.' },
        alt: { vi: 'Gia đình ba người đứng cạnh hộp quà và túi gạo', en: 'A family of three beside a gift box and a bag of rice' },
      },
    ],
  },
  {
    kind: 'photo',
    scene: 'children',
    title: {
      vi: 'Khai mạc Tháng hành động vì trẻ em: chung tay tạo môi trường an toàn',
      en: 'Action Month for Children opens: together for a safe environment',
    },
    description: {
      vi: 'Hơn 1.000 em nhỏ cùng phụ huynh tham gia ngày hội với các góc trò chơi, tư vấn kỹ năng tự bảo vệ và giới thiệu Tổng đài 111.',
      en: 'More than 1,000 children and parents joined the opening day with games, self-protection advice and an introduction to the 111 hotline.',
    },
    sections: ['news'],
    unit: 'CTE',
    credit: 'Đỗ Thanh Hà',
    daysAgo: 11,
    photos: [
      {
        shot: 0,
        caption: { vi: 'Các em nhỏ thả bóng bay khai mạc Tháng hành động.', en: 'Children release balloons to open the Action Month.' },
        alt: { vi: 'Trẻ em giơ tay dưới chùm bóng bay nhiều màu', en: 'Children raising their hands under colourful balloons' },
      },
      {
        shot: 1,
        caption: { vi: 'Góc vẽ tranh “Ngôi nhà an toàn của em”.', en: 'The “My safe home” drawing corner.' },
        alt: { vi: 'Trẻ em ngồi quanh bàn vẽ tranh ngôi nhà', en: 'Children around a table drawing houses' },
      },
      {
        shot: 2,
        caption: { vi: 'Tư vấn viên Tổng đài 111 hướng dẫn các em cách gọi khi cần giúp đỡ.', en: 'A 111 hotline adviser shows children how to call for help.' },
        alt: { vi: 'Tư vấn viên cầm tấm bảng số 111 trước nhóm trẻ', en: 'An adviser holding a 111 sign in front of children' },
      },
      {
        shot: 3,
        caption: { vi: 'Trò chơi kéo co của học sinh tiểu học.', en: 'Primary pupils play tug of war.' },
        alt: { vi: 'Hai đội trẻ em kéo sợi dây thừng', en: 'Two teams of children pulling a rope' },
      },
      {
        shot: 4,
        caption: { vi: 'Trao học bổng cho trẻ em có hoàn cảnh đặc biệt.', en: 'Scholarships for children in special circumstances.' },
        alt: { vi: 'Các em đứng hàng ngang cầm phong bì học bổng', en: 'Children standing in a row holding scholarship envelopes' },
      },
      {
        shot: 5,
        caption: { vi: 'Tiết mục múa của các em nhỏ trên sân khấu.', en: 'A children’s dance on stage.' },
        alt: { vi: 'Nhóm trẻ em múa trên sân khấu có phông xanh', en: 'Children dancing on a stage with a blue backdrop' },
      },
    ],
  },
  {
    kind: 'photo',
    scene: 'safety',
    title: {
      vi: 'Tuần lễ quốc gia an toàn, vệ sinh lao động tại các công trường xây dựng',
      en: 'National occupational safety and health week on construction sites',
    },
    description: {
      vi: 'Thanh tra viên và kỹ sư an toàn kiểm tra giàn giáo, thiết bị nâng và hướng dẫn công nhân sử dụng dây an toàn, mũ bảo hộ.',
      en: 'Inspectors and safety engineers checked scaffolding and lifting equipment and showed workers how to wear harnesses and helmets.',
    },
    sections: ['safetyMonth', 'local'],
    unit: 'CATLĐ',
    credit: 'Vũ Quang Huy',
    daysAgo: 40,
    photos: [
      {
        shot: 0,
        caption: { vi: 'Lễ ra quân Tuần lễ an toàn tại công trường.', en: 'The safety week launch on a building site.' },
        alt: { vi: 'Công nhân đội mũ bảo hộ vàng xếp hàng trước cần cẩu', en: 'Workers in yellow helmets lined up in front of a crane' },
      },
      {
        shot: 1,
        caption: { vi: 'Kiểm tra giàn giáo trước giờ làm việc.', en: 'Checking scaffolding before the shift.' },
        alt: { vi: 'Kỹ sư cầm bảng kiểm tra đứng cạnh giàn giáo', en: 'An engineer with a checklist beside scaffolding' },
      },
      {
        shot: 2,
        caption: { vi: 'Hướng dẫn đeo dây an toàn khi làm việc trên cao.', en: 'How to wear a safety harness when working at height.' },
        alt: { vi: 'Người hướng dẫn chỉ vào dây an toàn trên người công nhân', en: 'An instructor pointing at the harness a worker is wearing' },
      },
      {
        shot: 3,
        caption: { vi: 'Kiểm định thiết bị nâng trước khi đưa vào sử dụng.', en: 'Inspecting lifting equipment before use.' },
        alt: { vi: 'Cần cẩu tháp và hai người đứng dưới kiểm tra', en: 'A tower crane with two inspectors standing below' },
      },
      {
        shot: 4,
        caption: { vi: 'Diễn tập sơ cứu người bị nạn khi ngã cao.', en: 'First-aid drill for a fall from height.' },
        alt: { vi: 'Nhóm công nhân khiêng cáng trong buổi diễn tập', en: 'Workers carrying a stretcher during a drill' },
      },
      {
        shot: 5,
        caption: { vi: 'Phát mũ bảo hộ và găng tay cho công nhân.', en: 'Handing out helmets and gloves to workers.' },
        alt: { vi: 'Chồng mũ bảo hộ vàng trên bàn, công nhân nhận đồ', en: 'A stack of yellow helmets on a table as workers collect them' },
      },
      {
        shot: 6,
        caption: { vi: 'Biển cảnh báo mới lắp tại lối vào công trường.', en: 'New warning signs at the site entrance.' },
        alt: { vi: 'Biển cảnh báo tam giác vàng và biển bắt buộc đội mũ', en: 'A yellow warning triangle and a helmet-required sign' },
      },
      {
        shot: 7,
        caption: { vi: 'Thanh tra viên trao đổi với chỉ huy trưởng công trình.', en: 'An inspector talks with the site manager.' },
        alt: { vi: 'Hai người đội mũ bảo hộ trao đổi trước tòa nhà đang xây', en: 'Two people in helmets talking in front of a building under construction' },
      },
    ],
  },
]

/** Every cue of a clip: consecutive, gapless, inside the clip; `seconds` is checked against the last. */
const cues = (lines: [string, string][], each: number): Cue[] =>
  lines.map(([vi, en], i) => ({ start: i * each, end: (i + 1) * each, text: { vi, en } }))

export const VIDEOS: VideoSeed[] = [
  {
    kind: 'video',
    title: {
      vi: 'Hướng dẫn đăng ký hưởng bảo hiểm thất nghiệp trực tuyến',
      en: 'How to apply for unemployment insurance benefits online',
    },
    description: {
      vi: 'Bốn bước nộp hồ sơ hưởng bảo hiểm thất nghiệp trên Cổng Dịch vụ công, không phải đến trung tâm.',
      en: 'Four steps to apply for unemployment insurance benefits on the public services portal, without visiting a centre.',
    },
    sections: ['procedures', 'jobLoss'],
    unit: 'TTQGVL',
    credit: 'Trung tâm Quốc gia về Dịch vụ việc làm',
    daysAgo: 3,
    englishPublished: true,
    seconds: 16,
    embedUrl: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
    cues: cues(
      [
        ['Bước 1: đăng nhập Cổng Dịch vụ công bằng tài khoản định danh điện tử.', 'Step 1: sign in to the public services portal with your electronic ID.'],
        ['Bước 2: chọn thủ tục “Giải quyết hưởng trợ cấp thất nghiệp”.', 'Step 2: choose the “Unemployment benefit” procedure.'],
        ['Bước 3: tải lên quyết định thôi việc và sổ bảo hiểm xã hội.', 'Step 3: upload your termination decision and social insurance record.'],
        ['Bước 4: nhận giấy hẹn trả kết quả qua thư điện tử.', 'Step 4: receive your appointment for the result by e-mail.'],
      ],
      4,
    ),
    transcript: {
      vi: 'Người lao động có thể nộp hồ sơ hưởng bảo hiểm thất nghiệp trực tuyến trong bốn bước.\nĐăng nhập Cổng Dịch vụ công bằng tài khoản định danh điện tử, chọn thủ tục giải quyết hưởng trợ cấp thất nghiệp, tải lên quyết định thôi việc và sổ bảo hiểm xã hội, rồi nhận giấy hẹn trả kết quả qua thư điện tử.',
      en: 'Workers can apply for unemployment insurance benefits online in four steps.\nSign in to the public services portal with your electronic ID, choose the unemployment benefit procedure, upload your termination decision and social insurance record, and receive your appointment by e-mail.',
    },
  },
  {
    kind: 'video',
    title: {
      vi: 'An toàn khi làm việc trên cao: ba điều công nhân cần nhớ',
      en: 'Working at height safely: three things every worker must remember',
    },
    description: {
      vi: 'Video ngắn của Cục An toàn lao động nhân Tháng hành động về an toàn, vệ sinh lao động.',
      en: 'A short video by the Department of Work Safety for the Occupational Safety and Health Action Month.',
    },
    sections: ['safetyMonth'],
    unit: 'CATLĐ',
    credit: 'Cục An toàn lao động',
    daysAgo: 38,
    seconds: 15,
    embedUrl: 'https://www.youtube.com/watch?v=eRsGyueVLvQ',
    cues: cues(
      [
        ['Luôn kiểm tra giàn giáo và lan can trước khi leo lên.', 'Always check scaffolding and guardrails before you climb.'],
        ['Đeo dây an toàn toàn thân và móc vào điểm neo chắc chắn.', 'Wear a full-body harness clipped to a secure anchor.'],
        ['Dừng việc khi trời mưa to hoặc gió mạnh.', 'Stop work in heavy rain or strong wind.'],
      ],
      5,
    ),
    transcript: {
      vi: 'Ba điều công nhân cần nhớ khi làm việc trên cao: kiểm tra giàn giáo và lan can trước khi leo; đeo dây an toàn toàn thân và móc vào điểm neo chắc chắn; dừng việc khi trời mưa to hoặc gió mạnh.',
      en: 'Three things to remember when working at height: check scaffolding and guardrails before you climb; wear a full-body harness clipped to a secure anchor; stop work in heavy rain or strong wind.',
    },
  },
  {
    kind: 'video',
    title: {
      vi: 'Tổng đài 111: gọi miễn phí khi trẻ em cần được bảo vệ',
      en: '111 hotline: call free of charge when a child needs protection',
    },
    description: {
      vi: 'Giới thiệu Tổng đài quốc gia bảo vệ trẻ em 111 nhân Tháng hành động vì trẻ em.',
      en: 'An introduction to the 111 national child protection hotline for the Action Month for Children.',
    },
    sections: ['news'],
    unit: 'CTE',
    credit: 'Cục Trẻ em',
    daysAgo: 12,
    englishPublished: true,
    seconds: 12,
    embedUrl: 'https://www.youtube.com/watch?v=R6MlUcmOul8',
    cues: cues(
      [
        ['Tổng đài 111 hoạt động 24 giờ mỗi ngày, kể cả ngày lễ.', 'The 111 hotline is open 24 hours a day, holidays included.'],
        ['Cuộc gọi miễn phí và thông tin người gọi được giữ bí mật.', 'Calls are free and callers’ details are kept confidential.'],
        ['Hãy gọi 111 khi thấy trẻ em bị xâm hại hoặc gặp nguy hiểm.', 'Call 111 if you see a child abused or in danger.'],
      ],
      4,
    ),
    transcript: {
      vi: 'Tổng đài quốc gia bảo vệ trẻ em 111 hoạt động 24 giờ mỗi ngày, kể cả ngày lễ. Cuộc gọi miễn phí và thông tin người gọi được giữ bí mật. Hãy gọi 111 khi thấy trẻ em bị xâm hại hoặc gặp nguy hiểm.',
      en: 'The 111 national child protection hotline is open 24 hours a day, holidays included. Calls are free and callers’ details are kept confidential. Call 111 if you see a child abused or in danger.',
    },
  },
  {
    kind: 'video',
    title: {
      vi: 'Phóng sự: từ lớp học nghề đến việc làm ổn định',
      en: 'Report: from a training class to a steady job',
    },
    description: {
      vi: 'Câu chuyện của những lao động mất việc được hỗ trợ học nghề miễn phí và trở lại nhà máy.',
      en: 'Workers who lost their jobs, trained free of charge, and went back to the factory.',
    },
    sections: ['jobLoss', 'news'],
    unit: 'CVL',
    credit: 'Cục Việc làm',
    daysAgo: 21,
    seconds: 18,
    embedUrl: 'https://youtu.be/TLkA0RELQ1g',
    cues: cues(
      [
        ['Mất việc sau 12 năm làm công nhân may, chị Lan đăng ký học nghề điện tử.', 'After 12 years as a garment worker, Ms Lan lost her job and enrolled in electronics training.'],
        ['Khóa học sáu tháng được bảo hiểm thất nghiệp chi trả toàn bộ.', 'The six-month course was paid in full by unemployment insurance.'],
        ['Chị được nhận vào làm ngay khi tốt nghiệp.', 'She was hired as soon as she graduated.'],
      ],
      6,
    ),
    transcript: {
      vi: 'Mất việc sau 12 năm làm công nhân may, chị Lan đăng ký học nghề điện tử tại trung tâm dịch vụ việc làm. Khóa học sáu tháng được bảo hiểm thất nghiệp chi trả toàn bộ, và chị được một doanh nghiệp điện tử nhận vào làm ngay khi tốt nghiệp.',
      en: 'After 12 years as a garment worker, Ms Lan lost her job and enrolled in electronics training at the employment service centre. The six-month course was paid in full by unemployment insurance, and an electronics company hired her as soon as she graduated.',
    },
  },
]

export const AUDIO: AudioSeed[] = [
  {
    kind: 'audio',
    title: {
      vi: 'Bản tin Lao động và An sinh xã hội tuần này',
      en: 'This week in labour and social security',
    },
    description: {
      vi: 'Bản tin phát thanh hằng tuần: thị trường lao động, chi trả trợ cấp và các văn bản mới.',
      en: 'The weekly radio bulletin: the labour market, benefit payments and new regulations.',
    },
    sections: ['news'],
    unit: 'BLĐAS',
    credit: 'Báo Lao động và An sinh',
    daysAgo: 2,
    englishPublished: true,
    seconds: 14,
    tone: 440,
    transcript: {
      vi: 'Kính chào quý thính giả. Trong tuần, cả nước có thêm 12.000 người nộp hồ sơ hưởng bảo hiểm thất nghiệp; 95% đối tượng bảo trợ xã hội đã nhận trợ cấp qua tài khoản; Bộ lấy ý kiến dự thảo Thông tư về hợp đồng lao động điện tử.',
      en: 'Good morning. This week 12,000 more people applied for unemployment insurance benefits; 95% of social assistance beneficiaries received their allowance by bank transfer; and the ministry opened consultation on a draft circular on electronic employment contracts.',
    },
  },
  {
    kind: 'audio',
    title: {
      vi: 'Giải đáp chính sách: trợ cấp xã hội hằng tháng cho người khuyết tật',
      en: 'Policy questions answered: monthly allowance for people with disabilities',
    },
    description: {
      vi: 'Chuyên viên Cục Bảo trợ xã hội trả lời câu hỏi của thính giả về mức hưởng và hồ sơ.',
      en: 'A Department of Social Protection specialist answers listeners’ questions on rates and applications.',
    },
    sections: ['responses', 'policy'],
    unit: 'CBTXH',
    credit: 'Cục Bảo trợ xã hội',
    daysAgo: 59,
    seconds: 12,
    tone: 330,
    transcript: {
      vi: 'Hỏi: Con tôi khuyết tật nặng thì được hưởng trợ cấp bao nhiêu? Đáp: Mức trợ cấp bằng mức chuẩn trợ giúp xã hội nhân với hệ số 2,0; hồ sơ nộp tại Ủy ban nhân dân cấp xã nơi cư trú.',
      en: 'Q: How much allowance does my child with a severe disability receive? A: The base social assistance rate multiplied by 2.0; apply at the commune People’s Committee where you live.',
    },
  },
  {
    kind: 'audio',
    title: {
      vi: 'Chuyện nghề: một ngày của tư vấn viên Tổng đài 111',
      en: 'On the job: a day with a 111 hotline adviser',
    },
    description: {
      vi: 'Tư vấn viên kể về những cuộc gọi giúp trẻ em thoát khỏi nguy hiểm.',
      en: 'An adviser talks about calls that helped children out of danger.',
    },
    sections: ['news'],
    unit: 'CTE',
    credit: 'Cục Trẻ em',
    daysAgo: 24,
    seconds: 10,
    tone: 523,
    transcript: {
      vi: 'Mỗi ca trực, tư vấn viên nhận 40 đến 60 cuộc gọi. Có cuộc gọi chỉ là lời tâm sự của một em học sinh, có cuộc gọi cần phối hợp ngay với công an xã để đưa trẻ đến nơi an toàn.',
      en: 'On each shift, an adviser takes 40 to 60 calls. Some are a pupil who needs to talk; others need the commune police straight away to take a child somewhere safe.',
    },
  },
]

export const DEMO_ALBUMS: readonly AlbumSeed[] = [...PHOTO_ALBUMS, ...VIDEOS, ...AUDIO]

/**
 * The demo article whose body shows a photo album and a video (Lexical relationship nodes), by
 * its Vietnamese title, with the albums (by Vietnamese title) placed after its first paragraph.
 */
export const EMBEDDING_ARTICLE = {
  articleTitle: 'Phiên giao dịch việc làm lưu động tại khu công nghiệp thu hút hơn 3.000 người lao động',
  albums: [PHOTO_ALBUMS[0].title.vi, VIDEOS[0].title.vi],
}
