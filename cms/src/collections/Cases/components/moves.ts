import { CASE_TRANSITIONS, type CaseState } from '@cong/shared/caseWorkflow'

/** What the person must give before a move, beyond what the case already carries. */
export type MovePrompt = 'unit' | 'reason' | 'rejection' | 'visibility' | null

export function promptFor(from: CaseState, to: CaseState): MovePrompt {
  // Taking a routed case needs a unit too, but it already has one: only routing asks for it.
  if (to === 'routed') return 'unit'
  const needs = CASE_TRANSITIONS.find((t) => t.from === from && t.to === to)?.needs ?? []
  if (needs.includes('reason')) return 'reason'
  if (needs.includes('rejection')) return 'rejection'
  if (needs.includes('visibility')) return 'visibility'
  return null
}

/** Whether a Lexical document holds any visible text (an emptied editor keeps an empty paragraph). */
export function hasText(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return false
  const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
  if (typeof text === 'string' && text.trim()) return true
  if (root) return hasText(root)
  return Array.isArray(children) && children.some(hasText)
}
