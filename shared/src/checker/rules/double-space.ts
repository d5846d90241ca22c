import { defineTextRule } from '../rule'

// Only between words: indentation and trailing spaces are invisible on the page, and spaces
// before a punctuation mark are space-before-punctuation's to fix.
const SPACES = /(?<=\S)[ \u00A0]{2,}(?=[^\s.,;:!?])/g

const MESSAGE = {
  vi: 'Thừa khoảng trắng giữa hai từ.',
  en: 'More than one space between words.',
}

export const doubleSpaceRule = defineTextRule({
  id: 'double-space',
  severity: 'warning',
  *find(text) {
    for (const match of text.matchAll(SPACES)) {
      yield { start: match.index, end: match.index + match[0].length, suggestion: ' ', message: MESSAGE }
    }
  },
})
