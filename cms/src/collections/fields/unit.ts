import type { Field } from 'payload'
import { relationId, requestRole, unitOf } from '../../access/roles'
import type { Label } from '../../i18n'

/**
 * The unit a piece of editorial content comes from: the writer's own unit by default, and the only
 * choice a contributor has (the `enforceOwnUnit` hook holds them to it on the server as well).
 */
export function contributorUnitField(description: Label): Field {
  return {
    name: 'unit',
    type: 'relationship',
    relationTo: 'units',
    required: true,
    index: true,
    label: { vi: 'Đơn vị', en: 'Unit' },
    defaultValue: ({ user }) => (user && 'unit' in user ? (relationId(user.unit) ?? undefined) : undefined),
    filterOptions: ({ req }) => {
      const unit = unitOf(req)
      return requestRole(req) === 'contributor' && unit ? { id: { equals: unit } } : true
    },
    admin: { position: 'sidebar', description },
  }
}
