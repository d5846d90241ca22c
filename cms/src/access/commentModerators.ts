import type { Access, PayloadRequest } from 'payload'
import { UNIT_SCOPED_ROLES } from '@cong/shared/roles'
import { idOf, requestRole, unitOf } from './roles'

/**
 * Public comments carry the commenter's e-mail and phone: only those who moderate them read
 * them — the editorial roles, and the members of the draft's drafting unit.
 */
export const commentModerators: Access = ({ req }) => {
  const role = requestRole(req)
  if (role === 'admin' || role === 'board' || role === 'editor') return true
  if (!role || !UNIT_SCOPED_ROLES.includes(role)) return false
  const unit = unitOf(req)
  return unit ? { 'draft.draftingUnit': { equals: unit } } : false
}

/** The same rule for one draft already at hand (the comment export). */
export function moderatesDraft(req: PayloadRequest, draft: { draftingUnit?: unknown }): boolean {
  const role = requestRole(req)
  if (role === 'admin' || role === 'board' || role === 'editor') return true
  if (!role || !UNIT_SCOPED_ROLES.includes(role)) return false
  const unit = unitOf(req)
  return unit !== null && unit === idOf(draft.draftingUnit)
}
