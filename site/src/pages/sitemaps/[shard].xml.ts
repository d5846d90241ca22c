import type { SitemapShard } from '@cong/shared/sitemapShards'
import type { APIRoute, GetStaticPaths } from 'astro'
import { siteData } from '../../data/snapshot'
import { renderSitemap } from '../../lib/sitemap'

// The sitemap's shards this build writes (all of them, or those an incremental build names).
export const getStaticPaths = (() =>
  siteData().renderSitemaps.map((shard) => ({ params: { shard: shard.name }, props: { shard } }))) satisfies GetStaticPaths

export const GET: APIRoute<{ shard: SitemapShard }> = ({ props }) => new Response(renderSitemap(siteData(), props.shard))
