import { readFileSync } from 'node:fs'
import { indexListings, siteFeeds, sitePages, type SiteFeed, type SitePage } from '@cong/shared/routes'
import { sitemapShards, type SitemapShard } from '@cong/shared/sitemapShards'
import {
  SNAPSHOT_VERSION,
  type Locale,
  type Snapshot,
  type SnapshotArticle,
  type SnapshotDraft,
  type SnapshotLegalDocument,
  type SnapshotPage,
  type SnapshotSection,
  type SnapshotUnit,
} from '@cong/shared/snapshot'

/**
 * The snapshot, read once per build process and indexed. Pages receive only ids through props
 * and look the rest up here: passing whole articles through `getStaticPaths` props keeps every
 * page's data alive at once, which is what blows Astro's heap on 10k-page sites.
 */
export interface SiteData {
  snapshot: Snapshot
  /** Canonical base URL, without a trailing slash. */
  siteUrl: string
  pages: SitePage[]
  /**
   * The pages and feeds this build writes: all of them, or for an incremental build or a batch
   * the paths listed in the JSON file `CONG_RENDER_PATHS` names (site/scripts/build-site.ts).
   */
  renderPages: SitePage[]
  renderFeeds: SiteFeed[]
  /** The sitemap's shards (the index at /sitemap.xml lists them all). */
  sitemaps: SitemapShard[]
  /** The shards this build writes: all, or those an incremental build names. */
  renderSitemaps: SitemapShard[]
  /** Whether the site has a page at `path` (the English site may lack a listing). */
  hasPage: (path: string) => boolean
  feeds: SiteFeed[]
  article: (id: string) => SnapshotArticle | undefined
  section: (id: string) => SnapshotSection | undefined
  unit: (id: string) => SnapshotUnit | undefined
  page: (id: string) => SnapshotPage | undefined
  legalDocument: (id: string) => SnapshotLegalDocument | undefined
  draft: (id: string) => SnapshotDraft | undefined
  /** Documents with text in `locale`, most recently issued first. */
  legalDocuments: (locale: Locale) => SnapshotLegalDocument[]
  /**
   * The moment this build runs: comment periods are placed against it, once, so that every page
   * of a release agrees on which drafts are open.
   */
  builtAt: Date
  /** Articles of a section and its subsections with text in `locale`, newest first. */
  listing: (sectionId: string, locale: Locale) => SnapshotArticle[]
  /** All articles with text in `locale`, newest first. */
  latest: (locale: Locale) => SnapshotArticle[]
  /** Articles a unit wrote with text in `locale`, newest first. */
  byUnit: (unitId: string, locale: Locale) => SnapshotArticle[]
  /** Child sections / units in display order; `undefined` gives the top level. */
  sectionChildren: (parentId: string | undefined) => SnapshotSection[]
  unitChildren: (parentId: string | undefined) => SnapshotUnit[]
}

const DEFAULT_SITE_URL = 'http://127.0.0.1:4321'

let cached: SiteData | undefined

export function siteData(): SiteData {
  if (cached) return cached
  const file = process.env.SNAPSHOT_PATH
  if (!file) {
    throw new Error('SNAPSHOT_PATH is not set: point it at a snapshot JSON file (see site/scripts/build-site.ts).')
  }
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Snapshot
  if (snapshot.version !== SNAPSHOT_VERSION) {
    throw new Error(`${file}: snapshot version ${snapshot.version}, this site renders version ${SNAPSHOT_VERSION}.`)
  }
  cached = indexSnapshot(snapshot, process.env.SITE_URL || snapshot.siteUrl || DEFAULT_SITE_URL)
  const only = process.env.CONG_RENDER_PATHS
  if (only) {
    const paths = new Set(JSON.parse(readFileSync(only, 'utf8')) as string[])
    cached.renderPages = cached.pages.filter((p) => paths.has(p.path))
    cached.renderFeeds = cached.feeds.filter((f) => paths.has(f.path))
    cached.renderSitemaps = cached.sitemaps.filter((s) => paths.has(s.path))
  }
  return cached
}

/**
 * When this build runs: `CONG_BUILT_AT` (an ISO instant) lets two builds of one snapshot agree,
 * which the incremental build needs (the previous release's time decides whether a new day began).
 */
export function buildTime(env: NodeJS.ProcessEnv = process.env): Date {
  if (!env.CONG_BUILT_AT) return new Date()
  const time = new Date(env.CONG_BUILT_AT)
  if (Number.isNaN(time.getTime())) throw new Error(`CONG_BUILT_AT is not a date: ${env.CONG_BUILT_AT}`)
  return time
}

function groupBy<T>(items: T[], key: (item: T) => string | undefined): Map<string | undefined, T[]> {
  const groups = new Map<string | undefined, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]))
const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order

export function indexSnapshot(snapshot: Snapshot, siteUrl: string): SiteData {
  const articles = byId(snapshot.articles)
  const sections = byId(snapshot.sections)
  const units = byId(snapshot.units)
  const pages = byId(snapshot.pages)
  const legalDocuments = byId(snapshot.legalDocuments)
  const drafts = byId(snapshot.drafts)
  // Same day: the higher number first (the later of two decrees signed together), then by text.
  const byIssued = [...snapshot.legalDocuments].sort(
    (a, b) => b.issuedDate.localeCompare(a.issuedDate) || b.number.localeCompare(a.number, 'vi', { numeric: true }),
  )
  const issued = { vi: byIssued.filter((d) => d.vi), en: byIssued.filter((d) => d.en) }
  const newest = [...snapshot.articles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
  const latest = { vi: newest.filter((a) => a.vi), en: newest.filter((a) => a.en) }
  const unitArticles = { vi: groupBy(latest.vi, (a) => a.unitId), en: groupBy(latest.en, (a) => a.unitId) }
  const sectionTree = groupBy([...snapshot.sections].sort(byOrder), (s) => s.parentId)
  const unitTree = groupBy([...snapshot.units].sort(byOrder), (u) => u.parentId)

  const allPages = sitePages(snapshot)
  const paths = new Set(allPages.map((p) => p.path))
  const feeds = siteFeeds(snapshot)
  const sitemaps = sitemapShards(snapshot, allPages)

  return {
    snapshot,
    siteUrl: siteUrl.replace(/\/+$/, ''),
    pages: allPages,
    renderPages: allPages,
    renderFeeds: feeds,
    sitemaps,
    renderSitemaps: sitemaps,
    hasPage: (path) => paths.has(path),
    feeds,
    article: (id) => articles.get(id),
    section: (id) => sections.get(id),
    unit: (id) => units.get(id),
    page: (id) => pages.get(id),
    legalDocument: (id) => legalDocuments.get(id),
    draft: (id) => drafts.get(id),
    legalDocuments: (locale) => issued[locale],
    builtAt: buildTime(),
    listing: indexListings(snapshot),
    latest: (locale) => latest[locale],
    byUnit: (unitId, locale) => unitArticles[locale].get(unitId) ?? [],
    sectionChildren: (parentId) => sectionTree.get(parentId) ?? [],
    unitChildren: (parentId) => unitTree.get(parentId) ?? [],
  }
}
