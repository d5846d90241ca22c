import type { Access, FieldAccess } from 'payload'
import { requestRole } from './roles'

/** Admins manage every account; everyone else sees and edits only their own. */
export const selfOrAdmin: Access = ({ req }) => {
  const role = requestRole(req)
  if (!role || !req.user) return false
  return role === 'admin' ? true : { id: { equals: req.user.id } }
}

/**
 * Every active staff member reads the accounts, so that names appear wherever a user is shown
 * (document locks, audit entries); what they see of other people's accounts is limited field by
 * field with `selfOrBoardOrAdminField`.
 */
export const anyStaff: Access = ({ req }) => requestRole(req) !== null

/**
 * Personal details (e-mail, unit, active flag) are read only by their owner, the board (which
 * follows who wrote and approved what) and admins.
 */
export const selfOrBoardOrAdminField: FieldAccess = ({ req, id, doc }) => {
  const role = requestRole(req)
  if (role === 'admin' || role === 'board') return true
  const target = (doc as { id?: unknown } | undefined)?.id ?? id
  return role !== null && req.user !== null && target !== undefined && String(target) === String(req.user.id)
}
