import { defineTextRule } from '../rule'

// The mark must end its word: " .vn" or " .pdf" names a suffix, not a sentence end.
const SPACED_PUNCTUATION = /(?<=\S)[ \t\u00A0]+([.,;:!?]+)(?=[\s)\]}”»"']|$)/g

const MESSAGE = {
  vi: 'Không đặt khoảng trắng trước dấu câu.',
  en: 'No space before a punctuation mark.',
}

/** "việc làm ." – the mark belongs to the word before it. An ellipsis may stand apart. */
export const spaceBeforePunctuationRule = defineTextRule({
  id: 'space-before-punctuation',
  severity: 'warning',
  *find(text) {
    for (const match of text.matchAll(SPACED_PUNCTUATION)) {
      const marks = match[1]
      if (marks.startsWith('..')) continue
      yield { start: match.index, end: match.index + match[0].length, suggestion: marks, message: MESSAGE }
    }
  },
})
