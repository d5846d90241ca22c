import {
  indexListings,
  LISTING_PAGE_SIZE,
  routes,
  siteFeeds,
  sitePages,
  type SiteFeed,
  type SitePage,
} from './routes'
import { touchedSitemaps } from './sitemapShards'
import { ALBUM_KINDS, type Locale, type Snapshot, type SnapshotSection } from './snapshot'
import { vietnamDate } from './vnDate'

/**
 * Which files of the static site a new snapshot changes, so a publish re-renders only those
 * (the incremental build) and links every other file from the live release.
 *
 * Each page gets its dependencies: the keys of the items it shows (`article:<id>`…) in the order
 * it shows them, plus what it depends on besides items (its own descriptor with pagination and
 * language alternate, facet counts, the day for comment periods). A page is re-rendered when it is
 * new, when its dependency list differs between the two snapshots (an item moved in or out of it,
 * or the order shifted), or when one of the items it depends on changed in any way. Anything every
 * page shows (settings, menus, sections, units, static pages in the footer) makes it 'full'.
 *
 * The rules mirror what the site's views read (site/src/views, site/src/data); a view that starts
 * reading something new must add it here. The incremental build test (site/test/incremental.test.ts)
 * compares an incremental build with a full one byte for byte and catches a missing dependency.
 */

export type AffectedPages =
  | { mode: 'full'; reason: string }
  | {
      mode: 'incremental'
      reason: string
      /** Site paths of pages and feeds to render (pages end with `/`, feeds with their file name). */
      render: string[]
      /** Site paths of pages and feeds the next snapshot no longer has. */
      remove: string[]
    }

export interface AffectedOptions {
  /** When the previous release was built; unknown means the day may have changed. */
  previousBuiltAt?: Date
  /** When this build runs (the site's `builtAt`). */
  builtAt: Date
}

/** How many items of a list the home page, a unit page or an article's related block may show: a bound above the views' own. */
const HOME_WINDOW = 10
const UNIT_NEWS = 4
const RELATED_MAX = 4
const FEED_WINDOW = 50

type Keyed = { id: string }
const key = (kind: string, item: Keyed) => `${kind}:${item.id}`

/** One snapshot seen the way the views see it: ordered lists of keys per page. */
interface View {
  snapshot: Snapshot
  listing: (sectionId: string, locale: Locale) => Snapshot['articles']
  latest: Record<Locale, Snapshot['articles']>
  byUnit: Record<Locale, Map<string, string[]>>
  legal: Record<Locale, string[]>
  legalFacets: Record<Locale, string>
  questions: Record<Locale, string[]>
  questionFacets: Record<Locale, string>
  albums: Record<Locale, { key: string; kind: string }[]>
  drafts: Record<Locale, string[]>
  sectionById: Map<string, SnapshotSection>
  articleById: Map<string, Snapshot['articles'][number]>
  legalById: Map<string, Snapshot['legalDocuments'][number]>
  hasPath: Set<string>
  /** Position of an article in a listing, for its neighbours (related articles). */
  positionIn: (sectionId: string, locale: Locale, articleId: string) => number
}

const LOCALES: Locale[] = ['vi', 'en']
const perLocale = <T>(make: (locale: Locale) => T): Record<Locale, T> => ({ vi: make('vi'), en: make('en') })

/** Counts of a multiset as a stable string (facets show values with their counts). */
function countsKey(values: string[]): string {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return JSON.stringify([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

function view(snapshot: Snapshot, pages: SitePage[]): View {
  const newest = [...snapshot.articles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  const latest = perLocale((locale) => newest.filter((a) => a[locale]))
  const byUnit = perLocale((locale) => {
    const map = new Map<string, string[]>()
    for (const article of latest[locale]) {
      if (!article.unitId) continue
      const list = map.get(article.unitId) ?? []
      if (list.length < UNIT_NEWS) list.push(key('article', article))
      map.set(article.unitId, list)
    }
    return map
  })
  // Same order as site/src/data/snapshot.ts (legalDocuments), questions.ts and albums.ts.
  const byIssued = [...snapshot.legalDocuments].sort(
    (a, b) =>
      b.issuedDate.localeCompare(a.issuedDate) || b.number.localeCompare(a.number, 'vi', { numeric: true }),
  )
  const questions = [...snapshot.questions].sort(
    (a, b) => b.answeredAt.localeCompare(a.answeredAt) || b.id.localeCompare(a.id),
  )
  const albums = [...snapshot.albums].sort(
    (a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id),
  )
  const listing = indexListings(snapshot)
  const positions = new Map<string, Map<string, number>>()
  const positionIn = (sectionId: string, locale: Locale, articleId: string) => {
    const k = `${locale}:${sectionId}`
    let map = positions.get(k)
    if (!map) {
      map = new Map(listing(sectionId, locale).map((a, i) => [a.id, i]))
      positions.set(k, map)
    }
    return map.get(articleId) ?? -1
  }
  return {
    snapshot,
    listing,
    positionIn,
    latest,
    byUnit,
    legal: perLocale((locale) => byIssued.filter((d) => d[locale]).map((d) => key('legal', d))),
    // The document finder's facets (site/src/data/legal.ts finderFacets) count these values.
    legalFacets: perLocale((locale) => {
      const docs = byIssued.filter((d) => d[locale])
      return [
        countsKey(docs.map((d) => d.type)),
        countsKey(docs.map((d) => d.issuingBody[locale] ?? d.issuingBody.vi)),
        countsKey(docs.flatMap((d) => d.fields)),
        countsKey(docs.map((d) => d.issuedDate.slice(0, 4))),
        countsKey(docs.flatMap((d) => (d.validity.status ? [d.validity.status] : []))),
      ].join('|')
    }),
    questions: perLocale((locale) => questions.filter((q) => q[locale]).map((q) => key('question', q))),
    // The Q&A finder's facets: fields and answering units (units themselves make a build full).
    questionFacets: perLocale((locale) => {
      const list = questions.filter((q) => q[locale])
      return `${countsKey(list.map((q) => q.field))}|${countsKey(list.map((q) => q.unitId ?? ''))}`
    }),
    albums: perLocale((locale) =>
      albums.filter((a) => a[locale]).map((a) => ({ key: key('album', a), kind: a.kind })),
    ),
    // A draft's row names the document it became (DraftList.astro).
    drafts: perLocale((locale) =>
      snapshot.drafts
        .filter((d) => d[locale])
        .flatMap((d) => [
          key('draft', d),
          ...(d.resultingDocumentId ? [`legal:${d.resultingDocumentId}`] : []),
        ]),
    ),
    sectionById: new Map(snapshot.sections.map((s) => [s.id, s])),
    articleById: new Map(snapshot.articles.map((a) => [a.id, a])),
    legalById: new Map(snapshot.legalDocuments.map((d) => [d.id, d])),
    hasPath: new Set(pages.map((p) => p.path)),
  }
}

const slice = <T>(list: T[], page: number, size = LISTING_PAGE_SIZE) =>
  list.slice((page - 1) * size, page * size)

/** The first regular section an article is shown under (site/src/data/articles.ts primarySection). */
function primarySectionId(v: View, sectionIds: string[], locale: Locale): string | undefined {
  const sections = sectionIds.map((id) => v.sectionById.get(id)).filter((s) => s?.[locale])
  return (sections.find((s) => s!.kind === 'section') ?? sections[0])?.id
}

/** The kind tabs of the multimedia pages exist only for kinds with items (KindTabs.astro). */
const kindTabs = (v: View, locale: Locale) =>
  `tabs:${ALBUM_KINDS.filter((kind) => v.hasPath.has(routes.multimedia(locale, kind))).join(',')}`

/** What a page's HTML depends on, in the order it matters. */
function pageDeps(v: View, page: SitePage): string[] {
  const { locale } = page
  const deps = [`page:${JSON.stringify(page)}`]
  switch (page.view) {
    case 'home': {
      const latest = v.latest[locale]
      deps.push(
        ...latest
          .filter((a) => a.featured)
          .slice(0, HOME_WINDOW)
          .map((a) => key('article', a)),
      )
      deps.push('|', ...latest.slice(0, HOME_WINDOW).map((a) => key('article', a)))
      for (const section of v.snapshot.sections) {
        if (section.parentId || section.kind !== 'section' || !section[locale]) continue
        deps.push(
          `|${section.id}`,
          ...v
            .listing(section.id, locale)
            .slice(0, HOME_WINDOW)
            .map((a) => key('article', a)),
        )
      }
      deps.push('|legal', ...v.legal[locale].slice(0, HOME_WINDOW))
      deps.push('|questions', ...v.questions[locale].slice(0, HOME_WINDOW))
      deps.push('|albums', ...v.albums[locale].slice(0, HOME_WINDOW).map((a) => a.key))
      // Open drafts, closing soonest first: every draft may come into it, and the day moves them.
      deps.push('|drafts', 'day', ...v.drafts[locale])
      break
    }
    case 'listing':
      deps.push(...slice(v.listing(page.sectionId, locale), page.page).map((a) => key('article', a)))
      break
    case 'article': {
      const article = v.articleById.get(page.articleId)!
      deps.push(key('article', article), `views:${article.id}`)
      // Related: the editors' picks, then the article's neighbours in its section (articles.ts).
      deps.push(...article.relatedIds.map((id) => `article:${id}`))
      const sectionId = primarySectionId(v, article.sectionIds, locale)
      if (sectionId) {
        const list = v.listing(sectionId, locale)
        const at = v.positionIn(sectionId, locale, article.id)
        const reach = RELATED_MAX + article.relatedIds.length + 1
        deps.push('|', ...list.slice(Math.max(0, at - reach), at + reach + 1).map((a) => key('article', a)))
      }
      break
    }
    case 'unit':
      deps.push(...(v.byUnit[locale].get(page.unitId) ?? []))
      break
    case 'legal-list':
      deps.push(`facets:${v.legalFacets[locale]}`, ...slice(v.legal[locale], page.page))
      break
    case 'legal-document': {
      const doc = v.legalById.get(page.documentId)!
      deps.push(key('legal', doc), ...doc.relations.map((r) => `legal:${r.documentId}`))
      for (const cause of [doc.validity.cause, doc.validity.upcoming?.cause]) {
        if (cause?.kind === 'relation') deps.push(`legal:${cause.documentId}`)
      }
      break
    }
    case 'draft-list':
      deps.push('day', ...v.drafts[locale])
      break
    case 'draft': {
      const draft = v.snapshot.drafts.find((d) => d.id === page.draftId)!
      deps.push('day', key('draft', draft))
      if (draft.resultingDocumentId) deps.push(`legal:${draft.resultingDocumentId}`)
      break
    }
    case 'question-list':
      deps.push(`facets:${v.questionFacets[locale]}`, ...slice(v.questions[locale], page.page))
      break
    case 'question':
      deps.push(`question:${page.questionId}`)
      break
    case 'album-list':
      deps.push(
        kindTabs(v, locale),
        ...slice(
          v.albums[locale].filter((a) => !page.kind || a.kind === page.kind),
          page.page,
        ).map((a) => a.key),
      )
      break
    case 'album':
      deps.push(`album:${page.albumId}`, kindTabs(v, locale))
      break
    // organisation, search, ask, track, static pages: only what makes a build full.
  }
  return deps
}

function feedDeps(v: View, feed: SiteFeed): string[] {
  const articles = feed.sectionId ? v.listing(feed.sectionId, feed.locale) : v.latest[feed.locale]
  const shown = articles.slice(0, FEED_WINDOW).map((a) => key('article', a))
  // An empty feed is dated by the snapshot (site/src/lib/feeds.ts).
  return [
    `feed:${JSON.stringify(feed)}`,
    ...(shown.length ? shown : [`generatedAt:${v.snapshot.generatedAt}`]),
  ]
}

/** Keys of every item whose published form differs between the snapshots (added and removed too). */
function changedItems(previous: Snapshot, next: Snapshot): Set<string> {
  const changed = new Set<string>()
  // The view count is shown on the article's own page only: counts flushed between two publishes
  // must not re-render every listing, feed and related block the article appears in.
  const articleText = ({ viewCount: _views, ...rest }: Snapshot['articles'][number]) => JSON.stringify(rest)
  const lists: [string, (s: Snapshot) => Keyed[], (item: never) => string][] = [
    ['article', (s) => s.articles, articleText],
    ['legal', (s) => s.legalDocuments, JSON.stringify],
    ['draft', (s) => s.drafts, JSON.stringify],
    ['question', (s) => s.questions, JSON.stringify],
    ['album', (s) => s.albums, JSON.stringify],
  ]
  for (const [kind, list, text] of lists) {
    const fingerprint = text as (item: Keyed) => string
    const before = new Map(list(previous).map((item) => [item.id, fingerprint(item)]))
    for (const item of list(next)) {
      const k = `${kind}:${item.id}`
      if (before.get(item.id) !== fingerprint(item)) changed.add(k)
      before.delete(item.id)
    }
    for (const id of before.keys()) changed.add(`${kind}:${id}`)
  }
  const views = new Map(previous.articles.map((a) => [a.id, a.viewCount]))
  for (const article of next.articles) {
    if (views.has(article.id) && views.get(article.id) !== article.viewCount)
      changed.add(`views:${article.id}`)
  }
  return changed
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** What every page shows (menus, header, footer): a change here means a full build. */
function siteWideChange(
  previous: Snapshot,
  next: Snapshot,
  prevPaths: Set<string>,
  nextPaths: Set<string>,
): string | undefined {
  if (previous.version !== next.version) return 'snapshot version changed'
  if (previous.siteUrl !== next.siteUrl || previous.cmsPublicUrl !== next.cmsPublicUrl)
    return 'site or CMS URL changed'
  if (!same(previous.settings, next.settings)) return 'site settings changed'
  if (!same(previous.sections, next.sections)) return 'sections changed'
  if (!same(previous.units, next.units)) return 'units changed'
  if (!same(previous.pages, next.pages)) return 'static pages changed'
  if (previous.generatedAt.slice(0, 4) !== next.generatedAt.slice(0, 4)) return 'year changed (footer)'
  // The main menu and the question pages' breadcrumbs link these lists only when they exist.
  for (const locale of LOCALES) {
    for (const path of [
      routes.legalDocuments(locale),
      routes.drafts(locale),
      routes.questions(locale),
      routes.multimedia(locale),
    ]) {
      if (prevPaths.has(path) !== nextPaths.has(path)) return `menu changed (${path})`
    }
  }
  return undefined
}

/**
 * Decide how to build `next` on top of the release built from `previous`: 'full', with the reason,
 * or the paths to render and to remove. The sitemap index, robots.txt and 404 page are always
 * rendered, and the sitemap shards holding a rendered or removed page.
 */
export function affectedPages(
  previous: Snapshot | undefined,
  next: Snapshot,
  options: AffectedOptions,
): AffectedPages {
  if (!previous) return { mode: 'full', reason: 'no previous snapshot' }
  const prevPages = sitePages(previous)
  const nextPages = sitePages(next)
  const prevPaths = new Set(prevPages.map((p) => p.path))
  const nextPaths = new Set(nextPages.map((p) => p.path))
  const siteWide = siteWideChange(previous, next, prevPaths, nextPaths)
  if (siteWide) return { mode: 'full', reason: siteWide }

  const changed = changedItems(previous, next)
  const dayChanged =
    !options.previousBuiltAt || vietnamDate(options.previousBuiltAt) !== vietnamDate(options.builtAt)
  if (dayChanged) changed.add('day')

  const before = view(previous, prevPages)
  const after = view(next, nextPages)
  const render: string[] = []
  const remove: string[] = []
  const compare = <T extends { path: string }>(
    prevItems: T[],
    nextItems: T[],
    deps: (v: View, item: T) => string[],
  ) => {
    const old = new Map(prevItems.map((item) => [item.path, item]))
    for (const item of nextItems) {
      const was = old.get(item.path)
      old.delete(item.path)
      const now = deps(after, item)
      if (!was || now.some((k) => changed.has(k)) || deps(before, was).join('\n') !== now.join('\n'))
        render.push(item.path)
    }
    remove.push(...old.keys())
  }
  compare(prevPages, nextPages, pageDeps)
  compare(siteFeeds(previous), siteFeeds(next), feedDeps)
  const sitemaps = touchedSitemaps(previous, next, [...render, ...remove], {
    previous: prevPages,
    next: nextPages,
  })
  render.push(...sitemaps.render, routes.robots(), routes.notFound())
  remove.push(...sitemaps.remove)

  const views = [...changed].filter((k) => k.startsWith('views:')).length
  const items = changed.size - views - (dayChanged ? 1 : 0)
  return {
    mode: 'incremental',
    reason: `${items} item(s) changed${views ? `, ${views} view count(s)` : ''}${dayChanged ? ', new day' : ''}`,
    render,
    remove,
  }
}
