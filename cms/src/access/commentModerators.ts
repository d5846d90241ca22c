import type { Access, FieldAccess, PayloadRequest } from 'payload'
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

/**
 * A commenter's e-mail and phone are for the drafting unit, which may answer them, and for the
 * board and admins; editors moderate on the text alone. The collection rule keeps unit members to
 * their own drafts' comments.
 */
export function readsCommenterContacts(req: PayloadRequest): boolean {
  const role = requestRole(req)
  return role === 'admin' || role === 'board' || (role !== null && UNIT_SCOPED_ROLES.includes(role))
}

export const commenterContactField: FieldAccess = ({ req }) => readsCommenterContacts(req)
