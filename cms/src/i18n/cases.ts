import { CASE_ATTACHMENTS, CASE_LIMITS, type CaseErrorCode, type LookupErrorCode } from '@cong/shared/citizenCase'
import type { Label } from './index'

/**
 * The words of the public case endpoints (`POST /api/cases/submit`, `POST /api/cases/lookup`):
 * every refusal a sender can meet, Vietnamese first. The site words the same codes in its own
 * table for the checks it makes before sending.
 */

export type AttachmentErrorCode = 'attachment-type' | 'attachment-too-large' | 'too-many-attachments'

const MAX_MB = CASE_ATTACHMENTS.maxBytes / (1024 * 1024)

/** Every field over its length limit is refused in the same words, so a sender learns them once. */
const tooLong = (field: Label, max: number): Label => ({
  vi: `${field.vi} quá dài (tối đa ${max.toLocaleString('vi-VN')} ký tự).`,
  en: `The ${field.en} is too long (${max.toLocaleString('en-GB')} characters at most).`,
})

export const CASE_ERROR_MESSAGES: Record<CaseErrorCode, Label> = {
  'kind-required': { vi: 'Vui lòng chọn người gửi là ai.', en: 'Please say who is sending.' },
  'type-required': {
    vi: 'Vui lòng chọn loại: hỏi chính sách, phản ánh hay kiến nghị.',
    en: 'Please choose the type: policy question, feedback or petition.',
  },
  'name-required': {
    vi: `Vui lòng nhập họ tên (ít nhất ${CASE_LIMITS.nameMin} ký tự).`,
    en: `Please enter your name (at least ${CASE_LIMITS.nameMin} characters).`,
  },
  'name-too-long': tooLong({ vi: 'Họ tên', en: 'name' }, CASE_LIMITS.nameMax),
  'email-invalid': { vi: 'Địa chỉ thư điện tử không hợp lệ.', en: 'The e-mail address is not valid.' },
  'phone-invalid': {
    vi: 'Số điện thoại không hợp lệ (ví dụ 0912 345 678 hoặc +84 912 345 678).',
    en: 'The phone number is not valid (e.g. 0912 345 678 or +84 912 345 678).',
  },
  'contact-required': {
    vi: 'Vui lòng nhập thư điện tử hoặc số điện thoại: cần để tra cứu và nhận trả lời.',
    en: 'Please give an e-mail address or a phone number: you need it to track the question and receive the answer.',
  },
  'address-too-long': tooLong({ vi: 'Địa chỉ', en: 'address' }, CASE_LIMITS.addressMax),
  'field-required': { vi: 'Vui lòng chọn lĩnh vực.', en: 'Please choose a field.' },
  'title-too-short': {
    vi: `Vui lòng nhập tiêu đề (ít nhất ${CASE_LIMITS.titleMin} ký tự).`,
    en: `Please enter a title (at least ${CASE_LIMITS.titleMin} characters).`,
  },
  'title-too-long': tooLong({ vi: 'Tiêu đề', en: 'title' }, CASE_LIMITS.titleMax),
  'content-too-short': {
    vi: `Nội dung quá ngắn (ít nhất ${CASE_LIMITS.contentMin} ký tự).`,
    en: `The content is too short (at least ${CASE_LIMITS.contentMin} characters).`,
  },
  'content-too-long': tooLong({ vi: 'Nội dung', en: 'content' }, CASE_LIMITS.contentMax),
  'consent-required': {
    vi: 'Vui lòng đồng ý để cơ quan xử lý thông tin cá nhân của bạn cho việc trả lời.',
    en: 'Please agree to the processing of your personal data for the answer.',
  },
}

export const ATTACHMENT_ERROR_MESSAGES: Record<AttachmentErrorCode, (file: string) => Label> = {
  'attachment-type': (file) => ({
    vi: `Tệp «${file}» không phải PDF hoặc ảnh (JPEG, PNG, WebP).`,
    en: `The file “${file}” is not a PDF or an image (JPEG, PNG, WebP).`,
  }),
  'attachment-too-large': (file) => ({
    vi: `Tệp «${file}» quá lớn (tối đa ${MAX_MB} MB mỗi tệp).`,
    en: `The file “${file}” is too large (${MAX_MB} MB per file at most).`,
  }),
  'too-many-attachments': () => ({
    vi: `Chỉ được gửi tối đa ${CASE_ATTACHMENTS.maxFiles} tệp đính kèm.`,
    en: `At most ${CASE_ATTACHMENTS.maxFiles} attachments may be sent.`,
  }),
}

export const LOOKUP_ERROR_MESSAGES: Record<LookupErrorCode, Label> = {
  'code-invalid': {
    vi: 'Mã tra cứu có dạng HD-XXXX-XXXX (chữ và số, không có 0, O, 1, I, L).',
    en: 'A tracking code looks like HD-XXXX-XXXX (letters and digits, no 0, O, 1, I, L).',
  },
  'contact-required': {
    vi: 'Vui lòng nhập thư điện tử hoặc số điện thoại đã dùng khi gửi câu hỏi.',
    en: 'Please enter the e-mail address or phone number you sent the question with.',
  },
}

export const CASE_ENDPOINT_MESSAGES = {
  unsupportedType: {
    vi: 'Câu hỏi phải được gửi dưới dạng multipart/form-data hoặc JSON.',
    en: 'Questions must be sent as multipart/form-data or JSON.',
  },
  notJson: {
    vi: 'Yêu cầu tra cứu phải được gửi dưới dạng JSON (Content-Type: application/json).',
    en: 'Lookups must be sent as JSON (Content-Type: application/json).',
  },
  badBody: { vi: 'Nội dung gửi lên không đọc được.', en: 'The request body could not be read.' },
  tooLarge: {
    vi: `Nội dung gửi lên quá lớn (tối đa ${CASE_ATTACHMENTS.maxFiles} tệp, mỗi tệp ${MAX_MB} MB).`,
    en: `The submission is too large (${CASE_ATTACHMENTS.maxFiles} files of ${MAX_MB} MB at most).`,
  },
  lookupTooLarge: { vi: 'Yêu cầu tra cứu quá lớn.', en: 'The lookup request is too large.' },
  // The tracking code is not repeated: whoever knows a sender's contact and words would get it.
  duplicate: {
    vi: 'Câu hỏi này đã được tiếp nhận. Mã tra cứu đã hiện khi gửi lần đầu (và được gửi tới thư điện tử, nếu có); vì an toàn, mã không được nhắc lại ở đây.',
    en: 'This question was already received. Its tracking code was shown when it was first sent (and e-mailed, if an address was given); for safety it is not repeated here.',
  },
  rateLimited: (minutes: number): Label => ({
    vi: `Bạn đã gửi nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau khoảng ${minutes} phút.`,
    en: `You have sent several requests in a short time. Please try again in about ${minutes} minutes.`,
  }),
  notFound: {
    vi: 'Không tìm thấy câu hỏi với mã tra cứu và thông tin liên hệ này. Vui lòng kiểm tra lại.',
    en: 'No question matches this tracking code and contact. Please check both.',
  },
} as const
