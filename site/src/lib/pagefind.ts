/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) the site's islands use. */
export interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[]>
}

export interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[]
  /** Results per filter value for this query with the given filters applied. */
  filters: Record<string, Record<string, number>>
}

export interface Pagefind {
  init: () => Promise<void>
  filters: () => Promise<Record<string, Record<string, number>>>
  search: (
    query: string | null,
    options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch | null>
}

/** Where build-site.ts writes the index; Pagefind picks the language from `<html lang>`. */
export const PAGEFIND_BUNDLE = '/pagefind/pagefind.js'
