import type { CollectionBeforeChangeHook } from 'payload'
import { idOf, requestRole, unitOf, userUnit } from '../../../access/roles'
import { refused } from '../../../hooks/errors'
import { MESSAGES } from '../../../i18n'

/**
 * Contributors write for their own unit only. Access control already hides other units'
 * articles from them; this hook covers what access cannot see: the unit a new article is
 * created for, and moving an own article to another unit.
 */
export const enforceOwnUnit: CollectionBeforeChangeHook = ({ data, req }) => {
  if (requestRole(req) !== 'contributor') return data
  const own = unitOf(req)
  const target = idOf(data.unit)
  if (target === null && own) return { ...data, unit: userUnit(req) }
  if (!own || target !== own) throw refused(MESSAGES.otherUnit)
  return data
}
