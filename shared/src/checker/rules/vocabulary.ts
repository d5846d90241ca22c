import { defineTextRule } from '../rule'

interface Misspelling {
  wrong: string
  right: string
  /** Words that, just before `wrong`, make it a correct phrase ("giám sát nhập khẩu"). */
  notAfter?: readonly string[]
}

/**
 * Misspellings seen in the portal's own vocabulary: its name, the ministry's, and the words of
 * its procedures. Every entry is a phrase no correct text contains, or is guarded by notAfter.
 * Lower case; matching ignores case and the suggestion copies the case of what was typed.
 */
export const MISSPELLINGS: readonly Misspelling[] = [
  { wrong: 'công thông tin điện tử', right: 'cổng thông tin điện tử' },
  { wrong: 'công ttđt', right: 'cổng ttđt' },
  { wrong: 'thương bình và xã hội', right: 'thương binh và xã hội' },
  { wrong: 'ngiệp', right: 'nghiệp' },
  { wrong: 'nghành', right: 'ngành' },
  { wrong: 'ngiên cứu', right: 'nghiên cứu' },
  { wrong: 'xữ lý', right: 'xử lý' },
  { wrong: 'sử lý', right: 'xử lý', notAfter: ['lịch'] },
  { wrong: 'sử phạt', right: 'xử phạt', notAfter: ['lịch'] },
  { wrong: 'quảu lý', right: 'quản lý' },
  { wrong: 'thủ tụt', right: 'thủ tục' },
  { wrong: 'trực truyến', right: 'trực tuyến' },
  { wrong: 'giám đôc', right: 'giám đốc' },
  { wrong: 'trưỡng', right: 'trưởng' },
  { wrong: 'dưởng', right: 'dưỡng' },
  { wrong: 'hướng dẩn', right: 'hướng dẫn' },
  { wrong: 'sẳn sàng', right: 'sẵn sàng' },
  { wrong: 'sữa chữa', right: 'sửa chữa' },
  { wrong: 'chỉnh sữa', right: 'chỉnh sửa' },
  { wrong: 'lảnh đạo', right: 'lãnh đạo' },
  { wrong: 'nghỉa vụ', right: 'nghĩa vụ' },
  { wrong: 'bảo hiễm', right: 'bảo hiểm' },
  { wrong: 'phát triễn', right: 'phát triển' },
  { wrong: 'nghĩ hưu', right: 'nghỉ hưu' },
  { wrong: 'chuẩn đoán', right: 'chẩn đoán' },
  { wrong: 'xác xuất', right: 'xác suất' },
  { wrong: 'trách nghiệm', right: 'trách nhiệm' },
  { wrong: 'kiểm xoát', right: 'kiểm soát' },
  { wrong: 'an xinh xã hội', right: 'an sinh xã hội' },
  { wrong: 'xả hội', right: 'xã hội' },
  { wrong: 'hồ xơ', right: 'hồ sơ' },
  { wrong: 'trẽ em', right: 'trẻ em' },
  { wrong: 'tuyển dũng', right: 'tuyển dụng' },
  {
    wrong: 'sát nhập',
    right: 'sáp nhập',
    notAfter: ['giám', 'kiểm', 'khảo', 'quan', 'thanh', 'cảnh', 'trinh', 'thị'],
  },
]

const BY_WRONG = new Map(MISSPELLINGS.map((entry) => [entry.wrong, entry]))

// One pass over the text for the whole table; longer phrases first so they win over their parts.
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\d])(?:${[...BY_WRONG.keys()]
    .sort((a, b) => b.length - a.length)
    .map((wrong) => wrong.split(' ').map(escapeRegExp).join('\\s+'))
    .join('|')})(?![\\p{L}\\p{M}\\d])`,
  'giu',
)
const LAST_WORD = /([\p{L}\p{M}]+)\s+$/u

export const vocabularyRule = defineTextRule({
  id: 'vocabulary',
  severity: 'error',
  supersedes: ['invalid-syllable'],
  *find(text) {
    for (const match of text.matchAll(PATTERN)) {
      const typed = match[0]
      const entry = BY_WRONG.get(typed.toLowerCase().replace(/\s+/g, ' '))
      if (!entry) continue
      const previous = LAST_WORD.exec(text.slice(Math.max(0, match.index - 24), match.index))?.[1]
      if (previous && entry.notAfter?.includes(previous.toLowerCase())) continue
      const suggestion = matchCase(typed, entry.right)
      yield {
        start: match.index,
        end: match.index + typed.length,
        suggestion,
        message: {
          vi: `Sai chính tả: viết đúng là “${suggestion}”.`,
          en: `Misspelt: the correct spelling is “${suggestion}”.`,
        },
      }
    }
  },
})

/** `replacement` (lower case) in the case of `typed`, word by word: capitals or initial capital. */
export function matchCase(typed: string, replacement: string): string {
  const typedWords = typed.split(/\s+/)
  return replacement
    .split(' ')
    .map((word, index) => {
      const model = typedWords[index] ?? ''
      if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) {
        return word.toUpperCase()
      }
      return model && model[0] !== model[0].toLowerCase() ? word[0].toUpperCase() + word.slice(1) : word
    })
    .join(' ')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
