import { useEffect, useId, useState, type ReactNode } from 'react'
import type { Strings } from '../i18n'
import type { PagefindResultData } from '../lib/pagefind'
import { useQueryInput } from '../lib/queryInput'
import { usePagefindSearch } from '../lib/usePagefindSearch'
import QuestionItems, { type QuestionItem } from './QuestionItems'
import type { QuestionFacet } from '../data/questions'
import FinderResults from './FinderResults'
import SearchField from './SearchField'

/**
 * Tìm câu hỏi: words, field and answering unit over the published questions, on top of the static
 * list. Like the document finder (DocumentFinder.tsx, which explains why Pagefind): question pages
 * carry `type`, `field` (code) and `unit` (name) as Pagefind filters and what a list row needs as
 * metadata (QuestionView.astro); the index is loaded only on the first search or filter.
 * State lives in the query string (?q=…&field=…&unit=…). With nothing asked the static, paginated
 * list (`children`) stays, and it is all a reader without JavaScript gets.
 */

type FacetKey = QuestionFacet['key']
const FACET_KEYS: FacetKey[] = ['field', 'unit']
type Selected = Partial<Record<FacetKey, string>>

export interface QuestionFinderProps {
  strings: Strings['qa']
  facets: QuestionFacet[]
  bundleUrl: string
  /** The `type` filter value of question pages in this language's index ("Hỏi – Đáp"). */
  typeFilter: string
  children?: ReactNode
}

const toItem = (result: PagefindResultData): QuestionItem => ({
  href: result.url,
  title: result.meta.title ?? '',
  field: result.meta.fieldLabel ?? '',
  unit: result.meta.unitName ?? '',
  answered: result.meta.answered ?? '',
  answeredLabel: result.meta.answeredLabel ?? '',
  excerpt: result.meta.excerpt ?? '',
})

export default function QuestionFinder({ strings: t, facets, bundleUrl, typeFilter, children }: QuestionFinderProps) {
  const id = useId()
  const { query, start, clear: clearQuery, inputProps } = useQueryInput()
  const [selected, setSelected] = useState<Selected>({})
  const [urlRead, setUrlRead] = useState(false)

  const hasQuery = query.trim() !== ''
  const chosen = FACET_KEYS.flatMap((key) => (selected[key] ? [[key, [selected[key]]] as const] : []))
  const active = hasQuery || chosen.length > 0
  const search = usePagefindSearch({
    bundleUrl,
    typeFilter,
    ready: urlRead,
    query,
    chosen,
    facetKeys: FACET_KEYS,
    active,
    // Newest answers first unless words are searched: then the best match leads.
    sort: hasQuery ? undefined : { answered: 'desc' },
    toItem,
  })
  const { counts, preload } = search

  useEffect(() => {
    const params = new URLSearchParams(window.location.search)
    const initial: Selected = {}
    for (const facet of facets) {
      const value = params.get(facet.key)
      if (value && facet.values.some((v) => v.value === value)) initial[facet.key] = value
    }
    setSelected(initial)
    start(params)
    setUrlRead(true)
  }, [])

  const clear = () => {
    clearQuery()
    setSelected({})
  }

  return (
    <div className="qa-finder">
      <form className="qa-finder__form needs-js" role="search" aria-label={t.finderTitle} onSubmit={(e) => e.preventDefault()}>
        <div className="qa-finder__query">
          <SearchField
            id={`${id}-q`}
            label={t.finderLabel}
            inputProps={inputProps}
            placeholder={t.finderPlaceholder}
            submit={t.finderSubmit}
            onFocus={preload}
          />
        </div>
        {facets.map((facet) => {
          const live = counts?.[facet.key]
          return (
            <div key={facet.key} className="qa-finder__facet">
              <label htmlFor={`${id}-${facet.key}`}>{facet.label}</label>
              <select
                id={`${id}-${facet.key}`}
                name={facet.key}
                value={selected[facet.key] ?? ''}
                onChange={(e) => setSelected((current) => ({ ...current, [facet.key]: e.target.value || undefined }))}
              >
                <option value="">{t.finderAll}</option>
                {facet.values.map((v) => (
                  <option key={v.value} value={v.value}>
                    {v.label} ({live ? (live[v.value] ?? 0) : v.count})
                  </option>
                ))}
              </select>
            </div>
          )
        })}
        {active && (
          <button type="button" className="qa-finder__clear" onClick={clear}>
            {t.finderClear}
          </button>
        )}
      </form>
      <FinderResults
        search={search}
        active={active}
        strings={{ loading: t.loading, error: t.error, count: t.finderCount, none: t.finderNone, more: t.finderMore }}
        list={<QuestionItems items={search.items} strings={t} />}
      >
        {children}
      </FinderResults>
    </div>
  )
}
