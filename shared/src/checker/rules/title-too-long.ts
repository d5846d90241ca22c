import { defineTextRule } from '../rule'

export const TITLE_MAX_LENGTH = 120

/** Titles are cut in listings, search results and social previews beyond this length. */
export const titleTooLongRule = defineTextRule({
  id: 'title-too-long',
  severity: 'warning',
  fields: ['title'],
  *find(text) {
    if (text.length <= TITLE_MAX_LENGTH) return
    // Characters, not UTF-16 units: an emoji counts once.
    const characters = [...text]
    if (characters.length <= TITLE_MAX_LENGTH) return
    const start = characters.slice(0, TITLE_MAX_LENGTH).join('').length
    yield {
      start,
      end: text.length,
      message: {
        vi: `Tiêu đề dài ${characters.length} ký tự, vượt quá ${TITLE_MAX_LENGTH} ký tự; phần được đánh dấu sẽ bị cắt khi hiển thị.`,
        en: `The title is ${characters.length} characters long, over ${TITLE_MAX_LENGTH}; the marked part gets cut off in listings.`,
      },
    }
  },
})
