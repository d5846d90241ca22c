import { bridgesWords } from '../compounds'
import { defineTextRule } from '../rule'
import { wordList } from '../text'

/**
 * Words Vietnamese doubles on purpose: frequency and distribution (ngày ngày, nhà nhà),
 * intensity and manner (dần dần, chằm chằm), sounds (ầm ầm, ha ha) and the four-syllable
 * set phrases (lớp lớp, tầng tầng, trùng trùng điệp điệp).
 */
const REDUPLICATIVES = new Set(
  wordList(`
    ai ào ầm bon bừng cao chằm chiều chốc chung dạ dần đăm đâu đêm điệp đời đều đùng ha hàng hiu hơi
    hồng hu khò khư kiếp lăm lâng lâu lớp lù luôn lừ mãi năm ngang ngày người nhà nơi oa phừng rầm
    rần rưng sáng sờ tầng tháng thao thường trùng từ ùn vâng vừa vù xa xanh xinh
  `),
)

// "năm năm 2024", "ngày ngày 23/11": before a number these are a date with its noun doubled.
const DATE_NOUNS = new Set(['ngày', 'tháng', 'năm'])
const STARTS_WITH_DIGIT = /^\s*\d/

const MESSAGE = {
  vi: 'Từ bị lặp liền nhau.',
  en: 'The same word twice in a row.',
}

// A word followed by itself, in any case (the i flag compares the back-reference by Unicode case
// folding): one native pass over the text, since repeats are rare.
const REPEAT = /(?<![\p{L}\p{M}])([\p{L}\p{M}]+)(?:[ \t\u00A0]+\1)+(?![\p{L}\p{M}])/giu
const WORD_BEFORE = /([\p{L}\p{M}]+)[^\p{L}\p{M}]*$/u
const WORD_AFTER = /^[^\p{L}\p{M}]*([\p{L}\p{M}]+)/u
const WORDS = /[\p{L}\p{M}]+/gu
// Far enough to reach the neighbouring word past spaces and punctuation.
const CONTEXT = 24

/** The same word twice or more in a row, whatever its case ("thời thời", "Thời thời"). */
export const repeatedWordRule = defineTextRule({
  id: 'repeated-word',
  severity: 'error',
  *find(text) {
    for (const match of text.matchAll(REPEAT)) {
      const start = match.index
      const end = start + match[0].length
      const words = match[0].match(WORDS) ?? []
      const context = {
        before: WORD_BEFORE.exec(text.slice(Math.max(0, start - CONTEXT), start))?.[1].toLowerCase() ?? '',
        after: text.slice(end, end + CONTEXT),
      }
      if (!isIntended(words, context)) yield { start, end, suggestion: match[1], message: MESSAGE }
    }
  },
})

function isIntended(words: readonly string[], { before, after }: { before: string; after: string }): boolean {
  const key = words[0].toLowerCase()
  if (REDUPLICATIVES.has(key)) return !(DATE_NOUNS.has(key) && STARTS_WITH_DIGIT.test(after))
  if (words.length > 2) return false
  // "cán bộ Bộ Y tế", "Trưởng phòng Phòng Nội vụ", "Đại hội Hội Nông dân": a word, then the
  // name of an institution that starts with it.
  if (isCapitalised(words[1]) && !isCapitalised(words[0])) return true
  return bridgesWords(before, key, WORD_AFTER.exec(after)?.[1].toLowerCase() ?? '')
}

function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase()
}
