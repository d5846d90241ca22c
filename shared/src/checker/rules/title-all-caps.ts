import { defineTextRule } from '../rule'
import { isVietnameseSyllable } from '../syllable'
import { WORD } from '../text'

const LOWER_CASE = /\p{Ll}/u
const UPPER_CASE = /\p{Lu}/gu

const MESSAGE = {
  vi: 'Tiêu đề viết hoa toàn bộ; hãy viết hoa chữ đầu câu và tên riêng.',
  en: 'The title is in all capitals; capitalise only the first word and proper names.',
}

/**
 * "HỘI NGHỊ TỔNG KẾT NĂM 2026": hard to read and shouts in listings. A short title made only of
 * acronyms ("UBND TP", "BHXH") cannot be written any other way; an acronym is a word that is
 * not a Vietnamese syllable.
 */
export const titleAllCapsRule = defineTextRule({
  id: 'title-all-caps',
  severity: 'warning',
  fields: ['title'],
  *find(text) {
    if (LOWER_CASE.test(text) || (text.match(UPPER_CASE)?.length ?? 0) < 3) return
    const words = text.match(WORD) ?? []
    const acronymsOnly = words.every(
      (word) => [...word].length < 2 || !isVietnameseSyllable(word, { properName: true }),
    )
    if (words.length < 3 && acronymsOnly) return
    yield { start: 0, end: text.length, message: MESSAGE }
  },
})
