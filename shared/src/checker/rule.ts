import type { FieldText } from './text'
import type {
  CheckField,
  CheckFinding,
  CheckInput,
  CheckMessage,
  CheckSeverity,
  ResolvedCheckOptions,
} from './types'

export interface CheckDocument {
  input: CheckInput
  /** The text fields present in the input, in display order. */
  fields: readonly FieldText[]
}

export interface CheckRule {
  id: string
  severity: CheckSeverity
  /**
   * Rules whose findings say less than this rule's about the same text: they are dropped when
   * they lie inside one of this rule's spans (a known misspelling is also an invalid syllable).
   */
  supersedes?: readonly string[]
  check(document: CheckDocument, options: ResolvedCheckOptions): CheckFinding[]
}

/** A finding in a field's normalised text, before it is mapped back to the raw text. */
export interface Hit {
  start: number
  end: number
  suggestion?: string
  message: CheckMessage
}

export function findingAt(
  rule: Pick<CheckRule, 'id' | 'severity'>,
  field: FieldText,
  hit: Hit,
): CheckFinding {
  const [start, end] = field.rawSpan(hit.start, hit.end)
  const finding: CheckFinding = {
    rule: rule.id,
    severity: rule.severity,
    field: field.field,
    start,
    end,
    excerpt: field.raw.slice(start, end),
    message: hit.message,
  }
  if (hit.suggestion !== undefined) finding.suggestion = hit.suggestion
  return finding
}

interface TextRuleSpec {
  id: string
  severity: CheckSeverity
  supersedes?: readonly string[]
  /** Only these fields; all text fields when absent. */
  fields?: readonly CheckField[]
  find(text: string, options: ResolvedCheckOptions): Iterable<Hit>
}

/** A rule that looks at each text field on its own. */
export function defineTextRule({ fields, find, ...rule }: TextRuleSpec): CheckRule {
  return {
    ...rule,
    check(document, options) {
      const findings: CheckFinding[] = []
      for (const field of document.fields) {
        if (fields && !fields.includes(field.field)) continue
        for (const hit of find(field.text, options)) findings.push(findingAt(rule, field, hit))
      }
      return findings
    },
  }
}
