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

/** States entered with a reason (returned, unpublished): the reason stays while the item is there. */
export const keepsReason = (state: WorkflowState): boolean =>
  TRANSITIONS.some((t) => t.to === state && t.reasonRequired)

const ALL_STATES = WORKFLOW_STATES

/**
 * States in which each actor may change an item's content. A contributor's text is frozen once
 * submitted, so what the board approves is what gets published; editors work on everything not
 * yet approved; translators only touch the English text (the CMS limits them to that locale).
 * Moving an item along a transition the table allows is always permitted, whatever its state.
 */
export const EDITABLE_STATES: Readonly<Record<WorkflowActor, readonly WorkflowState[]>> = {
  admin: ALL_STATES,
  board: ALL_STATES,
  editor: ['draft', 'submitted', 'returned', 'unpublished'],
  contributor: ['draft', 'returned'],
  translator: ALL_STATES,
  caseHandler: [],
  ops: [],
  scheduler: [],
}

export const canEditIn = (state: WorkflowState, actor: WorkflowActor): boolean =>
  EDITABLE_STATES[actor].includes(state)

export type ScheduleCheck = { ok: true } | { ok: false; code: 'publish-at-required' | 'publish-at-past' }

/** An item can be scheduled only with a publish time still ahead of `now`. */
export function checkSchedule(publishAt: Date | string | null | undefined, now: Date): ScheduleCheck {
  if (!publishAt) return { ok: false, code: 'publish-at-required' }
  if (new Date(publishAt).getTime() <= now.getTime()) return { ok: false, code: 'publish-at-past' }
  return { ok: true }
}

/** A scheduled item is due once its publish time has come. */
export const isDue = (publishAt: Date | string | null | undefined, now: Date): boolean =>
  Boolean(publishAt) && new Date(publishAt as Date | string).getTime() <= now.getTime()
