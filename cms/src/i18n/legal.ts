import type { CommentErrorCode } from '@cong/shared/draftComment'
import type { DocumentNumberError } from '@cong/shared/legalNumber'
import { formatVietnameseDate, type IsoDate } from '@cong/shared/vnDate'
import type { Label } from './index'

/**
 * The CMS's words for legal documents, drafts and public comments (docs/legal-documents.md):
 * admin messages, the public comment endpoint's answers and the comment export's headings. The
 * vocabularies themselves (document types, lĩnh vực, validity and draft statuses) are shared
 * data and come from @cong/shared.
 */

export type ModerationState = 'pending' | 'approved' | 'private' | 'spam'

export const MODERATION_STATES: readonly ModerationState[] = ['pending', 'approved', 'private', 'spam']

export const MODERATION_LABELS: Record<ModerationState, Label> = {
  pending: { vi: 'Chờ kiểm duyệt', en: 'Pending' },
  approved: { vi: 'Công khai', en: 'Approved (public)' },
  private: { vi: 'Không công khai', en: 'Kept private' },
  spam: { vi: 'Thư rác', en: 'Spam' },
}

const NUMBER_EXAMPLES = '14/2017/NĐ-CP, 05/2024/TT-BLĐTBXH, 1234/LĐTBXH-VP'

export const LEGAL_MESSAGES = {
  number: {
    empty: {
      vi: `Cần nhập số ký hiệu, ví dụ ${NUMBER_EXAMPLES}.`,
      en: `Enter the document number, e.g. ${NUMBER_EXAMPLES}.`,
    },
    format: {
      vi: `Số ký hiệu phải có dạng số/năm/LOẠI-CƠ QUAN hoặc số/LOẠI-CƠ QUAN, ví dụ ${NUMBER_EXAMPLES}.`,
      en: `A document number reads number/year/TYPE-BODY or number/TYPE-BODY, e.g. ${NUMBER_EXAMPLES}.`,
    },
    year: {
      vi: `Năm trong số ký hiệu (phần giữa hai dấu «/») không hợp lệ: phải từ 1945 đến năm sau. Ví dụ ${NUMBER_EXAMPLES}.`,
      en: `The year in the number (between the two «/») must be between 1945 and next year, e.g. ${NUMBER_EXAMPLES}.`,
    },
  } satisfies Record<DocumentNumberError, Label>,
  numberTaken: (number: string, issuingBody: string): Label => ({
    vi: `Văn bản số ${number} của ${issuingBody} đã có trong hệ thống. Mỗi cơ quan ban hành chỉ có một văn bản mang số này.`,
    en: `Document ${number} of ${issuingBody} already exists. An issuing body has one document per number.`,
  }),
  requiredInVietnamese: {
    vi: 'Cần nhập nội dung tiếng Việt (bản tiếng Anh có thể để trống).',
    en: 'Required in Vietnamese (the English version may stay empty).',
  },
  overrideReasonRequired: {
    vi: 'Cần ghi lý do khi tự xác định tình trạng hiệu lực (ví dụ: «Bị đình chỉ theo Quyết định …»).',
    en: 'Give the reason when setting the validity status by hand (e.g. "Suspended by Decision …").',
  },
  publishForbidden: {
    vi: 'Chỉ Biên tập viên, Ban Biên tập và quản trị hệ thống được đăng hoặc gỡ. Hãy lưu bản nháp; người có quyền sẽ đăng.',
    en: 'Only editors, the board and admins publish or unpublish. Save a draft; someone with the right will publish it.',
  },
  otherDraftingUnit: {
    vi: 'Cộng tác viên chỉ được soạn dự thảo của đơn vị mình.',
    en: "Contributors may only work on their own unit's drafts.",
  },
  periodReversed: {
    vi: 'Ngày kết thúc lấy ý kiến phải bằng hoặc sau ngày bắt đầu.',
    en: 'The comment period must close on or after the day it opens.',
  },
  summaryTooEarly: (closesOn: IsoDate | undefined): Label => ({
    vi: `Báo cáo tổng hợp, tiếp thu, giải trình chỉ được nhập sau khi hết hạn lấy ý kiến${closesOn ? ` (${formatVietnameseDate(closesOn)})` : ''}.`,
    en: `The summary of comments can be entered once the comment period has closed${closesOn ? ` (${closesOn})` : ''}.`,
  }),
  fileNotDocument: (name: string): Label => ({
    vi: `Tệp «${name}» không phải PDF, DOC hay DOCX (đã kiểm tra nội dung tệp, không dựa vào tên). Hãy tải lên bản PDF hoặc Word gốc.`,
    en: `"${name}" is not a PDF, DOC or DOCX file (its content was checked, not its name). Upload the original PDF or Word file.`,
  }),
  fileTooLarge: (megabytes: number): Label => ({
    vi: `Tệp lớn hơn ${megabytes} MB. Hãy nén hoặc tách tệp.`,
    en: `The file is larger than ${megabytes} MB. Compress or split it.`,
  }),
} as const

/** What the public comment form is told, field by field (codes from shared/src/draftComment.ts). */
export const COMMENT_ERROR_MESSAGES: Record<CommentErrorCode, Label> = {
  'name-required': {
    vi: 'Vui lòng nhập họ tên (ít nhất 2 ký tự).',
    en: 'Please enter your name (at least 2 characters).',
  },
  'name-too-long': {
    vi: 'Họ tên quá dài (tối đa 120 ký tự).',
    en: 'The name is too long (120 characters at most).',
  },
  'email-invalid': { vi: 'Địa chỉ thư điện tử không hợp lệ.', en: 'The e-mail address is not valid.' },
  'phone-invalid': {
    vi: 'Số điện thoại không hợp lệ (ví dụ 0912 345 678 hoặc +84 912 345 678).',
    en: 'The phone number is not valid (e.g. 0912 345 678 or +84 912 345 678).',
  },
  'contact-required': {
    vi: 'Vui lòng nhập thư điện tử hoặc số điện thoại để cơ quan soạn thảo liên hệ khi cần.',
    en: 'Please give an e-mail address or a phone number so the drafting unit can reach you.',
  },
  'organisation-too-long': {
    vi: 'Tên cơ quan, tổ chức quá dài (tối đa 200 ký tự).',
    en: 'The organisation name is too long (200 characters at most).',
  },
  'clause-too-long': {
    vi: 'Điều, khoản quá dài (tối đa 200 ký tự).',
    en: 'The article/clause is too long (200 characters at most).',
  },
  'text-too-short': {
    vi: 'Nội dung góp ý quá ngắn (ít nhất 10 ký tự).',
    en: 'The comment is too short (at least 10 characters).',
  },
  'text-too-long': {
    vi: 'Nội dung góp ý quá dài (tối đa 10.000 ký tự).',
    en: 'The comment is too long (10,000 characters at most).',
  },
}

export const COMMENT_ENDPOINT_MESSAGES = {
  notFound: { vi: 'Không có dự thảo đang công khai với mã này.', en: 'No published draft has this id.' },
  notJson: {
    vi: 'Góp ý phải được gửi dưới dạng JSON (Content-Type: application/json).',
    en: 'Comments must be sent as JSON (Content-Type: application/json).',
  },
  badJson: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  tooLarge: { vi: 'Góp ý quá lớn (tối đa 64 KiB).', en: 'The comment is too large (64 KiB at most).' },
  duplicate: {
    vi: 'Góp ý này đã được gửi và đang chờ xem xét, không cần gửi lại.',
    en: 'This comment was already received and is awaiting review; there is no need to send it again.',
  },
  rateLimited: (minutes: number): Label => ({
    vi: `Bạn đã gửi nhiều góp ý trong thời gian ngắn. Vui lòng thử lại sau khoảng ${minutes} phút.`,
    en: `You have sent several comments in a short time. Please try again in about ${minutes} minutes.`,
  }),
  notYetOpen: (opensOn: IsoDate, closesOn: IsoDate): Label => ({
    vi: `Dự thảo chưa mở lấy ý kiến. Thời gian góp ý: từ ${formatVietnameseDate(opensOn)} đến hết ${formatVietnameseDate(closesOn)}.`,
    en: `This draft is not open for comment yet. Comments are accepted from ${opensOn} to ${closesOn} (Viet Nam time).`,
  }),
  closed: (opensOn: IsoDate, closesOn: IsoDate): Label => ({
    vi: `Đã hết thời gian lấy ý kiến (từ ${formatVietnameseDate(opensOn)} đến hết ${formatVietnameseDate(closesOn)}).`,
    en: `The comment period has closed (it ran from ${opensOn} to ${closesOn}, Viet Nam time).`,
  }),
  exportNotFound: { vi: 'Không có dự thảo với mã này.', en: 'No draft has this id.' },
  exportUnauthenticated: { vi: 'Cần đăng nhập.', en: 'Please sign in.' },
  exportForbidden: {
    vi: 'Chỉ đơn vị chủ trì soạn thảo, Biên tập viên, Ban Biên tập và quản trị hệ thống được xuất góp ý.',
    en: 'Only the drafting unit, editors, the board and admins may export comments.',
  },
  exportBadFormat: {
    vi: 'Định dạng xuất phải là csv hoặc xlsx.',
    en: 'The export format must be csv or xlsx.',
  },
} as const

/** Column headings of the comment export (an internal document: Vietnamese only, like the report it feeds). */
export const COMMENT_EXPORT_COLUMNS = {
  reference: 'Mã',
  submittedAt: 'Thời gian',
  name: 'Họ tên',
  organisation: 'Cơ quan',
  clause: 'Điều/khoản',
  text: 'Nội dung',
  moderation: 'Trạng thái',
  email: 'Thư điện tử',
  phone: 'Điện thoại',
} as const

/** The group heading of comments that name no article or clause. */
export const COMMENT_EXPORT_NO_CLAUSE = '(Góp ý chung, không ghi điều/khoản)'

/** The comments panel on a draft's edit view. */
export const COMMENTS_PANEL = {
  title: { vi: 'Góp ý của người dân', en: 'Public comments' },
  total: { vi: 'Tổng số', en: 'Total' },
  seeAll: { vi: 'Xem tất cả góp ý', en: 'See all comments' },
  exportCsv: { vi: 'Xuất CSV', en: 'Export CSV' },
  exportXlsx: { vi: 'Xuất Excel (XLSX)', en: 'Export Excel (XLSX)' },
  notSaved: { vi: 'Lưu dự thảo trước để xem góp ý.', en: 'Save the draft first to see its comments.' },
} satisfies Record<string, Label>
