import type { CollectionBeforeOperationHook, CollectionSlug, Where } from 'payload'
import type { Role } from '@cong/shared/roles'
import { requestRole } from '../access/roles'
import { LEGAL_MESSAGES } from '../i18n/legal'
import { refused } from './errors'

/**
 * For collections published with Payload's own drafts (legal documents, drafts for comment):
 * only `publishers` change what the public sees. Everyone else who may edit saves drafts — new
 * versions that leave the published document alone — and may write the document itself only
 * while it is not public. Trusted server code (no user: seed, importer) is not limited.
 */
export function publishOnlyBy(publishers: readonly Role[]): CollectionBeforeOperationHook {
  return async ({ args, operation, collection, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const role = requestRole(req)
    if (role === null || publishers.includes(role)) return args
    const { data, draft, id, where } = args as {
      data?: { _status?: unknown }
      draft?: boolean
      id?: string | number
      where?: Where
    }
    if (data?._status === 'published') throw refused(LEGAL_MESSAGES.publishForbidden)
    if (operation === 'update' && !draft) {
      const target: Where = id !== undefined ? { id: { equals: id } } : (where ?? {})
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as CollectionSlug,
        where: { and: [target, { _status: { equals: 'published' } }] },
        overrideAccess: true,
        req,
      })
      if (totalDocs > 0) throw refused(LEGAL_MESSAGES.publishForbidden)
    }
    return args
  }
}
