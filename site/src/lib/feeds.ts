import { absoluteUrl, articlePath, FEED_SIZE, routes, sectionPath, type SiteFeed } from '@cong/shared/routes'
import type { SnapshotArticle } from '@cong/shared/snapshot'
import { Feed } from 'feed'
import type { SiteData } from '../data/snapshot'
import { LANGUAGE_TAG } from '../i18n'

interface FeedContext {
  title: string
  description?: string
  homePath: string
  articles: SnapshotArticle[]
}

function context(data: SiteData, feed: SiteFeed): FeedContext {
  const settings = data.snapshot.settings[feed.locale]
  const section = feed.sectionId ? data.section(feed.sectionId) : undefined
  if (section?.[feed.locale]) {
    return {
      title: `${section[feed.locale]!.title} – ${settings.siteName}`,
      description: section[feed.locale]!.description,
      homePath: sectionPath(section, feed.locale),
      articles: data.listing(section.id, feed.locale).slice(0, FEED_SIZE),
    }
  }
  return {
    title: settings.siteName,
    description: settings.tagline,
    homePath: routes.home(feed.locale),
    articles: data.latest(feed.locale).slice(0, FEED_SIZE),
  }
}

/** RSS 2.0, Atom 1.0 or JSON Feed 1.1 text of one of the site's feeds. */
export function renderFeed(data: SiteData, feed: SiteFeed): string {
  const { locale } = feed
  const ctx = context(data, feed)
  const url = (path: string) => absoluteUrl(data.siteUrl, path)
  const siteName = data.snapshot.settings[locale].siteName
  const updated = new Date(ctx.articles[0]?.updatedAt ?? data.snapshot.generatedAt)
  const items = ctx.articles.map((article) => {
    const text = article[locale]!
    const link = url(articlePath(article, locale)!)
    const image = article.cover && (article.cover.sizes.card ?? article.cover)
    return { article, text, link, image: image ? url(image.path) : undefined }
  })

  if (feed.format === 'json') {
    // The `feed` package writes JSON Feed 1.0; 1.1 (authors, language) is plain data.
    return JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: ctx.title,
      home_page_url: url(ctx.homePath),
      feed_url: url(feed.path),
      description: ctx.description,
      language: LANGUAGE_TAG[locale],
      icon: url('/favicon.svg'),
      authors: [{ name: siteName, url: url(routes.home(locale)) }],
      items: items.map(({ article, text, link, image }) => ({
        id: link,
        url: link,
        title: text.title,
        summary: text.sapo,
        content_html: text.bodyHtml,
        image,
        date_published: article.publishedAt,
        date_modified: article.updatedAt,
        tags: article.tags.length ? article.tags : undefined,
        authors: article.author ? [{ name: article.author }] : undefined,
      })),
    })
  }

  const writer = new Feed({
    id: url(ctx.homePath),
    title: ctx.title,
    description: ctx.description,
    link: url(ctx.homePath),
    language: LANGUAGE_TAG[locale],
    updated,
    generator: false,
    copyright: siteName,
    favicon: url('/favicon.svg'),
    feedLinks: { [feed.format]: url(feed.path) },
    author: { name: siteName, link: url(routes.home(locale)) },
  })
  for (const { article, text, link, image } of items) {
    writer.addItem({
      id: link,
      link,
      title: text.title,
      description: text.sapo,
      content: text.bodyHtml,
      date: new Date(article.updatedAt),
      published: new Date(article.publishedAt),
      ...(article.author ? { author: [{ name: article.author }] } : {}),
      ...(image ? { image: { url: image, type: article.cover!.mimeType } } : {}),
      category: article.tags.map((name) => ({ name })),
    })
  }
  return feed.format === 'rss' ? writer.rss2() : writer.atom1()
}
