import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from './chromium'
import { buildFixtureSite, serveSite } from './fixture-site'

const VIEWPORTS = { desktop: { width: 1366, height: 900 }, mobile: { width: 390, height: 844 } }

export interface ShotRun {
  browser: Browser
  base: string
  device: string
  viewport: { width: number; height: number }
  /** Save a full-page screenshot as `<dir>/<name>.png` and print its path. */
  shoot: (page: Page, name: string) => Promise<void>
}

/**
 * A screenshot script's frame: `[dir] [base-url]` from the command line (without a base URL the
 * fixture site is built and served first), one Chromium, and `each` once per design width.
 */
export async function screenshotRun(each: (run: ShotRun) => Promise<void>): Promise<void> {
  const [dir = '/tmp/shots', given] = process.argv.slice(2)
  const server = given ? undefined : await serveSite((await buildFixtureSite()).outDir)
  const base = given ?? server!.url
  await mkdir(dir, { recursive: true })
  const browser = await launchChromium()
  const shoot = async (page: Page, name: string) => {
    const file = join(dir, `${name}.png`)
    await page.screenshot({ path: file, fullPage: true })
    console.log(file)
  }
  for (const [device, viewport] of Object.entries(VIEWPORTS)) await each({ browser, base, device, viewport, shoot })
  await browser.close()
  await server?.close()
}
