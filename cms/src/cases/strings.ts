import type { CaseState, CaseTransitionCode } from '@cong/shared/caseWorkflow'
import { CASE_STATE_LABELS } from '@cong/shared/citizenCase'
import type { CalendarEntryProblem } from '@cong/shared/workingDays'
import type { Role } from '@cong/shared/roles'
import { ROLE_LABELS, type Label } from '../i18n'

const state = (s: CaseState, lang: keyof Label) => `«${CASE_STATE_LABELS[s][lang]}»`
const role = (r: Role, lang: keyof Label) => ROLE_LABELS[r]?.[lang] ?? r

/** Why a move of a case was refused, in the words the staff member sees under the Save button. */
export function caseTransitionMessage(code: CaseTransitionCode, from: CaseState, to: CaseState, actor: Role): Label {
  switch (code) {
    case 'unknown-transition':
      return {
        vi: `Không thể chuyển câu hỏi từ ${state(from, 'vi')} sang ${state(to, 'vi')}.`,
        en: `A case cannot move from ${state(from, 'en')} to ${state(to, 'en')}.`,
      }
    case 'forbidden-actor':
      return {
        vi: `Vai trò ${role(actor, 'vi')} không được chuyển câu hỏi từ ${state(from, 'vi')} sang ${state(to, 'vi')}.`,
        en: `The ${role(actor, 'en')} role may not move a case from ${state(from, 'en')} to ${state(to, 'en')}.`,
      }
    case 'unit-required':
      return {
        vi: 'Cần chọn đơn vị xử lý trước khi chuyển câu hỏi.',
        en: 'Choose the handling unit before moving the case.',
      }
    case 'answer-required':
      return {
        vi: 'Cần viết nội dung trả lời trước khi gửi duyệt hoặc duyệt.',
        en: 'Write the answer before sending it for approval or approving it.',
      }
    case 'visibility-required':
      return {
        vi: 'Cần chọn hình thức trả lời: công khai trên Hỏi – Đáp hay chỉ gửi người hỏi.',
        en: 'Choose whether the answer is public (in Q&A) or sent privately to the sender.',
      }
    case 'public-question-required':
      return {
        vi: 'Câu trả lời công khai cần «Câu hỏi công bố»: viết lại câu hỏi, bỏ họ tên, địa chỉ, số điện thoại, số giấy tờ của người hỏi.',
        en: 'A public answer needs the "Published question": rewrite the question without the sender\'s name, address, phone or ID numbers.',
      }
    case 'rejection-reason-required':
      return { vi: 'Cần chọn lý do từ chối.', en: 'Choose a reason for the rejection.' }
    case 'duplicate-of-required':
      return {
        vi: 'Câu hỏi trùng: cần chọn câu hỏi gốc ở mục «Trùng với».',
        en: 'A duplicate must name the original case in "Duplicate of".',
      }
    case 'reason-required':
      return {
        vi: `Cần ghi lý do khi chuyển sang ${state(to, 'vi')}.`,
        en: `A reason is required to move a case to ${state(to, 'en')}.`,
      }
  }
}

/** The field of the case a transition message points at, so the admin marks it. */
export const TRANSITION_FIELD: Partial<Record<CaseTransitionCode, string>> = {
  'unit-required': 'unit',
  'answer-required': 'answer',
  'visibility-required': 'visibility',
  'public-question-required': 'publicQuestion',
  'rejection-reason-required': 'rejectionReason',
  'duplicate-of-required': 'duplicateOf',
  'reason-required': 'transitionNote',
}

/** A case imported in a state it could not have reached with what it carries. */
export const inconsistentImport = (to: CaseState, problem: Label): Label => ({
  vi: `Câu hỏi nhập ở trạng thái ${state(to, 'vi')} chưa đủ dữ liệu: ${problem.vi}`,
  en: `An imported case in state ${state(to, 'en')} is incomplete: ${problem.en}`,
})

export const CASE_MESSAGES = {
  noRights: { vi: 'Tài khoản không có quyền xử lý câu hỏi.', en: 'This account may not handle cases.' },
  handlerUnit: {
    vi: 'Cán bộ xử lý không được đổi đơn vị xử lý. Nếu câu hỏi không thuộc đơn vị, hãy chuyển về bộ phận tiếp nhận và ghi lý do.',
    en: 'Case handlers may not change the handling unit. If the case is not for your unit, hand it back to triage with a reason.',
  },
  triageOnly: (label: Label): Label => ({
    vi: `Chỉ Biên tập viên, Ban Biên tập và Quản trị được sửa «${label.vi}».`,
    en: `Only editors, the board and administrators may change "${label.en}".`,
  }),
  answerLocked: {
    vi: 'Câu hỏi đã được trả lời: không ai được sửa nội dung trả lời đã gửi.',
    en: 'The case is answered: nobody may change an answer that has been sent.',
  },
  handlerAnswerState: (current: CaseState): Label => ({
    vi: `Câu hỏi đang ở trạng thái ${state(current, 'vi')}: cán bộ xử lý chỉ sửa trả lời khi câu hỏi đã chuyển đơn vị hoặc đang xử lý.`,
    en: `The case is ${state(current, 'en')}: case handlers edit the answer only while it is routed or in progress.`,
  }),
  duplicateOfSelf: {
    vi: 'Câu hỏi không thể trùng với chính nó.',
    en: 'A case cannot be a duplicate of itself.',
  },
  duplicateOfDuplicate: (original: string | null): Label => ({
    vi: `Câu hỏi được chọn cũng là câu hỏi trùng${original ? `; hãy chọn câu hỏi gốc ${original}` : ''}.`,
    en: `The chosen case is itself a duplicate${original ? `; choose the original, ${original}` : ''}.`,
  }),
  duplicateOfMissing: {
    vi: 'Không tìm thấy câu hỏi được chọn ở mục «Trùng với».',
    en: 'The case chosen in "Duplicate of" was not found.',
  },
  mergedNote: (code: string) => `Câu hỏi ${code} được gộp vào đây. / Case ${code} was merged into this one.`,
  transitionNote: (from: CaseState, to: CaseState, reason: string) =>
    `${CASE_STATE_LABELS[from].vi} → ${CASE_STATE_LABELS[to].vi}: ${reason}`,
} as const

export const FIELD_LABELS: Record<'field' | 'publicTitle' | 'publicQuestion', Label> = {
  field: { vi: 'Lĩnh vực', en: 'Field' },
  publicTitle: { vi: 'Tiêu đề công bố', en: 'Published title' },
  publicQuestion: { vi: 'Câu hỏi công bố', en: 'Published question' },
}

/** What is wrong with a row of the holiday calendar, for the board member typing it. */
export const CALENDAR_ENTRY_MESSAGES: Record<CalendarEntryProblem, Label> = {
  'date-invalid': { vi: 'Ngày không hợp lệ.', en: 'The date is not valid.' },
  'range-reversed': {
    vi: '«Đến ngày» phải cùng ngày hoặc sau «Từ ngày».',
    en: '"To" must be on or after "From".',
  },
  'range-too-long': {
    vi: 'Một dòng chỉ được dài tối đa 31 ngày; hãy tách thành nhiều dòng.',
    en: 'One row may cover at most 31 days; split it into several rows.',
  },
  'name-required': { vi: 'Cần ghi tên ngày nghỉ hoặc ngày làm bù.', en: 'Name the holiday or make-up day.' },
}
