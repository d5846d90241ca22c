import { formatVietnameseDate, PORTAL_TIME_ZONE, vietnamDate } from '@cong/shared/vnDate'
import type { MonthlyReport } from '@cong/shared/monthlyReport'

/**
 * The wording of the monthly report. The report goes to the director and into the agency's
 * files, so it is in Vietnamese only, as the issue asks; the admin screen around it is bilingual.
 */
export const REPORT_TEXT = {
  title: (month: string) => `BÁO CÁO HOẠT ĐỘNG CỔNG THÔNG TIN ĐIỆN TỬ THÁNG ${month.slice(5, 7)}/${month.slice(0, 4)}`,
  period: (r: MonthlyReport) => `Kỳ báo cáo: từ ngày ${formatVietnameseDate(r.period.first)} đến ngày ${formatVietnameseDate(r.period.last)}`,
  generated: (at: Date) =>
    `Lập lúc ${at.toLocaleTimeString('vi-VN', { timeZone: PORTAL_TIME_ZONE, hour: '2-digit', minute: '2-digit' })} ngày ${formatVietnameseDate(vietnamDate(at))}`,
  summary: 'I. Số liệu tổng hợp',
  bySection: 'II. Tin bài đăng theo chuyên mục',
  byUnit: 'III. Tin bài đăng theo đơn vị',
  topRead: 'IV. Tin bài được đọc nhiều nhất trong tháng',
  item: 'Nội dung',
  value: 'Số lượng',
  section: 'Chuyên mục',
  unit: 'Đơn vị',
  articles: 'Số bài',
  order: 'STT',
  title_: 'Tiêu đề',
  views: 'Lượt xem',
  none: 'Không có',
  notAvailable: 'Chưa có số liệu',
  rows: {
    articlesPublished: 'Tin bài đăng mới',
    englishPublished: 'Bản tiếng Anh đăng mới',
    legalDocuments: 'Văn bản pháp luật đăng mới',
    drafts: 'Dự thảo đưa lấy ý kiến',
    comments: 'Góp ý dự thảo nhận được',
    casesReceived: 'Câu hỏi, phản ánh, kiến nghị nhận được',
    casesAnswered: 'Đã trả lời',
    casesOnTime: 'Trả lời đúng hạn',
    builds: 'Lần cập nhật trang công khai',
    buildFailures: 'Lần cập nhật bị lỗi',
  },
  sheets: { summary: 'Tổng hợp', bySection: 'Theo chuyên mục', byUnit: 'Theo đơn vị', topRead: 'Đọc nhiều nhất' },
} as const

/** The summary rows in report order; `null` prints as "Chưa có số liệu", not as zero. */
export function summaryRows(r: MonthlyReport): [string, number | null][] {
  const t = REPORT_TEXT.rows
  return [
    [t.articlesPublished, r.totals.articlesPublished],
    [t.englishPublished, r.totals.englishPublished],
    [t.legalDocuments, r.totals.legalDocuments],
    [t.drafts, r.totals.drafts],
    [t.comments, r.totals.comments],
    [t.casesReceived, r.cases?.received ?? null],
    [t.casesAnswered, r.cases?.answered ?? null],
    [t.casesOnTime, r.cases?.answeredOnTime ?? null],
    [t.builds, r.builds?.total ?? null],
    [t.buildFailures, r.builds?.failed ?? null],
  ]
}

export const reportFileName = (month: string, ext: 'xlsx' | 'pdf') => `bao-cao-hoat-dong-${month}.${ext}`
