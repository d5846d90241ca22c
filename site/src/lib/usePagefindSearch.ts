import { useEffect, useRef, useState } from 'react'
import { loadPagefind, type Pagefind, type PagefindResultData, type PagefindSearch } from './pagefind'

/**
 * The search behind a finder island (documents, questions) over one `type` of page in the
 * language's Pagefind index, merging only the shards that hold that type. The index is loaded only
 * on the first search or filter (`load`, also for the input's focus), so a reader who just browses
 * the static list never fetches it.
 */

const PAGE = 20
const DEBOUNCE_MS = 250

export type FinderStatus = 'idle' | 'loading' | 'done' | 'error'
/** A facet and the values ticked in it; values of one facet widen each other ("any"). */
export type FacetChoice<Key extends string = string> = readonly [Key, readonly string[]]

export interface PagefindSearchOptions<Item> {
  /** The search index's manifest (`PAGEFIND_BUNDLE`). */
  bundleUrl: string
  /** The `type` filter value of the pages searched. */
  typeFilter: string
  /** False until the island has read the query string: the empty first state must not overwrite it. */
  ready: boolean
  query: string
  chosen: readonly FacetChoice[]
  /** Every facet key, so the query string drops one that was cleared. */
  facetKeys: readonly string[]
  /** Further query-string parameters the finder owns (`null` leaves one out), after the facets. */
  extraParams?: Record<string, string | null>
  /** Whether anything is asked; with nothing asked the static list stays and no search runs. */
  active: boolean
  sort: Record<string, 'asc' | 'desc'> | undefined
  toItem: (result: PagefindResultData) => Item
}

export function usePagefindSearch<Item>({
  bundleUrl,
  typeFilter,
  ready,
  query,
  chosen,
  facetKeys,
  extraParams = {},
  active,
  sort,
  toItem,
}: PagefindSearchOptions<Item>) {
  const pagefind = useRef<Promise<Pagefind> | null>(null)
  const [hits, setHits] = useState<PagefindSearch['results']>([])
  const [items, setItems] = useState<Item[]>([])
  const [counts, setCounts] = useState<PagefindSearch['filters'] | null>(null)
  const [status, setStatus] = useState<FinderStatus>('idle')
  const hasQuery = query.trim() !== ''

  const load = () => {
    pagefind.current ??= loadPagefind(bundleUrl, { types: [typeFilter] }).then(async (pf) => {
      // Searches count filter values only in the filter index already loaded (see SearchBox).
      await pf.filters()
      return pf
    })
    return pagefind.current
  }

  // The inputs as values: a new array or object with the same content asks for nothing new.
  const chosenKey = JSON.stringify(chosen)
  const extraKey = JSON.stringify(extraParams)
  const sortKey = JSON.stringify(sort ?? null)

  useEffect(() => {
    if (!ready) return
    const url = new URL(window.location.href)
    for (const key of ['q', ...facetKeys, ...Object.keys(extraParams)]) url.searchParams.delete(key)
    if (hasQuery) url.searchParams.set('q', query)
    for (const [key, values] of chosen) for (const value of values) url.searchParams.append(key, value)
    for (const [key, value] of Object.entries(extraParams)) if (value !== null) url.searchParams.set(key, value)
    window.history.replaceState(null, '', url)

    if (!active) {
      setHits([])
      setItems([])
      setCounts(null)
      setStatus('idle')
      return
    }
    let cancelled = false
    setStatus('loading')
    const timer = setTimeout(
      async () => {
        try {
          const pf = await load()
          const term = hasQuery ? query.trim() : null
          const filtersOf = (groups: readonly FacetChoice[]) => ({
            type: { any: [typeFilter] },
            ...Object.fromEntries(groups.map(([key, values]) => [key, { any: [...values] }])),
          })
          const search = await pf.search(term, { filters: filtersOf(chosen), sort })
          // Each facet counts what ticking one of its values would give, the other facets kept.
          const widened = await Promise.all(
            chosen.map(([key]) => pf.search(term, { filters: filtersOf(chosen.filter(([other]) => other !== key)) })),
          )
          const first = search ? await Promise.all(search.results.slice(0, PAGE).map((r) => r.data())) : []
          if (cancelled || !search) return
          setHits(search.results)
          setItems(first.map(toItem))
          setCounts({
            ...search.filters,
            ...Object.fromEntries(chosen.map(([key], i) => [key, widened[i]?.filters[key] ?? {}])),
          })
          setStatus('done')
        } catch {
          if (!cancelled) setStatus('error')
        }
      },
      hasQuery ? DEBOUNCE_MS : 0,
    )
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
    // hasQuery derives from query; chosen, extraParams and sort are compared by their keys.
  }, [ready, query, chosenKey, extraKey, sortKey, active])

  const showMore = async () => {
    try {
      const next = await Promise.all(hits.slice(items.length, items.length + PAGE).map((r) => r.data()))
      setItems((current) => [...current, ...next.map(toItem)])
    } catch {
      setStatus('error')
    }
  }

  /** For the input's focus: the index is likely wanted, so its fetch starts before the first letter. */
  const preload = () => void load().catch(() => setStatus('error'))

  return { hits, items, counts, status, preload, showMore }
}
