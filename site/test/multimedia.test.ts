import { routes } from '@cong/shared/routes'
import { describe, expect, it } from 'vitest'
import { htmlOf, readSitemap } from './builtPages'
import { ALBUM_IDS } from './fixtures/albums'
import { fixtureSnapshot } from './fixtures/snapshot'

/** The album pages' HTML as built, read without a browser. */

const snapshot = fixtureSnapshot()
const album = (id: string) => snapshot.albums.find((a) => a.id === id)!
const pathOf = (id: string, locale: 'vi' | 'en' = 'vi') => routes.album(locale, album(id).kind, album(id)[locale]!.slug)
const meta = (doc: Awaited<ReturnType<typeof htmlOf>>, attr: string) =>
  doc.querySelectorAll(`meta[${attr}]`).map((m) => `${m.getAttribute(attr)}=${m.getAttribute('content')}`)

describe('album pages', () => {
  it('are in the sitemap with their last change, paired with their English page', async () => {
    const urls = (await readSitemap()).entries
    const entry = urls.find((u) => u.loc === snapshot.siteUrl + pathOf(ALBUM_IDS.bulletin))!
    expect(entry.lastmod).toBe(album(ALBUM_IDS.bulletin).updatedAt)
    expect(entry['xhtml:link']?.map((l) => l['@href'])).toEqual([
      snapshot.siteUrl + pathOf(ALBUM_IDS.bulletin),
      snapshot.siteUrl + pathOf(ALBUM_IDS.bulletin, 'en'),
    ])
    expect(urls.some((u) => u.loc === snapshot.siteUrl + routes.multimedia('vi', 'audio'))).toBe(true)
  })

  it('file a photo album for search as Đa phương tiện, with its section, unit, year and picture', async () => {
    const doc = await htmlOf(pathOf(ALBUM_IDS.conference))
    expect(meta(doc, 'data-pagefind-filter')).toEqual([
      'section[content]=Tin tức – Sự kiện',
      'type[content]=Đa phương tiện',
      'unit[content]=Văn phòng Bộ',
      'year[content]=2025',
    ])
    expect(doc.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      snapshot.siteUrl + album(ALBUM_IDS.conference).cover!.sizes.hero.path,
    )
    // Captions are part of the indexed body, not only of the lightbox's data.
    const body = doc.querySelector('[data-pagefind-body]')!
    for (const photo of album(ALBUM_IDS.conference).photos!) expect(body.text).toContain(photo.caption!.vi)
  })

  it('gives a video file a poster, a download for old browsers and the tracks; an embed its host frame', async () => {
    const video = await htmlOf(pathOf(ALBUM_IDS.bulletin))
    const player = video.querySelector('.player video')!
    expect(player.getAttribute('poster')).toBe(album(ALBUM_IDS.bulletin).video!.poster!.sizes.hero.path)
    expect(player.querySelector('source')?.getAttribute('type')).toBe('video/mp4')
    expect(player.querySelector('a')?.text).toBe('Tải video (21 KB)')
    expect(player.querySelectorAll('track').map((t) => t.getAttribute('src'))).toEqual([
      '/media/av/ban-tin-bao-hiem.vi.vtt',
      '/media/av/ban-tin-bao-hiem.en.vtt',
    ])
    const ld = JSON.parse(video.querySelector('script[type="application/ld+json"]')!.text)
    expect(ld).toMatchObject({
      '@type': 'VideoObject',
      duration: 'PT3M5S',
      contentUrl: snapshot.siteUrl + '/media/av/ban-tin-bao-hiem.mp4',
      uploadDate: album(ALBUM_IDS.bulletin).publishedAt,
    })

    const embed = await htmlOf(pathOf(ALBUM_IDS.embed))
    const frame = embed.querySelector('.player iframe')!
    expect(frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ')
    expect(frame.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin')
    expect(JSON.parse(embed.querySelector('script[type="application/ld+json"]')!.text)).toMatchObject({
      embedUrl: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ',
      duration: 'PT1H2M3S',
    })
  })

  it('offers a kind’s tab only where that kind has a page, and marks the one shown', async () => {
    const en = await htmlOf(routes.multimedia('en'))
    expect(en.querySelectorAll('.kind-tabs a').map((a) => a.getAttribute('href'))).toEqual([
      routes.multimedia('en'),
      routes.multimedia('en', 'photo'),
      routes.multimedia('en', 'video'),
      routes.multimedia('en', 'audio'),
    ])
    const vi = await htmlOf(routes.multimedia('vi', 'photo'))
    expect(vi.querySelector('.kind-tabs [aria-current=page]')?.getAttribute('href')).toBe(routes.multimedia('vi', 'photo'))
  })

  it('shows the Vietnamese transcript, marked as Vietnamese, on an English page whose transcript is not translated yet', async () => {
    const doc = await htmlOf(pathOf(ALBUM_IDS.interview, 'en'))
    expect(doc.querySelector('.transcript h2')?.text).toBe('Transcript')
    const text = doc.querySelector('.transcript__text')!
    expect(text.getAttribute('lang')).toBe('vi')
    expect(text.innerHTML).toBe(album(ALBUM_IDS.interview).vi.transcriptHtml)
    const translated = (await htmlOf(pathOf(ALBUM_IDS.bulletin, 'en'))).querySelector('.transcript__text')!
    expect(translated.getAttribute('lang')).toBeUndefined()
    expect(translated.innerHTML).toBe(album(ALBUM_IDS.bulletin).en!.transcriptHtml)
  })

  it('shows the newest items on the home page, only the translated ones on the English home', async () => {
    const newest = [...snapshot.albums].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    const titles = async (path: string) =>
      (await htmlOf(path)).querySelectorAll('.band--media .album-card__title').map((t) => t.text.trim())
    expect(await titles(routes.home('vi'))).toEqual(newest.slice(0, 4).map((a) => a.vi.title))
    expect(await titles(routes.home('en'))).toEqual(newest.filter((a) => a.en).map((a) => a.en!.title))
  })
})
