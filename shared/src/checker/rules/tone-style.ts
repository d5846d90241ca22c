/** The tone-mark style rule; the two styles and their names are described in ../tone.ts. */
import { findingAt, type CheckRule, type Hit } from '../rule'
import { isLetter, type FieldText } from '../text'
import { placeTone, STYLE_ENDING, tonePlacementOf, type TonePlacement } from '../tone'
import type { CheckFinding, CheckMessage } from '../types'

interface Occurrence {
  field: FieldText
  start: number
  word: string
  placement: TonePlacement
}

const EXAMPLES: Record<TonePlacement, string> = { old: 'hòa, thủy', new: 'hoà, thuỷ' }
const NAMES: Record<TonePlacement, CheckMessage> = {
  old: { vi: 'kiểu cũ', en: 'traditional' },
  new: { vi: 'kiểu mới', en: 'new-style' },
}

function message(expected: TonePlacement, suggestion: string, mixed: boolean): CheckMessage {
  const name = NAMES[expected]
  return mixed
    ? {
        vi: `Bài viết dùng lẫn hai kiểu bỏ dấu; phần lớn theo ${name.vi} (${EXAMPLES[expected]}): nên viết “${suggestion}”.`,
        en: `The article mixes two tone-mark styles, mostly the ${name.en} one (${EXAMPLES[expected]}): write “${suggestion}”.`,
      }
    : {
        vi: `Trang dùng cách bỏ dấu ${name.vi} (${EXAMPLES[expected]}): nên viết “${suggestion}”.`,
        en: `This site places tone marks the ${name.en} way (${EXAMPLES[expected]}): write “${suggestion}”.`,
      }
}

export const toneStyleRule: CheckRule = {
  id: 'tone-style',
  severity: 'warning',
  check(document, { toneStyle }) {
    const occurrences: Occurrence[] = []
    for (const field of document.fields) {
      for (const ending of field.text.matchAll(STYLE_ENDING)) {
        let start = ending.index
        while (isLetter(field.text[start - 1])) start--
        const word = field.text.slice(start, ending.index + ending[0].length)
        const placement = tonePlacementOf(word)
        if (placement) occurrences.push({ field, start, word, placement })
      }
    }
    const expected = toneStyle === 'any' ? majority(occurrences) : toneStyle
    if (!expected) return []
    const findings: CheckFinding[] = []
    for (const { field, start, word, placement } of occurrences) {
      if (placement === expected) continue
      const suggestion = placeTone(word, expected)
      const hit: Hit = {
        start,
        end: start + word.length,
        suggestion,
        message: message(expected, suggestion, toneStyle === 'any'),
      }
      findings.push(findingAt(toneStyleRule, field, hit))
    }
    return findings
  },
}

/** The style most words follow; on a tie, the one the article starts with. */
function majority(occurrences: readonly Occurrence[]): TonePlacement | undefined {
  if (occurrences.length === 0) return undefined
  const old = occurrences.filter((occurrence) => occurrence.placement === 'old').length
  const fresh = occurrences.length - old
  if (old === fresh) return occurrences[0].placement
  return old > fresh ? 'old' : 'new'
}
