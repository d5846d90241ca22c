import type { CollectionBeforeChangeHook } from 'payload'
import { idOf, requestRole, unitOf, userUnit } from '../../../access/roles'
import { refused } from '../../../hooks/errors'
import { LEGAL_MESSAGES } from '../../../i18n/legal'

/**
 * Contributors work on their own unit's drafts only. Access control already hides other units'
 * drafts from them; this covers what it cannot see: the unit a new draft is created for, and
 * handing an own draft to another unit.
 */
export const enforceOwnDraftingUnit: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (requestRole(req) !== 'contributor') return data
  const own = unitOf(req)
  const target = idOf('draftingUnit' in data ? data.draftingUnit : originalDoc?.draftingUnit)
  if (target === null && own) return { ...data, draftingUnit: userUnit(req) }
  if (!own || target !== own) throw refused(LEGAL_MESSAGES.otherDraftingUnit)
  return data
}
