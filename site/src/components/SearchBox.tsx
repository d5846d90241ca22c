import { newestShardsWithin } from '@cong/shared/searchShards'
import { useEffect, useId, useRef, useState } from 'react'
import type { Strings } from '../i18n'
import { fill } from '../lib/formClient'
import { FIRST_SEARCH_PAGES, loadPagefind, type Pagefind, type PagefindResultData, type PagefindSearch } from '../lib/pagefind'
import { useQueryInput } from '../lib/queryInput'
import SearchField from './SearchField'

type SearchStrings = Pick<
  Strings,
  | 'searchLabel'
  | 'searchPlaceholder'
  | 'searchSubmit'
  | 'searchLoading'
  | 'searchResults'
  | 'searchNoResults'
  | 'searchFilters'
  | 'searchFiltersToggle'
  | 'searchSort'
  | 'sortRelevance'
  | 'sortNewest'
  | 'sortNote'
  | 'searchMore'
  | 'searchNewestOnly'
  | 'searchEarlier'
  | 'searchError'
>

export interface SearchBoxProps {
  strings: SearchStrings
  /** Filter keys in display order with their labels, e.g. [['section', 'Chuyên mục'], …]. */
  filterGroups: [string, string][]
  /**
   * The search index's manifest (`PAGEFIND_BUNDLE`). The newest shards of the page's language
   * are merged up to FIRST_SEARCH_PAGES pages (`?budget=` sets another, for tests and
   * measurements), the older ones when the reader asks; `?all=1` merges every shard at once.
   */
  bundleUrl: string
}

const PAGE = 10
/** Wait this long after the last keystroke before searching. */
const DEBOUNCE_MS = 200

type Status = 'idle' | 'loading' | 'done' | 'error'

export default function SearchBox({ strings: t, filterGroups, bundleUrl }: SearchBoxProps) {
  const id = useId()
  const pagefind = useRef<Promise<Pagefind> | null>(null)
  const { query, start, inputProps } = useQueryInput()
  const [selected, setSelected] = useState<Record<string, string[]>>({})
  const [sort, setSort] = useState<'relevance' | 'date'>('relevance')
  // Counts over the whole index until a search runs, then what ticking each value would give.
  const [totals, setTotals] = useState<PagefindSearch['filters']>({})
  const [counts, setCounts] = useState<PagefindSearch['filters'] | null>(null)
  const [hits, setHits] = useState<PagefindSearch['results']>([])
  const [shown, setShown] = useState<PagefindResultData[]>([])
  const [status, setStatus] = useState<Status>('idle')
  // Filters start open; on a phone they would push the results off the first screen.
  const [filtersOpen, setFiltersOpen] = useState(true)
  // What the first merge left out of the older shards; `everyYear` once they are merged (?all=1).
  const [left, setLeft] = useState({ shards: 0, pages: 0 })
  // Read before the first effect writes the query string back; nothing the server rendered
  // depends on it, so hydration still matches.
  const [everyYear, setEveryYear] = useState(
    () => typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('all') === '1',
  )
  const statusLine = useRef<HTMLParagraphElement>(null)

  const load = () => {
    pagefind.current ??= (() => {
      const params = new URLSearchParams(window.location.search)
      const budget = Number(params.get('budget')) || FIRST_SEARCH_PAGES
      const year = new Date().getFullYear()
      return loadPagefind(bundleUrl, {
        split: params.get('all') === '1' ? undefined : (shards) => newestShardsWithin(shards, budget, year),
      })
    })().then(async (pf) => {
      // A search counts filter values only in the filter index already loaded: one that ran before
      // it (straight from ?q=) reported no filters at all, and the filter list stayed empty.
      setTotals(await pf.filters())
      setLeft(pf.left())
      return pf
    })
    return pagefind.current
  }

  /** Merges the older shards, then the search effect runs the same query and filters over all. */
  const searchEarlier = async () => {
    setStatus('loading')
    // The button goes once every year is searched: the status line keeps the keyboard's place.
    statusLine.current?.focus()
    try {
      const pf = await load()
      await pf.mergeRest()
      setTotals(await pf.filters())
      setLeft(pf.left())
      setEveryYear(true)
    } catch {
      setStatus('error')
    }
  }

  // Start from ?q= so the header search form (a plain GET form on every page) lands here.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search)
    setFiltersOpen(window.matchMedia('(min-width: 900px)').matches)
    start(params)
    load().catch(() => setStatus('error'))
  }, [])

  useEffect(() => {
    const url = new URL(window.location.href)
    if (query) url.searchParams.set('q', query)
    else url.searchParams.delete('q')
    // A shared link searches the years its sender searched.
    if (everyYear) url.searchParams.set('all', '1')
    else url.searchParams.delete('all')
    window.history.replaceState(null, '', url)

    const active = Object.entries(selected).filter(([, values]) => values.length > 0)
    if (!query.trim() && active.length === 0) {
      setHits([])
      setShown([])
      setCounts(null)
      setStatus('idle')
      return
    }
    let cancelled = false
    setStatus('loading')
    const timer = setTimeout(async () => {
      try {
        const pf = await load()
        const term = query.trim() || null
        const filtersOf = (groups: [string, string[]][]) =>
          Object.fromEntries(groups.map(([key, values]) => [key, { any: values }]))
        const search = await pf.search(term, {
          filters: filtersOf(active),
          sort: sort === 'date' ? { date: 'desc' } : undefined,
        })
        // Ticking more values of a group widens the results ("any"), so a group's counts must ignore
        // its own ticks: counted within the narrowed results, the other sections would all read 0
        // and drop out of the list, leaving the reader no way to add them.
        const widened = await Promise.all(
          active.map(([key]) => pf.search(term, { filters: filtersOf(active.filter(([other]) => other !== key)) })),
        )
        const first = search ? await Promise.all(search.results.slice(0, PAGE).map((r) => r.data())) : []
        // A newer keystroke or filter change owns the results now.
        if (cancelled || !search) return
        setHits(search.results)
        setShown(first)
        setCounts({
          ...search.filters,
          ...Object.fromEntries(active.map(([key], i) => [key, widened[i]?.filters[key] ?? {}])),
        })
        setStatus('done')
      } catch {
        if (!cancelled) setStatus('error')
      }
    }, DEBOUNCE_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [query, selected, sort, everyYear])

  const showMore = async () => {
    const next = await Promise.all(hits.slice(shown.length, shown.length + PAGE).map((r) => r.data()))
    setShown((current) => [...current, ...next])
  }

  const toggle = (key: string, value: string, on: boolean) =>
    setSelected((current) => {
      const values = new Set(current[key] ?? [])
      if (on) values.add(value)
      else values.delete(value)
      return { ...current, [key]: [...values] }
    })

  const message =
    status === 'loading'
      ? t.searchLoading
      : status === 'error'
        ? t.searchError
        : status === 'done'
          ? fill(hits.length ? t.searchResults : t.searchNoResults, { count: hits.length, query })
          : ''
  const partial = status === 'done' && left.shards > 0
  const leftPages = left.pages.toLocaleString(typeof document === 'undefined' ? 'vi' : document.documentElement.lang || 'vi')

  return (
    <div className="search">
      <form className="search__form" role="search" onSubmit={(e) => e.preventDefault()}>
        <SearchField
          id={`${id}-q`}
          label={t.searchLabel}
          labelClassName="search__label"
          inputProps={inputProps}
          placeholder={t.searchPlaceholder}
          submit={t.searchSubmit}
        />
      </form>
      <div className="search__layout">
        <details
          className="search__filters"
          open={filtersOpen}
          onToggle={(e) => setFiltersOpen(e.currentTarget.open)}
        >
          <summary title={t.searchFiltersToggle}>
            <h2 className="block-title block-title--small">{t.searchFilters}</h2>
          </summary>
          <label className="search__sort">
            <span>{t.searchSort}</span>
            <select value={sort} onChange={(e) => setSort(e.target.value as 'relevance' | 'date')}>
              <option value="relevance">{t.sortRelevance}</option>
              <option value="date">{t.sortNewest}</option>
            </select>
          </label>
          {sort === 'date' && <p className="search__note">{t.sortNote}</p>}
          {filterGroups.map(([key, label]) => {
            // Values that would add no result are noise, unless the reader ticked them.
            const values = Object.entries((counts ?? totals)[key] ?? {})
              .filter(([value, count]) => count > 0 || selected[key]?.includes(value))
              .sort(([a], [b]) => a.localeCompare(b, 'vi'))
            if (values.length === 0) return null
            return (
              <fieldset key={key} className="search__group">
                <legend>{label}</legend>
                {values.map(([value, count]) => (
                  <label key={value} className="search__check">
                    <input
                      type="checkbox"
                      name={key}
                      value={value}
                      checked={selected[key]?.includes(value) ?? false}
                      onChange={(e) => toggle(key, value, e.target.checked)}
                    />
                    <span>{value}</span> <span className="search__count">({count})</span>
                  </label>
                ))}
              </fieldset>
            )
          })}
        </details>
        <div className="search__results">
          <p className="search__status" role="status" aria-live="polite" tabIndex={-1} ref={statusLine}>
            {message}
            {/* In the live region: a screen reader hears that older years were not searched. */}
            {partial && <span className="search__partial"> {fill(t.searchNewestOnly, { pages: leftPages })}</span>}
          </p>
          {partial && (
            <button type="button" className="search__more search__earlier" onClick={searchEarlier}>
              {fill(t.searchEarlier, { pages: leftPages })}
            </button>
          )}
          {shown.length > 0 && (
            <ol className="search__list">
              {shown.map((r) => (
                <li key={r.url} className="search__hit">
                  <h2 className="search__hit-title">
                    <a href={r.url}>{r.meta.title ?? r.url}</a>
                  </h2>
                  {r.meta.date && <p className="search__hit-meta">{r.meta.date}</p>}
                  {/* Pagefind escapes page text in excerpts and adds only <mark>. */}
                  <p className="search__hit-excerpt" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
                </li>
              ))}
            </ol>
          )}
          {shown.length < hits.length && (
            <button type="button" className="search__more" onClick={showMore}>
              {t.searchMore}
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
