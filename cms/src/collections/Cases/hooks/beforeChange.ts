import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { isCaseState, type CaseState } from '@cong/shared/caseWorkflow'
import type { Case } from '@cong/shared/payload-types'
import type { Role } from '@cong/shared/roles'
import { slugify } from '@cong/shared/slug'
import { caseDeadline } from '@cong/shared/workingDays'
import { idOf } from '../../../access/roles'
import { loadCaseCalendar } from '../../../cases/calendar'
import { CASE_MESSAGES, FIELD_LABELS } from '../../../cases/strings'
import { clock } from '../../../clock'
import { invalidField, refused } from '../../../hooks/errors'
import { richTextToPlainText } from '../../../richText/plainText'
import { mergeNotes } from './notes'
import {
  assertConsistentImport,
  assertTransition,
  caseActor,
  isImport,
  TRIAGE_ROLES,
  type CaseData,
} from './rules'

/** Stamped by these hooks on transitions; only an import sets them itself. */
const STAMPED = ['routedAt', 'answeredAt', 'approvedBy', 'publicSlug', 'dueAt'] as const

/** The Q&A address of a published answer: fixed once set, so links to it never break. */
export const publicSlugOf = (doc: Pick<Case, 'publicTitle' | 'title'>, id: string | number): string =>
  `${slugify(doc.publicTitle?.trim() || doc.title, { maxLength: 80 })}-${id}`

/** Where `reasonFor` finds the reason of a transition after the note field has been cleared. */
const REASONS = 'caseTransitionReasons'
type Reasons = Map<string, string>

export function rememberReason(req: PayloadRequest, id: string | number, reason: string): void {
  const reasons = (req.context[REASONS] as Reasons | undefined) ?? new Map<string, string>()
  reasons.set(String(id), reason)
  req.context[REASONS] = reasons
}

export const reasonFor = (req: PayloadRequest, id: string | number): string | null =>
  (req.context[REASONS] as Reasons | undefined)?.get(String(id)) ?? null

const blankToNull = (value: unknown) => (value === '' || value === undefined ? null : value)
const sameValue = (a: unknown, b: unknown) =>
  idOf(a) !== null || idOf(b) !== null ? idOf(a) === idOf(b) : blankToNull(a) === blankToNull(b)

const changes = (data: CaseData, original: Case, name: keyof Case) =>
  name in data && !sameValue(data[name], original[name])

export const applyCaseRules: CollectionBeforeChangeHook<Case> = async ({ data, originalDoc, operation, req }) => {
  const now = clock.now()
  if (operation === 'create') return prepareNewCase(data, req, now)
  if (!originalDoc) return data
  const actor = caseActor(req)
  if (!actor) throw refused(CASE_MESSAGES.noRights)
  return prepareUpdate(data, originalDoc, actor, req, now)
}

async function prepareNewCase(data: CaseData, req: PayloadRequest, now: Date): Promise<CaseData> {
  const imported = isImport(req)
  if (!imported) {
    // A new case starts at the intake desk whatever the caller sent; only imports carry history.
    data.state = 'received'
    for (const field of STAMPED) data[field] = null
    data.rejectionReason = null
    data.duplicateOf = null
  }
  const state: CaseState = isCaseState(data.state) ? data.state : 'received'
  data.state = state
  if (imported) assertConsistentImport(state, data)
  if (!data.dueAt && data.receivedAt) {
    const { calendar, answerWorkingDays } = await loadCaseCalendar(req.payload, req)
    data.dueAt = caseDeadline(new Date(data.receivedAt), answerWorkingDays, calendar).dueAt.toISOString()
  }
  data.notes = mergeNotes(data.notes, [], { req, now, keepGiven: imported, mayRewrite: true })
  if (data.duplicateOf) await assertDuplicateTarget(req, null, data.duplicateOf)
  return data
}

async function prepareUpdate(
  data: CaseData,
  original: Case,
  actor: Role,
  req: PayloadRequest,
  now: Date,
): Promise<CaseData> {
  const imported = isImport(req)
  const from = original.state
  const to: CaseState = isCaseState(data.state) ? data.state : from
  data.state = to
  if (!imported) {
    for (const field of STAMPED) data[field] = original[field] as never
    assertEditRights(data, original, actor)
  }
  const merged: CaseData = { ...original, ...data }

  if (from !== to) {
    if (imported) assertConsistentImport(to, merged)
    else assertTransition(from, to, actor, merged)
  }
  if (merged.rejectionReason === 'duplicate' && merged.duplicateOf && (from !== to || changes(data, original, 'duplicateOf')))
    await assertDuplicateTarget(req, original.id, merged.duplicateOf)

  if (from !== to && !imported) stampTransition(data, merged, original, from, to, req, now)
  if (data.notes !== undefined)
    data.notes = mergeNotes(data.notes, original.notes ?? [], { req, now, keepGiven: imported, mayRewrite: actor === 'admin' && !!req.user })
  return data
}

/** What each role may change besides the state, whatever the access rules let through. */
function assertEditRights(data: CaseData, original: Case, actor: Role): void {
  if (actor === 'caseHandler' && changes(data, original, 'unit')) throw refused(CASE_MESSAGES.handlerUnit)
  for (const name of ['field', 'publicTitle', 'publicQuestion'] as const) {
    if (!TRIAGE_ROLES.includes(actor) && changes(data, original, name))
      throw invalidField(name, CASE_MESSAGES.triageOnly(FIELD_LABELS[name]))
  }
  const answerChanged =
    'answer' in data && richTextToPlainText(data.answer) !== richTextToPlainText(original.answer)
  const answerTouched = answerChanged || changes(data, original, 'visibility')
  if (original.state === 'answered') {
    if (answerTouched) throw invalidField(answerChanged ? 'answer' : 'visibility', CASE_MESSAGES.answerLocked)
    // Formatting resent by the editor changes nothing once the answer has gone out.
    if ('answer' in data) data.answer = original.answer
  } else if (actor === 'caseHandler' && answerTouched && original.state !== 'routed' && original.state !== 'inProgress') {
    throw invalidField(answerChanged ? 'answer' : 'visibility', CASE_MESSAGES.handlerAnswerState(original.state))
  }
}

function stampTransition(
  data: CaseData,
  merged: CaseData,
  original: Case,
  from: CaseState,
  to: CaseState,
  req: PayloadRequest,
  now: Date,
): void {
  const at = now.toISOString()
  if (to === 'routed') data.routedAt = at
  if (to === 'answered') {
    data.answeredAt = at
    data.approvedBy = (req.user?.id as number | undefined) ?? null
    if (merged.visibility === 'public' && !original.publicSlug) data.publicSlug = publicSlugOf({ ...original, ...data } as Case, original.id)
  }
  // A unit that hands a case back no longer holds it; triage routes it again.
  if (to === 'received' && (from === 'routed' || from === 'inProgress')) data.unit = null
  if (from === 'rejected') {
    data.rejectionReason = null
    data.duplicateOf = null
  }
  if (to === 'rejected' && merged.rejectionReason !== 'duplicate') data.duplicateOf = null
  // The reason belongs to this move: kept as a note and in the audit log, it cannot satisfy the next one.
  const reason = merged.transitionNote?.trim()
  if (reason) {
    rememberReason(req, original.id, reason)
    const notes = data.notes ?? original.notes ?? []
    data.notes = [...notes, { text: CASE_MESSAGES.transitionNote(from, to, reason) }]
  }
  data.transitionNote = null
}

/** A duplicate points at the original case: never at itself, never at another duplicate. */
async function assertDuplicateTarget(req: PayloadRequest, selfId: Case['id'] | null, target: unknown): Promise<void> {
  const targetId = idOf(target)
  if (targetId === null) return
  if (selfId !== null && targetId === String(selfId)) throw invalidField('duplicateOf', CASE_MESSAGES.duplicateOfSelf)
  const original = await req.payload
    .findByID({ collection: 'cases', id: targetId, depth: 1, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)
  if (!original) throw invalidField('duplicateOf', CASE_MESSAGES.duplicateOfMissing)
  if (original.duplicateOf || original.rejectionReason === 'duplicate') {
    const root = typeof original.duplicateOf === 'object' && original.duplicateOf ? original.duplicateOf.trackingCode : null
    throw invalidField('duplicateOf', CASE_MESSAGES.duplicateOfDuplicate(root))
  }
}
