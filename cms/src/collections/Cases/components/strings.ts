import type { CaseState } from '@cong/shared/caseWorkflow'
import type { CaseDeadlineStatus } from '@cong/shared/workingDays'

type Label = { vi: string; en: string }
export type AdminLanguage = keyof Label

export const adminLanguage = (language: string | undefined): AdminLanguage => (language === 'en' ? 'en' : 'vi')

/**
 * What a button does, named for the person pressing it. The same target state can mean different
 * things from different places (a unit "accepting" a case vs. the board "returning" an answer),
 * so labels are keyed by the move, not the state.
 */
const MOVE_LABELS: Record<string, Label> = {
  'received>routed': { vi: 'Chuyển đơn vị xử lý', en: 'Route to a unit' },
  'routed>routed': { vi: 'Chuyển đơn vị khác', en: 'Route to another unit' },
  'inProgress>routed': { vi: 'Chuyển đơn vị khác', en: 'Route to another unit' },
  'routed>inProgress': { vi: 'Nhận xử lý', en: 'Take the case' },
  'inProgress>awaitingApproval': { vi: 'Gửi duyệt câu trả lời', en: 'Send the answer for approval' },
  'awaitingApproval>answered': { vi: 'Duyệt và gửi trả lời', en: 'Approve and send the answer' },
  'awaitingApproval>inProgress': { vi: 'Trả lại để sửa', en: 'Return for changes' },
  'rejected>received': { vi: 'Mở lại', en: 'Reopen' },
}

const TO_LABELS: Partial<Record<CaseState, Label>> = {
  received: { vi: 'Chuyển về bộ phận tiếp nhận', en: 'Hand back to triage' },
  rejected: { vi: 'Từ chối', en: 'Reject' },
}

export function moveLabel(from: CaseState, to: CaseState, lang: AdminLanguage): string {
  const label = MOVE_LABELS[`${from}>${to}`] ?? TO_LABELS[to]
  return label ? label[lang] : to
}

export const CASE_ACTION_STRINGS = {
  vi: {
    title: 'Xử lý câu hỏi',
    current: 'Trạng thái',
    deadline: 'Hạn trả lời',
    noAction: 'Vai trò của bạn không có bước xử lý nào ở trạng thái này.',
    unsaved: 'Lưu câu hỏi trước khi xử lý.',
    unit: 'Đơn vị xử lý',
    chooseUnit: '— Chọn đơn vị —',
    reasonReturn: 'Cần sửa gì (cán bộ xử lý sẽ đọc)',
    reasonHandBack: 'Vì sao đơn vị không xử lý câu hỏi này',
    rejectionReason: 'Lý do từ chối',
    duplicateOf: 'Mã tra cứu của câu hỏi đã gửi trước (HD-XXXX-XXXX)',
    duplicateNotFound: 'Không tìm thấy câu hỏi nào có mã này.',
    duplicateSelf: 'Đây là mã của chính câu hỏi này.',
    visibility: 'Hình thức trả lời',
    public: 'Công khai trên Hỏi – Đáp',
    private: 'Chỉ gửi người hỏi',
    privacyReminder:
      'Trước khi công khai: kiểm tra «Câu hỏi công bố» và «Tiêu đề công bố» không còn họ tên, số điện thoại, địa chỉ, số giấy tờ của người hỏi.',
    publicQuestionMissing: 'Câu hỏi công bố đang để trống: Hỏi – Đáp sẽ không có nội dung câu hỏi.',
    cancel: 'Hủy',
    refused: 'Máy chủ không chấp nhận bước này; xem thông báo ở góc màn hình.',
  },
  en: {
    title: 'Case handling',
    current: 'State',
    deadline: 'Answer due',
    noAction: 'Your role has no move to make in this state.',
    unsaved: 'Save the case before handling it.',
    unit: 'Handling unit',
    chooseUnit: '— Choose a unit —',
    reasonReturn: 'What needs changing (the handler will read this)',
    reasonHandBack: 'Why the unit cannot handle this case',
    rejectionReason: 'Rejection reason',
    duplicateOf: 'Tracking code of the earlier case (HD-XXXX-XXXX)',
    duplicateNotFound: 'No case has this tracking code.',
    duplicateSelf: "That is this case's own tracking code.",
    visibility: 'The answer is',
    public: 'Public, in Q&A',
    private: 'Private, to the sender only',
    privacyReminder:
      "Before publishing: check that \"Published question\" and \"Published title\" carry no name, phone number, address or ID number of the sender.",
    publicQuestionMissing: 'The published question is empty: Q&A will show no question text.',
    cancel: 'Cancel',
    refused: 'The server refused this move; see the message in the corner of the screen.',
  },
} as const

export const caseActionStrings = (language: string | undefined) => CASE_ACTION_STRINGS[adminLanguage(language)]

/** The deadline in one phrase, as the case page and the deadline list both show it. */
export const DEADLINE_TEXT = {
  left: (days: number): Label => ({
    vi: `Còn ${days} ngày làm việc`,
    en: `${days} working day${days === 1 ? '' : 's'} left`,
  }),
  overdue: (days: number): Label => ({
    vi: `Quá hạn ${days} ngày làm việc`,
    en: `${days} working day${days === 1 ? '' : 's'} overdue`,
  }),
  answeredOnTime: { vi: 'Trả lời đúng hạn', en: 'Answered on time' },
  answeredLate: { vi: 'Trả lời trễ hạn', en: 'Answered late' },
  none: { vi: 'Chưa có hạn trả lời', en: 'No deadline yet' },
} as const

export function deadlineText({ standing, daysLeft, daysOverdue }: CaseDeadlineStatus, lang: AdminLanguage): string {
  switch (standing) {
    case 'overdue':
      return DEADLINE_TEXT.overdue(daysOverdue)[lang]
    case 'due-soon':
    case 'on-track':
      return DEADLINE_TEXT.left(daysLeft)[lang]
    case 'answered-on-time':
      return DEADLINE_TEXT.answeredOnTime[lang]
    case 'answered-late':
      return DEADLINE_TEXT.answeredLate[lang]
    default:
      return DEADLINE_TEXT.none[lang]
  }
}

/** The admin theme's colour for a standing: red overdue, amber due soon. */
export const STANDING_COLOR: Partial<Record<CaseDeadlineStatus['standing'], string>> = {
  overdue: 'var(--theme-error-500)',
  'due-soon': 'var(--theme-warning-500)',
  'answered-late': 'var(--theme-warning-500)',
  'answered-on-time': 'var(--theme-success-500)',
}
