import type { CollectionBeforeChangeHook } from 'payload'
import { slugify, uniqueSlug } from '@cong/shared/slug'

interface SlugOptions {
  /** The field the slug is written to. */
  field: string
  /** The (usually localized) text it is made from. */
  from: string
  /** Only derive it while saving this locale: the Vietnamese title gives `slug`, the English one `slugEn`. */
  locale?: string
}

/**
 * Fills `field` from `from` when empty, normalises a hand-typed value, and makes it unique in the
 * collection by appending -2, -3…
 */
export function uniqueSlugHook({ field, from, locale }: SlugOptions): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, collection, req }) => {
    if (locale && req.locale !== locale) return data
    const typed = data[field] ?? originalDoc?.[field]
    const source = typeof typed === 'string' && typed.trim() ? typed : (data[from] ?? originalDoc?.[from])
    if (typeof source !== 'string' || !source.trim()) return data
    const base = slugify(source)
    if (!base || base === originalDoc?.[field]) return data
    const id = originalDoc?.id
    data[field] = await uniqueSlug(base, async (candidate) => {
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as 'articles',
        where: { and: [{ [field]: { equals: candidate } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
        overrideAccess: true,
        req,
      })
      return totalDocs > 0
    })
    return data
  }
}
