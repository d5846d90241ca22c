import type { APIRoute } from 'astro'
import { siteData } from '../data/snapshot'
import { renderSitemap } from '../lib/sitemap'

export const GET: APIRoute = () => new Response(renderSitemap(siteData()))
