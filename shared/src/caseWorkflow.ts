import type { Role } from './roles'

/**
 * How a citizen's question, feedback or petition moves (domain.md): received → routed to a unit →
 * in progress → answer awaiting the board's approval → answered (publicly or privately), or
 * rejected with a reason. The CMS enforces this table on every save; the admin draws its buttons
 * from it.
 */
export const CASE_STATES = ['received', 'routed', 'inProgress', 'awaitingApproval', 'answered', 'rejected'] as const
export type CaseState = (typeof CASE_STATES)[number]

export const isCaseState = (value: unknown): value is CaseState =>
  typeof value === 'string' && (CASE_STATES as readonly string[]).includes(value)

export const REJECTION_REASONS = ['notCompetent', 'duplicate', 'spam', 'missingInformation'] as const
export type RejectionReason = (typeof REJECTION_REASONS)[number]

export const ANSWER_VISIBILITIES = ['public', 'private'] as const
export type AnswerVisibility = (typeof ANSWER_VISIBILITIES)[number]

/** What a transition needs besides the actor's role. */
type Requirement = 'unit' | 'answer' | 'visibility' | 'rejection' | 'reason'

interface CaseTransitionRule {
  from: CaseState
  to: CaseState
  actors: readonly Role[]
  /** What the case must carry for the move; a handler's own-unit limit is an access rule in the CMS. */
  needs: readonly Requirement[]
}

const TRIAGE: readonly Role[] = ['editor', 'board', 'admin']
const HANDLERS: readonly Role[] = ['caseHandler', 'editor', 'board', 'admin']
const APPROVERS: readonly Role[] = ['board', 'admin']

/** The whole table; anything not listed is refused. Re-routing is `routed`/`inProgress` → `routed`. */
export const CASE_TRANSITIONS: readonly CaseTransitionRule[] = [
  { from: 'received', to: 'routed', actors: TRIAGE, needs: ['unit'] },
  { from: 'routed', to: 'routed', actors: TRIAGE, needs: ['unit'] },
  { from: 'inProgress', to: 'routed', actors: TRIAGE, needs: ['unit'] },
  { from: 'received', to: 'rejected', actors: TRIAGE, needs: ['rejection'] },
  { from: 'routed', to: 'rejected', actors: TRIAGE, needs: ['rejection'] },
  { from: 'inProgress', to: 'rejected', actors: TRIAGE, needs: ['rejection'] },
  // A unit that is not competent hands the case back to triage, saying why.
  { from: 'routed', to: 'received', actors: HANDLERS, needs: ['reason'] },
  { from: 'inProgress', to: 'received', actors: HANDLERS, needs: ['reason'] },
  { from: 'routed', to: 'inProgress', actors: HANDLERS, needs: ['unit'] },
  { from: 'inProgress', to: 'awaitingApproval', actors: HANDLERS, needs: ['unit', 'answer'] },
  { from: 'awaitingApproval', to: 'inProgress', actors: APPROVERS, needs: ['reason'] },
  { from: 'awaitingApproval', to: 'answered', actors: APPROVERS, needs: ['unit', 'answer', 'visibility'] },
  // A case rejected by mistake goes back to triage.
  { from: 'rejected', to: 'received', actors: APPROVERS, needs: [] },
]

/** What the case carries when the transition is asked for. */
export interface CaseTransitionInput {
  unitId?: string | null
  answer?: string | null
  visibility?: AnswerVisibility | null
  rejectionReason?: RejectionReason | null
  /** For `duplicate`: the case this one repeats. */
  duplicateOf?: string | null
  /** Why it was handed back or returned. */
  reason?: string | null
  /** The question as Hỏi – Đáp will show it, edited free of the sender's personal details. */
  publicQuestion?: string | null
}

export type CaseTransitionCode =
  | 'unknown-transition'
  | 'forbidden-actor'
  | 'unit-required'
  | 'answer-required'
  | 'visibility-required'
  | 'public-question-required'
  | 'rejection-reason-required'
  | 'duplicate-of-required'
  | 'reason-required'

export type CaseTransitionCheck = { ok: true } | { ok: false; code: CaseTransitionCode }

const blank = (value: string | null | undefined) => !value?.trim()
// The CMS hands over whatever a request carried; a value outside the list is as good as none.
const oneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value)

/** Decide whether `actor` may move a case from `from` to `to` with what the case now carries. */
export function checkCaseTransition(
  from: CaseState,
  to: CaseState,
  actor: Role,
  input: CaseTransitionInput,
): CaseTransitionCheck {
  const rule = CASE_TRANSITIONS.find((t) => t.from === from && t.to === to)
  if (!rule) return { ok: false, code: 'unknown-transition' }
  if (!rule.actors.includes(actor)) return { ok: false, code: 'forbidden-actor' }
  for (const need of rule.needs) {
    if (need === 'unit' && blank(input.unitId)) return { ok: false, code: 'unit-required' }
    if (need === 'answer' && blank(input.answer)) return { ok: false, code: 'answer-required' }
    if (need === 'visibility' && !oneOf(ANSWER_VISIBILITIES, input.visibility)) {
      return { ok: false, code: 'visibility-required' }
    }
    // The sender's own words often name them, their family or their ID number: nothing goes public
    // until someone has written the question as it may be published.
    if (need === 'visibility' && input.visibility === 'public' && blank(input.publicQuestion)) {
      return { ok: false, code: 'public-question-required' }
    }
    if (need === 'rejection') {
      if (!oneOf(REJECTION_REASONS, input.rejectionReason)) {
        return { ok: false, code: 'rejection-reason-required' }
      }
      if (input.rejectionReason === 'duplicate' && blank(input.duplicateOf)) {
        return { ok: false, code: 'duplicate-of-required' }
      }
    }
    if (need === 'reason' && blank(input.reason)) return { ok: false, code: 'reason-required' }
  }
  return { ok: true }
}

/** The states `actor` can move a case to from `from` (drives the admin's action buttons). */
export function nextCaseStates(from: CaseState, actor: Role): CaseState[] {
  return CASE_TRANSITIONS.filter((t) => t.from === from && t.actors.includes(actor)).map((t) => t.to)
}

/** Cases whose clock is running: the unit still owes an answer. */
export const isOpenCase = (state: CaseState): boolean => state !== 'answered' && state !== 'rejected'

/**
 * What the sender sees when looking a case up: four plain stages, never who in the agency holds
 * it or what they wrote to each other.
 */
export type PublicCaseStatus = 'received' | 'processing' | 'answered' | 'rejected'

export function publicCaseStatus(state: CaseState): PublicCaseStatus {
  switch (state) {
    case 'received':
      return 'received'
    case 'answered':
      return 'answered'
    case 'rejected':
      return 'rejected'
    default:
      return 'processing'
  }
}
