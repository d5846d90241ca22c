import type { Access } from 'payload'
import { requestRole } from './roles'

/** Admins manage every account; everyone else sees and edits only their own. */
export const selfOrAdmin: Access = ({ req }) => {
  const role = requestRole(req)
  if (!role || !req.user) return false
  return role === 'admin' ? true : { id: { equals: req.user.id } }
}

/** The board also reads the accounts list, to see who wrote and approved what. */
export const selfOrBoardOrAdmin: Access = (args) => {
  const role = requestRole(args.req)
  return role === 'board' ? true : selfOrAdmin(args)
}
