import type { CollectionBeforeChangeHook } from 'payload'
import { clock } from '../../../clock'

/** Who moved a comment to its moderation state, and when: set here, never typed. */
export const stampModeration: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (
    operation === 'update' &&
    data.moderation !== undefined &&
    data.moderation !== originalDoc?.moderation
  ) {
    data.moderatedBy = req.user?.id ?? null
    data.moderatedAt = clock.now().toISOString()
  }
  return data
}
