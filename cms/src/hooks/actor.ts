import type { PayloadRequest } from 'payload'
import type { WorkflowActor } from '@cong/shared/workflow'
import { requestRole } from '../access/roles'

/** Set by the publishing job so the workflow table, not a person's role, decides what it may do. */
export const SCHEDULER_CONTEXT = { workflowActor: 'scheduler' } as const

/**
 * Who is acting: the scheduler, a signed-in user's role, or `null` for trusted server code
 * (seed, migrations) that calls the local API without a user. Requests from outside always
 * carry a user or are refused by access control before any hook runs.
 */
export function actorOf(req: PayloadRequest): WorkflowActor | null {
  if (req.context?.workflowActor === 'scheduler') return 'scheduler'
  return requestRole(req)
}

/** The name written into the audit log for an actor. */
export const actorName = (req: PayloadRequest): string => actorOf(req) ?? 'system'
