import { expect } from 'vitest'
import { applySuggestion, runRules } from './engine'
import type { CheckRule } from './rule'
import type { CheckFinding, CheckInput, CheckOptions } from './types'

/**
 * Run one rule and hold every finding to the contract consumers rely on: the excerpt is exactly
 * the span of the field as given, and applying the suggestion removes the finding.
 */
export function checkWith(
  rule: CheckRule,
  input: CheckInput | string,
  options?: CheckOptions,
): CheckFinding[] {
  const document = typeof input === 'string' ? { body: input } : input
  const findings = runRules([rule], document, options)
  for (const finding of findings) {
    expect(finding.rule).toBe(rule.id)
    expect(finding.severity).toBe(rule.severity)
    expect(finding.message.vi).not.toBe('')
    expect(finding.message.en).not.toBe('')
    const text = fieldValue(document, finding.field)
    if (text === undefined) continue
    expect(text.slice(finding.start, finding.end)).toBe(finding.excerpt)
    if (finding.suggestion === undefined) continue
    const fixed = { ...document, [finding.field]: applySuggestion(text, finding) }
    const inField = (found: CheckFinding) => found.field === finding.field
    expect(runRules([rule], fixed, options).filter(inField).length).toBeLessThan(
      findings.filter(inField).length,
    )
  }
  return findings
}

function fieldValue(input: CheckInput, field: string): string | undefined {
  return field === 'title' || field === 'sapo' || field === 'body' ? input[field] : undefined
}

/** The findings as [excerpt, suggestion] pairs, for compact table-driven expectations. */
export function excerpts(findings: readonly CheckFinding[]): [string, string | undefined][] {
  return findings.map((finding) => [finding.excerpt, finding.suggestion])
}
