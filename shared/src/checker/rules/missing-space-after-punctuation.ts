import { defineTextRule } from '../rule'
import { chunkAround, isAddressLike, isLetter } from '../text'

const PUNCTUATION = /[.,;:!?]+/g
const LABEL = /^[\p{L}\p{M}]+$/u
// A sentence may end on a quotation or a parenthesis rather than a word.
const CLOSERS = new Set([')', ']', '”', '»'])
/**
 * Abbreviations written with a dot and no space before the next word: TP.HCM, TP.Hồ Chí Minh,
 * GS.TS., ThS.BS. Single letters (P., Q., H., X. in addresses, initials, v.v.) are handled apart.
 */
const ABBREVIATIONS = new Set(['BS', 'CN', 'GS', 'KS', 'PGS', 'TP', 'Tp', 'TS', 'TT', 'TX', 'ThS', 'Ths'])

const MESSAGE = {
  vi: 'Thiếu khoảng trắng sau dấu câu.',
  en: 'Missing space after the punctuation mark.',
}

/**
 * "Hội nghị.Thứ trưởng", "lao động,việc làm": sentence punctuation between two words. Numbers
 * (1.000.000, 3,5, 8:30, 01.01.2024) have no letter after the mark; addresses, file names and
 * abbreviations are recognised and left alone.
 */
export const missingSpaceAfterPunctuationRule = defineTextRule({
  id: 'missing-space-after-punctuation',
  severity: 'error',
  *find(text) {
    for (const match of text.matchAll(PUNCTUATION)) {
      const start = match.index
      const end = start + match[0].length
      if (!isLetter(text[end])) continue
      const before = text[start - 1]
      if (!isLetter(before) && !CLOSERS.has(before)) continue
      // An ellipsis joining words is a stylistic choice, not a missing space.
      if (match[0].includes('..')) continue
      if (match[0] === '.' && isAbbreviation(wordBefore(text, start))) continue
      const [from, to] = chunkAround(text, start, end)
      // "Email:hotro@molisa.gov.vn" is an address, but its label still wants a space.
      const gluedLabel = match[0] === ':' && LABEL.test(text.slice(from, start))
      if (!gluedLabel && isAddressLike(text.slice(from, to))) continue
      yield { start, end, suggestion: `${match[0]} `, message: MESSAGE }
    }
  },
})

function wordBefore(text: string, end: number): string {
  let start = end
  while (start > 0 && isLetter(text[start - 1])) start--
  return text.slice(start, end)
}

function isAbbreviation(word: string): boolean {
  return [...word].length === 1 || ABBREVIATIONS.has(word)
}
