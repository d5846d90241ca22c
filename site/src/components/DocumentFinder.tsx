import type { ValidityStatus } from '@cong/shared/legalValidity'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import type { Strings } from '../i18n'
import type { Pagefind, PagefindResultData, PagefindSearch } from '../lib/pagefind'
import { useQueryInput } from '../lib/queryInput'
import LegalDocumentTable, { type LegalRow, type LegalTableStrings } from './LegalDocumentTable'

/**
 * Tra cứu văn bản: facets, search and sort over the legal documents, on top of the static list.
 *
 * Why Pagefind and not a JSON index of the documents: the site already builds a Pagefind index per
 * language, and it is the only way to search the full texts without shipping them. At the
 * reference scale (~5,000 documents in ~100k pages) a JSON list with just numbers, summaries and
 * facets would be ~1 MB raw and fetched whole before the first filter; Pagefind fetches only the
 * index chunks a query touches and the fragments of the rows shown. Document pages carry their
 * facets as Pagefind filters (codes, so URLs stay language-free), their sort keys and the values a
 * row needs as metadata (LegalDocumentView.astro). Even Pagefind is loaded only when the reader
 * first searches or filters: until then the facets show the counts computed at build time.
 *
 * State lives in the query string (?q=…&doctype=…&year=…&sort=…) so a filtered view can be
 * shared and survives a reload. With no search and no filter the static, paginated table the
 * page was built with (`children`) stays in place, and it is all a reader without JavaScript gets.
 */

export const FACET_KEYS = ['doctype', 'body', 'field', 'year', 'status'] as const
export type FacetKey = (typeof FACET_KEYS)[number]

export interface FinderFacet {
  key: FacetKey
  label: string
  /** Every value at build time, in display order, with its count over all documents. */
  values: { value: string; label: string; count: number }[]
}

const SORTS = {
  relevance: undefined,
  'issued-desc': { issued: 'desc' },
  'issued-asc': { issued: 'asc' },
  'effective-desc': { effective: 'desc' },
  'number-asc': { number: 'asc' },
} as const satisfies Record<string, Record<string, 'asc' | 'desc'> | undefined>
type SortKey = keyof typeof SORTS
const isSortKey = (value: string | null): value is SortKey => value !== null && Object.hasOwn(SORTS, value)

type FinderStrings = LegalTableStrings &
  Pick<
    Strings,
    | 'finderTitle'
    | 'finderResultsCaption'
    | 'finderLabel'
    | 'finderPlaceholder'
    | 'finderSubmit'
    | 'finderFilters'
    | 'finderSort'
    | 'sortRelevance'
    | 'sortIssuedDesc'
    | 'sortIssuedAsc'
    | 'sortEffectiveDesc'
    | 'sortNumberAsc'
    | 'finderCount'
    | 'finderNone'
    | 'finderClear'
    | 'finderMore'
    | 'searchLoading'
    | 'searchError'
    | 'searchFiltersToggle'
  >

export interface DocumentFinderProps {
  strings: FinderStrings
  facets: FinderFacet[]
  bundleUrl: string
  /** The `type` filter value of legal documents in this language's index ("Văn bản"). */
  typeFilter: string
  /** The static table of this page, shown while nothing is searched or filtered. */
  children?: ReactNode
}

const PAGE = 20
const DEBOUNCE_MS = 250

type Selected = Partial<Record<FacetKey, string[]>>
type Status = 'idle' | 'loading' | 'done' | 'error'

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))

function toRow(result: PagefindResultData): LegalRow {
  const meta = result.meta
  return {
    id: result.url,
    href: result.url,
    number: meta.number ?? '',
    type: meta.doctype ?? '',
    issued: meta.issued ?? '',
    issuedLabel: meta.issuedLabel ?? '',
    summary: meta.summary ?? '',
    status: (meta.status || null) as ValidityStatus | null,
    statusLabel: meta.statusLabel ?? '',
  }
}

export default function DocumentFinder({ strings: t, facets, bundleUrl, typeFilter, children }: DocumentFinderProps) {
  const id = useId()
  const pagefind = useRef<Promise<Pagefind> | null>(null)
  const { query, start, clear: clearQuery, inputProps } = useQueryInput()
  const [selected, setSelected] = useState<Selected>({})
  // Unset: best match while searching words, newest first otherwise.
  const [sort, setSort] = useState<SortKey | null>(null)
  const [hits, setHits] = useState<PagefindSearch['results']>([])
  const [rows, setRows] = useState<LegalRow[]>([])
  const [counts, setCounts] = useState<PagefindSearch['filters'] | null>(null)
  const [status, setStatus] = useState<Status>('idle')
  const [filtersOpen, setFiltersOpen] = useState(true)
  const [urlRead, setUrlRead] = useState(false)

  const hasQuery = query.trim() !== ''
  const activeFacets = FACET_KEYS.map((key) => [key, selected[key] ?? []] as const).filter(([, values]) => values.length > 0)
  // Choosing an order is a request too: the whole list in that order, not just this page of it.
  const active = hasQuery || activeFacets.length > 0 || sort !== null
  const effectiveSort: SortKey = sort === null || (sort === 'relevance' && !hasQuery) ? (hasQuery ? 'relevance' : 'issued-desc') : sort

  const load = () => {
    pagefind.current ??= import(/* @vite-ignore */ bundleUrl).then(async (pf: Pagefind) => {
      await pf.init()
      // Searches count filter values only in the filter index already loaded (see SearchBox).
      await pf.filters()
      return pf
    })
    return pagefind.current
  }

  useEffect(() => {
    const params = new URLSearchParams(window.location.search)
    const known = new Map(facets.map((f) => [f.key, new Set(f.values.map((v) => v.value))]))
    const initial: Selected = {}
    for (const key of FACET_KEYS) {
      const values = params.getAll(key).filter((v) => known.get(key)?.has(v))
      if (values.length > 0) initial[key] = values
    }
    setSelected(initial)
    start(params)
    const requested = params.get('sort')
    if (isSortKey(requested)) setSort(requested)
    setFiltersOpen(window.matchMedia('(min-width: 900px)').matches)
    setUrlRead(true)
  }, [])

  useEffect(() => {
    // Until the query string has been read, the empty first state must not overwrite it.
    if (!urlRead) return
    const url = new URL(window.location.href)
    for (const key of ['q', 'sort', ...FACET_KEYS]) url.searchParams.delete(key)
    if (hasQuery) url.searchParams.set('q', query)
    for (const [key, values] of activeFacets) for (const value of values) url.searchParams.append(key, value)
    if (sort !== null) url.searchParams.set('sort', sort)
    window.history.replaceState(null, '', url)

    if (!active) {
      setHits([])
      setRows([])
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
          const filtersOf = (groups: (readonly [FacetKey, readonly string[]])[]) => ({
            type: { any: [typeFilter] },
            ...Object.fromEntries(groups.map(([key, values]) => [key, { any: [...values] }])),
          })
          const search = await pf.search(term, { filters: filtersOf(activeFacets), sort: SORTS[effectiveSort] })
          // Values of one facet widen each other ("any"), so a facet's counts ignore its own ticks.
          const widened = await Promise.all(
            activeFacets.map(([key]) => pf.search(term, { filters: filtersOf(activeFacets.filter(([other]) => other !== key)) })),
          )
          const first = search ? await Promise.all(search.results.slice(0, PAGE).map((r) => r.data())) : []
          if (cancelled || !search) return
          setHits(search.results)
          setRows(first.map(toRow))
          setCounts({
            ...search.filters,
            ...Object.fromEntries(activeFacets.map(([key], i) => [key, widened[i]?.filters[key] ?? {}])),
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
    // activeFacets, hasQuery, active and effectiveSort derive from these.
  }, [urlRead, query, selected, sort])

  const showMore = async () => {
    try {
      const next = await Promise.all(hits.slice(rows.length, rows.length + PAGE).map((r) => r.data()))
      setRows((current) => [...current, ...next.map(toRow)])
    } catch {
      setStatus('error')
    }
  }

  const toggle = (key: FacetKey, value: string, on: boolean) =>
    setSelected((current) => {
      const values = new Set(current[key] ?? [])
      if (on) values.add(value)
      else values.delete(value)
      return { ...current, [key]: [...values] }
    })

  const clear = () => {
    clearQuery()
    setSelected({})
    setSort(null)
  }

  const message =
    status === 'loading'
      ? t.searchLoading
      : status === 'error'
        ? t.searchError
        : status === 'done'
          ? hits.length > 0
            ? fill(t.finderCount, { count: hits.length })
            : t.finderNone
          : ''

  return (
    <div className="finder">
      <div className="finder__panel needs-js">
        <form className="finder__search" role="search" aria-label={t.finderTitle} onSubmit={(e) => e.preventDefault()}>
          <label htmlFor={`${id}-q`} className="search__label">
            {t.finderLabel}
          </label>
          <div className="search__row">
            <input
              id={`${id}-q`}
              type="search"
              name="q"
              {...inputProps}
              placeholder={t.finderPlaceholder}
              autoComplete="off"
              onFocus={() => void load().catch(() => setStatus('error'))}
            />
            <button type="submit">{t.finderSubmit}</button>
          </div>
        </form>
      </div>
      <div className="finder__layout">
        <details
          className="search__filters finder__filters needs-js"
          open={filtersOpen}
          onToggle={(e) => setFiltersOpen(e.currentTarget.open)}
        >
          <summary title={t.searchFiltersToggle}>
            <h2 className="block-title block-title--small">{t.finderFilters}</h2>
          </summary>
          <label className="search__sort">
            <span>{t.finderSort}</span>
            <select value={effectiveSort} onChange={(e) => setSort(e.target.value as SortKey)}>
              {hasQuery && <option value="relevance">{t.sortRelevance}</option>}
              <option value="issued-desc">{t.sortIssuedDesc}</option>
              <option value="issued-asc">{t.sortIssuedAsc}</option>
              <option value="effective-desc">{t.sortEffectiveDesc}</option>
              <option value="number-asc">{t.sortNumberAsc}</option>
            </select>
          </label>
          {facets.map((facet) => {
            const live = counts?.[facet.key]
            const values = facet.values
              .map((v) => ({ ...v, count: live ? (live[v.value] ?? 0) : v.count }))
              // A value that would add nothing is noise, unless the reader ticked it.
              .filter((v) => v.count > 0 || selected[facet.key]?.includes(v.value))
            if (values.length === 0) return null
            return (
              <fieldset key={facet.key} className="search__group">
                <legend>{facet.label}</legend>
                {values.map((v) => (
                  <label key={v.value} className="search__check">
                    <input
                      type="checkbox"
                      name={facet.key}
                      value={v.value}
                      checked={selected[facet.key]?.includes(v.value) ?? false}
                      onChange={(e) => toggle(facet.key, v.value, e.target.checked)}
                    />
                    {/* One box, so a long issuing body wraps with its count rather than pushing it aside. */}
                    <span>
                      {v.label} <span className="search__count">({v.count})</span>
                    </span>
                  </label>
                ))}
              </fieldset>
            )
          })}
          {active && (
            <button type="button" className="finder__clear" onClick={clear}>
              {t.finderClear}
            </button>
          )}
        </details>
        <div className="finder__results">
          <p className="search__status" role="status" aria-live="polite">
            {message}
          </p>
          {active ? (
            <>
              {rows.length > 0 && <LegalDocumentTable rows={rows} caption={t.finderResultsCaption} strings={t} />}
              {rows.length < hits.length && (
                <button type="button" className="search__more" onClick={showMore}>
                  {t.finderMore}
                </button>
              )}
            </>
          ) : (
            children
          )}
        </div>
      </div>
    </div>
  )
}
