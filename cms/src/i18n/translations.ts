import { TRANSLATION_STATE_LABELS, type TranslationState } from '@cong/shared/translation'
import type { Label } from './index'

/**
 * The CMS's words for the translation workflow's refusals (the move and status endpoints, the
 * service used by imports and the seed). The admin panel's own strings are in translationsAdmin.ts.
 */
const state = (s: TranslationState, lang: keyof Label) => `«${TRANSLATION_STATE_LABELS[s][lang]}»`

export const TRANSLATION_MESSAGES = {
  unauthenticated: { vi: 'Cần đăng nhập.', en: 'Please sign in.' },
  forbiddenRead: {
    vi: 'Chỉ biên dịch viên, biên tập viên, Ban Biên tập và quản trị hệ thống xem được bản tiếng Anh.',
    en: 'Only translators, editors, the board and admins may see English versions.',
  },
  badRequest: {
    vi: 'Yêu cầu cần «collection» (tin bài, trang, văn bản, đơn vị, album hoặc câu hỏi), «id» và trạng thái đích «to».',
    en: 'The request needs a "collection" (articles, pages, legal-documents, units, albums or cases), an "id" and a target state "to".',
  },
  badState: {
    vi: 'Trạng thái đích không hợp lệ.',
    en: 'Unknown target state.',
  },
  notFound: {
    vi: 'Không tìm thấy mục này, hoặc mục chưa có bản tiếng Anh (câu hỏi chỉ có khi đã trả lời công khai).',
    en: 'No such item, or it has no English version (a question has one once answered publicly).',
  },
  unknownTransition: (from: TranslationState, to: TranslationState): Label => ({
    vi: `Không thể chuyển bản tiếng Anh từ ${state(from, 'vi')} sang ${state(to, 'vi')}.`,
    en: `The English version cannot move from ${state(from, 'en')} to ${state(to, 'en')}.`,
  }),
  forbidden: (from: TranslationState, to: TranslationState): Label => ({
    vi: `Vai trò của bạn không được chuyển bản tiếng Anh từ ${state(from, 'vi')} sang ${state(to, 'vi')}.`,
    en: `Your role may not move the English version from ${state(from, 'en')} to ${state(to, 'en')}.`,
  }),
  reasonRequired: (to: TranslationState): Label =>
    to === 'needed'
      ? { vi: 'Cần ghi lý do gỡ bản tiếng Anh.', en: 'Give a reason for taking the English down.' }
      : { vi: 'Cần ghi lý do trả lại bản dịch.', en: 'Give a reason for returning the translation.' },
  englishRequired: {
    vi: 'Bản tiếng Anh chưa có tiêu đề: hãy nhập tiêu đề tiếng Anh (chọn ngôn ngữ «English» trên trang sửa) rồi gửi lại.',
    en: 'The English version has no title yet: enter the English title (switch the edit view to English) and try again.',
  },
  moveFailed: {
    vi: 'Không lưu được trạng thái bản tiếng Anh; chưa có gì thay đổi. Hãy thử lại.',
    en: 'The English state could not be saved; nothing changed. Please try again.',
  },
} as const
