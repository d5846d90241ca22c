import type { CollectionBeforeValidateHook } from 'payload'

/**
 * The account created on the admin's first-run screen runs the site: it is an active admin,
 * whatever the form sent (the role field is otherwise only writable by admins).
 */
export const firstUserIsAdmin: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, role: 'admin', active: true } : data
}
