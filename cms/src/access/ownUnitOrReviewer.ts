import type { Access } from 'payload'
import { UNIT_SCOPED_ROLES } from '@cong/shared/roles'
import { publishedOnly } from './publishedOrStaff'
import { requestRole, unitOf } from './roles'

/**
 * Reading articles: unit-scoped staff (contributors, case handlers) see their own unit's work
 * and whatever is public; the other staff roles see everything; the public sees published items.
 */
export const ownUnitOrReviewer: Access = ({ req }) => {
  const role = requestRole(req)
  if (!role) return publishedOnly
  if (!UNIT_SCOPED_ROLES.includes(role)) return true
  const unit = unitOf(req)
  return unit ? { or: [{ unit: { equals: unit } }, publishedOnly] } : publishedOnly
}
