import type { PayloadRequest } from 'payload'
import {
  CASE_TRANSITIONS,
  checkCaseTransition,
  type CaseState,
  type CaseTransitionCheck,
  type CaseTransitionInput,
} from '@cong/shared/caseWorkflow'
import type { Case } from '@cong/shared/payload-types'
import type { Role } from '@cong/shared/roles'
import { idOf, requestRole } from '../../../access/roles'
import { invalidField, refused } from '../../../hooks/errors'
import { richTextToPlainText } from '../../../richText/plainText'
import { caseTransitionMessage, inconsistentImport, TRANSITION_FIELD } from '../../../cases/strings'

export type CaseData = Partial<Case>

/** Set by trusted importers (seed, migration) on the Local API; HTTP requests cannot carry it. */
export const IMPORTED_CASE_CONTEXT = { importedCase: true } as const
export const isImport = (req: PayloadRequest): boolean => req.context?.importedCase === true

/**
 * Who acts on a case: a signed-in user's role, or the system (server jobs calling the Local API
 * without a user), which may do what an administrator may. `null`: a user without rights.
 */
export function caseActor(req: PayloadRequest): Role | null {
  if (!req.user) return 'admin'
  return requestRole(req)
}

export const TRIAGE_ROLES: readonly Role[] = ['editor', 'board', 'admin']

/** What the transition table reads from a case as it will be saved. */
export const transitionInput = (doc: CaseData): CaseTransitionInput => ({
  unitId: idOf(doc.unit),
  answer: richTextToPlainText(doc.answer),
  visibility: doc.visibility ?? null,
  rejectionReason: doc.rejectionReason ?? null,
  duplicateOf: idOf(doc.duplicateOf),
  reason: doc.transitionNote ?? null,
  publicQuestion: doc.publicQuestion ?? null,
})

const failure = (check: CaseTransitionCheck, from: CaseState, to: CaseState, actor: Role) => {
  if (check.ok) return null
  const message = caseTransitionMessage(check.code, from, to, actor)
  const field = TRANSITION_FIELD[check.code]
  return field ? invalidField(field, message) : refused(message)
}

/** Refuses a move the table does not allow for `actor` with what the case carries. */
export function assertTransition(from: CaseState, to: CaseState, actor: Role, doc: CaseData): void {
  const error = failure(checkCaseTransition(from, to, actor, transitionInput(doc)), from, to, actor)
  if (error) throw error
}

/**
 * An imported case must carry what a real move into its state would have needed: the state is
 * consistent when an administrator could have reached it without giving a reason (every state
 * but `received` needs its unit, answer, visibility or rejection reason; `received` needs none).
 */
export function assertConsistentImport(state: CaseState, doc: CaseData): void {
  const rule = CASE_TRANSITIONS.find((t) => t.to === state && t.actors.includes('admin') && !t.needs.includes('reason'))
  if (!rule) return
  const check = checkCaseTransition(rule.from, state, 'admin', transitionInput(doc))
  if (check.ok) return
  const message = inconsistentImport(state, caseTransitionMessage(check.code, rule.from, state, 'admin'))
  const field = TRANSITION_FIELD[check.code]
  throw field ? invalidField(field, message) : refused(message)
}
