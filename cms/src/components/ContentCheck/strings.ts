/** Labels of the live content checker in the admin's two languages. */
export const CONTENT_CHECK_STRINGS = {
  vi: {
    title: 'Kiểm tra nội dung',
    intro: 'Kiểm tra chính tả và trình bày tiếng Việt khi bạn gõ. Lỗi (đỏ) phải sửa trước khi gửi duyệt; cảnh báo (vàng) để bạn cân nhắc.',
    clean: 'Không phát hiện lỗi chính tả hay trình bày.',
    counts: (errors: number, warnings: number) => `${errors} lỗi, ${warnings} cảnh báo`,
    error: 'Lỗi',
    warning: 'Cảnh báo',
    fields: { title: 'Tiêu đề', sapo: 'Sa-pô', body: 'Nội dung', images: 'Ảnh' } as Record<string, string>,
    suggestion: 'Đề xuất',
    apply: 'Sửa',
    applyHint: 'Sửa trong nội dung bài (ô soạn thảo) theo đề xuất.',
  },
  en: {
    title: 'Content check',
    intro: 'Vietnamese spelling and layout, checked as you type. Errors (red) must be fixed before submitting; warnings (amber) are for you to judge.',
    clean: 'No spelling or layout problems found.',
    counts: (errors: number, warnings: number) => `${errors} error(s), ${warnings} warning(s)`,
    error: 'Error',
    warning: 'Warning',
    fields: { title: 'Title', sapo: 'Lead', body: 'Body', images: 'Images' } as Record<string, string>,
    suggestion: 'Suggestion',
    apply: 'Fix',
    applyHint: 'Fix it in the body editor as suggested.',
  },
} as const
