import { describe, expect, it } from 'vitest'
import { routes, sitePages } from './routes'
import { sitemapShards, touchedSitemaps } from './sitemapShards'
import type { Snapshot } from './snapshot'
import { article, base, legal } from './testing/snapshots'

const names = (s: Snapshot, maxUrls?: number) => sitemapShards(s, undefined, maxUrls).map((shard) => shard.name)
const shard = (name: string) => routes.sitemapShard(name)

describe('sitemapShards', () => {
  it('puts every page in exactly one shard, by language, kind and year', () => {
    const snapshot = base()
    const shards = sitemapShards(snapshot)
    const listed = shards.flatMap((s) => s.pages.map((p) => p.path))
    expect(listed.sort()).toEqual(sitePages(snapshot).map((p) => p.path).sort())
    expect(new Set(listed).size).toBe(listed.length)
    // base(): articles 2025 and 2024 (one a day back from 2025-06-30), legal 2015–2022, answers 2026.
    expect(names(snapshot)).toEqual([
      'en-articles-2025',
      'en-legal-2015',
      'en-pages',
      'vi-articles-2025',
      'vi-legal-2015',
      'vi-legal-2020',
      'vi-legal-2021',
      'vi-legal-2022',
      'vi-pages',
      'vi-questions-2026',
    ])
    const pages = shards.find((s) => s.name === 'vi-pages')!.pages
    expect(pages.map((p) => p.view)).toContain('listing')
    expect(pages.some((p) => p.view === 'article' || p.view === 'legal-document')).toBe(false)
  })

  it.each([
    [25, ['vi-articles-2025-1', 'vi-articles-2025-2', 'vi-articles-2025-3']],
    [61, ['vi-articles-2025']],
  ])('cuts a group above %i pages into numbered parts of at most that many', (maxUrls, viArticles) => {
    const shards = sitemapShards(base(), undefined, maxUrls)
    expect(shards.map((s) => s.name).filter((n) => n.startsWith('vi-articles'))).toEqual(viArticles)
    expect(Math.max(...shards.map((s) => s.pages.length))).toBeLessThanOrEqual(maxUrls)
  })
})

describe('touchedSitemaps', () => {
  const withArticle = () => {
    const s = base()
    // In section `khac`, which keeps one listing page; no English.
    s.articles.push(
      article(101, { sectionIds: ['khac'], publishedAt: '2026-02-01T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z' }),
    )
    return s
  }
  const withoutArticle = (id: string) => {
    const s = base()
    s.articles = s.articles.filter((a) => a.id !== id)
    return s
  }
  const withLegal = () => {
    const s = base()
    s.legalDocuments.push(legal('nd-5', '2022-06-01'))
    return s
  }
  const cases: [string, () => Snapshot, () => Snapshot, string[], { render: string[]; remove: string[] }, number?][] = [
    ['nothing changed: the index only', base, base, [], { render: [routes.sitemap()], remove: [] }],
    [
      'an edited article: its own shard',
      base,
      base,
      [routes.article('vi', 'bai-3')],
      { render: [routes.sitemap(), shard('vi-articles-2025')], remove: [] },
    ],
    [
      'a listing page re-rendered: the shard of the listings',
      base,
      base,
      [routes.section('vi', 'tin-tuc', 2)],
      { render: [routes.sitemap(), shard('vi-pages')], remove: [] },
    ],
    [
      'an article in a new year: a new shard',
      base,
      withArticle,
      [routes.article('vi', 'bai-101')],
      { render: [routes.sitemap(), shard('vi-articles-2026')], remove: [] },
    ],
    [
      'the last article of a year unpublished: its shard goes',
      withArticle,
      base,
      [routes.article('vi', 'bai-101')],
      { render: [routes.sitemap()], remove: [shard('vi-articles-2026')] },
    ],
    [
      'an article removed, though no path is named: its shard lists one page fewer',
      base,
      () => withoutArticle('a07'),
      [],
      { render: [routes.sitemap(), shard('vi-articles-2025')], remove: [] },
    ],
    [
      'a new document of a year that has one: that year only',
      base,
      withLegal,
      [routes.legalDocument('vi', 'nd-5')],
      { render: [routes.sitemap(), shard('vi-legal-2022')], remove: [] },
    ],
    [
      'split group: a page added to part 1 moves another into part 2',
      base,
      () => {
        const s = base()
        // First in the snapshot's order, so every later page of the group moves up one place.
        s.articles.unshift(article(105, { sectionIds: ['khac'], publishedAt: '2025-07-01T00:00:00Z' }))
        return s
      },
      [routes.article('vi', 'bai-105')],
      {
        render: [routes.sitemap(), shard('vi-articles-2025-1'), shard('vi-articles-2025-2'), shard('vi-articles-2025-3')],
        remove: [],
      },
      25,
    ],
  ]
  it.each(cases)('%s', (_, previous, next, changed, expected, maxUrls) => {
    expect(touchedSitemaps(previous(), next(), changed, { maxUrls })).toEqual(expected)
  })
})
