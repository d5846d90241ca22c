/** The part of Pagefind's browser API (`/pagefind/pagefind.js`) the site's islands use. */
export interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[]>
}

export interface PagefindSearch {
  results: { id: string; score: number; data: () => Promise<PagefindResultData> }[]
  /** Results per filter value for this query with the given filters applied. */
  filters: Record<string, Record<string, number>>
}

export interface Pagefind {
  filters: () => Promise<Record<string, Record<string, number>>>
  /**
   * The older shards a `budget` left out (newest first): their count and pages, none once every
   * shard is merged.
   */
  left: () => { shards: number; pages: number }
  /** Merges the shards left out; searches after it run over every shard of the language. */
  mergeRest: () => Promise<void>
  search: (
    query: string | null,
    options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> },
  ) => Promise<PagefindSearch | null>
}

type SearchOptions = Parameters<Pagefind['search']>[1]

/** The module itself: configured, then started, then given the other shards. */
interface PagefindModule extends Pagefind {
  options: (options: { basePath: string; indexWeight: number }) => Promise<void>
  init: () => Promise<void>
  mergeIndex: (basePath: string, options: { language: string; indexWeight: number }) => Promise<void>
}

/** A shard's sort keys → its values in Pagefind's order, as [value, pages] runs (`sorts.json`). */
type SortTable = Record<string, [string, number][]>

/** site/scripts/search-index.ts writes it; the parts the browser needs. */
export interface SearchManifest {
  /** `anchor`: the id of the shard's own record that every search finds (see search-index.ts). */
  shards: { id: string; language: string; types: string[]; pages: number; anchor?: string }[]
}

type ManifestShard = SearchManifest['shards'][number]

/**
 * Which shards a search merges at first (`first`) and which only on `mergeRest` (`rest`), such as
 * newestShardsWithin of shared/src/searchShards.ts. This module imports nothing, so the tests can
 * load it in a page as it is.
 */
export type ShardSplit = (shards: ManifestShard[]) => { first: ManifestShard[]; rest: ManifestShard[] }

/**
 * Pages the site search's first query merges: the newest shards up to this many pages
 * (newestShardsWithin). Each merged page costs about 25 bytes of metadata and filters, so this
 * keeps a first query near the 300 KB of targets.md at the reference scale; the older shards are
 * merged when the reader asks for them.
 */
export const FIRST_SEARCH_PAGES = 6_000

/**
 * The search index, named by its manifest: one Pagefind bundle per shard beside it
 * (`/pagefind/<shard>/`) and Pagefind's runtime (`/pagefind/pagefind.js`).
 */
export const PAGEFIND_BUNDLE = '/pagefind/shards.json'

/**
 * The shards a search in `language` needs: those of the language, and of them only those holding
 * one of `types` when the search is limited to page types (the document and question finders).
 */
export function shardsFor(manifest: SearchManifest, language: string, types?: readonly string[]): SearchManifest['shards'] {
  const ofLanguage = manifest.shards.filter((shard) => shard.language === language)
  if (!types) return ofLanguage
  return ofLanguage.filter((shard) => shard.types.some((type) => types.includes(type)))
}

/**
 * Shard weights: Pagefind multiplies each merged index's scores by its `indexWeight`. Weights a
 * hair above 1 leave relevance as it was, and make a sorted search's scores (a result's position
 * in its shard's sort order, times the weight) say which shard and which position they come from:
 * with the weight (BASE + k) / BASE for shard k, score × BASE = position × (BASE + k), and as
 * BASE exceeds shards × positions, one k alone divides it (two would need positions further
 * apart in ratio than any two below 2^17 are). Every product stays an exact double.
 */
const WEIGHT_BASE = 2 ** 26
const MAX_SHARD_PAGES = 2 ** 17
export const shardWeight = (k: number) => (WEIGHT_BASE + k) / WEIGHT_BASE

/** The shard and position a sorted result's score encodes, or null (a shard without that sort). */
export function decodeSortScore(score: number, shards: number): { shard: number; position: number } | null {
  const scaled = Math.round(Math.abs(score) * WEIGHT_BASE)
  for (let k = 0; k < shards; k++) {
    const m = WEIGHT_BASE + k
    if (scaled % m === 0 && scaled / m > 0 && scaled / m < MAX_SHARD_PAGES) return { shard: k, position: scaled / m }
  }
  return null
}

/** The value at a 1-based position of a sort (position 0 is the shard's anchor record). */
function valueAt(runs: [string, number][], position: number): string | undefined {
  let seen = 0
  for (const [value, count] of runs) {
    seen += count
    if (position <= seen) return value
  }
  return undefined
}

function compareValues(values: readonly string[]): (a: string, b: string) => number {
  // The same rule as compareSortValues in site/scripts/search-index.ts.
  if (values.every((value) => /^-?\d+(\.\d+)?$/.test(value.trim()))) return (a, b) => Number(a) - Number(b)
  const collator = new Intl.Collator('en', { numeric: true })
  return (a, b) => collator.compare(a, b)
}

/**
 * Pagefind over the shards of the page's language (`<html lang>`): the first shard is the primary
 * index, the others are merged into it, so one search returns the results of all of them.
 * With `types`, only the shards holding those page types are fetched; searches must then filter
 * on `type`, or they would miss the other shards' pages.
 *
 * Pagefind orders merged results by score, which for a sorted search is each result's position in
 * its own shard: the results are put back in one order by their sort values (each shard's
 * `sorts.json`, fetched on the first sorted search). Each shard's anchor record is left out.
 *
 * With `split` (the site search: the newest shards within a page budget), only its `first` shards
 * are merged at first; `left` says what was left out and `mergeRest` merges it.
 */
export async function loadPagefind(
  manifestUrl: string,
  { types, split: splitShards }: { types?: readonly string[]; split?: ShardSplit } = {},
): Promise<Pagefind> {
  const base = new URL('./', new URL(manifestUrl, window.location.href))
  const response = await fetch(new URL(manifestUrl, window.location.href))
  if (!response.ok) throw new Error(`search manifest: HTTP ${response.status}`)
  const manifest = (await response.json()) as SearchManifest
  const language = document.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'vi'
  const all = shardsFor(manifest, language, types)
  // Without a split (the finders, or the reader asked for every year) every shard is merged; when
  // it leaves nothing out, in the manifest's order as without it, so such a site searches as it
  // always did.
  const split = splitShards?.(all)
  // Merged shards in merge order: a shard's place in it is its weight's k (shardWeight).
  const shards = split?.rest.length ? [...split.first] : [...all]
  let rest = split?.rest.length ? [...split.rest] : []
  const [primary, ...others] = shards
  // A site with nothing of these types to find (no shard) finds nothing.
  if (!primary) {
    return {
      filters: async () => ({}),
      search: async () => ({ results: [], filters: {} }),
      left: () => ({ shards: 0, pages: 0 }),
      mergeRest: async () => {},
    }
  }
  const pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', base).href)) as PagefindModule
  await pagefind.options({ basePath: `${base.pathname}${primary.id}/`, indexWeight: shardWeight(0) })
  await pagefind.init()
  /** Merges `more` as shards `from`, `from + 1`, … of the merge order. */
  const merge = (more: readonly ManifestShard[], from: number) =>
    Promise.all(
      more.map((shard, i) =>
        pagefind.mergeIndex(`${base.pathname}${shard.id}/`, { language, indexWeight: shardWeight(from + i) }),
      ),
    )
  await merge(others, 1)

  // Each shard's sort table, fetched on the first sorted search that needs it.
  const tables = new Map<string, Promise<SortTable>>()
  const sortTable = (id: string) => {
    let table = tables.get(id)
    if (!table) {
      table = fetch(new URL(`${id}/sorts.json`, base)).then(async (answer) => {
        if (!answer.ok) throw new Error(`search sorts: HTTP ${answer.status}`)
        return (await answer.json()) as SortTable
      })
      table.catch(() => tables.delete(id))
      tables.set(id, table)
    }
    return table
  }
  const sortTables = () => Promise.all(shards.map((shard) => sortTable(shard.id)))

  const anchors = new Set(all.map((shard) => shard.anchor))
  // Pagefind's mergeIndex may run after a search: it adds an index to those every later search
  // and filter count goes through (pagefind.js 1.6, PagefindWrapper.mergeIndex), so the shards
  // already loaded are kept rather than fetched again by a fresh instance.
  let merging: Promise<void> | undefined
  const mergeRest = () =>
    (merging ??= (async () => {
      const more = rest
      await merge(more, shards.length)
      shards.push(...more)
      rest = []
    })().finally(() => {
      merging = undefined
    }))
  const search = async (term: string | null, options: SearchOptions) => {
    await merging
    const merged = await pagefind.search(term, options)
    if (!merged) return merged
    const found = { ...merged, results: merged.results.filter((result) => !anchors.has(result.id)) }
    const [sort] = Object.entries(options.sort ?? {})
    if (!sort) return found
    const [key, direction] = sort
    const runs = (await sortTables()).map((table) => table[key])
    const ranked = found.results.flatMap((result) => {
      const origin = decodeSortScore(result.score, shards.length)
      const value = origin && runs[origin.shard] ? valueAt(runs[origin.shard]!, origin.position) : undefined
      // A shard without this sort key ranks by relevance; one index would have left its pages out.
      return value === undefined ? [] : [{ result, value, ...origin! }]
    })
    const compare = compareValues(ranked.map((entry) => entry.value))
    const sign = direction === 'asc' ? 1 : -1
    ranked.sort((a, b) => sign * compare(a.value, b.value) || a.shard - b.shard || sign * (a.position - b.position))
    return { ...found, results: ranked.map((entry) => entry.result) }
  }
  return {
    filters: () => pagefind.filters(),
    search,
    left: () => ({ shards: rest.length, pages: rest.reduce((sum, shard) => sum + shard.pages, 0) }),
    mergeRest,
  }
}
