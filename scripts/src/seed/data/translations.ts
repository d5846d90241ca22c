/**
 * The demo translator's queue: which published articles (by Vietnamese title) wait for English,
 * which a translator has started or sent for review (with the English written so far), and which
 * published English versions are made stale by a later Vietnamese edit. Articles with `en` in
 * data/articles.ts get their English published; the items here have none there.
 */
import type { ArticleText } from './articles'

export interface QueuedTranslation {
  article: string
  state: 'needed' | 'in-progress' | 'in-review'
  /** The working English so far: a title and sapo in progress, all of it for review. */
  en?: Partial<ArticleText>
}

export const TRANSLATION_QUEUE: QueuedTranslation[] = [
  // Needed: from different sections and units, so the queue's filters have something to show.
  { article: 'Công bố danh mục 12 nghề có nguy cơ cao về tai nạn lao động cần tăng cường kiểm tra', state: 'needed' },
  { article: 'Bộ trả lời về việc chậm chi trả trợ cấp xã hội hằng tháng tại một số xã', state: 'needed' },
  { article: 'Thanh tra Bộ công bố kết luận thanh tra việc thực hiện pháp luật lao động tại 25 doanh nghiệp', state: 'needed' },
  { article: 'Viện Khoa học Lao động và Xã hội dự báo nhu cầu nhân lực năm tới tăng ở khu vực dịch vụ', state: 'needed' },
  { article: 'Tổng đài 111 tiếp nhận hơn 30.000 cuộc gọi trong quý, tăng mạnh các cuộc gọi tư vấn tâm lý', state: 'needed' },
  { article: 'Hơn 1.000 chỗ làm việc cho người khuyết tật tại hội chợ việc làm hòa nhập', state: 'needed' },
  {
    article: 'Bộ trưởng chỉ đạo tăng cường bảo đảm an toàn lao động trong mùa cao điểm xây dựng',
    state: 'in-progress',
    en: {
      title: 'Minister orders stronger work safety measures in the peak construction season',
      sapo: 'A directive to the provinces calls for unannounced inspections of building sites and strict penalties for safety violations.',
    },
  },
  {
    article: 'Tỉnh Sông Mây Xanh chi trả trợ cấp xã hội qua tài khoản cho 95% đối tượng',
    state: 'in-progress',
    en: { title: 'Song May Xanh province pays social assistance by bank transfer to 95% of beneficiaries' },
  },
  {
    article: 'Tỉnh Hòa Bình Xanh giải quyết việc làm cho hơn 18.000 lao động trong 10 tháng',
    state: 'in-review',
    en: {
      title: 'Hoa Binh Xanh province finds jobs for more than 18,000 workers in ten months',
      sapo: 'The province reached 92% of its annual target, including more than 2,000 people who went to work abroad under contract.',
      body: {
        paragraphs: [
          'According to the Department of Home Affairs of Hoa Binh Xanh (a fictional province used for the demo), loans from the National Employment Fund helped more than 3,100 rural workers expand farming and livestock.',
          'The province held 24 job fairs, 10 of them online with employers in the southern provinces.',
        ],
      },
    },
  },
  {
    article: 'Những quy định về lao động nữ trong Bộ luật Lao động 2019',
    state: 'in-review',
    en: {
      title: 'Provisions on women workers in the 2019 Labour Code',
      sapo: 'The Code devotes a chapter to women workers and gender equality, with new rules on maternity and the working environment.',
      body: {
        paragraphs: [
          'Employers may not dismiss a woman or end her contract unilaterally because she marries, is pregnant, is on maternity leave or is raising a child under 12 months old.',
          'From the seventh month of pregnancy, a woman may move to lighter work or work one hour less each day on full pay.',
        ],
      },
    },
  },
]

/**
 * Vietnamese edits made after the English was published (new figures, a corrected title), so
 * the queue shows stale translations with a word diff of what changed.
 */
export const STALE_EDITS: { article: string; vi: { title?: string; sapo?: string } }[] = [
  {
    article: 'Lao động mất việc được hỗ trợ học nghề miễn phí tối đa 6 tháng',
    vi: {
      sapo: 'Người đang hưởng trợ cấp thất nghiệp có nhu cầu học nghề được hỗ trợ học phí theo mức quy định, tối đa 6 tháng, và được hỗ trợ thêm tiền ăn trong thời gian học.',
    },
  },
  {
    article: 'Đồng loạt ra quân Tháng hành động về an toàn, vệ sinh lao động tại các tỉnh phía Bắc',
    vi: {
      title: 'Đồng loạt ra quân Tháng hành động về an toàn, vệ sinh lao động tại 25 tỉnh phía Bắc',
    },
  },
  {
    article: 'Số người tham gia bảo hiểm thất nghiệp tăng 5% sau 9 tháng',
    vi: {
      sapo: 'Tính đến cuối quý III, cả nước có hơn 14,8 triệu người tham gia bảo hiểm thất nghiệp, chiếm khoảng 32% lực lượng lao động.',
    },
  },
  {
    article: 'Rút ngắn thời gian cấp giấy phép lao động cho người nước ngoài còn 5 ngày làm việc',
    vi: {
      sapo: 'Từ ngày 1 tháng sau, hồ sơ cấp giấy phép lao động cho người nước ngoài được giải quyết trong 5 ngày làm việc và có thể nộp hoàn toàn trực tuyến.',
    },
  },
]
