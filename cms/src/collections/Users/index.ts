import type { CollectionConfig } from 'payload'
import { ROLES } from '@cong/shared/roles'

export const Users: CollectionConfig = {
  slug: 'users',
  auth: true,
  admin: { useAsTitle: 'name' },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'role', type: 'select', required: true, options: ROLES.map((r) => ({ label: r, value: r })) },
  ],
}
