import { absoluteUrl, routes } from '@cong/shared/routes'
import type { APIRoute } from 'astro'
import { siteData } from '../data/snapshot'

// The search index is fetched by the search page's script; crawlers have nothing to read there.
export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      'Allow: /',
      'Disallow: /pagefind/',
      '',
      `Sitemap: ${absoluteUrl(siteData().siteUrl, routes.sitemap())}`,
      '',
    ].join('\n'),
  )
