import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { routes, siteFeeds, sitePages } from '@cong/shared/routes'
import { sitemapShards } from '@cong/shared/sitemapShards'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { parse, type HTMLElement } from 'node-html-parser'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { readSitemap } from './builtPages'
import { fixtureSnapshot } from './fixtures/snapshot'

const outDir = inject('outDir')
const snapshot = fixtureSnapshot()
const pages = sitePages(snapshot)
// The fixture is built without SITE_URL, so canonical URLs use the snapshot's siteUrl.
const SITE = snapshot.siteUrl
const abs = (path: string) => SITE + path

const fileOf = (path: string) => join(outDir, path.endsWith('/') ? `${path}index.html` : path)
const read = (path: string) => readFile(fileOf(path), 'utf8')
const html = async (path: string) => parse(await read(path))
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' })
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x])

function hreflangs(doc: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    doc
      .querySelectorAll('link[rel=alternate][hreflang]')
      .map((l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]),
  )
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true })
  return entries.filter((f) => f.endsWith('.html')).map((f) => `/${f}`)
}

describe('pages', () => {
  it('writes every page of the snapshot, in both languages', async () => {
    expect(pages.length).toBeGreaterThan(50)
    for (const page of pages) await expect(stat(fileOf(page.path)), page.path).resolves.toBeTruthy()
  })

  it('writes only the pages shared/routes lists, plus 404.html', async () => {
    const expected = new Set([...pages.map((p) => `${p.path}index.html`), routes.notFound()])
    expect(new Set(await htmlFiles(outDir))).toEqual(expected)
  })

  it('has a 404 page in Vietnamese and English that search engines skip', async () => {
    const doc = await html(routes.notFound())
    expect(doc.querySelector('h1')?.text).toBe('Không tìm thấy trang')
    expect(doc.querySelector('[lang=en] h2')?.text).toBe('Page not found')
    expect(doc.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex')
  })

  it('ships JavaScript only where readers interact: search, finders, the comment, question and lookup forms, the lightbox', async () => {
    const takesComments = new Set(
      snapshot.drafts.filter((d) => d.status === 'open' || d.status === 'upcoming').map((d) => d.id),
    )
    const interactive = new Set(
      pages
        .filter(
          (p) =>
            ['search', 'legal-list', 'question-list', 'ask', 'track'].includes(p.view) ||
            (p.view === 'draft' && takesComments.has(p.draftId)) ||
            (p.view === 'album' && snapshot.albums.find((a) => a.id === p.albumId)!.kind === 'photo'),
        )
        .map((p) => `${p.path}index.html`),
    )
    expect(interactive.size).toBeGreaterThan(4)
    for (const file of await htmlFiles(outDir)) {
      // Structured data (schema.org JSON-LD) is a <script> that never runs.
      const scripts = (await readFile(join(outDir, file), 'utf8')).match(/<script\b(?![^>]*application\/ld\+json)/g) ?? []
      if (interactive.has(file)) expect(scripts.length, file).toBeGreaterThan(0)
      else expect(scripts, file).toEqual([])
    }
  })

  it('loads nothing from other hosts except the view counter on the CMS', async () => {
    for (const file of await htmlFiles(outDir)) {
      const doc = parse(await readFile(join(outDir, file), 'utf8'))
      const resources = [
        ...doc.querySelectorAll('img, script[src]').map((e) => e.getAttribute('src')!),
        ...doc.querySelectorAll('link[rel=stylesheet], link[rel=icon]').map((e) => e.getAttribute('href')!),
        ...doc.querySelectorAll('img[srcset]').flatMap((e) =>
          e
            .getAttribute('srcset')!
            .split(',')
            .map((s) => s.trim().split(' ')[0]),
        ),
      ]
      for (const src of resources) {
        const external = !src.startsWith('/') || src.startsWith('//')
        if (external) expect(src, file).toMatch(new RegExp(`^${snapshot.cmsPublicUrl}/api/views/`))
      }
    }
  })

  it('keeps an article page (HTML + CSS, gzipped) under 30 KB', async () => {
    const path = routes.article('vi', snapshot.articles[0].vi.slug)
    const page = await read(path)
    const css = await Promise.all(
      [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFile(join(outDir, m[1]))),
    )
    const bytes = [Buffer.from(page), ...css].reduce((sum, b) => sum + gzipSync(b).length, 0)
    expect(bytes).toBeLessThan(30 * 1024)
  })
})

describe('article page', () => {
  const republished = snapshot.articles.find((a) => a.origin === 'republished')!
  let doc: HTMLElement
  beforeAll(async () => {
    doc = await html(routes.article('vi', republished.vi.slug))
  })

  it('carries Open Graph and Twitter metadata with absolute URLs', () => {
    const meta = (p: string) =>
      doc.querySelector(`meta[property="${p}"], meta[name="${p}"]`)?.getAttribute('content')
    expect(meta('og:title')).toBe(republished.vi.title)
    expect(meta('og:type')).toBe('article')
    expect(meta('og:url')).toBe(abs(routes.article('vi', republished.vi.slug)))
    expect(meta('og:image')).toBe(abs(republished.cover!.sizes.hero.path))
    expect(meta('twitter:card')).toBe('summary_large_image')
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(meta('og:url'))
  })

  it('names the source, links it and states the permission', () => {
    const notice = doc.querySelector('.republished')!
    expect(notice.querySelector('a')?.getAttribute('href')).toBe(republished.source!.url)
    expect(notice.text).toContain(republished.source!.name)
    expect(notice.text).toContain(republished.source!.permission!)
  })

  it('shows the view count and counts the view with an image, not a script', () => {
    expect(doc.querySelector('.article__meta')?.text).toContain(
      `Lượt xem: ${republished.viewCount.toLocaleString('vi-VN')}`,
    )
    const counter = doc.querySelector('img.view-counter')!
    expect(counter.getAttribute('src')).toBe(`${snapshot.cmsPublicUrl}/api/views/${republished.id}`)
    expect(counter.getAttribute('alt')).toBe('')
  })

  it('offers a responsive cover with every rendition', () => {
    const img = doc.querySelector('.article__cover img')!
    const srcset = img.getAttribute('srcset')!
    for (const size of Object.values(republished.cover!.sizes))
      expect(srcset).toContain(`${size.path} ${size.width}w`)
  })

  it('marks the text for Pagefind with its title, filters and date', () => {
    expect(doc.querySelector('[data-pagefind-body]')).toBeTruthy()
    expect(doc.querySelector('[data-pagefind-meta=title]')?.text).toBe(republished.vi.title)
    const filters = doc
      .querySelectorAll('meta[data-pagefind-filter]')
      .map((m) => `${m.getAttribute('data-pagefind-filter')}=${m.getAttribute('content')}`)
    expect(filters).toEqual([
      'section[content]=Tin tức – Sự kiện',
      'type[content]=Tin bài',
      'unit[content]=Trung tâm Thông tin',
      'year[content]=2025',
    ])
    expect(doc.querySelector('meta[data-pagefind-sort]')?.getAttribute('content')).toBe('2025-06-16')
  })

  it('shares through plain links', () => {
    const links = doc.querySelectorAll('.share a').map((a) => a.getAttribute('href')!)
    expect(links.map((l) => new URL(l).protocol === 'mailto:' || new URL(l).hostname)).toEqual([
      'www.facebook.com',
      'sp.zalo.me',
      'x.com',
      true,
    ])
    for (const link of links)
      expect(link).toContain(encodeURIComponent(abs(routes.article('vi', republished.vi.slug))))
  })
})

describe('language versions', () => {
  it('links every page pair with hreflang in both directions, x-default to Vietnamese', async () => {
    const paired = pages.filter((p) => p.alternate)
    expect(paired.length).toBeGreaterThan(20)
    for (const page of paired) {
      const mine = hreflangs(await html(page.path))
      const theirs = hreflangs(await html(page.alternate!))
      const [vi, en] = page.locale === 'vi' ? [page.path, page.alternate!] : [page.alternate!, page.path]
      const expected = { vi: abs(vi), en: abs(en), 'x-default': abs(vi) }
      expect(mine, page.path).toEqual(expected)
      expect(theirs, page.alternate).toEqual(expected)
    }
  })

  it('has no hreflang on pages that exist in one language only', async () => {
    for (const page of pages.filter((p) => !p.alternate)) {
      expect(hreflangs(await html(page.path)), page.path).toEqual({})
    }
  })

  it('declares the language of each page', async () => {
    for (const page of pages) {
      const doc = await html(page.path)
      expect(doc.querySelector('html')?.getAttribute('lang'), page.path).toBe(page.locale)
    }
  })
})

describe('feeds, sitemap and robots.txt', () => {
  const feeds = siteFeeds(snapshot)

  it.each(feeds.filter((f) => f.format !== 'json').map((f) => [f.path, f] as const))(
    '%s is valid XML with items',
    async (_, feed) => {
      const text = await read(feed.path)
      expect(XMLValidator.validate(text)).toBe(true)
      const doc = xml.parse(text)
      const items = feed.format === 'rss' ? asArray(doc.rss.channel.item) : asArray(doc.feed.entry)
      expect(items.length).toBeGreaterThan(0)
      type AtomLink = { '@href': string; '@rel'?: string }
      const links: string[] = items.map((i: { link: string | AtomLink | AtomLink[] }) =>
        typeof i.link === 'string'
          ? i.link
          : asArray(i.link).find((l) => !l['@rel'] || l['@rel'] === 'alternate')!['@href'],
      )
      const pagePaths = new Set(
        pages.filter((p) => p.view === 'article' && p.locale === feed.locale).map((p) => abs(p.path)),
      )
      for (const link of links) expect(pagePaths, link).toContain(link)
    },
  )

  it.each([routes.feed('vi', 'json'), routes.feed('en', 'json')])('%s is a JSON Feed 1.1', async (path) => {
    const feed = JSON.parse(await read(path))
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.feed_url).toBe(abs(path))
    expect(feed.items.length).toBeGreaterThan(0)
    for (const item of feed.items)
      expect(item).toMatchObject({ id: expect.any(String), url: item.id, title: expect.any(String) })
  })

  it('lists every page in the sitemap with its language alternates', async () => {
    const { index, shardTexts, shardPaths, entries: urls } = await readSitemap()
    for (const text of [index, ...shardTexts]) expect(XMLValidator.validate(text)).toBe(true)
    expect(shardPaths).toEqual(sitemapShards(snapshot).map((s) => s.path))
    expect(shardPaths).toContain('/sitemaps/vi-pages.xml')
    expect(urls.map((u) => u.loc).sort()).toEqual(pages.map((p) => abs(p.path)).sort())
    const home = urls.find((u) => u.loc === abs('/'))!
    expect(home['xhtml:link']?.map((l) => l['@href'])).toEqual([abs('/'), abs('/en/')])
  })

  it('points robots.txt at the sitemap', async () => {
    expect(await read(routes.robots())).toContain(`Sitemap: ${abs(routes.sitemap())}`)
  })
})
