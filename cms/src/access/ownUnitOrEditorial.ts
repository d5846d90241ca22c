import type { Access } from 'payload'
import { requestRole, unitOf } from './roles'

/**
 * Updating a unit's work, where `field` names the owning unit: editors, the board and admins
 * update anything, contributors only their own unit's items, translators only in English.
 */
export const ownUnitOrEditorialBy =
  (field: string): Access =>
  ({ req }) => {
    switch (requestRole(req)) {
      case 'admin':
      case 'board':
      case 'editor':
        return true
      case 'contributor': {
        const unit = unitOf(req)
        return unit ? { [field]: { equals: unit } } : false
      }
      case 'translator':
        return req.locale === 'en'
      default:
        return false
    }
  }

/** Updating articles (the workflow hook further limits contributors to drafts and returned items). */
export const ownUnitOrEditorial = ownUnitOrEditorialBy('unit')
