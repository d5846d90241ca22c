import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import type { Browser } from 'playwright-core'
import sirv from 'sirv'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildSearchIndex, filesUnder } from '../scripts/search-index'
import { launchChromium } from './chromium'

/**
 * The sharded search index against one Pagefind index over the same fixture site, through
 * Pagefind's own JavaScript in Chromium: the browser side is site/src/lib/pagefind.ts itself,
 * compiled to a module and imported by the page. And an incremental index build: one page changed
 * and one removed re-index only their two shards, the others are hard links of the live release's.
 */

const outDir = inject('outDir')
let work: string
let browser: Browser

/** site/src/lib/pagefind.ts as the browser module the test pages import. */
async function writeBrowserLib(dir: string) {
  const source = await readFile(new URL('../src/lib/pagefind.ts', import.meta.url), 'utf8')
  const compiled = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } })
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'pagefind-lib.js'), compiled.outputText)
}

/** Serve the first of `dirs` that has a path (test files over a built site). */
async function serve(dirs: string[]): Promise<{ url: string; close: () => Promise<void> }> {
  const handlers = dirs.map((dir) => sirv(dir, { dev: true }))
  const server = createServer((req, res) => {
    const next = (i: number) => {
      if (i === handlers.length) {
        res.writeHead(404).end()
        return
      }
      handlers[i]!(req, res, () => next(i + 1))
    }
    next(0)
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) }
}

type Query = readonly [string | null, { filters?: Record<string, { any: string[] }>; sort?: Record<string, 'asc' | 'desc'> }]
interface Found {
  urls: string[]
  dates: string[]
  filters: Record<string, Record<string, number>>
}

/**
 * Run `queries` in a fresh page of the site at `url` (opened on `pagePath`, whose language picks
 * the index): `single` imports one Pagefind bundle, `sharded` goes through loadPagefind. One page
 * per index: two Pagefind modules in one page talk to each other's web worker.
 */
async function searchAll(url: string, pagePath: string, mode: 'single' | 'sharded', queries: readonly Query[]): Promise<Found[]> {
  const page = await browser.newPage()
  try {
    await page.goto(url + pagePath)
    // A string, not a function: the test runner's transform would leave helpers the page lacks.
    return (await page.evaluate(`(async () => {
      let pf
      if (${JSON.stringify(mode)} === 'single') {
        pf = await import('/pagefind-single/pagefind.js')
        await pf.options({ basePath: '/pagefind-single/' })
        await pf.init()
      } else {
        pf = await (await import('/pagefind-lib.js')).loadPagefind('/pagefind/shards.json')
      }
      await pf.filters()
      const found = []
      for (const [term, options] of ${JSON.stringify(queries)}) {
        const search = await pf.search(term, options)
        const data = await Promise.all(search.results.map((result) => result.data()))
        found.push({ urls: data.map((d) => d.url), dates: data.map((d) => d.meta.date ?? ''), filters: search.filters })
      }
      return found
    })()`)) as Found[]
  } finally {
    await page.close()
  }
}

const sorted = (values: string[]) => [...values].sort()
/** Filter counts with keys and values in one order (Pagefind merges them in shard order). */
const counts = (filters: Found['filters']) =>
  Object.fromEntries(
    Object.keys(filters)
      .sort()
      .map((key) => [key, Object.fromEntries(Object.entries(filters[key]!).sort())]),
  )

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'cong-search-shards-'))
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  if (work) await rm(work, { recursive: true, force: true })
})

describe('sharded search index', () => {
  let site: { url: string; close: () => Promise<void> }

  beforeAll(async () => {
    // The reference: one Pagefind index over the same built pages, as the site had before.
    const overlay = join(work, 'overlay')
    const { index } = await pagefind.createIndex({})
    try {
      const added = await index!.addDirectory({ path: outDir })
      expect(added.errors).toEqual([])
      await index!.writeFiles({ outputPath: join(overlay, 'pagefind-single') })
    } finally {
      await pagefind.close()
    }
    await writeBrowserLib(overlay)
    site = await serve([overlay, outDir])
  }, 120_000)

  afterAll(async () => {
    await site?.close()
  })

  // With and without diacritics, đ through its unaccented keys, filtered, sorted both ways, and
  // filter-only listings as the document finder asks them.
  const vi: Query[] = [
    ['lao động', {}],
    ['lao dong', {}],
    ['viec lam', {}],
    ['trợ cấp', {}],
    ['tro cap', {}],
    ['dao tao nghe', {}],
    ['viec lam', { filters: { section: { any: ['Tin tức – Sự kiện'] } } }],
    ['lao dong', { filters: { type: { any: ['Văn bản', 'Hỏi – Đáp'] } } }],
    ['lao dong', { sort: { date: 'desc' } }],
    ['viec lam', { sort: { date: 'asc' } }],
    [null, { filters: { type: { any: ['Tin bài'] } }, sort: { date: 'desc' } }],
    [null, { filters: { type: { any: ['Văn bản'] } }, sort: { number: 'asc' } }],
    [null, { filters: { type: { any: ['Văn bản'] } }, sort: { effective: 'desc' } }],
    [null, { filters: { type: { any: ['Hỏi – Đáp'] }, year: { any: ['2026'] } } }],
  ]
  const en: Query[] = [
    ['unemployment', {}],
    ['labour', {}],
    ['workers', { sort: { date: 'desc' } }],
    [null, { filters: { type: { any: ['Legal document'] } }, sort: { issued: 'desc' } }],
  ]

  it.each([
    ['Vietnamese', '/trang/lien-he/', vi],
    ['English', '/en/pages/gioi-thieu/', en],
  ] as const)('finds the same pages as one index, in the same order when sorted (%s)', async (_, pagePath, queries) => {
    const single = await searchAll(site.url, pagePath, 'single', queries)
    const sharded = await searchAll(site.url, pagePath, 'sharded', queries)
    let sameRelevanceOrder = 0
    queries.forEach(([term, options], i) => {
      const what = `${JSON.stringify(term)} ${JSON.stringify(options)}`
      const [one, many] = [single[i]!, sharded[i]!]
      expect(one.urls.length, what).toBeGreaterThan(0)
      expect(sorted(many.urls), what).toEqual(sorted(one.urls))
      expect(counts(many.filters), what).toEqual(counts(one.filters))
      if (options.sort) {
        // Pages with the same date may come in either order; the dates must not.
        if (options.sort.date) expect(many.dates, what).toEqual(one.dates)
        else expect(many.urls, what).toEqual(one.urls)
      } else if (JSON.stringify(many.urls) === JSON.stringify(one.urls)) sameRelevanceOrder++
    })
    // Relevance is Pagefind's BM25 within each shard (its own page count and lengths), so the
    // order by relevance may differ from one index's; the report says how often it does.
    console.log(`[search-shards] ${_}: relevance order as one index's in ${sameRelevanceOrder} of ${queries.filter(([, o]) => !o.sort).length} unsorted queries`)
  }, 120_000)

  it('loads only the shards of the finder’s page type', async () => {
    const page = await browser.newPage()
    const fetched: string[] = []
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname))
    try {
      await page.goto(site.url + '/trang/lien-he/')
      const urls = (await page.evaluate(`(async () => {
        const pf = await (await import('/pagefind-lib.js')).loadPagefind('/pagefind/shards.json', { types: ['Văn bản'] })
        const search = await pf.search('lao dong', { filters: { type: { any: ['Văn bản'] } } })
        return Promise.all(search.results.map(async (result) => (await result.data()).url))
      })()`)) as string[]
      expect(urls.length).toBeGreaterThan(0)
      expect(urls.every((url) => url.startsWith('/van-ban/'))).toBe(true)
      const shards = new Set(fetched.filter((path) => path.endsWith('/pagefind-entry.json')).map((path) => path.split('/')[2]))
      expect([...shards].length).toBeGreaterThan(0)
      expect([...shards].every((shard) => shard!.startsWith('vi-legal-'))).toBe(true)
    } finally {
      await page.close()
    }
  }, 60_000)
})

describe('incremental search index', () => {
  const changed = '/bai-viet/mo-rong-doi-tuong-tham-gia-bao-hiem-that-nghiep-tu-nam-2026/'
  const removed = '/hoi-dap/so-gio-lam-them-toi-da-trong-mot-thang-109/'
  const word = 'zebrafinchvn'
  let live: string
  let next: string
  let pages: Record<string, string>

  beforeAll(async () => {
    // The live release, indexed in full; then the next one, as an incremental site build leaves
    // it: every page in place, one article re-rendered with a new word, one answer removed.
    live = join(work, 'live')
    next = join(work, 'next')
    await cp(outDir, live, { recursive: true })
    await buildSearchIndex({ outDir: live })
    pages = (JSON.parse(await readFile(join(live, 'pagefind', 'pages.json'), 'utf8')) as { pages: Record<string, string> }).pages
    await cp(live, next, { recursive: true, filter: (source) => !source.startsWith(join(live, 'pagefind')) })
    const file = join(next, changed, 'index.html')
    const html = await readFile(file, 'utf8')
    expect(html).toContain('<div data-pagefind-body>')
    await writeFile(file, html.replace('<div data-pagefind-body>', `<div data-pagefind-body><p>${word}</p>`))
    await rm(join(next, removed), { recursive: true })
  }, 120_000)

  it('re-indexes only the shards of changed or removed pages and links the others', async () => {
    const summary = await buildSearchIndex({ outDir: next, previousRelease: live, changedPages: [changed, removed] })
    const touched = [pages[changed]!, pages[removed]!].sort()
    expect(touched[0]).not.toBe(touched[1])
    expect(summary.rebuiltShards.sort()).toEqual(touched)
    expect(summary.fullReason).toBeUndefined()
    expect(summary.indexedPages).toBe(Object.keys(pages).length - 1)

    const manifest = JSON.parse(await readFile(join(next, 'pagefind', 'shards.json'), 'utf8')) as { shards: { id: string }[] }
    expect(summary.reusedShards).toBe(manifest.shards.length - 2)
    for (const { id } of manifest.shards) {
      const files = await filesUnder(join(next, 'pagefind', id))
      expect(files.length).toBeGreaterThan(0)
      const linked = await Promise.all(
        files.map(async (file) => {
          const [before, after] = await Promise.all([stat(join(live, 'pagefind', id, file)).catch(() => null), stat(join(next, 'pagefind', id, file))])
          return before?.ino === after.ino
        }),
      )
      if (touched.includes(id)) expect(linked.every(Boolean), id).toBe(false)
      else expect(linked.every(Boolean), id).toBe(true)
    }

    // The new word reached the rebuilt shards' anchors only; the others get it at the next full build.
    expect(summary.newWords).toBe(1)
  }, 120_000)

  it('holds what indexing the next release in full holds, and finds the same pages', async () => {
    const full = join(work, 'full')
    await cp(next, full, { recursive: true, filter: (source) => !source.startsWith(join(next, 'pagefind')) })
    const fullSummary = await buildSearchIndex({ outDir: full })
    expect(fullSummary.indexedPages).toBe(Object.keys(pages).length - 1)
    const read = (dir: string, file: string) => readFile(join(dir, 'pagefind', file), 'utf8')
    expect(await read(next, 'pages.json')).toBe(await read(full, 'pages.json'))
    const shards = async (dir: string) =>
      (JSON.parse(await read(dir, 'shards.json')) as { shards: { id: string; pages: number; types: string[] }[] }).shards.map(({ id, pages, types }) => ({ id, pages, types }))
    expect(await shards(next)).toEqual(await shards(full))
    // A full build of the same pages twice gives the same bytes.
    const again = join(work, 'again')
    await cp(full, again, { recursive: true, filter: (source) => !source.startsWith(join(full, 'pagefind')) })
    await buildSearchIndex({ outDir: again })
    const files = await filesUnder(join(full, 'pagefind'))
    expect(await filesUnder(join(again, 'pagefind'))).toEqual(files)
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(join(full, 'pagefind', file)), readFile(join(again, 'pagefind', file))])
      expect(a.equals(b), file).toBe(true)
    }

    await writeBrowserLib(join(work, 'lib'))
    const queries: Query[] = [['lao dong', {}], ['bảo hiểm thất nghiệp', {}], [word, {}], [null, { filters: { type: { any: ['Hỏi – Đáp'] } }, sort: { date: 'desc' } }]]
    const found = async (dir: string) => {
      const site = await serve([join(work, 'lib'), dir])
      try {
        return await searchAll(site.url, '/trang/lien-he/', 'sharded', queries)
      } finally {
        await site.close()
      }
    }
    const [incremental, complete] = [await found(next), await found(full)]
    queries.forEach(([term, options], i) => {
      const what = `${JSON.stringify(term)} ${JSON.stringify(options)}`
      expect(sorted(incremental[i]!.urls), what).toEqual(sorted(complete[i]!.urls))
      if (options.sort) expect(incremental[i]!.dates, what).toEqual(complete[i]!.dates)
    })
  }, 180_000)

  it('finds the change and no longer the removed page', async () => {
    await writeBrowserLib(join(work, 'lib'))
    const site = await serve([join(work, 'lib'), next])
    const page = await browser.newPage()
    try {
      await page.goto(site.url + '/trang/lien-he/')
      const [withWord, removedTitle] = (await page.evaluate(`(async () => {
        const pf = await (await import('/pagefind-lib.js')).loadPagefind('/pagefind/shards.json')
        const urls = async (term) => Promise.all((await pf.search(term, {})).results.map(async (r) => (await r.data()).url))
        return [await urls(${JSON.stringify(word)}), await urls('làm thêm tối đa trong một tháng')]
      })()`)) as [string[], string[]]
      expect(withWord).toEqual([changed])
      expect(removedTitle).not.toContain(removed)
    } finally {
      await page.close()
      await site.close()
    }
  }, 60_000)

  it('indexes in full when the live release has no sharded index', async () => {
    const bare = join(work, 'bare')
    await cp(next, bare, { recursive: true, filter: (source) => !source.startsWith(join(next, 'pagefind')) })
    const summary = await buildSearchIndex({ outDir: bare, previousRelease: join(work, 'overlay-missing'), changedPages: [changed] })
    expect(summary.fullReason).toBe('the previous release has no sharded index')
    expect(summary.reusedShards).toBe(0)
    expect(summary.indexedPages).toBe(Object.keys(pages).length - 1)
  }, 120_000)
})
