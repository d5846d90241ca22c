import { routes, sitePages, type SitePage } from './routes'
import type { Snapshot } from './snapshot'

/**
 * The sitemap is an index of shards: the protocol allows 50,000 URLs (and 50 MB) per file, and the
 * reference scale has about 100,000 pages. Shards follow what changes together: one per language,
 * content kind and year, so a publish rewrites the one shard its item is in, not every URL.
 * Listings, units, drafts, albums and the fixed pages share one shard per language.
 */

/** Below the protocol's 50,000 so a shard never reaches it between two builds. */
export const SITEMAP_MAX_URLS = 40_000

export interface SitemapShard {
  name: string
  path: string
  pages: SitePage[]
}

type Dated = { id: string }
const yearsBy = <T extends Dated>(items: T[], date: (item: T) => string) =>
  new Map(items.map((item) => [item.id, date(item).slice(0, 4)]))

/** The shard name of every page, before splitting oversized shards. */
export function sitemapGroupOf(snapshot: Snapshot): (page: SitePage) => string {
  const articleYear = yearsBy(snapshot.articles, (a) => a.publishedAt)
  const legalYear = yearsBy(snapshot.legalDocuments, (d) => d.issuedDate)
  const questionYear = yearsBy(snapshot.questions, (q) => q.answeredAt)
  return (page) => {
    const year =
      page.view === 'article'
        ? ['articles', articleYear.get(page.articleId)]
        : page.view === 'legal-document'
          ? ['legal', legalYear.get(page.documentId)]
          : page.view === 'question'
            ? ['questions', questionYear.get(page.questionId)]
            : ['pages']
    return [page.locale, ...year.filter(Boolean)].join('-')
  }
}

/**
 * Every shard of the sitemap, in a stable order, each at most SITEMAP_MAX_URLS pages (a group
 * that outgrows it is cut into numbered parts, `vi-pages-2`).
 */
export function sitemapShards(
  snapshot: Snapshot,
  pages: SitePage[] = sitePages(snapshot),
  maxUrls = SITEMAP_MAX_URLS,
): SitemapShard[] {
  const groupOf = sitemapGroupOf(snapshot)
  const groups = new Map<string, SitePage[]>()
  for (const page of pages) {
    const name = groupOf(page)
    const group = groups.get(name)
    if (group) group.push(page)
    else groups.set(name, [page])
  }
  const shards: SitemapShard[] = []
  for (const name of [...groups.keys()].sort()) {
    const group = groups.get(name)!
    const parts = Math.ceil(group.length / maxUrls)
    for (let part = 0; part < parts; part++) {
      const shardName = parts === 1 ? name : `${name}-${part + 1}`
      shards.push({
        name: shardName,
        path: routes.sitemapShard(shardName),
        pages: group.slice(part * maxUrls, (part + 1) * maxUrls),
      })
    }
  }
  return shards
}

/**
 * The sitemap files an incremental build must write: the shards holding a page it renders or
 * removes (their entries or lastmod changed), plus the index; and the shard files to delete.
 */
export function touchedSitemaps(
  previous: Snapshot,
  next: Snapshot,
  changedPaths: Iterable<string>,
  pages: { previous?: SitePage[]; next?: SitePage[]; maxUrls?: number } = {},
): { render: string[]; remove: string[] } {
  const changed = new Set(changedPaths)
  const before = sitemapShards(previous, pages.previous, pages.maxUrls)
  const after = sitemapShards(next, pages.next, pages.maxUrls)
  const listed = new Map(before.map((s) => [s.name, s.pages.map((p) => p.path).join('\n')]))
  // A shard is rewritten when a page in it changed (its lastmod or alternate) or when its list of
  // pages did (a page added or removed, or moved between the parts of a split group).
  const names = new Set(
    after
      .filter((s) => s.pages.some((p) => changed.has(p.path)) || listed.get(s.name) !== s.pages.map((p) => p.path).join('\n'))
      .map((s) => s.name),
  )
  const nextNames = new Set(after.map((s) => s.name))
  return {
    render: [routes.sitemap(), ...after.filter((s) => names.has(s.name)).map((s) => s.path)],
    remove: before.filter((s) => !nextNames.has(s.name)).map((s) => s.path),
  }
}
