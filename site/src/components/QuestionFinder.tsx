import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import type { Strings } from '../i18n'
import type { Pagefind, PagefindResultData, PagefindSearch } from '../lib/pagefind'
import { useQueryInput } from '../lib/queryInput'
import QuestionItems, { type QuestionItem } from './QuestionItems'
import type { QuestionFacet } from '../data/questions'

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
type Status = 'idle' | 'loading' | 'done' | 'error'

const PAGE = 20
const DEBOUNCE_MS = 250

export interface QuestionFinderProps {
  strings: Strings['qa']
  facets: QuestionFacet[]
  bundleUrl: string
  /** The `type` filter value of question pages in this language's index ("Hỏi – Đáp"). */
  typeFilter: string
  children?: ReactNode
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))

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
  const pagefind = useRef<Promise<Pagefind> | null>(null)
  const { query, start, clear: clearQuery, inputProps } = useQueryInput()
  const [selected, setSelected] = useState<Selected>({})
  const [hits, setHits] = useState<PagefindSearch['results']>([])
  const [items, setItems] = useState<QuestionItem[]>([])
  const [counts, setCounts] = useState<PagefindSearch['filters'] | null>(null)
  const [status, setStatus] = useState<Status>('idle')
  const [urlRead, setUrlRead] = useState(false)

  const hasQuery = query.trim() !== ''
  const chosen = FACET_KEYS.flatMap((key) => (selected[key] ? [[key, selected[key]] as const] : []))
  const active = hasQuery || chosen.length > 0

  const load = () => {
    pagefind.current ??= import(/* @vite-ignore */ bundleUrl).then(async (pf: Pagefind) => {
      await pf.init()
      await pf.filters()
      return pf
    })
    return pagefind.current
  }

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

  useEffect(() => {
    // Until the query string has been read, the empty first state must not overwrite it.
    if (!urlRead) return
    const url = new URL(window.location.href)
    for (const key of ['q', ...FACET_KEYS]) url.searchParams.delete(key)
    if (hasQuery) url.searchParams.set('q', query)
    for (const [key, value] of chosen) url.searchParams.set(key, value)
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
          const filtersOf = (groups: typeof chosen) => ({
            type: { any: [typeFilter] },
            ...Object.fromEntries(groups.map(([key, value]) => [key, { any: [value] }])),
          })
          // Newest answers first unless words are searched: then the best match leads.
          const search = await pf.search(term, { filters: filtersOf(chosen), sort: term ? undefined : { answered: 'desc' } })
          // Each list counts what choosing one of its values would give, the other filter kept.
          const widened = await Promise.all(
            chosen.map(([key]) => pf.search(term, { filters: filtersOf(chosen.filter(([other]) => other !== key)) })),
          )
          const first = search ? await Promise.all(search.results.slice(0, PAGE).map((r) => r.data())) : []
          if (cancelled || !search) return
          setHits(search.results)
          setItems(first.map(toItem))
          setCounts({ ...search.filters, ...Object.fromEntries(chosen.map(([key], i) => [key, widened[i]?.filters[key] ?? {}])) })
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
    // chosen, hasQuery and active derive from these.
  }, [urlRead, query, selected])

  const showMore = async () => {
    try {
      const next = await Promise.all(hits.slice(items.length, items.length + PAGE).map((r) => r.data()))
      setItems((current) => [...current, ...next.map(toItem)])
    } catch {
      setStatus('error')
    }
  }

  const clear = () => {
    clearQuery()
    setSelected({})
  }

  const message =
    status === 'loading'
      ? t.loading
      : status === 'error'
        ? t.error
        : status === 'done'
          ? hits.length > 0
            ? fill(t.finderCount, { count: hits.length })
            : t.finderNone
          : ''

  return (
    <div className="qa-finder">
      <form className="qa-finder__form needs-js" role="search" aria-label={t.finderTitle} onSubmit={(e) => e.preventDefault()}>
        <div className="qa-finder__query">
          <label htmlFor={`${id}-q`}>{t.finderLabel}</label>
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
      <p className="search__status" role="status" aria-live="polite">
        {message}
      </p>
      {active ? (
        <>
          {items.length > 0 && <QuestionItems items={items} strings={t} />}
          {items.length < hits.length && (
            <button type="button" className="search__more" onClick={showMore}>
              {t.finderMore}
            </button>
          )}
        </>
      ) : (
        children
      )}
    </div>
  )
}
