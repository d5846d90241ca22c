import type { ReactNode } from 'react'
import { fill } from '../lib/formClient'
import type { FinderStatus } from '../lib/usePagefindSearch'

export interface FinderResultsProps {
  /** What usePagefindSearch returns. */
  search: { status: FinderStatus; hits: readonly unknown[]; items: readonly unknown[]; showMore: () => void }
  /** Whether anything is asked: if not, the page's static list (`children`) stays. */
  active: boolean
  /** `count` has a `{count}` placeholder. */
  strings: { loading: string; error: string; count: string; none: string; more: string }
  /** The shown hits as the finder lists them. */
  list: ReactNode
  children?: ReactNode
}

/** A finder's live status line and its results, so that screen readers hear every finder alike. */
export default function FinderResults({ search, active, strings: t, list, children }: FinderResultsProps) {
  const { status, showMore } = search
  const total = search.hits.length
  const shown = search.items.length
  const message =
    status === 'loading'
      ? t.loading
      : status === 'error'
        ? t.error
        : status === 'done'
          ? total > 0
            ? fill(t.count, { count: total })
            : t.none
          : ''
  return (
    <>
      <p className="search__status" role="status" aria-live="polite">
        {message}
      </p>
      {active ? (
        <>
          {shown > 0 && list}
          {shown < total && (
            <button type="button" className="search__more" onClick={showMore}>
              {t.more}
            </button>
          )}
        </>
      ) : (
        children
      )}
    </>
  )
}
