import type { Access, Where } from 'payload'
import { requestRole } from './roles'

export const publishedOnly: Where = { _status: { equals: 'published' } }

/** The public sees published items; every signed-in staff member sees drafts too. */
export const publishedOrStaff: Access = ({ req }) => (requestRole(req) ? true : publishedOnly)
