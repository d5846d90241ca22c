/**
 * Admin strings of the English-version panel and the side-by-side view, in the admin's two
 * languages. Which language is the signed-in user's choice (`i18n.language` of the admin).
 */
import type { TranslatableCollection, TranslationState } from '@cong/shared/translation'
import type { Label } from './index'

/**
 * What a button does, named for the person pressing it. The same target state means different
 * things from different places (starting over from `needed`, updating a stale translation), so
 * labels are keyed by the move. `in-review>in-progress` is a translator taking their work back
 * but the board returning it, so that one is also keyed by who presses it.
 */
export const TRANSLATION_MOVE_LABELS: Record<string, Label> = {
  'not-needed>needed': { vi: 'Cần bản tiếng Anh', en: 'English needed' },
  'needed>not-needed': { vi: 'Không cần dịch', en: 'No English needed' },
  'needed>in-progress': { vi: 'Bắt đầu dịch', en: 'Start translating' },
  'in-progress>in-review': { vi: 'Gửi duyệt bản dịch', en: 'Submit the translation' },
  'in-progress>needed': { vi: 'Thôi dịch, trả về hàng chờ', en: 'Hand back to the queue' },
  'in-review>published': { vi: 'Đăng bản tiếng Anh', en: 'Publish the English' },
  'in-review>in-progress': { vi: 'Trả lại', en: 'Return for changes' },
  'in-review>in-progress:translator': { vi: 'Rút lại để sửa', en: 'Take back to edit' },
  'published>in-progress': { vi: 'Sửa bản dịch', en: 'Revise the translation' },
  'published>needed': { vi: 'Gỡ bản tiếng Anh', en: 'Withdraw the English' },
  'stale>in-progress': { vi: 'Cập nhật bản dịch', en: 'Update the translation' },
  'stale>in-review': { vi: 'Gửi duyệt lại', en: 'Submit for review again' },
  'stale>published': { vi: 'Bản dịch vẫn đúng, đăng lại', en: 'English still fits: republish' },
  'stale>needed': { vi: 'Gỡ bản tiếng Anh', en: 'Withdraw the English' },
}

/** What the reason box asks for, by the move's target: a return is read by the translator, a withdrawal by the board. */
export const TRANSLATION_REASON_PROMPTS: Partial<Record<TranslationState, Label>> = {
  'in-progress': {
    vi: 'Cần sửa gì trong bản dịch (biên dịch viên sẽ đọc)',
    en: 'What needs changing in the translation (the translator reads this)',
  },
  needed: {
    vi: 'Vì sao gỡ bản tiếng Anh (ghi vào hồ sơ bản dịch)',
    en: 'Why the English is withdrawn (kept on the translation record)',
  },
}

export const TRANSLATION_PANEL_STRINGS = {
  vi: {
    title: 'Bản tiếng Anh',
    state: 'Trạng thái',
    translator: 'Người dịch',
    reviewer: 'Người duyệt',
    neededSince: 'Cần dịch từ',
    stateChangedAt: 'Đổi trạng thái lúc',
    publishedAt: 'Đăng tiếng Anh lúc',
    firstPublishedAt: 'Đăng lần đầu',
    lastReason: 'Lý do lần trước',
    noAction: 'Vai trò của bạn không có thao tác nào với bản dịch ở trạng thái này.',
    unsaved: 'Lưu bài trước; bản tiếng Anh được theo dõi từ lần lưu đầu.',
    loading: 'Đang tải trạng thái bản dịch…',
    loadFailed: 'Không tải được trạng thái bản dịch.',
    noRecord: 'Chưa có hồ sơ bản dịch cho mục này; hồ sơ được tạo khi lưu.',
    sideBySide: 'Dịch song song',
    sideBySideHint: 'Mở bản tiếng Anh, bản tiếng Việt hiện bên cạnh từng ô.',
    backToVietnamese: 'Về bản tiếng Việt',
    staleNotice:
      'Bản tiếng Việt đã thay đổi sau khi dịch — bản tiếng Anh đang đăng vẫn giữ nguyên đến khi được duyệt lại.',
    staleNoticeUnpublished: 'Bản tiếng Việt đã thay đổi sau khi dịch: hãy cập nhật bản dịch theo những chỗ dưới đây.',
    changesTitle: 'Những chỗ bản tiếng Việt đã đổi',
    removed: 'bỏ',
    added: 'thêm',
    fieldAdded: 'ô mới',
    fieldRemoved: 'đã xoá',
    cancel: 'Hủy',
    done: 'Đã thực hiện',
    retry: 'Thử lại',
    reasonRequired: 'Hãy ghi lý do trước khi thực hiện bước này.',
    refused: 'Máy chủ không chấp nhận bước này.',
    saveFirst:
      'Trang đang có thay đổi chưa lưu. Bước này dùng bản đã lưu: hãy bấm «Lưu» trước, rồi bấm lại nút này.',
    sourceLabel: 'Tiếng Việt (bản gốc)',
    sourceEmpty: '(bản tiếng Việt để trống)',
    sourceUnavailable: 'Không tải được bản tiếng Việt.',
  },
  en: {
    title: 'English version',
    state: 'State',
    translator: 'Translator',
    reviewer: 'Reviewer',
    neededSince: 'Needed since',
    stateChangedAt: 'State changed',
    publishedAt: 'English published',
    firstPublishedAt: 'First published',
    lastReason: 'Last reason',
    noAction: 'Your role has no step to take on the translation in this state.',
    unsaved: 'Save first; the English version is tracked from the first save.',
    loading: 'Loading the translation state…',
    loadFailed: 'Could not load the translation state.',
    noRecord: 'No translation record for this item yet; one is made when it is saved.',
    sideBySide: 'Translate side by side',
    sideBySideHint: 'Opens the English, with the Vietnamese beside each field.',
    backToVietnamese: 'Back to Vietnamese',
    staleNotice:
      'The Vietnamese changed after the translation was made — the published English stays as it is until it is reviewed again.',
    staleNoticeUnpublished: 'The Vietnamese changed after the translation was made: update the translation where marked below.',
    changesTitle: 'What changed in the Vietnamese',
    removed: 'removed',
    added: 'added',
    fieldAdded: 'new field',
    fieldRemoved: 'deleted',
    cancel: 'Cancel',
    done: 'Done',
    retry: 'Try again',
    reasonRequired: 'Give a reason before taking this step.',
    refused: 'The server refused this step.',
    saveFirst: 'This page has unsaved changes. This step uses the saved text: press "Save" first, then this button again.',
    sourceLabel: 'Vietnamese (source)',
    sourceEmpty: '(the Vietnamese is empty)',
    sourceUnavailable: 'Could not load the Vietnamese.',
  },
} as const

export type TranslationPanelStrings = (typeof TRANSLATION_PANEL_STRINGS)['vi']

/**
 * Translated fields as the editor knows them, per collection; an array row's field is named
 * with its array (`leaders.<rowId>.title` → «Lãnh đạo – Chức vụ»).
 */
export const TRANSLATED_FIELD_LABELS: Record<TranslatableCollection, Record<string, Label>> = {
  articles: {
    title: { vi: 'Tiêu đề', en: 'Title' },
    sapo: { vi: 'Sa-pô', en: 'Lead' },
    body: { vi: 'Nội dung', en: 'Body' },
    coverCaption: { vi: 'Chú thích ảnh', en: 'Cover caption' },
  },
  pages: {
    title: { vi: 'Tiêu đề', en: 'Title' },
    body: { vi: 'Nội dung', en: 'Body' },
  },
  'legal-documents': {
    summary: { vi: 'Trích yếu', en: 'Summary' },
    issuingBody: { vi: 'Cơ quan ban hành', en: 'Issuing body' },
    signerTitle: { vi: 'Chức vụ người ký', en: "Signer's title" },
    fullText: { vi: 'Toàn văn', en: 'Full text' },
    attachments: { vi: 'Tệp đính kèm', en: 'Attachments' },
    label: { vi: 'Tên hiển thị', en: 'Label' },
  },
  units: {
    name: { vi: 'Tên đơn vị', en: 'Name' },
    functions: { vi: 'Chức năng, nhiệm vụ', en: 'Functions and duties' },
    leaders: { vi: 'Lãnh đạo', en: 'Leader' },
    title: { vi: 'Chức vụ', en: 'Title' },
    bio: { vi: 'Tóm tắt tiểu sử', en: 'Short biography' },
    responsibilities: { vi: 'Lĩnh vực phụ trách', en: 'Responsibilities' },
  },
  albums: {
    title: { vi: 'Tiêu đề', en: 'Title' },
    description: { vi: 'Mô tả', en: 'Description' },
    transcript: { vi: 'Lời thoại', en: 'Transcript' },
    photos: { vi: 'Ảnh', en: 'Photo' },
    caption: { vi: 'Chú thích', en: 'Caption' },
    alt: { vi: 'Mô tả ảnh', en: 'Alt text' },
  },
  cases: {
    publicTitle: { vi: 'Tiêu đề công bố', en: 'Public title' },
    publicQuestion: { vi: 'Câu hỏi công bố', en: 'Public question' },
    answer: { vi: 'Câu trả lời', en: 'Answer' },
    title: { vi: 'Tiêu đề công bố', en: 'Public title' },
    question: { vi: 'Câu hỏi công bố', en: 'Public question' },
  },
}
