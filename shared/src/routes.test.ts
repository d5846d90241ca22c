import { describe, expect, it } from 'vitest'
import {
  absoluteUrl,
  indexListings,
  LISTING_PAGE_SIZE,
  pageCount,
  routes,
  siteFeeds,
  sitePages,
  switchTarget,
} from './routes'
import type { AlbumKind, Snapshot, SnapshotAlbum, SnapshotArticle, SnapshotSection } from './snapshot'

describe('route builders', () => {
  it.each([
    [routes.home('vi'), '/'],
    [routes.home('en'), '/en/'],
    [routes.section('vi', 'tin-tuc'), '/chuyen-muc/tin-tuc/'],
    [routes.section('vi', 'tin-tuc', 1), '/chuyen-muc/tin-tuc/'],
    [routes.section('vi', 'tin-tuc', 2), '/chuyen-muc/tin-tuc/trang/2/'],
    [routes.section('en', 'tin-tuc'), '/en/sections/tin-tuc/'],
    [routes.section('en', 'tin-tuc', 3), '/en/sections/tin-tuc/page/3/'],
    [routes.topic('vi', 'bo-luat-lao-dong-2019'), '/chuyen-de/bo-luat-lao-dong-2019/'],
    [routes.topic('vi', 'bo-luat', 2), '/chuyen-de/bo-luat/trang/2/'],
    [routes.topic('en', 'labour-code'), '/en/topics/labour-code/'],
    [routes.article('vi', 'hoi-nghi'), '/bai-viet/hoi-nghi/'],
    [routes.article('en', 'conference'), '/en/articles/conference/'],
    [routes.organisation('vi'), '/co-cau-to-chuc/'],
    [routes.organisation('en'), '/en/organisation/'],
    [routes.unit('vi', 'vu-phap-che'), '/co-cau-to-chuc/vu-phap-che/'],
    [routes.unit('en', 'vu-phap-che'), '/en/organisation/vu-phap-che/'],
    [routes.page('vi', 'gioi-thieu'), '/trang/gioi-thieu/'],
    [routes.page('en', 'gioi-thieu'), '/en/pages/gioi-thieu/'],
    [routes.search('vi'), '/tim-kiem/'],
    [routes.search('en'), '/en/search/'],
    [routes.legalDocuments('vi'), '/van-ban/'],
    [routes.legalDocuments('vi', 2), '/van-ban/trang/2/'],
    [routes.legalDocuments('en', 2), '/en/legal-documents/page/2/'],
    [routes.legalDocument('vi', '14-2017-nd-cp'), '/van-ban/14-2017-nd-cp/'],
    [routes.legalDocument('en', '14-2017-nd-cp'), '/en/legal-documents/14-2017-nd-cp/'],
    [routes.drafts('vi'), '/du-thao/'],
    [routes.drafts('en'), '/en/drafts/'],
    [routes.draft('vi', 'du-thao-nghi-dinh'), '/du-thao/du-thao-nghi-dinh/'],
    [routes.draft('en', 'du-thao-nghi-dinh'), '/en/drafts/du-thao-nghi-dinh/'],
    [routes.feed('vi', 'rss'), '/rss.xml'],
    [routes.feed('vi', 'atom'), '/atom.xml'],
    [routes.feed('vi', 'json'), '/feed.json'],
    [routes.feed('en', 'rss'), '/en/rss.xml'],
    [routes.feed('en', 'json'), '/en/feed.json'],
    [routes.feed('vi', 'rss', 'tin-tuc'), '/chuyen-muc/tin-tuc/rss.xml'],
    [routes.feed('en', 'atom', 'tin-tuc'), '/en/sections/tin-tuc/atom.xml'],
    [routes.multimedia('vi'), '/da-phuong-tien/'],
    [routes.multimedia('vi', 'photo'), '/da-phuong-tien/anh/'],
    [routes.multimedia('vi', 'audio', 2), '/da-phuong-tien/am-thanh/trang/2/'],
    [routes.multimedia('en'), '/en/multimedia/'],
    [routes.multimedia('en', 'video', 3), '/en/multimedia/videos/page/3/'],
    [routes.album('vi', 'photo', 'hoi-nghi'), '/da-phuong-tien/anh/hoi-nghi/'],
    [routes.album('vi', 'video', 'ban-tin'), '/da-phuong-tien/video/ban-tin/'],
    [routes.album('en', 'audio', 'interview'), '/en/multimedia/audio/interview/'],
    [routes.sitemap(), '/sitemap.xml'],
    [routes.robots(), '/robots.txt'],
    [routes.notFound(), '/404.html'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected)
  })

  it.each([0, -1, 1.5])('refuses listing page %s', (page) => {
    expect(() => routes.section('vi', 'x', page)).toThrow(RangeError)
  })

  it('escapes characters that are not safe in a path segment', () => {
    expect(routes.article('vi', 'a b?c')).toBe('/bai-viet/a%20b%3Fc/')
  })
})

describe('path helpers', () => {
  it.each([
    ['https://cong.gov.vn', '/tim-kiem/', 'https://cong.gov.vn/tim-kiem/'],
    ['https://cong.gov.vn/', '/tim-kiem/', 'https://cong.gov.vn/tim-kiem/'],
    ['https://bo.gov.vn/cong/', '/en/', 'https://bo.gov.vn/cong/en/'],
  ])('absoluteUrl(%s, %s)', (base, path, expected) => {
    expect(absoluteUrl(base, path)).toBe(expected)
  })

  it.each([
    [0, 1],
    [1, 1],
    [LISTING_PAGE_SIZE, 1],
    [LISTING_PAGE_SIZE + 1, 2],
    [LISTING_PAGE_SIZE * 3, 3],
  ])('pageCount(%i) = %i', (items, pages) => {
    expect(pageCount(items)).toBe(pages)
  })

  it.each([
    [{ locale: 'vi', alternate: '/en/articles/x/' }, '/en/articles/x/'],
    [{ locale: 'vi' }, '/en/'],
    [{ locale: 'en' }, '/'],
  ] as const)('switchTarget(%o) = %s', (page, target) => {
    expect(switchTarget(page)).toBe(target)
  })
})

const section = (id: string, over: Partial<SnapshotSection> = {}): SnapshotSection => ({
  id,
  slug: id,
  kind: 'section',
  order: 0,
  showOnHome: true,
  vi: { title: `Mục ${id}` },
  ...over,
})

const article = (id: string, sectionIds: string[], publishedAt: string, en = false): SnapshotArticle => ({
  id,
  sectionIds,
  publishedAt,
  updatedAt: publishedAt,
  featured: false,
  origin: 'own',
  tags: [],
  relatedIds: [],
  viewCount: 0,
  vi: { title: `Bài ${id}`, slug: `bai-${id}`, sapo: '', bodyHtml: '' },
  ...(en ? { en: { title: `Article ${id}`, slug: `article-${id}`, sapo: '', bodyHtml: '' } } : {}),
})

const snapshot = (over: Partial<Snapshot>): Snapshot => ({
  version: 1,
  generatedAt: '2025-01-01T00:00:00Z',
  siteUrl: 'https://cong.example',
  cmsPublicUrl: 'https://cms.cong.example',
  settings: { vi: { siteName: 'Cổng' }, en: { siteName: 'Portal' }, quickLinks: [] },
  sections: [],
  units: [],
  articles: [],
  pages: [],
  legalDocuments: [],
  drafts: [],
  questions: [],
  albums: [],
  files: [],
  ...over,
})

describe('indexListings', () => {
  const snap = snapshot({
    sections: [
      section('news', { en: { title: 'News' } }),
      section('local', { parentId: 'news' }),
      section('loop-a', { parentId: 'loop-b' }),
      section('loop-b', { parentId: 'loop-a' }),
    ],
    articles: [
      article('old', ['news'], '2024-01-01T00:00:00Z', true),
      article('new', ['local'], '2024-03-01T00:00:00Z'),
      article('mid', ['news', 'local'], '2024-02-01T00:00:00Z', true),
      article('looped', ['loop-a'], '2024-02-01T00:00:00Z'),
    ],
  })
  const listings = indexListings(snap)

  it.each([
    ['news', 'vi', ['new', 'mid', 'old']],
    ['news', 'en', ['mid', 'old']],
    ['local', 'vi', ['new', 'mid']],
    ['local', 'en', ['mid']],
    ['loop-b', 'vi', ['looped']],
    ['missing', 'vi', []],
  ] as const)('%s in %s lists %o, newest first, each once', (sectionId, locale, ids) => {
    expect(listings(sectionId, locale).map((a) => a.id)).toEqual(ids)
  })
})

describe('sitePages', () => {
  const many = Array.from({ length: LISTING_PAGE_SIZE + 1 }, (_, i) =>
    article(`a${i}`, ['news'], `2024-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`, i < 2),
  )
  const snap = snapshot({
    sections: [section('news', { en: { title: 'News' } }), section('law', { kind: 'topic' })],
    articles: many,
    units: [
      {
        id: 'u1',
        slug: 'bo',
        kind: 'ministry',
        order: 0,
        leaders: [],
        vi: { name: 'Bộ' },
        en: { name: 'Ministry' },
      },
      { id: 'u2', slug: 'vu', parentId: 'u1', kind: 'department', order: 0, leaders: [], vi: { name: 'Vụ' } },
    ],
    pages: [
      {
        id: 'p1',
        slug: 'gioi-thieu',
        kind: 'about',
        updatedAt: '',
        vi: { title: 'Giới thiệu', bodyHtml: '' },
      },
    ],
  })
  const pages = sitePages(snap)
  const byPath = new Map(pages.map((p) => [p.path, p]))

  it('lists every path once', () => {
    expect(byPath.size).toBe(pages.length)
  })

  it.each([
    ['/', '/en/'],
    ['/en/', '/'],
    ['/chuyen-muc/news/', '/en/sections/news/'],
    ['/en/sections/news/', '/chuyen-muc/news/'],
    ['/chuyen-muc/news/trang/2/', undefined],
    ['/chuyen-de/law/', undefined],
    ['/bai-viet/bai-a0/', '/en/articles/article-a0/'],
    ['/en/articles/article-a1/', '/bai-viet/bai-a1/'],
    ['/bai-viet/bai-a5/', undefined],
    ['/co-cau-to-chuc/', '/en/organisation/'],
    ['/co-cau-to-chuc/bo/', '/en/organisation/bo/'],
    ['/co-cau-to-chuc/vu/', undefined],
    ['/trang/gioi-thieu/', undefined],
    ['/tim-kiem/', '/en/search/'],
  ])('%s exists with alternate %s', (path, alternate) => {
    expect(byPath.get(path)?.alternate).toBe(alternate)
  })

  it.each([
    '/en/sections/news/page/2/',
    '/en/topics/law/',
    '/en/articles/article-a5/',
    '/en/organisation/vu/',
    '/en/pages/gioi-thieu/',
  ])('has no %s (no English text)', (path) => {
    expect(byPath.has(path)).toBe(false)
  })

  it('paginates listings and tells each page the total', () => {
    expect(byPath.get('/chuyen-muc/news/trang/2/')).toMatchObject({ view: 'listing', page: 2, pageCount: 2 })
    expect(byPath.get('/en/sections/news/')).toMatchObject({ page: 1, pageCount: 1 })
    expect(byPath.get('/chuyen-de/law/')).toMatchObject({ view: 'listing', sectionId: 'law', pageCount: 1 })
  })

  it('links pairs both ways', () => {
    for (const page of pages) {
      if (page.alternate) expect(byPath.get(page.alternate)?.alternate).toBe(page.path)
    }
  })
})

const album = (id: string, kind: AlbumKind, publishedAt: string, en = false): SnapshotAlbum => ({
  id,
  kind,
  sectionIds: [],
  publishedAt,
  updatedAt: publishedAt,
  ...(kind === 'audio' ? { audio: { file: { path: `/media/av/${id}.mp3`, mimeType: 'audio/mpeg', bytes: 1 } } } : {}),
  vi: { title: `Album ${id}`, slug: `album-${id}` },
  ...(en ? { en: { title: `Album ${id} (en)`, slug: `en-album-${id}` } } : {}),
})

describe('sitePages for Đa phương tiện', () => {
  // 13 photo albums (two with English), one video, no audio.
  const photos = Array.from({ length: LISTING_PAGE_SIZE + 1 }, (_, i) =>
    album(`p${i}`, 'photo', `2025-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`, i < 2),
  )
  const snap = snapshot({ albums: [...photos, album('v1', 'video', '2025-03-01T00:00:00Z')] })
  const pages = sitePages(snap)
  const byPath = new Map(pages.map((p) => [p.path, p]))

  it.each([
    ['/da-phuong-tien/', '/en/multimedia/'],
    ['/en/multimedia/', '/da-phuong-tien/'],
    ['/da-phuong-tien/trang/2/', undefined],
    ['/da-phuong-tien/anh/', '/en/multimedia/photos/'],
    ['/da-phuong-tien/anh/trang/2/', undefined],
    ['/da-phuong-tien/video/', undefined],
    ['/da-phuong-tien/anh/album-p0/', '/en/multimedia/photos/en-album-p0/'],
    ['/en/multimedia/photos/en-album-p1/', '/da-phuong-tien/anh/album-p1/'],
    ['/da-phuong-tien/anh/album-p5/', undefined],
    ['/da-phuong-tien/video/album-v1/', undefined],
  ])('%s exists with alternate %s', (path, alternate) => {
    expect(byPath.get(path)?.alternate).toBe(alternate)
  })

  it.each([
    '/da-phuong-tien/am-thanh/',
    '/en/multimedia/audio/',
    '/en/multimedia/videos/',
    '/en/multimedia/page/2/',
    '/en/multimedia/photos/album-p5/',
    '/en/multimedia/videos/album-v1/',
  ])('has no %s (nothing to show there)', (path) => {
    expect(byPath.has(path)).toBe(false)
  })

  it('pages the lists by LISTING_PAGE_SIZE and tells each page its kind and total', () => {
    expect(byPath.get('/da-phuong-tien/')).toMatchObject({ view: 'album-list', page: 1, pageCount: 2 })
    expect(byPath.get('/da-phuong-tien/')).not.toHaveProperty('kind')
    expect(byPath.get('/da-phuong-tien/anh/trang/2/')).toMatchObject({ view: 'album-list', kind: 'photo', page: 2, pageCount: 2 })
    expect(byPath.get('/da-phuong-tien/video/')).toMatchObject({ kind: 'video', pageCount: 1 })
    expect(byPath.get('/en/multimedia/photos/')).toMatchObject({ kind: 'photo', pageCount: 1 })
    expect(byPath.get('/da-phuong-tien/video/album-v1/')).toMatchObject({ view: 'album', albumId: 'v1' })
  })

  it('keeps the Vietnamese grid when there is no album at all, and no English one', () => {
    const empty = new Map(sitePages(snapshot({})).map((p) => [p.path, p]))
    expect(empty.get('/da-phuong-tien/')).toMatchObject({ view: 'album-list', pageCount: 1 })
    expect([...empty.keys()].filter((p) => p.startsWith('/en/multimedia') || p.startsWith('/da-phuong-tien/anh'))).toEqual([])
  })

  it('links pairs both ways and lists every path once', () => {
    expect(byPath.size).toBe(pages.length)
    for (const page of pages) {
      if (page.alternate) expect(byPath.get(page.alternate)?.alternate).toBe(page.path)
    }
  })
})

describe('siteFeeds', () => {
  const snap = snapshot({
    sections: [
      section('news', { en: { title: 'News' } }),
      section('local'),
      section('law', { kind: 'topic' }),
    ],
  })

  it('has site feeds in both languages and section feeds where the section has the language', () => {
    expect(siteFeeds(snap).map((f) => f.path)).toEqual([
      '/rss.xml',
      '/atom.xml',
      '/feed.json',
      '/chuyen-muc/news/rss.xml',
      '/chuyen-muc/news/atom.xml',
      '/chuyen-muc/local/rss.xml',
      '/chuyen-muc/local/atom.xml',
      '/en/rss.xml',
      '/en/atom.xml',
      '/en/feed.json',
      '/en/sections/news/rss.xml',
      '/en/sections/news/atom.xml',
    ])
  })
})
