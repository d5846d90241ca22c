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
 * legal documents, 20k answers, 2k albums) a Vietnamese query merges about 25 shards of at most
 * ~5,000 pages, an English one about 15.
 */

export type SearchShardLocale = 'vi' | 'en'

/** What a page is, from the first segment of its path. */
export type SearchShardKind = 'article' | 'legal' | 'draft' | 'question' | 'album' | 'info'

/** How wide a shard's period is: one per year, per five years, per ten, or one for all. */
export type ShardPeriod = 'year' | 'halfDecade' | 'decade' | 'all'

/**
 * Period width per kind. Articles (5,000 a year in Vietnamese at the reference scale) and answers
 * (2,000) change daily; legal documents (1,200 a year) and albums (200) less; drafts (400 in
 * all), units (150) and static pages are small enough for one shard each.
 */
export const SHARD_PERIODS: Record<SearchShardKind, ShardPeriod> = {
  article: 'year',
  question: 'year',
  legal: 'halfDecade',
  album: 'decade',
  draft: 'all',
  info: 'all',
}

/**
 * Bumped whenever the rule below assigns any page differently: an incremental build whose
 * previous release was sharded by another rule must rebuild every shard.
 */
export const SEARCH_SHARD_RULE_VERSION = 1

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
 * The shard id, `<locale>-<kind>-<period>` such as `vi-article-2024` or `vi-legal-2020-2024`,
 * or null when the page is not a search result. Ids are safe as folder names and URL segments.
 */
export function searchShard(page: ShardedPage): string | null {
  const kind = searchShardKind(page.path, page.locale)
  if (!kind) return null
  return `${page.locale}-${kind}-${periodOf(page.date, SHARD_PERIODS[kind])}`
}
