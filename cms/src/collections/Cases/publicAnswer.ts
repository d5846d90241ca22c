import type { CollectionAfterChangeHook } from 'payload'
import { notifyPublisherOnPublicFlag, sendPublishEvent } from '../../publishing/hooks'

type Doc = Record<string, unknown> | undefined

const isPublicAnswer = (doc: Doc) => doc?.state === 'answered' && doc?.visibility === 'public'

const flag = notifyPublisherOnPublicFlag(isPublicAnswer)

/** What Hỏi – Đáp shows of a case: an edit to anything else needs no rebuild. */
const SHOWN = ['title', 'content', 'publicTitle', 'publicQuestion', 'answer', 'unit', 'field', 'type', 'answeredAt'] as const

const shownChanged = (doc: Doc, previous: Doc) =>
  SHOWN.some((key) => JSON.stringify(doc?.[key] ?? null) !== JSON.stringify(previous?.[key] ?? null))

/**
 * A case is on the public site (Hỏi – Đáp) exactly while it is answered with a public answer:
 * the publisher is told when that starts or stops, when such a case is deleted, and when what
 * the page shows of a public case is edited (the board corrects a published question). For the
 * Cases collection's `afterChange` and `afterDelete` hooks.
 */
export const publicAnswerHooks: { afterChange: CollectionAfterChangeHook; afterDelete: typeof flag.afterDelete } = {
  afterChange: async (args) => {
    const { doc, previousDoc, collection, req } = args
    if (
      isPublicAnswer(doc) &&
      isPublicAnswer(previousDoc) &&
      shownChanged(doc, previousDoc) &&
      !req.context?.skipPublishWebhook
    ) {
      void sendPublishEvent({ event: 'update', collection: collection.slug, id: String(doc.id), at: new Date().toISOString() }, req)
      return doc
    }
    return flag.afterChange(args)
  },
  afterDelete: flag.afterDelete,
}
