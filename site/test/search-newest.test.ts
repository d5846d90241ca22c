import AxeBuilder from '@axe-core/playwright'
import { routes } from '@cong/shared/routes'
import { newestShardsFirst } from '@cong/shared/searchShards'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { browserPage } from './browserPage'
import { fixtureSnapshot } from './fixtures/snapshot'

/**
 * Newest-first search on the site search page (site/src/lib/pagefind.ts, SearchBox): the fixture
 * is far below FIRST_SEARCH_PAGES, so `?budget=` lowers the page budget to what the two newest
 * Vietnamese shards hold, and the first query must merge those two alone.
 */

const snapshot = fixtureSnapshot()
vi.setConfig({ testTimeout: 90_000 })
const SETTLE = { timeout: 30_000 }
const QUERY = 'lao động'

let page: Page
/** Shard ids of every `/pagefind/<shard>/…` request, from the page and Pagefind's worker. */
let shardRequests: string[]
const { base, open } = browserPage(async (next) => {
  page = next
  shardRequests = []
  await page.route(`${snapshot.cmsPublicUrl}/**`, (route) => route.fulfill({ status: 204 }))
  page.on('request', (request) => {
    const shard = /^\/pagefind\/([^/]+)\//.exec(new URL(request.url()).pathname)?.[1]
    if (shard) shardRequests.push(shard)
  })
})

let newest: string[]
let older: string[]
let budget: number
beforeAll(async () => {
  const manifest = (await (await fetch(`${base}/pagefind/shards.json`)).json()) as {
    shards: { id: string; language: string; pages: number }[]
  }
  const ordered = newestShardsFirst(
    manifest.shards.filter((shard) => shard.language === 'vi'),
    new Date().getFullYear(),
  )
  // The fixture needs more than two shards for this test to leave any out.
  expect(ordered.length).toBeGreaterThan(2)
  newest = ordered.slice(0, 2).map((shard) => shard.id)
  older = ordered.slice(2).map((shard) => shard.id)
  budget = ordered[0]!.pages + ordered[1]!.pages
})

const status = () => page.getByRole('status').textContent()
const settled = () => expect.poll(status, SETTLE).toMatch(/kết quả/)
const earlierButton = () =>
  page.getByRole('button', { name: /^Tìm cả các năm trước \(\d[\d.]* trang nữa\)$/ })

/** Every result's title (the list grows ten at a time) and the filter values with their counts. */
async function everything(): Promise<{ count: string; titles: string[]; filters: string[] }> {
  const more = page.getByRole('button', { name: 'Xem thêm kết quả' })
  while (await more.isVisible()) {
    const shown = await page.locator('.search__hit').count()
    await more.click()
    await expect.poll(() => page.locator('.search__hit').count(), SETTLE).toBeGreaterThan(shown)
  }
  return {
    count: /Tìm thấy (\d+) kết quả/.exec((await status()) ?? '')?.[1] ?? '',
    titles: (await page.locator('.search__hit-title').allTextContents()).sort(),
    filters: (await page.locator('.search__check').allTextContents()).sort(),
  }
}

const searchPath = (extra: string) => `${routes.search('vi')}?q=${encodeURIComponent(QUERY)}${extra}`

describe('newest-first search', () => {
  it('merges only the newest shards within the budget, says so, and searches every year on request', async () => {
    await open(searchPath(`&budget=${budget}`))
    await settled()
    expect(new Set(shardRequests)).toEqual(new Set(newest))
    // The status line (a live region) says that earlier years were left out; the button offers them.
    expect(await status()).toMatch(
      /Mới tìm trong các năm gần đây; \d[\d.]* trang của các năm trước chưa được tìm\.$/,
    )
    await expect.poll(() => earlierButton().isVisible(), SETTLE).toBe(true)
    const firstCount = Number(/Tìm thấy (\d+) kết quả/.exec((await status()) ?? '')?.[1])

    // From the keyboard: the button is a real button.
    await earlierButton().focus()
    await page.keyboard.press('Enter')
    await expect.poll(status, SETTLE).toMatch(/^Tìm thấy \d+ kết quả cho “lao động”$/)
    expect(await earlierButton().count()).toBe(0)
    expect(new Set(shardRequests)).toEqual(new Set([...newest, ...older]))
    expect(new URL(page.url()).searchParams.get('all')).toBe('1')
    const widened = await everything()
    expect(Number(widened.count)).toBeGreaterThanOrEqual(firstCount)

    // The same as a search over every shard from the start (`?all=1`, a shared link).
    shardRequests = []
    await open(searchPath(`&budget=${budget}&all=1`))
    await expect.poll(status, SETTLE).toMatch(/^Tìm thấy \d+ kết quả cho “lao động”$/)
    expect(new Set(shardRequests)).toEqual(new Set([...newest, ...older]))
    expect(await earlierButton().count()).toBe(0)
    expect(await everything()).toEqual(widened)

    // And as the site's own search, whose budget the fixture is far below.
    shardRequests = []
    await open(searchPath(''))
    await settled()
    expect(await earlierButton().count()).toBe(0)
    expect(new URL(page.url()).searchParams.get('all')).toBeNull()
    expect(await everything()).toEqual(widened)
  })

  it('keeps the ticked filters when earlier years are added', async () => {
    await open(searchPath(`&budget=${budget}`))
    await settled()
    const year = page.getByRole('checkbox', { name: /^\d{4} \(\d+\)$/ }).first()
    const label = (await year.getAttribute('value'))!
    await year.check()
    await settled()
    await earlierButton().click()
    await expect.poll(status, SETTLE).toMatch(/^Tìm thấy \d+ kết quả cho “lao động”$/)
    expect(await page.getByRole('checkbox', { name: new RegExp(`^${label} `) }).isChecked()).toBe(true)
    const widened = await everything()

    await open(searchPath('&all=1'))
    await settled()
    const unfiltered = await status()
    await page.getByRole('checkbox', { name: new RegExp(`^${label} `) }).check()
    // The filtered search has run once the status line changed (a year holds fewer pages).
    await expect.poll(status, SETTLE).not.toBe(unfiltered)
    await settled()
    expect(await everything()).toEqual(widened)
  })

  it('has no serious or critical accessibility violations with earlier years left out', async () => {
    await open(searchPath(`&budget=${budget}`))
    await settled()
    await expect.poll(() => earlierButton().isVisible(), SETTLE).toBe(true)
    const { violations } = await new AxeBuilder({ page }).analyze()
    const severe = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    expect(severe).toEqual([])
  })
})
