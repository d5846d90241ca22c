import AxeBuilder from '@axe-core/playwright'
import { routes } from '@cong/shared/routes'
import type { Locale } from '@cong/shared/snapshot'
import type { Page } from 'playwright-core'
import { describe, expect, it, vi } from 'vitest'
import { browserPage } from './browserPage'
import { ALBUM_IDS } from './fixtures/albums'
import { fixtureSnapshot } from './fixtures/snapshot'

const snapshot = fixtureSnapshot()
const album = (id: string) => snapshot.albums.find((a) => a.id === id)!
const albumPath = (id: string, locale: Locale = 'vi') => routes.album(locale, album(id).kind, album(id)[locale]!.slug)
const conference = album(ALBUM_IDS.conference)
const photos = conference.photos!

vi.setConfig({ testTimeout: 60_000 })

let page: Page
const { base } = browserPage(async (next) => {
  page = next
  // The embedded video's host is outside the test; its frame gets a refusal, never the network.
  await page.route(/youtube/, (route) => route.abort())
})

const go = (path: string) => page.goto(base + path, { waitUntil: 'load' })
const dialog = () => page.locator('dialog.lightbox')
const isOpen = () => dialog().evaluate((d: HTMLDialogElement) => d.open)
const counter = () => page.locator('[data-lightbox-counter]').textContent()
const shownAlt = () => page.locator('[data-lightbox-image]').getAttribute('alt')
const caption = () => page.locator('[data-lightbox-caption]').textContent()
const thumbnail = (i: number) => page.locator('a[data-lightbox-photo]').nth(i)
const focusInDialog = () => page.evaluate(() => !!document.activeElement?.closest('dialog.lightbox'))

async function severeViolations() {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('photo album lightbox', () => {
  it('opens on the chosen photo, moves with the arrow keys, Home and End, and gives focus back on Escape', async () => {
    await go(albumPath(ALBUM_IDS.conference))
    await thumbnail(1).focus()
    await page.keyboard.press('Enter')
    await expect.poll(isOpen).toBe(true)
    expect(await counter()).toBe(`2 / ${photos.length}`)
    expect(await shownAlt()).toBe(photos[1].alt.vi)
    expect(await caption()).toContain(photos[1].caption!.vi)
    expect(await caption()).toContain(`Ảnh: ${photos[1].credit}`)
    expect(await page.locator('[data-lightbox-caption]').getAttribute('aria-live')).toBe('polite')
    expect(await focusInDialog()).toBe(true)

    await page.keyboard.press('ArrowRight')
    expect(await counter()).toBe(`3 / ${photos.length}`)
    expect(await shownAlt()).toBe(photos[2].alt.vi)
    expect(await caption()).toContain(photos[2].caption!.vi)
    await page.keyboard.press('End')
    expect(await counter()).toBe(`${photos.length} / ${photos.length}`)
    expect(await shownAlt()).toBe(photos.at(-1)!.alt.vi)
    await page.keyboard.press('Home')
    expect(await counter()).toBe(`1 / ${photos.length}`)
    await page.keyboard.press('ArrowLeft')
    expect(await counter()).toBe(`${photos.length} / ${photos.length}`)

    await page.keyboard.press('Escape')
    await expect.poll(isOpen).toBe(false)
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('a[data-lightbox-photo]')[1])).toBe(true)
  })

  it('keeps Tab and Shift+Tab inside the dialog, and its buttons say what they do', async () => {
    await go(albumPath(ALBUM_IDS.conference))
    await thumbnail(0).click()
    await expect.poll(isOpen).toBe(true)
    const names = await dialog().getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))
    expect(names).toEqual(['Đóng', 'Ảnh trước', 'Ảnh sau'])
    const visited = new Set<string>()
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab')
      expect(await focusInDialog(), `Tab ${i + 1}`).toBe(true)
      visited.add(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
    }
    expect([...visited].sort()).toEqual(['Đóng', 'Ảnh sau', 'Ảnh trước'].sort())
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Shift+Tab')
      expect(await focusInDialog(), `Shift+Tab ${i + 1}`).toBe(true)
    }
  })

  it('moves with the visible buttons and closes with Đóng, focus back on the thumbnail', async () => {
    await go(albumPath(ALBUM_IDS.conference))
    await thumbnail(2).click()
    await dialog().getByRole('button', { name: 'Ảnh sau' }).click()
    expect(await counter()).toBe(`4 / ${photos.length}`)
    await dialog().getByRole('button', { name: 'Ảnh trước' }).click()
    await dialog().getByRole('button', { name: 'Ảnh trước' }).click()
    expect(await counter()).toBe(`2 / ${photos.length}`)
    await dialog().getByRole('button', { name: 'Đóng' }).click()
    await expect.poll(isOpen).toBe(false)
    expect(await page.evaluate(() => document.activeElement === document.querySelectorAll('a[data-lightbox-photo]')[2])).toBe(true)
  })

  it('turns with a sideways swipe on a touch screen, and not with a mouse drag', async () => {
    await go(albumPath(ALBUM_IDS.conference))
    await thumbnail(0).click()
    await expect.poll(isOpen).toBe(true)
    const swipe = (pointerType: string, from: number, to: number) =>
      page.locator('.lightbox__figure').evaluate(
        (figure, { pointerType, from, to }) => {
          figure.dispatchEvent(new PointerEvent('pointerdown', { pointerType, clientX: from, bubbles: true }))
          figure.dispatchEvent(new PointerEvent('pointerup', { pointerType, clientX: to, bubbles: true }))
        },
        { pointerType, from, to },
      )
    await swipe('touch', 300, 100)
    expect(await counter()).toBe(`2 / ${photos.length}`)
    await swipe('touch', 100, 300)
    expect(await counter()).toBe(`1 / ${photos.length}`)
    await swipe('touch', 300, 280)
    await swipe('mouse', 300, 100)
    expect(await counter()).toBe(`1 / ${photos.length}`)
  })

  it('speaks English on the English album, with the English alt and caption', async () => {
    await go(albumPath(ALBUM_IDS.conference, 'en'))
    await thumbnail(0).click()
    await expect.poll(isOpen).toBe(true)
    expect(await shownAlt()).toBe(photos[0].alt.en)
    expect(await caption()).toContain(photos[0].caption!.en)
    expect(await dialog().getByRole('button').evaluateAll((b) => b.map((x) => x.getAttribute('aria-label')))).toEqual([
      'Close',
      'Previous photo',
      'Next photo',
    ])
  })

  it('works as plain links without a script: each thumbnail leads to the full picture', async () => {
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: false })
    const bare = await context.newPage()
    await bare.goto(base + albumPath(ALBUM_IDS.conference))
    const href = await bare.locator('a[data-lightbox-photo]').nth(1).getAttribute('href')
    expect(href).toBe(photos[1].image.sizes.hero.path)
    const response = await bare.goto(base + href!)
    expect(response?.status()).toBe(200)
    expect(response?.headers()['content-type']).toContain('image/webp')
    await context.close()
  })

  it('loads the lightbox’s own script and nothing else: no island, no script file', async () => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await go(albumPath(ALBUM_IDS.conference))
    expect(scripts).toEqual([])
    const inline = await page.evaluate(() =>
      [...document.scripts].filter((s) => s.type !== 'application/ld+json').map((s) => ({ type: s.type, src: s.src, text: s.text })),
    )
    expect(inline).toHaveLength(1)
    expect(inline[0]).toMatchObject({ type: 'module', src: '' })
    expect(inline[0].text).toContain('data-lightbox')
    expect(await page.locator('astro-island').count()).toBe(0)
  })

  it('fetches the full pictures of the photo shown and its two neighbours only', async () => {
    await go(albumPath(ALBUM_IDS.conference))
    await page.waitForLoadState('networkidle')
    const fetched = new Set<string>()
    page.on('request', (request) => {
      if (request.resourceType() === 'image') fetched.add(new URL(request.url()).pathname)
    })
    await thumbnail(2).click()
    await expect.poll(isOpen).toBe(true)
    await page.waitForLoadState('networkidle')
    // At this width the lightbox draws the largest rendition; the grid never needs it.
    const full = (i: number) => photos[i].image.sizes.hero.path
    await expect.poll(() => [...fetched].filter((path) => path.endsWith('-1600.webp')).sort()).toEqual([full(1), full(2), full(3)].sort())
  })
})

describe('video and audio pages', () => {
  it('offers subtitles in both languages, the page’s language on by default, and the transcript', async () => {
    await go(albumPath(ALBUM_IDS.bulletin))
    const tracks = await page.locator('video track').evaluateAll((ts: HTMLTrackElement[]) =>
      ts.map((t) => ({ srclang: t.srclang, kind: t.kind, label: t.label, default: t.default })),
    )
    expect(tracks).toEqual([
      { srclang: 'vi', kind: 'subtitles', label: 'Tiếng Việt', default: true },
      { srclang: 'en', kind: 'subtitles', label: 'English', default: false },
    ])
    expect(await page.locator('video').getAttribute('preload')).toBe('none')
    expect(await page.locator('video').getAttribute('poster')).toBeTruthy()
    await expect.poll(() => page.getByRole('heading', { name: 'Bản ghi lời' }).isVisible()).toBe(true)
    expect(await page.locator('.transcript').textContent()).toContain('Mức đóng vẫn là 1% tiền lương tháng')
    // The tracks are served where the page says.
    for (const src of await page.locator('video track').evaluateAll((ts: HTMLTrackElement[]) => ts.map((t) => t.src))) {
      const response = await page.request.get(src)
      expect(response.status(), src).toBe(200)
      expect(await response.text()).toMatch(/^WEBVTT/)
    }

    await go(albumPath(ALBUM_IDS.bulletin, 'en'))
    expect(await page.locator('video track[default]').getAttribute('srclang')).toBe('en')
    expect(await page.locator('.transcript').textContent()).toContain('The contribution stays at 1% of the monthly wage.')
  })

  it('says the duration and describes the recording for search engines', async () => {
    await go(albumPath(ALBUM_IDS.interview))
    expect(await page.locator('.article__meta').textContent()).toContain('Thời lượng: 12:34')
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)
    expect(ld).toMatchObject({ '@type': 'AudioObject', duration: 'PT12M34S', name: album(ALBUM_IDS.interview).vi.title })
    expect(await page.locator('audio').getAttribute('preload')).toBe('none')
  })

  it('embeds a hosted video in a titled, lazy frame with a link to the host', async () => {
    await go(albumPath(ALBUM_IDS.embed))
    const frame = page.locator('.player iframe')
    expect(await frame.getAttribute('title')).toBe(`Video: ${album(ALBUM_IDS.embed).vi.title}`)
    expect(await frame.getAttribute('loading')).toBe('lazy')
    expect(await page.getByRole('link', { name: 'Xem trên YouTube' }).getAttribute('href')).toBe(album(ALBUM_IDS.embed).video!.embed!.pageUrl)
    expect(await page.locator('.article__meta').textContent()).toContain('Thời lượng: 1:02:03')
  })
})

describe('search', () => {
  it.each([
    ['a photo caption', 'không dùng tiền mặt', ALBUM_IDS.conference],
    ['a transcript', 'sàn giao dịch việc làm trực tuyến', ALBUM_IDS.interview],
    ['a description, typed without accents', 'nguon cung lao dong sau thang', ALBUM_IDS.interview],
  ])('finds an album by %s, as Đa phương tiện', async (_, query, id) => {
    await go(`${routes.search('vi')}?q=${encodeURIComponent(query)}`)
    await expect.poll(() => page.locator('.search__hit-title').allTextContents(), { timeout: 20_000 }).toContain(album(id).vi.title)
    await expect.poll(() => page.getByRole('checkbox', { name: /^Đa phương tiện/ }).count(), { timeout: 20_000 }).toBe(1)
  })
})

describe('the grid', () => {
  it('lists every item newest first and marks the current kind', async () => {
    await go(routes.multimedia('vi'))
    const newest = [...snapshot.albums].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
    expect(await page.locator('.album-card__title').allTextContents()).toEqual(newest.map((a) => a.vi.title))
    expect(await page.getByRole('navigation', { name: 'Loại nội dung đa phương tiện' }).getByRole('link').allTextContents()).toEqual([
      'Tất cả',
      'Ảnh',
      'Video',
      'Âm thanh',
    ])
    expect(await page.locator('.kind-tabs [aria-current=page]').textContent()).toBe('Tất cả')
    expect(await page.locator('.album-card--photo .album-card__amount').first().textContent()).toContain('5 ảnh')
    expect(await page.getByRole('navigation', { name: 'Điều hướng chính' }).locator('[aria-current=page]').textContent()).toContain(
      'Đa phương tiện',
    )

    await page.locator('.kind-tabs').getByRole('link', { name: 'Video' }).click()
    await page.waitForURL(base + routes.multimedia('vi', 'video'))
    expect(await page.locator('.kind-tabs [aria-current=page]').textContent()).toBe('Video')
    const amounts = await page.locator('.album-card__amount').allTextContents()
    expect(amounts.map((a) => a.replace(/\s+/g, ' ').trim())).toEqual(['Thời lượng: 3:05', 'Thời lượng: 1:02:03'])
  })
})

describe('accessibility (axe)', () => {
  it.each([
    ['multimedia list', routes.multimedia('vi')],
    ['English multimedia list', routes.multimedia('en')],
    ['photo album', albumPath(ALBUM_IDS.conference)],
    ['video', albumPath(ALBUM_IDS.bulletin)],
    ['embedded video', albumPath(ALBUM_IDS.embed)],
    ['audio', albumPath(ALBUM_IDS.interview)],
    ['article with an album and a video', routes.article('vi', snapshot.articles.find((a) => a.id === 'a02')!.vi.slug)],
  ])('%s has no serious or critical violations', async (_, path) => {
    await go(path)
    expect(await severeViolations()).toEqual([])
  })

  it('photo album with the lightbox open has no serious or critical violations', async () => {
    await go(albumPath(ALBUM_IDS.conference))
    await thumbnail(1).click()
    await expect.poll(isOpen).toBe(true)
    expect(await severeViolations()).toEqual([])
  })
})
