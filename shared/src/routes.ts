import { ALBUM_KINDS, type AlbumKind, type Locale, type Snapshot, type SnapshotAlbum, type SnapshotArticle, type SnapshotSection } from './snapshot'

/**
 * Public URLs of the static site (docs/architecture.md, "Public URLs of the site"). Every page,
 * link, feed, sitemap entry and the publisher's link checker builds paths here, so a URL scheme
 * change is one edit. All paths are site-relative, start with `/`, and pages end with `/`.
 */

/** Articles per listing page (section and topic pages). */
export const LISTING_PAGE_SIZE = 12
/** Items in every feed. */
export const FEED_SIZE = 50

export type FeedFormat = 'rss' | 'atom' | 'json'

interface LocaleSegments {
  prefix: string
  section: string
  topic: string
  listingPage: string
  article: string
  organisation: string
  page: string
  search: string
  legal: string
  drafts: string
  questions: string
  ask: string
  track: string
  multimedia: string
  photo: string
  video: string
  audio: string
}

const SEGMENTS: Record<Locale, LocaleSegments> = {
  vi: {
    prefix: '',
    section: 'chuyen-muc',
    topic: 'chuyen-de',
    listingPage: 'trang',
    article: 'bai-viet',
    organisation: 'co-cau-to-chuc',
    page: 'trang',
    search: 'tim-kiem',
    legal: 'van-ban',
    drafts: 'du-thao',
    questions: 'hoi-dap',
    ask: 'gui-cau-hoi',
    track: 'tra-cuu-cau-hoi',
    multimedia: 'da-phuong-tien',
    photo: 'anh',
    video: 'video',
    audio: 'am-thanh',
  },
  en: {
    prefix: '/en',
    section: 'sections',
    topic: 'topics',
    listingPage: 'page',
    article: 'articles',
    organisation: 'organisation',
    page: 'pages',
    search: 'search',
    legal: 'legal-documents',
    drafts: 'drafts',
    questions: 'questions',
    ask: 'ask-a-question',
    track: 'track-a-question',
    multimedia: 'multimedia',
    photo: 'photos',
    video: 'videos',
    audio: 'audio',
  },
}

const FEED_FILES: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' }

function build(locale: Locale, ...parts: (string | number)[]): string {
  const tail = parts.map((p) => encodeURIComponent(String(p))).join('/')
  return `${SEGMENTS[locale].prefix}/${tail}${tail ? '/' : ''}`
}

function paged(locale: Locale, parts: string[], page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`invalid listing page ${page}`)
  return page === 1 ? build(locale, ...parts) : build(locale, ...parts, SEGMENTS[locale].listingPage, page)
}

function listing(locale: Locale, kind: 'section' | 'topic', slug: string, page: number): string {
  return paged(locale, [SEGMENTS[locale][kind], slug], page)
}

export const routes = {
  home: (locale: Locale) => build(locale),
  section: (locale: Locale, slug: string, page = 1) => listing(locale, 'section', slug, page),
  /** Topic pages paginate like sections: `/chuyen-de/{slug}/trang/{n}/`. */
  topic: (locale: Locale, slug: string, page = 1) => listing(locale, 'topic', slug, page),
  /** `slug` is the slug of the article's text in `locale` (`vi.slug` or `en.slug`). */
  article: (locale: Locale, slug: string) => build(locale, SEGMENTS[locale].article, slug),
  organisation: (locale: Locale) => build(locale, SEGMENTS[locale].organisation),
  unit: (locale: Locale, slug: string) => build(locale, SEGMENTS[locale].organisation, slug),
  page: (locale: Locale, slug: string) => build(locale, SEGMENTS[locale].page, slug),
  search: (locale: Locale) => build(locale, SEGMENTS[locale].search),
  /** Văn bản pháp luật, newest first, paginated like sections: `/van-ban/trang/{n}/`. */
  legalDocuments: (locale: Locale, page = 1) => paged(locale, [SEGMENTS[locale].legal], page),
  /** `slug` is `documentNumberSlug(number)`: the URL is stable for the life of the document. */
  legalDocument: (locale: Locale, slug: string) => build(locale, SEGMENTS[locale].legal, slug),
  drafts: (locale: Locale, page = 1) => paged(locale, [SEGMENTS[locale].drafts], page),
  draft: (locale: Locale, slug: string) => build(locale, SEGMENTS[locale].drafts, slug),
  /** Hỏi – Đáp: published answers, newest first, paginated like sections. */
  questions: (locale: Locale, page = 1) => paged(locale, [SEGMENTS[locale].questions], page),
  question: (locale: Locale, slug: string) => build(locale, SEGMENTS[locale].questions, slug),
  /** The form for a question, feedback or petition. */
  ask: (locale: Locale) => build(locale, SEGMENTS[locale].ask),
  /** Looking a case up by its tracking code. */
  track: (locale: Locale) => build(locale, SEGMENTS[locale].track),
  /** Đa phương tiện: every album (`/da-phuong-tien/`), or one kind's (`/da-phuong-tien/anh/`). */
  multimedia: (locale: Locale, kind?: AlbumKind, page = 1) =>
    paged(locale, kind ? [SEGMENTS[locale].multimedia, SEGMENTS[locale][kind]] : [SEGMENTS[locale].multimedia], page),
  /** One album, under its kind so a slug can never shadow a kind's listing. */
  album: (locale: Locale, kind: AlbumKind, slug: string) =>
    build(locale, SEGMENTS[locale].multimedia, SEGMENTS[locale][kind], slug),
  /** Site-wide feeds (`/rss.xml`), or a section's (`/chuyen-muc/{slug}/rss.xml`). */
  feed: (locale: Locale, format: FeedFormat, sectionSlug?: string) =>
    (sectionSlug ? routes.section(locale, sectionSlug) : routes.home(locale)) + FEED_FILES[format],
  /** The sitemap index; it lists the shards below. */
  sitemap: () => '/sitemap.xml',
  /** One shard of the sitemap (shared/src/sitemapShards.ts decides which pages go where). */
  sitemapShard: (name: string) => `/sitemaps/${name}.xml`,
  robots: () => '/robots.txt',
  notFound: () => '/404.html',
} as const

/** Absolute URL of a site path under `siteUrl` (which may itself carry a path prefix). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return siteUrl.replace(/\/+$/, '') + path
}

/** Article path in `locale`, or undefined when the article is not published in that language. */
export function articlePath(article: SnapshotArticle, locale: Locale): string | undefined {
  const slug = article[locale]?.slug
  return slug === undefined ? undefined : routes.article(locale, slug)
}

/** Album path in `locale`, or undefined when the album has no published text in that language. */
export function albumPath(album: SnapshotAlbum, locale: Locale): string | undefined {
  const slug = album[locale]?.slug
  return slug === undefined ? undefined : routes.album(locale, album.kind, slug)
}

/** Section or topic landing path, depending on the section's kind. */
export function sectionPath(section: SnapshotSection, locale: Locale, page = 1): string {
  return section.kind === 'topic'
    ? routes.topic(locale, section.slug, page)
    : routes.section(locale, section.slug, page)
}

/** A page of the site, with what it renders. `alternate` is the same page in the other language. */
export type SitePage = { path: string; locale: Locale; alternate?: string } & (
  | { view: 'home' }
  | { view: 'listing'; sectionId: string; page: number; pageCount: number }
  | { view: 'article'; articleId: string }
  | { view: 'organisation' }
  | { view: 'unit'; unitId: string }
  | { view: 'page'; pageId: string }
  | { view: 'search' }
  | { view: 'legal-list'; page: number; pageCount: number }
  | { view: 'legal-document'; documentId: string }
  | { view: 'draft-list'; page: number; pageCount: number }
  | { view: 'draft'; draftId: string }
  | { view: 'question-list'; page: number; pageCount: number }
  | { view: 'question'; questionId: string }
  | { view: 'ask' }
  | { view: 'track' }
  | { view: 'album-list'; kind?: AlbumKind; page: number; pageCount: number }
  | { view: 'album'; albumId: string }
)

export interface SiteFeed {
  path: string
  locale: Locale
  format: FeedFormat
  /** Absent for the site-wide feeds. */
  sectionId?: string
}

const otherLocale = (locale: Locale): Locale => (locale === 'vi' ? 'en' : 'vi')

/**
 * The articles a listing shows, newest first: those filed in the section or in any of its
 * descendants, having text in `locale`. Built once per snapshot because 10k-article sites would
 * otherwise rescan every article for every listing page.
 */
export function indexListings(snapshot: Snapshot): (sectionId: string, locale: Locale) => SnapshotArticle[] {
  const parentOf = new Map(snapshot.sections.map((s) => [s.id, s.parentId]))
  const byNewest = [...snapshot.articles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  const lists = new Map<string, SnapshotArticle[]>()
  for (const article of byNewest) {
    const owners = new Set<string>()
    for (const id of article.sectionIds) {
      // Walk up the tree; the `owners` check also stops a cycle in bad data.
      for (let cur: string | undefined = id; cur && !owners.has(cur); cur = parentOf.get(cur)) owners.add(cur)
    }
    for (const sectionId of owners) {
      for (const locale of ['vi', 'en'] as const) {
        if (!article[locale]) continue
        const key = `${locale}:${sectionId}`
        const list = lists.get(key)
        if (list) list.push(article)
        else lists.set(key, [article])
      }
    }
  }
  return (sectionId, locale) => lists.get(`${locale}:${sectionId}`) ?? []
}

export const pageCount = (items: number): number => Math.max(1, Math.ceil(items / LISTING_PAGE_SIZE))

/**
 * Every HTML page of the site for a snapshot, in both languages. English pages exist only for
 * items with an `en` text; `alternate` links a page to its counterpart when both exist.
 */
export function sitePages(snapshot: Snapshot): SitePage[] {
  const pages: SitePage[] = []
  const listings = indexListings(snapshot)

  const pair = (make: (locale: Locale) => SitePage | SitePage[] | undefined) => {
    const vi = [make('vi') ?? []].flat()
    const en = [make('en') ?? []].flat()
    for (const [mine, theirs] of [
      [vi, en],
      [en, vi],
    ]) {
      for (const [i, page] of mine.entries()) {
        const counterpart = theirs[i]
        pages.push(counterpart ? { ...page, alternate: counterpart.path } : page)
      }
    }
  }

  pair((locale) => ({ view: 'home', locale, path: routes.home(locale) }))
  for (const section of snapshot.sections) {
    pair((locale) => {
      if (!section[locale]) return undefined
      const count = pageCount(listings(section.id, locale).length)
      return Array.from({ length: count }, (_, i) => ({
        view: 'listing' as const,
        locale,
        path: sectionPath(section, locale, i + 1),
        sectionId: section.id,
        page: i + 1,
        pageCount: count,
      }))
    })
  }
  for (const article of snapshot.articles) {
    pair((locale) => {
      const path = articlePath(article, locale)
      return path === undefined ? undefined : { view: 'article', locale, path, articleId: article.id }
    })
  }
  pair((locale) => ({ view: 'organisation', locale, path: routes.organisation(locale) }))
  for (const unit of snapshot.units) {
    pair((locale) =>
      unit[locale]
        ? { view: 'unit', locale, path: routes.unit(locale, unit.slug), unitId: unit.id }
        : undefined,
    )
  }
  for (const page of snapshot.pages) {
    pair((locale) =>
      page[locale]
        ? { view: 'page', locale, path: routes.page(locale, page.slug), pageId: page.id }
        : undefined,
    )
  }
  pair((locale) => ({ view: 'search', locale, path: routes.search(locale) }))

  // Listings exist in English only when something is translated, so /en/ never links to an empty page.
  const pagedList = (view: 'legal-list' | 'draft-list' | 'question-list', items: { en?: unknown }[], path: typeof routes.drafts) =>
    pair((locale) => {
      const count = items.filter((item) => locale === 'vi' || item.en).length
      if (locale === 'en' && count === 0) return undefined
      const pageTotal = pageCount(count)
      return Array.from({ length: pageTotal }, (_, i) => ({
        view,
        locale,
        path: path(locale, i + 1),
        page: i + 1,
        pageCount: pageTotal,
      }))
    })
  pagedList('legal-list', snapshot.legalDocuments, routes.legalDocuments)
  for (const doc of snapshot.legalDocuments) {
    pair((locale) =>
      doc[locale] ? { view: 'legal-document', locale, path: routes.legalDocument(locale, doc.slug), documentId: doc.id } : undefined,
    )
  }
  pagedList('draft-list', snapshot.drafts, routes.drafts)
  for (const draft of snapshot.drafts) {
    pair((locale) =>
      draft[locale] ? { view: 'draft', locale, path: routes.draft(locale, draft.slug), draftId: draft.id } : undefined,
    )
  }
  pagedList('question-list', snapshot.questions, routes.questions)
  for (const question of snapshot.questions) {
    pair((locale) =>
      question[locale]
        ? { view: 'question', locale, path: routes.question(locale, question.slug), questionId: question.id }
        : undefined,
    )
  }
  // Đa phương tiện: the all-kinds grid always exists in Vietnamese (the menu links it); a kind's tab
  // and every English list only once they have something to show, so no tab leads to an empty grid.
  const newestAlbums = [...snapshot.albums].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  for (const kind of [undefined, ...ALBUM_KINDS]) {
    pair((locale) => {
      const count = newestAlbums.filter((album) => album[locale] && (!kind || album.kind === kind)).length
      if (count === 0 && (locale === 'en' || kind)) return undefined
      const pageTotal = pageCount(count)
      return Array.from({ length: pageTotal }, (_, i) => ({
        view: 'album-list' as const,
        locale,
        path: routes.multimedia(locale, kind, i + 1),
        ...(kind ? { kind } : {}),
        page: i + 1,
        pageCount: pageTotal,
      }))
    })
  }
  for (const album of newestAlbums) {
    pair((locale) => {
      const path = albumPath(album, locale)
      return path === undefined ? undefined : { view: 'album', locale, path, albumId: album.id }
    })
  }
  // Anyone may ask or track a question in either language, whatever has been translated.
  pair((locale) => ({ view: 'ask', locale, path: routes.ask(locale) }))
  pair((locale) => ({ view: 'track', locale, path: routes.track(locale) }))
  return pages
}

/**
 * Every feed of the site: RSS, Atom and JSON Feed for all articles, RSS and Atom per section
 * (`kind: 'section'`), in each language the section has.
 */
export function siteFeeds(snapshot: Snapshot): SiteFeed[] {
  const feeds: SiteFeed[] = []
  for (const locale of ['vi', 'en'] as const) {
    for (const format of ['rss', 'atom', 'json'] as const)
      feeds.push({ path: routes.feed(locale, format), locale, format })
    for (const section of snapshot.sections) {
      if (section.kind !== 'section' || !section[locale]) continue
      for (const format of ['rss', 'atom'] as const) {
        feeds.push({ path: routes.feed(locale, format, section.slug), locale, format, sectionId: section.id })
      }
    }
  }
  return feeds
}

/** The language a `SitePage` switches to: its counterpart, else the other language's home. */
export function switchTarget(page: Pick<SitePage, 'locale' | 'alternate'>): string {
  return page.alternate ?? routes.home(otherLocale(page.locale))
}
