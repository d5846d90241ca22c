import { randomUUID } from 'node:crypto'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'
import { signedHeaders, type PublishEvent } from '@cong/shared/webhook'

/**
 * Tells the publisher that public content changed. Collections with drafts fire on publish,
 * unpublish, update of a published item and delete of a published item; collections without
 * drafts (sections, units, media, settings) fire on every change. The request that saved the
 * document never waits for the publisher: delivery runs in the background with retries, and a
 * publisher that is down only delays the rebuild (ops can trigger one from the admin or CLI).
 */

type Status = 'draft' | 'published' | undefined

/** Events sent in this process, newest last: tests and the admin's status read them. */
export const deliveredEvents: PublishEvent[] = []

export function eventFor(
  current: { _status?: Status } | undefined,
  previous: { _status?: Status } | undefined,
  hasDrafts: boolean,
): PublishEvent['event'] | null {
  if (!hasDrafts) return 'update'
  const now = current?._status === 'published'
  const before = previous?._status === 'published'
  if (now && !before) return 'publish'
  if (!now && before) return 'unpublish'
  if (now && before) return 'update'
  return null
}

export async function sendPublishEvent(event: PublishEvent, req?: PayloadRequest): Promise<void> {
  deliveredEvents.push(event)
  if (deliveredEvents.length > 200) deliveredEvents.shift()
  const base = process.env.PUBLISHER_URL
  const secret = process.env.PUBLISHER_WEBHOOK_SECRET
  if (!base || !secret) return
  const body = JSON.stringify(event)
  const delivery = randomUUID()
  for (let attempt = 1; attempt <= 4; attempt++) {
    try {
      const res = await fetch(new URL('/webhook', base), {
        method: 'POST',
        body,
        headers: signedHeaders(secret, body, delivery),
        signal: AbortSignal.timeout(5_000),
      })
      if (res.ok || (res.status >= 400 && res.status < 500)) {
        if (!res.ok) req?.payload.logger.error(`Publisher refused webhook (${res.status}): ${await res.text()}`)
        return
      }
    } catch (error) {
      if (attempt === 4) req?.payload.logger.error(`Publisher unreachable at ${base}: ${String(error)}`)
    }
    await new Promise((r) => setTimeout(r, 500 * 2 ** attempt))
  }
}

const fire = (event: PublishEvent, req: PayloadRequest) => {
  if (req.context?.skipPublishWebhook) return
  void sendPublishEvent(event, req)
}

export function notifyPublisherAfterChange(hasDrafts: boolean): CollectionAfterChangeHook {
  return ({ doc, previousDoc, collection, req }) => {
    const event = eventFor(doc, previousDoc, hasDrafts)
    if (event) fire({ event, collection: collection.slug, id: String(doc.id), slug: doc.slug, at: new Date().toISOString() }, req)
    return doc
  }
}

/**
 * Legal documents and drafts use Payload's own drafts: "save draft" on a published document only
 * writes a version and leaves the public one as it is, so it must not look like an unpublish.
 * The operation knows whether it saves a draft; the afterChange hook does not, hence the note.
 */
const draftSaveKey = (slug: string) => `draftSave:${slug}`
/** Whether this request saves a draft beside the published item (collections using `noteDraftSaves`). */
export const isDraftSave = (req: PayloadRequest, slug: string): boolean => Boolean(req.context[draftSaveKey(slug)])

export const noteDraftSaves: CollectionBeforeOperationHook = ({ args, operation, collection, req }) => {
  if (operation === 'create' || operation === 'update')
    req.context[draftSaveKey(collection.slug)] = Boolean(args.draft)
  return args
}

export const notifyPublisherUnlessDraftSave: CollectionAfterChangeHook = (args) => {
  if (args.req.context[draftSaveKey(args.collection.slug)]) return args.doc
  return notifyPublisherAfterChange(true)(args)
}

/**
 * For items whose public flag is a field of their own (a comment is public once approved): fires
 * when the flag flips, and when a public item is deleted.
 */
export function notifyPublisherOnPublicFlag(
  isPublic: (doc: Record<string, unknown> | undefined) => boolean,
): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  const event = (
    doc: { id: string | number },
    collection: string,
    kind: PublishEvent['event'],
  ): PublishEvent => ({
    event: kind,
    collection,
    id: String(doc.id),
    at: new Date().toISOString(),
  })
  return {
    afterChange: ({ doc, previousDoc, collection, req }) => {
      const now = isPublic(doc)
      if (now !== isPublic(previousDoc)) fire(event(doc, collection.slug, now ? 'publish' : 'unpublish'), req)
      return doc
    },
    afterDelete: ({ doc, collection, req }) => {
      if (isPublic(doc)) fire(event(doc, collection.slug, 'delete'), req)
      return doc
    },
  }
}

export function notifyPublisherAfterDelete(hasDrafts: boolean): CollectionAfterDeleteHook {
  return ({ doc, collection, req }) => {
    if (!hasDrafts || doc?._status === 'published') {
      fire({ event: 'delete', collection: collection.slug, id: String(doc.id), slug: doc.slug, at: new Date().toISOString() }, req)
    }
    return doc
  }
}

export const notifyPublisherAfterGlobalChange: GlobalAfterChangeHook = ({ doc, global, req }) => {
  fire({ event: 'update', collection: global.slug, at: new Date().toISOString() }, req)
  return doc
}
