import type { CheckRule } from '../rule'
import type { CheckFinding } from '../types'

const MESSAGE = {
  vi: 'Văn bản chứa ký tự tổ hợp (chưa chuẩn hóa Unicode NFC), thường do dán từ trình soạn thảo khác: trông giống nhưng tìm kiếm và so khớp sẽ sai.',
  en: 'Text uses combining characters (not Unicode NFC), usually pasted from another editor: it looks the same but breaks search and matching.',
}

/**
 * Non-NFC text. Pasted text is decomposed a paragraph at a time, so neighbouring decomposed
 * letters on one line make one finding, not one per letter.
 */
export const nfcRule: CheckRule = {
  id: 'nfc',
  severity: 'error',
  check(document) {
    const findings: CheckFinding[] = []
    for (const { field, raw, nonNfc } of document.fields) {
      let run: [number, number] | undefined
      const flush = () => {
        if (!run) return
        const excerpt = raw.slice(run[0], run[1])
        findings.push({
          rule: nfcRule.id,
          severity: nfcRule.severity,
          field,
          start: run[0],
          end: run[1],
          excerpt,
          suggestion: excerpt.normalize('NFC'),
          message: MESSAGE,
        })
        run = undefined
      }
      for (const [start, end] of nonNfc) {
        if (run && raw.slice(run[1], start).includes('\n')) flush()
        if (run) run[1] = end
        else run = [start, end]
      }
      flush()
    }
    return findings
  },
}
