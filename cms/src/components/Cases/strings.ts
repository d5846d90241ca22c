/** Labels of the deadline list in the admin's two languages. */
export const CASES_DUE_STRINGS = {
  vi: {
    title: 'Hạn xử lý câu hỏi',
    intro: (days: number) =>
      `Câu hỏi chưa trả lời đã quá hạn hoặc còn không quá ${days} ngày làm việc. Hạn tính theo ngày làm việc, bỏ thứ Bảy, Chủ nhật và ngày nghỉ lễ trong «Cài đặt hỏi đáp».`,
    overdue: 'Quá hạn',
    dueSoon: 'Sắp đến hạn',
    none: 'Không có câu hỏi nào.',
    byUnit: 'Theo đơn vị',
    code: 'Mã tra cứu',
    caseTitle: 'Tiêu đề',
    unit: 'Đơn vị',
    state: 'Trạng thái',
    received: 'Ngày nhận',
    due: 'Hạn trả lời',
    standing: 'Thời hạn',
    open: 'Đang mở',
    unassigned: 'Chưa giao đơn vị',
  },
  en: {
    title: 'Case deadlines',
    intro: (days: number) =>
      `Unanswered cases past their deadline or with at most ${days} working day${days === 1 ? '' : 's'} left. Deadlines count working days, skipping weekends and the holidays in "Case settings".`,
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    none: 'No cases.',
    byUnit: 'By unit',
    code: 'Tracking code',
    caseTitle: 'Title',
    unit: 'Unit',
    state: 'State',
    received: 'Received',
    due: 'Due',
    standing: 'Deadline',
    open: 'Open',
    unassigned: 'Not yet routed',
  },
} as const

export const casesDueStrings = (language: string) => (language === 'en' ? CASES_DUE_STRINGS.en : CASES_DUE_STRINGS.vi)
