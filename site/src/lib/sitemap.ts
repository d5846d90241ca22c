import { absoluteUrl } from '@cong/shared/routes'
import { js2xml } from 'xml-js'
import { album } from '../data/albums'
import type { SitemapShard } from '@cong/shared/sitemapShards'
import type { SiteData } from '../data/snapshot'

/**
 * /sitemap.xml: the index of the sitemap's shards (shared/src/sitemapShards.ts), which the reference
 * scale needs (the protocol allows 50,000 URLs per file) and which lets a publish rewrite one shard.
 */
export function renderSitemapIndex(data: SiteData): string {
  return js2xml(
    {
      _declaration: { _attributes: { version: '1.0', encoding: 'UTF-8' } },
      sitemapindex: {
        _attributes: { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
        sitemap: data.sitemaps.map((shard) => ({ loc: { _text: absoluteUrl(data.siteUrl, shard.path) } })),
      },
    },
    { compact: true, spaces: 0 },
  )
}

/**
 * One shard: each public page with its other-language version (xhtml:link hreflang), so search
 * engines and the Government Portal's crawler find both.
 */
export function renderSitemap(data: SiteData, shard: SitemapShard): string {
  const url = (path: string) => absoluteUrl(data.siteUrl, path)
  const lastmod = new Map<string, string>()
  for (const page of shard.pages) {
    if (page.view === 'article') lastmod.set(page.path, data.article(page.articleId)!.updatedAt)
    if (page.view === 'page') lastmod.set(page.path, data.page(page.pageId)!.updatedAt)
    if (page.view === 'legal-document') lastmod.set(page.path, data.legalDocument(page.documentId)!.updatedAt)
    if (page.view === 'draft') lastmod.set(page.path, data.draft(page.draftId)!.updatedAt)
    if (page.view === 'album') lastmod.set(page.path, album(data, page.albumId)!.updatedAt)
  }
  return js2xml(
    {
      _declaration: { _attributes: { version: '1.0', encoding: 'UTF-8' } },
      urlset: {
        _attributes: {
          xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
          'xmlns:xhtml': 'http://www.w3.org/1999/xhtml',
        },
        url: shard.pages.map((page) => ({
          loc: { _text: url(page.path) },
          ...(lastmod.get(page.path) ? { lastmod: { _text: lastmod.get(page.path) } } : {}),
          ...(page.alternate
            ? {
                'xhtml:link': [
                  { _attributes: { rel: 'alternate', hreflang: page.locale, href: url(page.path) } },
                  {
                    _attributes: {
                      rel: 'alternate',
                      hreflang: page.locale === 'vi' ? 'en' : 'vi',
                      href: url(page.alternate),
                    },
                  },
                ],
              }
            : {}),
        })),
      },
    },
    { compact: true, spaces: 0 },
  )
}
