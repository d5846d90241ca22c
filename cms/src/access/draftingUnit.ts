import type { Access } from 'payload'
import { UNIT_SCOPED_ROLES } from '@cong/shared/roles'
import { hasRole } from './hasRole'
import { publishedOnly } from './publishedOrStaff'
import { requestRole, unitOf } from './roles'

/** Who starts a draft for comment: the unit's contributors and the editorial roles. */
export const isDraftWriter = hasRole('contributor', 'editor', 'board', 'admin')

/**
 * Reading drafts for comment: unit-scoped staff see their own unit's drafts and whatever is
 * public, the other staff roles everything, the public published drafts only.
 */
export const ownDraftingUnitOrReviewer: Access = ({ req }) => {
  const role = requestRole(req)
  if (!role) return publishedOnly
  if (!UNIT_SCOPED_ROLES.includes(role)) return true
  const unit = unitOf(req)
  return unit ? { or: [{ draftingUnit: { equals: unit } }, publishedOnly] } : publishedOnly
}

/**
 * Editing drafts: the drafting unit's contributors and the editorial roles; translators in
 * English only. Publishing is narrower still (`publishOnlyByEditorial`).
 */
export const ownDraftingUnitOrEditorial: Access = ({ req }) => {
  switch (requestRole(req)) {
    case 'admin':
    case 'board':
    case 'editor':
      return true
    case 'contributor': {
      const unit = unitOf(req)
      return unit ? { draftingUnit: { equals: unit } } : false
    }
    case 'translator':
      return req.locale === 'en'
    default:
      return false
  }
}
