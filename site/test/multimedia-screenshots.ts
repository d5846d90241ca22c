import { routes } from '@cong/shared/routes'
import type { Page } from 'playwright-core'
import { ALBUM_IDS } from './fixtures/albums'
import { fixtureSnapshot } from './fixtures/snapshot'
import { screenshotRun } from './shots'

/**
 * `tsx test/multimedia-screenshots.ts [dir] [base-url]`: Đa phương tiện for design review, desktop
 * and phone widths: the home page's strip, the grid, a kind's tab, a photo album with and without the lightbox open, a
 * video, an embedded video, a recording, and an article embedding an album and a video.
 */
const snapshot = fixtureSnapshot()
const album = (id: string) => snapshot.albums.find((a) => a.id === id)!
const path = (id: string, locale: 'vi' | 'en' = 'vi') => routes.album(locale, album(id).kind, album(id)[locale]!.slug)
const withEmbeds = snapshot.articles.find((a) => a.id === 'a02')!
// The fixture's YouTube embed must not reach the network; the frame shows its own error instead.
const offline = (page: Page) => page.route(/youtube/, (route) => route.abort())

const scenes: Record<string, (page: Page, base: string) => Promise<void>> = {
  home: (page, base) => page.goto(base + routes.home('vi'), { waitUntil: 'networkidle' }).then(() => {}),
  list: (page, base) => page.goto(base + routes.multimedia('vi'), { waitUntil: 'networkidle' }).then(() => {}),
  'list-en': (page, base) => page.goto(base + routes.multimedia('en'), { waitUntil: 'networkidle' }).then(() => {}),
  'list-photos': (page, base) => page.goto(base + routes.multimedia('vi', 'photo'), { waitUntil: 'networkidle' }).then(() => {}),
  album: (page, base) => page.goto(base + path(ALBUM_IDS.conference), { waitUntil: 'networkidle' }).then(() => {}),
  'album-lightbox': async (page, base) => {
    await page.goto(base + path(ALBUM_IDS.conference), { waitUntil: 'networkidle' })
    await page.locator('a[data-lightbox-photo]').nth(1).click()
    await page.locator('dialog[open] .lightbox__image').waitFor()
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('dialog[open] .lightbox__image')?.complete)
  },
  video: (page, base) => page.goto(base + path(ALBUM_IDS.bulletin), { waitUntil: 'networkidle' }).then(() => {}),
  'video-en': (page, base) => page.goto(base + path(ALBUM_IDS.bulletin, 'en'), { waitUntil: 'networkidle' }).then(() => {}),
  'video-embed': async (page, base) => {
    await offline(page)
    await page.goto(base + path(ALBUM_IDS.embed), { waitUntil: 'load' })
  },
  audio: (page, base) => page.goto(base + path(ALBUM_IDS.interview), { waitUntil: 'networkidle' }).then(() => {}),
  'article-embeds': (page, base) =>
    page.goto(base + routes.article('vi', withEmbeds.vi.slug), { waitUntil: 'networkidle' }).then(() => {}),
}

await screenshotRun(async ({ browser, base, device, viewport, shoot }) => {
  for (const [name, scene] of Object.entries(scenes)) {
    const page = await (await browser.newContext({ viewport })).newPage()
    await scene(page, base)
    // The lightbox fills the window: a full-page shot would show the page behind it instead.
    if (name === 'album-lightbox') await page.screenshot({ path: `${process.argv[2] ?? '/tmp/shots'}/${name}-${device}.png` })
    else await shoot(page, `${name}-${device}`)
    await page.context().close()
  }
})
