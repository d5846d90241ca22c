import type { APIRoute } from 'astro'
import { siteData } from '../data/snapshot'
import { renderSitemapIndex } from '../lib/sitemap'

export const GET: APIRoute = () => new Response(renderSitemapIndex(siteData()))
