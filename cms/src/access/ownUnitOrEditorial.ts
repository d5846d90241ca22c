import type { Access } from 'payload'
import { requestRole, unitOf } from './roles'

/**
 * Updating articles: editors, the board and admins update any article, contributors only their
 * own unit's (the workflow hook further limits them to drafts and returned items), translators
 * only in English.
 */
export const ownUnitOrEditorial: Access = ({ req }) => {
  switch (requestRole(req)) {
    case 'admin':
    case 'board':
    case 'editor':
      return true
    case 'contributor': {
      const unit = unitOf(req)
      return unit ? { unit: { equals: unit } } : false
    }
    case 'translator':
      return req.locale === 'en'
    default:
      return false
  }
}
