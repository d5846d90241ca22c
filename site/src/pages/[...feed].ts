import type { SiteFeed } from '@cong/shared/routes'
import type { APIRoute, GetStaticPaths } from 'astro'
import { siteData } from '../data/snapshot'
import { renderFeed } from '../lib/feeds'

// Every feed of both languages (shared/routes.ts `siteFeeds`), rendered from the snapshot.
export const getStaticPaths = (() =>
  siteData().renderFeeds.map((feed) => ({
    params: { feed: decodeURI(feed.path.slice(1)) },
    props: { feed },
  }))) satisfies GetStaticPaths

export const GET: APIRoute<{ feed: SiteFeed }> = ({ props }) =>
  new Response(renderFeed(siteData(), props.feed))
