import { hasVietnameseMarks, isVietnameseSpelling, isVowel } from '../letters'
import { memoise } from '../memo'
import { defineTextRule, type Hit } from '../rule'
import { isVietnameseSyllable } from '../syllable'
import { isAddressLike, WORD, wordList } from '../text'

/**
 * Foreign words with the shape of one syllable, so the multi-syllable test does not let them
 * through: loanwords, and the English words of short programme names ("Safe and Fair").
 */
const FOREIGN_WORDS = new Set(
  wordList(`
    and app as blog bus check click clip gel gen group gym is link mail ok or post scan ship shop
    smart spa stress team test tour trend
  `),
)

const CHUNK = /\S+/g
const DIGIT = /\d/
const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u
const ROMAN_NUMERAL = /^[ivx]+$/
// A hyphenated name starting with a capital is a transcription (Mát-xcơ-va, Ô-xtrây-li-a,
// Giê-su), spelled letter by letter from another language.
const TRANSCRIBED_NAME = /^[(“"«[]*\p{Lu}[\p{L}\p{M}]*-\p{L}/u

const MESSAGE = {
  vi: 'Từ này không phải là một âm tiết tiếng Việt hợp lệ (có thể gõ sai).',
  en: 'Not a valid Vietnamese syllable (probably a typo).',
}

/**
 * Words that cannot be Vietnamese syllables. Which words are held to that standard:
 * - a word with Vietnamese marks is meant as Vietnamese and is checked, tone placement included;
 *   capitalised, it may be a Central Highlands place name (Đắk Lắk) and gets their spellings too;
 * - a word without marks is checked only when it is lower case and a single vowel group: a
 *   capitalised one is a name (Facebook, Zalo, London), several vowel groups make a foreign word
 *   of several syllables (online, website), while "clilp" or "nguoi" can only be mistyped
 *   Vietnamese. Its tone is not checked: "chat" and "top" are loanwords, not syllables missing
 *   a mark. Nor is it checked inside an English phrase: four or more words in a row without
 *   marks, one of them certainly foreign ("Only admins may roll back");
 * - never checked: acronyms in capitals without vowel marks (UBND, NĐ-CP), chunks with digits
 *   (14/2017/NĐ-CP, Covid-19), addresses and file names, camelCase brands (iPhone, VNeID), words
 *   with letters outside the Vietnamese alphabet (f j w z, other scripts), single letters
 *   (list labels "điểm a", initials), lower-case Roman numerals, words without a vowel (km, kg).
 */
export const invalidSyllableRule = defineTextRule({
  id: 'invalid-syllable',
  severity: 'error',
  find(text) {
    const hits: Hit[] = []
    const report = ({ start, verdict }: Chunk) => {
      for (const [offset, word] of verdict.invalid) {
        hits.push({ start: start + offset, end: start + offset + word.length, message: MESSAGE })
      }
    }
    let unmarked: Chunk[] = []
    const closeRun = () => {
      const english = unmarked.length >= ENGLISH_PHRASE && unmarked.some((chunk) => chunk.verdict.foreign)
      if (!english) unmarked.forEach(report)
      unmarked = []
    }
    for (const match of text.matchAll(CHUNK)) {
      const chunk = { start: match.index, verdict: judge(match[0]) }
      if (chunk.verdict.marked) {
        closeRun()
        report(chunk)
      } else if (chunk.verdict.words > 0) {
        unmarked.push(chunk)
      }
    }
    closeRun()
    return hits
  },
})

// Shorter runs are more often a loanword beside a typo ("xem video clilp") than English.
const ENGLISH_PHRASE = 4

interface Verdict {
  /** Some word carries Vietnamese marks. */
  marked: boolean
  /** Some word cannot be Vietnamese at all. */
  foreign: boolean
  /** Words that count towards a run of unmarked words. */
  words: number
  /** [offset, word] of each invalid word. */
  invalid: readonly (readonly [number, string])[]
}

interface Chunk {
  start: number
  verdict: Verdict
}

const UNCHECKED: Verdict = { marked: false, foreign: false, words: 0, invalid: [] }

/** What a whitespace-delimited chunk holds; chunks recur, so memoised. */
const judge = memoise((chunk): Verdict => {
  if (DIGIT.test(chunk) || TRANSCRIBED_NAME.test(chunk) || isAddressLike(chunk)) return UNCHECKED
  const words = [...chunk.matchAll(WORD)]
  return {
    marked: words.some(([word]) => hasVietnameseMarks(word)),
    foreign: words.some(([word]) => !isVietnameseSpelling(word) || vowelGroups(word) > 1),
    words: words.length,
    invalid: words.filter(([word]) => isInvalid(word)).map((word) => [word.index, word[0]] as const),
  }
})

function isInvalid(word: string): boolean {
  if (!isVietnameseSpelling(word) || LOWER_THEN_UPPER.test(word)) return false
  const groups = vowelGroups(word)
  if (groups === 0) return false
  const lower = word.toLowerCase()
  const vowelMarks = hasVietnameseMarks(lower.replaceAll('đ', 'd'))
  if (word === word.toUpperCase() && word !== lower) {
    // All capitals: an acronym unless it carries vowel marks (CỘNG HÒA, ĐẮK LẮK).
    return vowelMarks && !isVietnameseSyllable(word, { properName: true })
  }
  if (vowelMarks || lower.includes('đ')) {
    return !isVietnameseSyllable(word, { properName: word !== lower })
  }
  if (word !== lower || word.length < 2 || FOREIGN_WORDS.has(word) || ROMAN_NUMERAL.test(word)) return false
  return groups === 1 && !isVietnameseSyllable(word, { ignoreTone: true })
}

function vowelGroups(word: string): number {
  let groups = 0
  let inVowels = false
  for (const letter of word) {
    const vowel = isVowel(letter)
    if (vowel && !inVowels) groups++
    inVowels = vowel
  }
  return groups
}
