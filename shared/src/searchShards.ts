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
