import type { Access } from 'payload'
import { UNIT_SCOPED_ROLES } from '@cong/shared/roles'
import { publishedOnly } from './publishedOrStaff'
import { requestRole, unitOf } from './roles'

/**
 * Reading a unit's work, where `field` names the owning unit: unit-scoped staff (contributors,
 * case handlers) see their own unit's items and whatever is public; the other staff roles see
 * everything; the public sees published items.
 */
export const ownUnitOrReviewerBy =
  (field: string): Access =>
  ({ req }) => {
    const role = requestRole(req)
    if (!role) return publishedOnly
    if (!UNIT_SCOPED_ROLES.includes(role)) return true
    const unit = unitOf(req)
    return unit ? { or: [{ [field]: { equals: unit } }, publishedOnly] } : publishedOnly
  }

/** Reading articles. */
export const ownUnitOrReviewer = ownUnitOrReviewerBy('unit')
