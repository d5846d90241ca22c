import type { CheckField } from './types'

/**
 * A field as the rules see it. Rules match against `text`, the NFC form, so that a word pasted
 * with combining marks is still recognised; findings must point into `raw`, the text as the
 * editor holds it, so every span goes back through `rawSpan`.
 */
export interface FieldText {
  field: CheckField
  raw: string
  text: string
  /** The span of `raw` that holds `text.slice(start, end)`. */
  rawSpan(start: number, end: number): readonly [number, number]
  /** Spans of `raw` that NFC changes, in order. */
  nonNfc: readonly (readonly [number, number])[]
}

// A base character with its combining marks, or marks with no base at the start of the text:
// NFC never composes across these boundaries (except Hangul jamo, which Vietnamese text lacks).
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu

export function fieldText(field: CheckField, raw: string): FieldText {
  const nfc = raw.normalize('NFC')
  if (nfc === raw) return { field, raw, text: raw, rawSpan: (start, end) => [start, end], nonNfc: [] }

  // Cluster boundaries in both texts, plus a sentinel for the end.
  const textStarts: number[] = []
  const rawStarts: number[] = []
  const nonNfc: [number, number][] = []
  let text = ''
  for (const match of raw.matchAll(CLUSTER)) {
    const cluster = match[0]
    const composed = cluster.normalize('NFC')
    textStarts.push(text.length)
    rawStarts.push(match.index)
    if (composed !== cluster) nonNfc.push([match.index, match.index + cluster.length])
    text += composed
  }
  textStarts.push(text.length)
  rawStarts.push(raw.length)

  // A span edge inside a cluster that composed to several characters widens to the whole cluster.
  const rawStart = (offset: number) => rawStarts[lastAtOrBefore(textStarts, offset)]
  const rawEnd = (offset: number) => {
    const index = lastAtOrBefore(textStarts, offset)
    return rawStarts[textStarts[index] === offset ? index : index + 1]
  }
  return { field, raw, text, rawSpan: (start, end) => [rawStart(start), rawEnd(end)], nonNfc }
}

function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0
  let high = sorted.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (sorted[middle] <= value) low = middle
    else high = middle - 1
  }
  return low
}

/** The words of a table written as a whitespace-separated list. */
export function wordList(list: string): string[] {
  return list.trim().split(/\s+/)
}

/** A letter of any script, or a combining mark attached to one. */
const LETTER = /[\p{L}\p{M}]/u
/** Runs of letters: words, split at spaces, digits, hyphens, apostrophes and punctuation. */
export const WORD = /[\p{L}\p{M}]+/gu

export function isLetter(char: string | undefined): boolean {
  return char !== undefined && LETTER.test(char)
}

// Top-level domains seen on Vietnamese pages, then file extensions of attachments.
const COMMON_SUFFIXES = new Set(
  wordList(`
    vn com net org gov edu int info biz asia io ai app dev co uk us jp kr cn fr de au ca sg eu ru in th la kh
    pdf doc docx xls xlsx ppt pptx odt ods rtf txt csv zip rar jpg jpeg png gif webp svg mp3 mp4 avi mov
    xml json html htm js apk exe
  `),
)
// Every address holds one of these; most words hold none, so they are answered at once.
const ADDRESS_MARK = /[.@:]/
const URL_START = /^(?:[a-z][a-z\d+.-]*:\/\/|www\.)/i
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/
// Labels joined by dots, then a lower-case known suffix, then maybe a path. The labels may be
// missing: ".pdf", ".vn" name the suffix itself.
const DOTTED_NAME = /^(?:[\p{L}\p{M}\d_-]*\.)+([a-z\d]+)(?:[/:?#]\S*)?$/u
const EDGE_PUNCTUATION = /^[("'“‘«[]+|[)"'”’».,;:!?\]]+$/g
// "Website:molisa.gov.vn", "Email:hotro@molisa.gov.vn": an address glued to its label.
const LABEL = /^[\p{L}\p{M}]+:(?!\/\/)/u

/**
 * Is a whitespace-delimited chunk a URL, an e-mail address, a host name or a file name, maybe
 * behind a label? Their dots and colons are not sentence punctuation and their parts not words.
 */
export function isAddressLike(chunk: string): boolean {
  if (!ADDRESS_MARK.test(chunk)) return false
  const core = chunk.replace(EDGE_PUNCTUATION, '').replace(LABEL, '')
  if (URL_START.test(core) || EMAIL.test(core)) return true
  const suffix = DOTTED_NAME.exec(core)?.[1]
  return suffix !== undefined && COMMON_SUFFIXES.has(suffix)
}

/** Where the whitespace-delimited chunk of `text` around [start, end) starts and ends. */
export function chunkAround(text: string, start: number, end: number): readonly [number, number] {
  let from = start
  while (from > 0 && !/\s/.test(text[from - 1])) from--
  let to = end
  while (to < text.length && !/\s/.test(text[to])) to++
  return [from, to]
}
