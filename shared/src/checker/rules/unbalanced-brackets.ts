import { defineTextRule, type Hit } from '../rule'

const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '“': '”', '«': '»' }
const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '”': '“', '»': '«' }
const STRAIGHT_QUOTE = '"'
const BRACKETS = /[()[\]“”«»"]/g
// "a) Đối tượng", "2) Hồ sơ", "iv) ...": a list label closes a parenthesis it never opened.
const LIST_LABEL = /(?:^|\s)(?:\p{L}|\d{1,3}|[ivxlc]{1,5})$/iu

/**
 * Each paragraph on its own: a quotation left open in one paragraph would otherwise pair with
 * the next paragraph's opening mark and push the error far from where it is.
 */
export const unbalancedBracketsRule = defineTextRule({
  id: 'unbalanced-brackets',
  severity: 'error',
  *find(text) {
    let lineStart = 0
    for (const line of text.split('\n')) {
      yield* unmatchedIn(line, lineStart)
      lineStart += line.length + 1
    }
  },
})

function* unmatchedIn(line: string, offset: number): Generator<Hit> {
  const open: { char: string; at: number }[] = []
  for (const match of line.matchAll(BRACKETS)) {
    const char = match[0]
    const at = match.index
    if (char === STRAIGHT_QUOTE) {
      // A straight quote closes the innermost quotation it can, and opens one otherwise.
      const index = open.findLastIndex((entry) => entry.char === STRAIGHT_QUOTE)
      if (index === -1) open.push({ char, at })
      else yield* unclosedAbove(open, index, offset)
    } else if (char in OPENERS) {
      open.push({ char, at })
    } else {
      const index = open.findLastIndex((entry) => entry.char === CLOSERS[char])
      if (index !== -1) yield* unclosedAbove(open, index, offset)
      else if (!(char === ')' && LIST_LABEL.test(line.slice(0, at)))) yield hit(char, offset + at)
    }
  }
  for (const entry of open) yield hit(entry.char, offset + entry.at)
}

/** Close open[index]: anything opened after it and still open was never closed. */
function* unclosedAbove(open: { char: string; at: number }[], index: number, offset: number) {
  for (const entry of open.splice(index).slice(1)) yield hit(entry.char, offset + entry.at)
}

function hit(char: string, at: number): Hit {
  const closing = char in CLOSERS
  const partner = closing ? CLOSERS[char] : (OPENERS[char] ?? STRAIGHT_QUOTE)
  return {
    start: at,
    end: at + 1,
    message: closing
      ? {
          vi: `Dấu “${char}” không có dấu mở “${partner}” tương ứng.`,
          en: `“${char}” has no matching “${partner}”.`,
        }
      : {
          vi: `Dấu “${char}” không có dấu đóng “${partner}” tương ứng.`,
          en: `“${char}” is never closed by “${partner}”.`,
        },
  }
}
