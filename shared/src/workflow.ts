import type { Role } from './roles'

/**
 * Editorial workflow of domain.md: draft → submitted → approved → published, with "returned for
 * changes" and "unpublished", both requiring a reason. `scheduled` is an approved item waiting
 * for its publish time; the scheduler (not a person) moves it to `published`.
 */
export const WORKFLOW_STATES = [
  'draft',
  'submitted',
  'returned',
  'approved',
  'scheduled',
  'published',
  'unpublished',
] as const

export type WorkflowState = (typeof WORKFLOW_STATES)[number]

/** Who can move an item, beyond the roles: the scheduler acts when a publish time arrives. */
export type WorkflowActor = Role | 'scheduler'

interface TransitionRule {
  from: WorkflowState
  to: WorkflowState
  actors: readonly WorkflowActor[]
  reasonRequired?: boolean
}

const WRITERS: readonly WorkflowActor[] = ['contributor', 'editor', 'board', 'admin']
const REVIEWERS: readonly WorkflowActor[] = ['editor', 'board', 'admin']
const PUBLISHERS: readonly WorkflowActor[] = ['board', 'admin']

/** The whole transition table. Anything not listed is refused. */
export const TRANSITIONS: readonly TransitionRule[] = [
  { from: 'draft', to: 'submitted', actors: WRITERS },
  { from: 'returned', to: 'submitted', actors: WRITERS },
  { from: 'submitted', to: 'returned', actors: REVIEWERS, reasonRequired: true },
  { from: 'approved', to: 'returned', actors: PUBLISHERS, reasonRequired: true },
  { from: 'scheduled', to: 'returned', actors: PUBLISHERS, reasonRequired: true },
  { from: 'submitted', to: 'approved', actors: PUBLISHERS },
  { from: 'submitted', to: 'published', actors: PUBLISHERS },
  { from: 'approved', to: 'published', actors: PUBLISHERS },
  { from: 'approved', to: 'scheduled', actors: PUBLISHERS },
  { from: 'submitted', to: 'scheduled', actors: PUBLISHERS },
  { from: 'scheduled', to: 'approved', actors: PUBLISHERS },
  { from: 'scheduled', to: 'published', actors: [...PUBLISHERS, 'scheduler'] },
  { from: 'published', to: 'unpublished', actors: PUBLISHERS, reasonRequired: true },
  { from: 'unpublished', to: 'published', actors: PUBLISHERS },
  { from: 'unpublished', to: 'draft', actors: WRITERS },
]

export type TransitionCheck =
  | { ok: true; reasonRequired: boolean }
  | { ok: false; code: 'unknown-transition' | 'forbidden-actor' | 'reason-required' }

/** Decide whether `actor` may move an item from `from` to `to`, given an optional reason. */
export function checkTransition(
  from: WorkflowState,
  to: WorkflowState,
  actor: WorkflowActor,
  reason?: string | null,
): TransitionCheck {
  const rule = TRANSITIONS.find((t) => t.from === from && t.to === to)
  if (!rule) return { ok: false, code: 'unknown-transition' }
  if (!rule.actors.includes(actor)) return { ok: false, code: 'forbidden-actor' }
  if (rule.reasonRequired && !reason?.trim()) return { ok: false, code: 'reason-required' }
  return { ok: true, reasonRequired: Boolean(rule.reasonRequired) }
}

/** The states `actor` can move an item to from `from` (drives the admin's action buttons). */
export function nextStates(from: WorkflowState, actor: WorkflowActor): WorkflowState[] {
  return TRANSITIONS.filter((t) => t.from === from && t.actors.includes(actor)).map((t) => t.to)
}

/** States in which the public site shows the item. */
export const isPublic = (state: WorkflowState): boolean => state === 'published'
