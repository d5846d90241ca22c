import type { Payload } from 'payload'
import type { User } from '@cong/shared/payload-types'
import {
  isTranslatableCollection,
  QUEUE_STATES,
  TRANSLATION_STATES,
  type TranslatableCollection,
  type TranslationState,
} from '@cong/shared/translation'
import {
  filterQueue,
  isQueueOrder,
  sortQueue,
  type QueueFilter,
  type QueueItem,
  type QueueOrder,
} from '@cong/shared/translationQueue'
import { idOf } from '../access/roles'

/** A queue row as the admin shows it: the pure item, plus names and where the translator works on it. */
export interface QueueRow extends QueueItem {
  recordId: string
  sectionNames: string[]
  unitName: string | null
  /** Admin path (under the admin route) where the English is edited. */
  editPath: string
}

export interface QueueQuery {
  order: QueueOrder
  filter: QueueFilter
}

export interface TranslationQueue {
  rows: QueueRow[]
  /** Items in the queue before filtering. */
  total: number
  /** Sections and units that occur in the queue, for the filters (by name). */
  sections: { id: string; name: string }[]
  units: { id: string; name: string }[]
}

type Params = Record<string, string | string[] | undefined> | URLSearchParams | undefined

const param = (params: Params, name: string): string | undefined => {
  if (!params) return undefined
  const value = params instanceof URLSearchParams ? params.get(name) : params[name]
  const first = Array.isArray(value) ? value[0] : value
  return first?.trim() || undefined
}

/** The queue's order and filters from the admin URL; unknown values are ignored, not refused. */
export function parseQueueQuery(params: Params): QueueQuery {
  const order = param(params, 'order')
  const collection = param(params, 'kind')
  const state = param(params, 'state')
  return {
    order: isQueueOrder(order) ? order : 'oldest',
    filter: {
      sectionId: param(params, 'section') ?? null,
      unitId: param(params, 'unit') ?? null,
      collection: isTranslatableCollection(collection) ? collection : null,
      state:
        state &&
        (TRANSLATION_STATES as readonly string[]).includes(state) &&
        QUEUE_STATES.includes(state as TranslationState)
          ? (state as TranslationState)
          : null,
    },
  }
}

/**
 * The English of a Q&A is written on the translation record (the case holds the sender's data, which
 * a translator must not see); every other item's English is its own `en` locale.
 */
export const englishEditPath = (
  collection: TranslatableCollection,
  itemId: string,
  recordId: string,
): string =>
  collection === 'cases'
    ? `/collections/translations/${encodeURIComponent(recordId)}`
    : `/collections/${collection}/${encodeURIComponent(itemId)}?locale=en`

interface RecordDoc {
  id: string | number
  itemCollection: string
  itemId: string
  title?: string | null
  state: TranslationState
  sections?: unknown
  unit?: unknown
  viewCount?: number | null
  neededSince?: string | null
  stateChangedAt?: string | null
}

async function names(
  payload: Payload,
  collection: 'sections' | 'units',
  ids: string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const field = collection === 'sections' ? 'title' : 'name'
  const { docs } = await payload.find({
    collection,
    where: { id: { in: ids } },
    select: { [field]: true } as never,
    depth: 0,
    pagination: false,
    locale: 'vi',
    overrideAccess: true,
  })
  return new Map(
    (docs as unknown as Record<string, unknown>[]).map((d) => [String(d.id), String(d[field] ?? d.id)]),
  )
}

/**
 * The translator's queue as `user` may see it (the translation records' read rule applies: a
 * role without it gets an access error). Every queued record is read: the queue is the work still
 * open, hundreds of items at most, and filtering after reading keeps the filter choices complete.
 */
export async function loadTranslationQueue(
  payload: Payload,
  user: User,
  query: QueueQuery,
): Promise<TranslationQueue> {
  const { docs } = await payload.find({
    collection: 'translations' as never,
    where: { state: { in: [...QUEUE_STATES] } },
    select: {
      itemCollection: true,
      itemId: true,
      title: true,
      state: true,
      sections: true,
      unit: true,
      viewCount: true,
      neededSince: true,
      stateChangedAt: true,
    } as never,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const items = (docs as unknown as RecordDoc[])
    .filter((d) => isTranslatableCollection(d.itemCollection))
    .map((d) => {
      const collection = d.itemCollection as TranslatableCollection
      const itemId = String(d.itemId)
      return {
        collection,
        id: itemId,
        recordId: String(d.id),
        title: d.title || itemId,
        state: d.state,
        sectionIds: Array.isArray(d.sections)
          ? d.sections.map(idOf).filter((s): s is string => Boolean(s))
          : [],
        unitId: idOf(d.unit),
        viewCount: d.viewCount ?? 0,
        neededSince: d.neededSince ?? d.stateChangedAt ?? null,
        stateChangedAt: d.stateChangedAt ?? null,
      }
    })
  // Views bypass hooks, so the record's copy lags: "most read" sorts by the articles' live counts.
  const views = await articleViews(payload, items.filter((i) => i.collection === 'articles').map((i) => i.id))
  for (const item of items) item.viewCount = views.get(item.id) ?? item.viewCount
  const sectionNames = await names(payload, 'sections', [...new Set(items.flatMap((i) => i.sectionIds))])
  const unitNames = await names(payload, 'units', [
    ...new Set(items.flatMap((i) => (i.unitId ? [i.unitId] : []))),
  ])
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi')
  const rows = sortQueue(filterQueue(items, query.filter), query.order).map((item): QueueRow => ({
    ...item,
    sectionNames: item.sectionIds.map((id) => sectionNames.get(id) ?? id),
    unitName: item.unitId ? (unitNames.get(item.unitId) ?? item.unitId) : null,
    editPath: englishEditPath(item.collection, item.id, item.recordId),
  }))
  return {
    rows,
    total: items.length,
    sections: [...sectionNames].map(([id, name]) => ({ id, name })).sort(byName),
    units: [...unitNames].map(([id, name]) => ({ id, name })).sort(byName),
  }
}

async function articleViews(payload: Payload, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { id: { in: ids } },
    select: { viewCount: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((d) => [String(d.id), d.viewCount ?? 0]))
}
