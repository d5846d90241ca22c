import type { Payload, PayloadRequest } from 'payload'
import type { TranslatableCollection } from '@cong/shared/translation'
import type { EnglishValues } from './fields'

/** The English the public sees of one item: the frozen copy taken when the board published it. */
export interface PublishedEnglish {
  /** The English fields in the item's own shape (rich text as Lexical JSON), `slug` for articles and albums. */
  values: EnglishValues
  publishedAt: string | null
  firstPublishedAt: string | null
}

const BATCH = 200

/**
 * The published English of the given items, by item id; items without a published copy (never
 * published, or withdrawn) are absent. Whether the item itself is public is the caller's
 * business: the snapshot only asks about public items. A copy stays published while the
 * translator reworks it (in progress, stale), so the state is not consulted.
 */
export async function loadPublishedEnglish(
  payload: Payload,
  collection: TranslatableCollection,
  ids: readonly (string | number)[],
  req?: Partial<PayloadRequest>,
): Promise<Map<string, PublishedEnglish>> {
  const out = new Map<string, PublishedEnglish>()
  const wanted = [...new Set(ids.map(String))]
  for (let i = 0; i < wanted.length; i += BATCH) {
    const { docs } = await payload.find({
      collection: 'translations' as never,
      where: { and: [{ itemCollection: { equals: collection } }, { itemId: { in: wanted.slice(i, i + BATCH) } }] },
      select: { itemId: true, published: true, publishedAt: true, firstPublishedAt: true } as never,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as {
      itemId: string
      published?: EnglishValues | null
      publishedAt?: string | null
      firstPublishedAt?: string | null
    }[]) {
      const values = doc.published
      if (!values || typeof values !== 'object' || Object.keys(values).length === 0) continue
      out.set(String(doc.itemId), {
        values,
        publishedAt: doc.publishedAt ?? null,
        firstPublishedAt: doc.firstPublishedAt ?? null,
      })
    }
  }
  return out
}
