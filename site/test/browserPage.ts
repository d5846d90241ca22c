import type { Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest'
import { launchChromium } from './chromium'

/**
 * One Chromium for a test file and a fresh context for each test, so no cookie, storage or route
 * carries over. `onPage` receives each test's page before the test runs (to keep it, or to route
 * requests on it). Call at the top level of a test file.
 */
export function browserPage(onPage: (page: Page) => void | Promise<void>) {
  const base = inject('siteUrl')
  let browser: Awaited<ReturnType<typeof launchChromium>>
  let page: Page
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    // axe-core needs a page from an explicit context.
    page = await (await browser.newContext()).newPage()
    await onPage(page)
  })
  afterEach(async () => {
    await page.context().close()
  })
  return {
    base,
    /** Open a page and wait until its island has hydrated: keys typed before then can be lost. */
    async open(path: string) {
      await page.goto(base + path)
      await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached', timeout: 20_000 })
    },
  }
}
