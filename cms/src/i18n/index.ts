import type { Role } from '@cong/shared/roles'
import type { CheckFinding } from '@cong/shared/checker'
import type { RepublishingIssue } from '@cong/shared/republishing'
import type { WorkflowState } from '@cong/shared/workflow'

/** A label in both admin languages, in the shape Payload accepts for `label` and `labels`. */
export type Label = { vi: string; en: string }

export const ROLE_LABELS: Record<Role, Label> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Site administrator' },
  board: { vi: 'Ban Biên tập', en: 'Editorial board' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  contributor: { vi: 'Cộng tác viên', en: 'Unit contributor' },
  translator: { vi: 'Biên dịch viên', en: 'Translator' },
  caseHandler: { vi: 'Cán bộ xử lý', en: 'Case handler' },
  ops: { vi: 'Vận hành', en: 'Operations' },
}

export const WORKFLOW_STATE_LABELS: Record<WorkflowState, Label> = {
  draft: { vi: 'Nháp', en: 'Draft' },
  submitted: { vi: 'Chờ duyệt', en: 'Submitted' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  scheduled: { vi: 'Hẹn giờ đăng', en: 'Scheduled' },
  published: { vi: 'Đã đăng', en: 'Published' },
  unpublished: { vi: 'Đã gỡ', en: 'Unpublished' },
}

/** The action that moves an item into a state, as the admin's workflow buttons name it. */
export const WORKFLOW_ACTION_LABELS: Record<WorkflowState, Label> = {
  draft: { vi: 'Đưa về nháp', en: 'Back to draft' },
  submitted: { vi: 'Gửi duyệt', en: 'Submit' },
  returned: { vi: 'Trả lại', en: 'Return' },
  approved: { vi: 'Duyệt', en: 'Approve' },
  scheduled: { vi: 'Hẹn giờ đăng', en: 'Schedule' },
  published: { vi: 'Đăng', en: 'Publish' },
  unpublished: { vi: 'Gỡ bài', en: 'Unpublish' },
}

/** The article fields the content checker reads, as the editor knows them. */
const FIELD_NAMES: Record<string, Label> = {
  title: { vi: 'Tiêu đề', en: 'Title' },
  sapo: { vi: 'Sa-pô', en: 'Lead' },
  body: { vi: 'Nội dung', en: 'Body' },
  images: { vi: 'Ảnh', en: 'Images' },
}

/** What is wrong with a republished article, and what to do about it. */
const REPUBLISHING: Record<RepublishingIssue, (originalTitle: string) => Label> = {
  'source-name-required': () => ({
    vi: 'Ghi tên cơ quan báo chí hoặc trang gốc ở «Tên nguồn».',
    en: 'Name the original outlet in "Source name".',
  }),
  'source-url-required': () => ({
    vi: 'Ghi đường dẫn tới bài gốc ở «Đường dẫn gốc».',
    en: 'Give the link to the original article in "Original URL".',
  }),
  'source-url-invalid': () => ({
    vi: '«Đường dẫn gốc» phải là địa chỉ web đầy đủ, bắt đầu bằng https://',
    en: '"Original URL" must be a full web address starting with https://',
  }),
  'permission-required': () => ({
    vi: 'Ghi văn bản hoặc thư cho phép đăng lại ở «Sự cho phép đăng lại» (số, ngày, người cho phép).',
    en: 'Record the permission to republish in "Permission to republish" (reference, date, who granted it).',
  }),
  'title-changed': (original) => ({
    vi: `Tiêu đề đã bị sửa. Quy định không cho phép sửa tiêu đề bài đăng lại: hãy dùng lại tiêu đề gốc «${original}».`,
    en: `The title was changed. Republished titles may not be altered: restore the original title "${original}".`,
  }),
  'body-changed': () => ({
    vi: 'Nội dung đã bị sửa so với bản gốc ghi nhận lần lưu đầu. Quy định không cho phép sửa nội dung bài đăng lại: hãy khôi phục nội dung gốc (xem mục «Bản gốc đã ghi nhận»).',
    en: 'The body differs from the original recorded at first save. Republished content may not be altered: restore the original text (see "Recorded original").',
  }),
}

/** One message for both audiences of the API: Vietnamese first, then English. */
export const bilingual = (label: Label): string => `${label.vi} / ${label.en}`

const state = (s: WorkflowState, lang: keyof Label) => `«${WORKFLOW_STATE_LABELS[s][lang]}»`

/** Why a save was refused, in the words the editor sees under the Save button. */
export const MESSAGES = {
  unknownTransition: (from: WorkflowState, to: WorkflowState): Label => ({
    vi: `Không thể chuyển trạng thái từ ${state(from, 'vi')} sang ${state(to, 'vi')}.`,
    en: `An item cannot move from ${state(from, 'en')} to ${state(to, 'en')}.`,
  }),
  forbiddenActor: (from: WorkflowState, to: WorkflowState, role: string): Label => ({
    vi: `Vai trò ${ROLE_LABELS[role as Role]?.vi ?? role} không được chuyển bài từ ${state(from, 'vi')} sang ${state(to, 'vi')}.`,
    en: `The ${ROLE_LABELS[role as Role]?.en ?? role} role may not move an item from ${state(from, 'en')} to ${state(to, 'en')}.`,
  }),
  reasonRequired: (to: WorkflowState): Label => ({
    vi: `Cần ghi lý do khi chuyển sang ${state(to, 'vi')}.`,
    en: `A reason is required to move an item to ${state(to, 'en')}.`,
  }),
  notEditable: (current: WorkflowState, role: string): Label => ({
    vi: `Bài đang ở trạng thái ${state(current, 'vi')}: vai trò ${ROLE_LABELS[role as Role]?.vi ?? role} không được sửa.`,
    en: `The item is ${state(current, 'en')}: the ${ROLE_LABELS[role as Role]?.en ?? role} role may not edit it.`,
  }),
  publishAtRequired: {
    vi: 'Cần chọn thời điểm đăng (Hẹn giờ đăng) trước khi hẹn giờ.',
    en: 'Choose a publish time before scheduling.',
  },
  publishAtPast: {
    vi: 'Thời điểm hẹn giờ đăng phải ở tương lai.',
    en: 'The scheduled publish time must be in the future.',
  },
  otherUnit: {
    vi: 'Cộng tác viên chỉ được viết bài cho đơn vị của mình.',
    en: 'Contributors may only write for their own unit.',
  },
  unitRequired: {
    vi: 'Cộng tác viên và cán bộ xử lý phải thuộc một đơn vị.',
    en: 'Contributors and case handlers must belong to a unit.',
  },
  sourceRequired: {
    vi: 'Bài đăng lại phải ghi tên nguồn.',
    en: 'A republished article must name its source.',
  },
  contentRefused: (count: number): Label => ({
    vi: `Chưa gửi duyệt được: bài còn ${count} lỗi chính tả, trình bày cần sửa (xem mục «Kiểm tra nội dung»):`,
    en: `Not sent for review: the article still has ${count} spelling or layout error(s) to fix (see "Content check"):`,
  }),
  /** `context` is the finding with a few words around it, so a lone "." can be found in the text. */
  contentFinding: (f: CheckFinding, context: string): Label => {
    const where = FIELD_NAMES[f.field] ?? { vi: f.field, en: f.field }
    const fixVi = f.suggestion === undefined ? '' : ` Sửa «${f.excerpt}» thành «${f.suggestion}».`
    const fixEn = f.suggestion === undefined ? '' : ` Change "${f.excerpt}" to "${f.suggestion}".`
    return {
      vi: `${where.vi}, «${context}»: ${f.message.vi}${fixVi}`,
      en: `${where.en}, "${context}": ${f.message.en}${fixEn}`,
    }
  },
  republishingRefused: {
    vi: 'Chưa gửi được bài đăng lại:',
    en: 'The republished article cannot be sent yet:',
  },
  republishing: (issue: RepublishingIssue, originalTitle: string): Label => REPUBLISHING[issue](originalTitle),
  translatorRows: {
    vi: 'Biên dịch viên không được thêm, xoá hoặc sắp xếp lại các dòng (dùng chung cho cả hai ngôn ngữ).',
    en: 'Translators may not add, remove or reorder rows: they are shared by both languages.',
  },
  accountInactive: {
    vi: 'Tài khoản đã bị khoá. Liên hệ quản trị hệ thống.',
    en: 'This account is disabled. Contact the site administrator.',
  },
} as const

/**
 * Admin strings of Cổng's own UI, in Payload's i18n format: `custom` keys are read with
 * `t('custom:…')` in admin components.
 */
export const adminTranslations = {
  vi: {
    custom: {
      workflowTitle: 'Quy trình duyệt bài',
      workflowCurrent: 'Trạng thái hiện tại',
      workflowReasonPrompt: 'Lý do (người viết sẽ thấy lý do này)',
      workflowSchedulePrompt: 'Chọn thời điểm đăng ở ô «Hẹn giờ đăng» bên dưới rồi bấm lại «Hẹn giờ đăng».',
      workflowCancel: 'Huỷ',
      workflowNoAction: 'Bạn không có thao tác nào ở trạng thái này.',
    },
  },
  en: {
    custom: {
      workflowTitle: 'Editorial workflow',
      workflowCurrent: 'Current state',
      workflowReasonPrompt: 'Reason (the writer will see it)',
      workflowSchedulePrompt: 'Pick the publish time in «Scheduled publish time» below, then press «Schedule» again.',
      workflowCancel: 'Cancel',
      workflowNoAction: 'You have no action in this state.',
    },
  },
}
