import { absoluteUrl } from '@cong/shared/routes'
import { js2xml } from 'xml-js'
import { album } from '../data/albums'
import type { SiteData } from '../data/snapshot'

/**
 * sitemap.xml with every public page and its other-language version (xhtml:link hreflang), so
 * search engines and the Government Portal's crawler find both. Above 50,000 URLs the protocol
 * needs a sitemap index; one ministry's portal stays below that for years.
 */
export function renderSitemap(data: SiteData): string {
  const url = (path: string) => absoluteUrl(data.siteUrl, path)
  const lastmod = new Map<string, string>()
  for (const page of data.pages) {
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
        url: data.pages.map((page) => ({
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
