import type { Page, Request } from 'playwright-core'
// The one Chromium launcher of the browser tests: the same binary and flags for the bench.
import { launchChromium } from '../../../site/test/chromium'

/**
 * What a reader's browser downloads to search: the search page is opened with `?q=` (the island
 * searches at once, as from the header's search form), then each filter value is ticked. Counted
 * are the bytes on the wire (compressed bodies plus response headers) of every request under
 * `/pagefind/`, from the page and from Pagefind's web worker: the runtime, the WebAssembly, the
 * shard manifest, each shard's entry, metadata, word chunks, filter chunks and the result
 * fragments shown. The page's own HTML, CSS and island scripts are not counted.
 */

export interface SearchBytesOptions {
  query: string
  /** Filter key → values to tick on the search page after the first results (e.g. type). */
  filters?: Record<string, string[]>
  /** The search page's language: `/tim-kiem/` or `/en/search/`. */
  locale?: 'vi' | 'en'
  /** How long to wait for each step's results. */
  timeoutMs?: number
  chromiumPath?: string
}

export interface SearchBytesRequest {
  path: string
  /** Compressed body plus response headers. */
  bytes: number
  /** Compressed body alone: what HTTP/2, which compresses repeated headers, would mostly send. */
  bodyBytes: number
}

export interface SearchBytes {
  /** Bytes of every `/pagefind/` request until the last step's results were shown. */
  bytes: number
  /** The same without response headers (HTTP/1.1 repeats ~600 bytes of them on every response). */
  bodyBytes: number
  requests: number
  /** The result count the search page reports after the last step. */
  results: number
  /** The same, up to the first results (before any filter was ticked). */
  firstQuery: { bytes: number; bodyBytes: number; requests: number; results: number }
  /** Each request, in the order it finished, for a report that shows where the bytes went. */
  files: SearchBytesRequest[]
}

const SEARCH_PATHS = { vi: '/tim-kiem/', en: '/en/search/' } as const
/** The status line once a search has finished: "Tìm thấy 3 kết quả…", "No results for…". */
const DONE = /kết quả|results? for/i
const FAILED = /Không tải được|could not be loaded/i
/** Pagefind's worker and the island ask for more once a step's results show; this long without a request ends it. */
const QUIET_MS = 500


/** The count in "Tìm thấy 12 kết quả cho …" / "12 results for …"; 0 for "no results". */
function resultCount(status: string): number {
  const count = /(\d[\d.,]*)\s*(kết quả|results?)/i.exec(status)?.[1]
  return count ? Number(count.replace(/[.,]/g, '')) : 0
}

async function settled(page: Page, inFlight: () => number, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs
  let quietSince = Date.now()
  for (;;) {
    const status = (await page.locator('.search__status').textContent()) ?? ''
    if (FAILED.test(status)) throw new Error(`search page: ${status}`)
    if (inFlight() > 0) quietSince = Date.now()
    if (DONE.test(status) && Date.now() - quietSince >= QUIET_MS) return status
    if (Date.now() > deadline) throw new Error(`search page: no results within ${timeoutMs} ms (status: "${status}")`)
    await page.waitForTimeout(100)
  }
}

export async function measureSearchBytes(siteUrl: string, options: SearchBytesOptions): Promise<SearchBytes> {
  const { query, filters = {}, locale = 'vi', timeoutMs = 60_000 } = options
  const browser = await launchChromium(options.chromiumPath)
  try {
    // A fresh context: nothing cached from an earlier measurement.
    const context = await browser.newContext()
    const page = await context.newPage()
    const files: SearchBytesRequest[] = []
    const pending = new Set<Request>()
    const counted = (request: Request) => new URL(request.url()).pathname.startsWith('/pagefind/')
    const finish = async (request: Request) => {
      if (!pending.delete(request)) return
      const sizes = await request.sizes().catch(() => null)
      files.push({
        path: new URL(request.url()).pathname,
        bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
        bodyBytes: sizes?.responseBodySize ?? 0,
      })
    }
    // Playwright reports the requests of the page's dedicated workers (Pagefind's) with the page's.
    page.on('request', (request) => counted(request) && pending.add(request))
    page.on('requestfinished', (request) => void finish(request))
    page.on('requestfailed', (request) => void finish(request))

    const url = new URL(SEARCH_PATHS[locale], siteUrl)
    url.searchParams.set('q', query)
    await page.goto(url.href)
    const firstStatus = await settled(page, () => pending.size, timeoutMs)
    const sum = () => files.reduce((total, file) => total + file.bytes, 0)
    const sumBodies = () => files.reduce((total, file) => total + file.bodyBytes, 0)
    const firstQuery = { bytes: sum(), bodyBytes: sumBodies(), requests: files.length, results: resultCount(firstStatus) }

    let status = firstStatus
    for (const [key, values] of Object.entries(filters)) {
      for (const value of values) {
        const box = page.locator(`input[type=checkbox][name="${key}"][value="${value.replace(/"/g, '\\"')}"]`)
        await box.check({ timeout: timeoutMs })
        // The island waits out a short debounce before it searches again.
        await page.waitForTimeout(300)
        status = await settled(page, () => pending.size, timeoutMs)
      }
    }
    await context.close()
    return { bytes: sum(), bodyBytes: sumBodies(), requests: files.length, results: resultCount(status), firstQuery, files }
  } finally {
    await browser.close()
  }
}
