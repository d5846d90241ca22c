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
  shards: { id: string; language: string; types: string[]; anchor?: string }[]
}

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
 */
export async function loadPagefind(manifestUrl: string, { types }: { types?: readonly string[] } = {}): Promise<Pagefind> {
  const base = new URL('./', new URL(manifestUrl, window.location.href))
  const response = await fetch(new URL(manifestUrl, window.location.href))
  if (!response.ok) throw new Error(`search manifest: HTTP ${response.status}`)
  const manifest = (await response.json()) as SearchManifest
  const language = document.documentElement.lang.toLowerCase().startsWith('en') ? 'en' : 'vi'
  const shards = shardsFor(manifest, language, types)
  const [primary, ...others] = shards
  // A site with nothing of these types to find (no shard) finds nothing.
  if (!primary) return { filters: async () => ({}), search: async () => ({ results: [], filters: {} }) }
  const pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', base).href)) as PagefindModule
  await pagefind.options({ basePath: `${base.pathname}${primary.id}/`, indexWeight: shardWeight(0) })
  await pagefind.init()
  await Promise.all(
    others.map((shard, i) => pagefind.mergeIndex(`${base.pathname}${shard.id}/`, { language, indexWeight: shardWeight(i + 1) })),
  )

  let tables: Promise<SortTable[]> | undefined
  const sortTables = () =>
    (tables ??= Promise.all(
      shards.map(async (shard) => {
        const answer = await fetch(new URL(`${shard.id}/sorts.json`, base))
        if (!answer.ok) throw new Error(`search sorts: HTTP ${answer.status}`)
        return (await answer.json()) as SortTable
      }),
    ).catch((error: unknown) => {
      tables = undefined
      throw error
    }))

  const anchors = new Set(shards.map((shard) => shard.anchor))
  const search = async (term: string | null, options: SearchOptions) => {
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
  return { filters: () => pagefind.filters(), search }
}
