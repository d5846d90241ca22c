/**
 * Which part (shard) of the site's search index a page belongs to.
 *
 * The search index is split so that publishing re-indexes only the shards a changed page is in,
 * instead of every page of the site; the browser merges the shards of its language at query time
 * (Pagefind's mergeIndex). Every shard a query loads costs a few small requests and one index
 * chunk per word, so shards are few and large where content is old and stable, and split by
 * period where new pages arrive every day (articles, answers), so one publish rebuilds one year.
 *
 * At the reference scale (targets.md: 50k Vietnamese and 10k English articles over ten years, 12k
 * legal documents, 20k answers, 2k albums) a Vietnamese query merges about 24 shards of at most
 * ~6,000 pages, an English one about 5.
 */

export type SearchShardLocale = 'vi' | 'en'

/** What a page is, from the first segment of its path. */
export type SearchShardKind = 'article' | 'legal' | 'draft' | 'question' | 'album' | 'info'

/** How wide a shard's period is: one per year, per five years, per ten, or one for all. */
export type ShardPeriod = 'year' | 'halfDecade' | 'decade' | 'all'

/**
 * Which shard group each kind goes to and how wide its periods are, per language, so that at the
 * reference scale no shard holds much more than ~6,000 pages (one publish re-indexes at most that
 * many) while a query merges as few shards as that allows: Vietnamese articles (5,000 a year) one
 * a year, answers (2,000 a year) one a year, legal documents (1,200 a year) one per five years;
 * English articles (1,000 a year) one per five years; drafts (400), albums (2,000), units (150)
 * and static pages together in one shard per language, as are the few English legal documents
 * and answers.
 */
export const SHARD_LAYOUT: Record<SearchShardLocale, Record<SearchShardKind, { group: string; period: ShardPeriod }>> = {
  vi: {
    article: { group: 'article', period: 'year' },
    question: { group: 'question', period: 'year' },
    legal: { group: 'legal', period: 'halfDecade' },
    album: { group: 'other', period: 'all' },
    draft: { group: 'other', period: 'all' },
    info: { group: 'other', period: 'all' },
  },
  en: {
    article: { group: 'article', period: 'halfDecade' },
    question: { group: 'question', period: 'all' },
    legal: { group: 'legal', period: 'all' },
    album: { group: 'other', period: 'all' },
    draft: { group: 'other', period: 'all' },
    info: { group: 'other', period: 'all' },
  },
}

/**
 * Bumped whenever the rule below assigns any page differently: an incremental build whose
 * previous release was sharded by another rule must rebuild every shard.
 */
export const SEARCH_SHARD_RULE_VERSION = 2

const KIND_BY_SEGMENT: Record<SearchShardLocale, Record<string, SearchShardKind>> = {
  vi: {
    'bai-viet': 'article',
    'van-ban': 'legal',
    'du-thao': 'draft',
    'hoi-dap': 'question',
    'da-phuong-tien': 'album',
    'co-cau-to-chuc': 'info',
    trang: 'info',
  },
  en: {
    articles: 'article',
    'legal-documents': 'legal',
    drafts: 'draft',
    questions: 'question',
    multimedia: 'album',
    organisation: 'info',
    pages: 'info',
  },
}

export interface ShardedPage {
  /** Site path, `/bai-viet/x/` or `/en/articles/x/`. */
  path: string
  /** The page's language (`<html lang>`). */
  locale: SearchShardLocale
  /** The page's date as the search sorts by it (`yyyy-MM-dd…`), if it has one. */
  date?: string
}

/** The page's kind, or null for a path no search result comes from (listings, home, search). */
export function searchShardKind(path: string, locale: SearchShardLocale): SearchShardKind | null {
  const segments = path.split('/').filter(Boolean)
  if (locale === 'en' && segments[0] === 'en') segments.shift()
  const kind = segments[0] === undefined ? undefined : KIND_BY_SEGMENT[locale][segments[0]]
  // `/van-ban/trang/2/` and `/hoi-dap/trang/2/` are listing pages, never search results; so is
  // an album kind's list (`/da-phuong-tien/anh/`), one segment deeper than the others.
  const depth = kind === 'album' ? 3 : 2
  if (!kind || segments.length < depth || segments[1] === 'trang' || segments[1] === 'page') return null
  return kind
}

function periodOf(date: string | undefined, width: ShardPeriod): string {
  if (width === 'all') return 'all'
  const year = date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : undefined
  if (year === undefined) return 'undated'
  if (width === 'year') return String(year)
  const span = width === 'halfDecade' ? 5 : 10
  const start = year - (year % span)
  return `${start}-${start + span - 1}`
}

/**
 * The shard id, `<locale>-<group>-<period>` such as `vi-article-2024`, `vi-legal-2020-2024` or
 * `vi-other-all`, or null when the page is not a search result. Ids are safe as folder names and
 * URL segments.
 */
export function searchShard(page: ShardedPage): string | null {
  const kind = searchShardKind(page.path, page.locale)
  if (!kind) return null
  const { group, period } = SHARD_LAYOUT[page.locale][kind]
  return `${page.locale}-${group}-${periodOf(page.date, period)}`
}

/**
 * How recent a shard's pages are, from its id: the last year of its period that has begun by
 * `year` (a five-year shard ending in 2029 holds pages up to this year), then its first year. A
 * shard of every period (`…-all`, pages of every year mixed) and one of undated pages come after
 * every dated one, the undated last: "newest first" must be able to leave them out with the old
 * years.
 */
function shardRecency(id: string, year: number): [number, number] {
  const period = /-(\d{4})(?:-(\d{4}))?$/.exec(id)
  if (period) return [Math.min(Number(period[2] ?? period[1]), year), Number(period[1])]
  return id.endsWith('-all') ? [-1, -1] : [-2, -2]
}

/**
 * Orders shards newest first as of `year` (the current year): by the last year of their period,
 * then the narrower period (a year before the five years that end with it), then by id so the
 * order never depends on the input's.
 */
export function newestShardsFirst<Shard extends { id: string }>(shards: readonly Shard[], year: number): Shard[] {
  const key = new Map(shards.map((shard) => [shard.id, shardRecency(shard.id, year)]))
  return [...shards].sort((a, b) => {
    const [aEnd, aStart] = key.get(a.id)!
    const [bEnd, bStart] = key.get(b.id)!
    return bEnd - aEnd || bStart - aStart || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  })
}

/**
 * The shards a first search merges within `budget` pages: the newest ones (newestShardsFirst)
 * while their pages together stay within it, and always the newest one, since a search needs
 * one index. Every page a search merges costs its metadata and filter entries, so at the
 * reference scale merging every shard costs a first query ten times the bytes of the newest
 * few. `rest` are the older shards left out, newest first.
 */
export function newestShardsWithin<Shard extends { id: string; pages: number }>(
  shards: readonly Shard[],
  budget: number,
  year: number,
): { first: Shard[]; rest: Shard[] } {
  const ordered = newestShardsFirst(shards, year)
  let pages = 0
  let count = 0
  for (const shard of ordered) {
    if (count > 0 && pages + shard.pages > budget) break
    pages += shard.pages
    count++
  }
  return { first: ordered.slice(0, count), rest: ordered.slice(count) }
}
