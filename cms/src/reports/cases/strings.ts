import type { CaseGroupRow } from '@cong/shared/caseStats'
import type { Label } from '@cong/shared/legalVocabulary'
import type { Month } from '@cong/shared/monthlyReport'
import { formatVietnameseDate, PORTAL_TIME_ZONE, vietnamDate } from '@cong/shared/vnDate'

/**
 * The wording of the case statistics, in the admin's two languages. The files (XLSX, CSV) go into
 * the agency's records with the monthly and yearly reports, so they take the Vietnamese side only.
 */
export type Language = 'vi' | 'en'
export const languageOf = (language: string): Language => (language === 'en' ? 'en' : 'vi')

/** `2026-03` → `03/2026`, the way Vietnamese reports write a month. */
export const monthLabel = (month: Month) => `${month.slice(5, 7)}/${month.slice(0, 4)}`

export const CASE_STATS_TEXT = {
  vi: {
    screenTitle: 'Thống kê hỏi đáp',
    intro:
      'Câu hỏi, phản ánh, kiến nghị của người dân tiếp nhận trong kỳ: số đã trả lời, tỷ lệ đúng hạn, theo đơn vị, lĩnh vực, loại và đối tượng gửi. Số liệu tính theo giờ Việt Nam.',
    from: 'Từ tháng',
    to: 'Đến tháng',
    show: 'Xem',
    download: 'Tải về',
    xlsx: 'Bảng tính Excel (.xlsx)',
    csv: 'Tệp CSV',
    chartTableNote: 'Số liệu của biểu đồ',
    noCases: 'Không có câu hỏi nào trong kỳ.',
    title: (from: Month, to: Month) => `Thống kê hỏi đáp, phản ánh, kiến nghị từ tháng ${monthLabel(from)} đến tháng ${monthLabel(to)}`,
    generated: (at: Date) =>
      `Lập lúc ${at.toLocaleTimeString('vi-VN', { timeZone: PORTAL_TIME_ZONE, hour: '2-digit', minute: '2-digit' })} ngày ${formatVietnameseDate(vietnamDate(at))}`,
  },
  en: {
    screenTitle: 'Case statistics',
    intro:
      "Citizens' questions, feedback and petitions received in the period: how many were answered, how many on time, by unit, field, type and sender. Figures by Vietnamese time.",
    from: 'From',
    to: 'To',
    show: 'Show',
    download: 'Download',
    xlsx: 'Excel workbook (.xlsx)',
    csv: 'CSV file',
    chartTableNote: 'Figures of the chart',
    noCases: 'No cases in the period.',
    title: (from: Month, to: Month) => `Citizen cases from ${monthLabel(from)} to ${monthLabel(to)}`,
    generated: (at: Date) => `Made ${at.toLocaleString('en-GB', { timeZone: PORTAL_TIME_ZONE })}`,
  },
} as const

/** Headline figures, in the order the summary sheet and the screen list them. */
export const TOTAL_LABELS = {
  received: { vi: 'Tiếp nhận', en: 'Received' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  answeredOnTime: { vi: 'Trả lời đúng hạn', en: 'Answered on time' },
  onTimeRate: { vi: 'Tỷ lệ đúng hạn', en: 'On-time rate' },
  medianDaysToAnswer: { vi: 'Số ngày trả lời (trung vị)', en: 'Median days to answer' },
  open: { vi: 'Đang xử lý', en: 'Open' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  answeredPublic: { vi: 'Trả lời công khai', en: 'Public answers' },
  rejected: { vi: 'Từ chối', en: 'Rejected' },
} as const satisfies Record<string, Label>
export type TotalKey = keyof typeof TOTAL_LABELS

/** The figures of a group row as columns: which are rates and day counts decides their format. */
export const GROUP_COLUMNS = [
  'received',
  'answered',
  'answeredOnTime',
  'onTimeRate',
  'medianDaysToAnswer',
  'open',
  'overdue',
] as const satisfies readonly (keyof CaseGroupRow & TotalKey)[]

export const MONTH_COLUMNS = ['received', 'answered', 'answeredOnTime'] as const satisfies readonly TotalKey[]

/** The tables of the statistics: sheet names (≤ 31 characters, Excel's limit) and headings. */
export const TABLES = {
  summary: { sheet: 'Tổng hợp', vi: 'Tổng hợp', en: 'Summary', key: { vi: 'Chỉ tiêu', en: 'Figure' } },
  byMonth: { sheet: 'Theo tháng', vi: 'Theo tháng', en: 'By month', key: { vi: 'Tháng', en: 'Month' } },
  byUnit: { sheet: 'Theo đơn vị', vi: 'Theo đơn vị xử lý', en: 'By handling unit', key: { vi: 'Đơn vị', en: 'Unit' } },
  byField: { sheet: 'Theo lĩnh vực', vi: 'Theo lĩnh vực', en: 'By field', key: { vi: 'Lĩnh vực', en: 'Field' } },
  byType: { sheet: 'Theo loại', vi: 'Theo loại', en: 'By type', key: { vi: 'Loại', en: 'Type' } },
  bySenderKind: { sheet: 'Theo đối tượng', vi: 'Theo đối tượng gửi', en: 'By sender', key: { vi: 'Đối tượng', en: 'Sender' } },
  byState: { sheet: 'Theo trạng thái', vi: 'Theo trạng thái', en: 'By state', key: { vi: 'Trạng thái', en: 'State' } },
} as const

/** Answers sent after their deadline: only the month chart splits them out. */
export const ANSWERED_LATE_LABEL = { vi: 'Trả lời trễ hạn', en: 'Answered late' } as const satisfies Label

export const COUNT_LABEL = { vi: 'Số lượng', en: 'Count' } as const satisfies Label

/** What the unassigned key (`—` in the figures) means in each grouping. */
export const UNASSIGNED_LABELS = {
  unit: { vi: 'Chưa chuyển đơn vị', en: 'Not routed yet' },
  field: { vi: 'Chưa xác định lĩnh vực', en: 'No field' },
} as const satisfies Record<string, Label>

export const caseReportFileName = (from: Month, to: Month, ext: 'xlsx' | 'csv') => `thong-ke-hoi-dap-${from}_${to}.${ext}`

/** How a figure reads: a rate is a fraction (0.857), days have one decimal. */
export type FigureKind = 'count' | 'rate' | 'days'
export const figureKind = (key: TotalKey): FigureKind =>
  key === 'onTimeRate' ? 'rate' : key === 'medianDaysToAnswer' ? 'days' : 'count'

/** A figure for people: rates as percentages with a tenth (`85,7 %`), a dash when there is none. */
export function formatFigure(kind: FigureKind, value: number | null, language: Language): string {
  if (value === null) return '–'
  const locale = language === 'vi' ? 'vi-VN' : 'en-GB'
  if (kind === 'rate') return `${(value * 100).toLocaleString(locale, { maximumFractionDigits: 1 })} %`
  return value.toLocaleString(locale, { maximumFractionDigits: 1 })
}
