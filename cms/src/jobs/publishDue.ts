import type { Payload } from 'payload'
import { isDue } from '@cong/shared/workflow'
import { SCHEDULER_CONTEXT } from '../hooks/actor'

/** Collections whose items can be scheduled. */
export const SCHEDULABLE = ['articles', 'pages'] as const

export interface PublishedItem {
  collection: (typeof SCHEDULABLE)[number]
  id: string
}

/**
 * Publishes every scheduled item whose time has come, acting as the `scheduler` so the workflow
 * table decides (only scheduled → published) and the audit log says who did it. One failing item
 * does not block the others (each save is its own transaction); it stays scheduled and is retried
 * on the next run.
 */
export async function runDuePublications(payload: Payload, now = new Date()): Promise<PublishedItem[]> {
  const published: PublishedItem[] = []
  for (const collection of SCHEDULABLE) {
    // Scheduled items are few at any time; `isDue` stays the one definition of "due".
    const { docs } = await payload.find({
      collection,
      where: { workflowStatus: { equals: 'scheduled' } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs.filter((d) => isDue(d.publishAt, now))) {
      try {
        await payload.update({
          collection,
          id: doc.id,
          data: { workflowStatus: 'published' },
          overrideAccess: true,
          context: { ...SCHEDULER_CONTEXT },
        })
        published.push({ collection, id: String(doc.id) })
      } catch (error) {
        payload.logger.error({ err: error, msg: `Scheduled publication of ${collection}/${doc.id} failed` })
      }
    }
  }
  return published
}
