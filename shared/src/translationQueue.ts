/**
 * The translator's queue (docs/translation-and-multimedia.md, Admin): the translation records
 * that wait for someone, filtered and ordered. Pure, so the admin view and its tests agree.
 */
import type { TranslatableCollection, TranslationState } from './translation'

export interface QueueItem {
  collection: TranslatableCollection
  id: string
  /** The item's Vietnamese title. */
  title: string
  state: TranslationState
  sectionIds: string[]
  unitId: string | null
  viewCount: number
  /** When the English was first asked for (ISO); null sorts as the oldest (asked before we kept dates). */
  neededSince: string | null
  stateChangedAt: string | null
}

export const QUEUE_ORDERS = ['oldest', 'most-read'] as const
export type QueueOrder = (typeof QUEUE_ORDERS)[number]

export const isQueueOrder = (value: unknown): value is QueueOrder =>
  typeof value === 'string' && (QUEUE_ORDERS as readonly string[]).includes(value)

export interface QueueFilter {
  sectionId?: string | null
  unitId?: string | null
  collection?: TranslatableCollection | null
  state?: TranslationState | null
}

/** Items matching every given filter; an empty or absent filter matches everything. */
export function filterQueue<T extends QueueItem>(items: readonly T[], filter: QueueFilter): T[] {
  return items.filter(
    (item) =>
      (!filter.sectionId || item.sectionIds.includes(filter.sectionId)) &&
      (!filter.unitId || item.unitId === filter.unitId) &&
      (!filter.collection || item.collection === filter.collection) &&
      (!filter.state || item.state === filter.state),
  )
}

const time = (iso: string | null): number => {
  const t = iso ? Date.parse(iso) : Number.NaN
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t
}

/** Waiting longest first; ties by collection and id so the order never jumps between loads. */
const byOldest = (a: QueueItem, b: QueueItem): number =>
  time(a.neededSince) - time(b.neededSince) ||
  (a.collection < b.collection ? -1 : a.collection > b.collection ? 1 : 0) ||
  a.id.localeCompare(b.id, 'en', { numeric: true })

/** A new array in the given order: oldest first by `neededSince`, or most read first then oldest. */
export function sortQueue<T extends QueueItem>(items: readonly T[], order: QueueOrder): T[] {
  const sorted = [...items]
  if (order === 'most-read') sorted.sort((a, b) => (b.viewCount || 0) - (a.viewCount || 0) || byOldest(a, b))
  else sorted.sort(byOldest)
  return sorted
}
