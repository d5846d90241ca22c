import type { ValidityStatus } from '@cong/shared/legalValidity'
import { useEffect, useId, useState, type ReactNode } from 'react'
import type { Strings } from '../i18n'
import type { PagefindResultData } from '../lib/pagefind'
import { useQueryInput } from '../lib/queryInput'
import { usePagefindSearch } from '../lib/usePagefindSearch'
import LegalDocumentTable, { type LegalRow, type LegalTableStrings } from './LegalDocumentTable'
import FinderResults from './FinderResults'
import SearchField from './SearchField'

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

type Selected = Partial<Record<FacetKey, string[]>>

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
  const { query, start, clear: clearQuery, inputProps } = useQueryInput()
  const [selected, setSelected] = useState<Selected>({})
  // Unset: best match while searching words, newest first otherwise.
  const [sort, setSort] = useState<SortKey | null>(null)
  const [filtersOpen, setFiltersOpen] = useState(true)
  const [urlRead, setUrlRead] = useState(false)

  const hasQuery = query.trim() !== ''
  const activeFacets = FACET_KEYS.map((key) => [key, selected[key] ?? []] as const).filter(([, values]) => values.length > 0)
  // Choosing an order is a request too: the whole list in that order, not just this page of it.
  const active = hasQuery || activeFacets.length > 0 || sort !== null
  const effectiveSort: SortKey = sort === null || (sort === 'relevance' && !hasQuery) ? (hasQuery ? 'relevance' : 'issued-desc') : sort

  const search = usePagefindSearch({
    bundleUrl,
    typeFilter,
    ready: urlRead,
    query,
    chosen: activeFacets,
    facetKeys: FACET_KEYS,
    extraParams: { sort },
    active,
    sort: SORTS[effectiveSort],
    toItem: toRow,
  })
  const { counts, preload } = search

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

  return (
    <div className="finder">
      <div className="finder__panel needs-js">
        <form className="finder__search" role="search" aria-label={t.finderTitle} onSubmit={(e) => e.preventDefault()}>
          <SearchField
            id={`${id}-q`}
            label={t.finderLabel}
            labelClassName="search__label"
            inputProps={inputProps}
            placeholder={t.finderPlaceholder}
            submit={t.finderSubmit}
            onFocus={preload}
          />
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
          <FinderResults
            search={search}
            active={active}
            strings={{ loading: t.searchLoading, error: t.searchError, count: t.finderCount, none: t.finderNone, more: t.finderMore }}
            list={<LegalDocumentTable rows={search.items} caption={t.finderResultsCaption} strings={t} />}
          >
            {children}
          </FinderResults>
        </div>
      </div>
    </div>
  )
}
