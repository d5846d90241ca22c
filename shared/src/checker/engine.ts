import type { CheckDocument, CheckRule } from './rule'
import { fieldText } from './text'
import type { CheckFinding, CheckInput, CheckOptions, ResolvedCheckOptions } from './types'

const TEXT_FIELDS = ['title', 'sapo', 'body'] as const
const FIELD_ORDER: readonly string[] = [...TEXT_FIELDS, 'images']

function resolveOptions(options: CheckOptions = {}): ResolvedCheckOptions {
  return { toneStyle: options.toneStyle ?? 'old' }
}

function toDocument(input: CheckInput): CheckDocument {
  const fields = TEXT_FIELDS.flatMap((name) => {
    const raw = input[name]
    return typeof raw === 'string' ? [fieldText(name, raw)] : []
  })
  return { input, fields }
}

/** Run some rules over an input: findings sorted by field, then position, then rule. */
export function runRules(
  rules: readonly CheckRule[],
  input: CheckInput,
  options?: CheckOptions,
): CheckFinding[] {
  const document = toDocument(input)
  const resolved = resolveOptions(options)
  const findings = rules.flatMap((rule) => rule.check(document, resolved))
  return dropSuperseded(rules, findings).sort(compareFindings)
}

function dropSuperseded(rules: readonly CheckRule[], findings: CheckFinding[]): CheckFinding[] {
  const supersededBy = new Map(rules.map((rule) => [rule.id, rule.supersedes ?? []]))
  const covering = findings.filter((finding) => supersededBy.get(finding.rule)?.length)
  if (covering.length === 0) return findings
  return findings.filter(
    (finding) =>
      !covering.some(
        (cover) =>
          supersededBy.get(cover.rule)?.includes(finding.rule) &&
          cover.field === finding.field &&
          cover.start <= finding.start &&
          finding.end <= cover.end,
      ),
  )
}

function fieldRank(field: string): number {
  const rank = FIELD_ORDER.indexOf(field)
  return rank === -1 ? FIELD_ORDER.length : rank
}

function compareFindings(a: CheckFinding, b: CheckFinding): number {
  return (
    fieldRank(a.field) - fieldRank(b.field) ||
    a.field.localeCompare(b.field) ||
    a.start - b.start ||
    a.end - b.end ||
    a.rule.localeCompare(b.rule)
  )
}

/**
 * The text with the finding's suggestion applied. Refuses a finding whose excerpt is no longer
 * at its place: the text changed since it was checked, and patching blindly would corrupt it.
 */
export function applySuggestion(text: string, finding: CheckFinding): string {
  if (finding.suggestion === undefined) return text
  if (text.slice(finding.start, finding.end) !== finding.excerpt) {
    throw new Error(
      `Stale finding '${finding.rule}': expected ${JSON.stringify(finding.excerpt)} at ${finding.start}`,
    )
  }
  return text.slice(0, finding.start) + finding.suggestion + text.slice(finding.end)
}

/** Should the article be held back from submission? */
export function hasBlockingErrors(findings: readonly CheckFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'error')
}
