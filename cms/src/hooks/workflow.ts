import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import {
  canEditIn,
  checkSchedule,
  checkTransition,
  isPublic,
  keepsReason,
  type WorkflowState,
} from '@cong/shared/workflow'
import { MESSAGES } from '../i18n'
import { actorOf } from './actor'
import { invalidField, refused } from './errors'

/**
 * The workflow, not Payload's draft/publish buttons, decides what is public. Every save writes
 * the main document (and a version, so history is kept); `_status` is derived from
 * `workflowStatus` in `applyWorkflow`. Without this, a "Save draft" on a published item would
 * only write a version and the item's workflow state would diverge from what queries see.
 */
export const alwaysWriteMainDocument: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'create' || operation === 'update') return { ...args, draft: false }
  return args
}

/** Checks and applies a workflow transition; the single place that sets `_status`. */
export const applyWorkflow: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  const from: WorkflowState = operation === 'create' ? 'draft' : (originalDoc?.workflowStatus ?? 'draft')
  const to: WorkflowState = data.workflowStatus ?? from
  const moving = from !== to
  const actor = actorOf(req)
  const now = new Date()

  if (actor) {
    if (moving) {
      const check = checkTransition(from, to, actor, data.workflowReason)
      if (!check.ok) {
        if (check.code === 'reason-required')
          throw invalidField('workflowReason', MESSAGES.reasonRequired(to))
        if (check.code === 'unknown-transition') throw refused(MESSAGES.unknownTransition(from, to))
        throw refused(MESSAGES.forbiddenActor(from, to, actor))
      }
    } else if (!canEditIn(from, actor)) {
      throw refused(MESSAGES.notEditable(from, actor))
    }
    if (moving && to === 'scheduled') {
      const schedule = checkSchedule(data.publishAt ?? originalDoc?.publishAt, now)
      if (!schedule.ok) {
        throw invalidField(
          'publishAt',
          schedule.code === 'publish-at-required' ? MESSAGES.publishAtRequired : MESSAGES.publishAtPast,
        )
      }
    }
  }

  data.workflowStatus = to
  data._status = isPublic(to) ? 'published' : 'draft'
  // A reason explains the state it came with; carried further it would satisfy the next
  // transition that needs a fresh one.
  if (moving && !keepsReason(to)) data.workflowReason = null
  if (moving && isPublic(to) && !data.publishedAt && !originalDoc?.publishedAt)
    data.publishedAt = now.toISOString()
  return data
}
