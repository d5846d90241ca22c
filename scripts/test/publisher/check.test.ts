import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkRelease, cspHash, extractInlineScripts, extractUrls, fileOfPath, internalTarget } from '../../src/publisher/check'
import { tempDir } from './helpers'

describe('extractUrls', () => {
  it.each([
    ['<a href="/a/">x</a>', ['/a/']],
    ["<img src='/m/x.webp' srcset='/m/x-400.webp 400w, /m/x-800.webp 800w'>", ['/m/x.webp', '/m/x-400.webp', '/m/x-800.webp']],
    ['<link rel=stylesheet href=/_astro/a.css>', ['/_astro/a.css']],
    ['<a href="/search?q=1&amp;page=2">', ['/search?q=1&page=2']],
    ['<script src="/_astro/x.js">var s = "<a href=\'/not-a-link\'>"</script>', ['/_astro/x.js']],
    ['<!-- <a href="/commented-out/"> -->', []],
    ['<p data-href="/nope">', []],
  ])('%s', (html, expected) => {
    expect(extractUrls(html)).toEqual(expected)
  })
})

describe('extractInlineScripts', () => {
  it.each([
    ['<script>alert(1)</script>', ['alert(1)']],
    ['<script type="module">go()</script><script type=text/javascript>x()</script>', ['go()', 'x()']],
    ['<script src="/_astro/a.js"></script>', []],
    ['<script type="application/ld+json">{"@type":"NewsArticle"}</script>', []],
    ['<!-- <script>old()</script> --><script> </script>', []],
  ])('%s', (html, expected) => {
    expect(extractInlineScripts(html)).toEqual(expected)
  })

  it('hashes scripts as CSP sources, with newlines normalised like a browser does', () => {
    // Expected values from `printf … | openssl dgst -sha256 -binary | base64`.
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='")
    expect(cspHash('a\r\nb')).toBe("'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='")
  })
})

describe('internalTarget', () => {
  const site = 'https://cong.example.vn'
  it.each([
    ['/bai-viet/x/', '/index.html', '/bai-viet/x/'],
    ['../', '/bai-viet/x/index.html', '/bai-viet/'],
    ['anh.webp', '/bai-viet/x/index.html', '/bai-viet/x/anh.webp'],
    ['/tim-kiem/?q=lao%20%C4%91%E1%BB%99ng#top', '/index.html', '/tim-kiem/'],
    ['/chuy%E1%BB%83n/', '/index.html', '/chuyển/'],
    ['https://cong.example.vn/en/', '/index.html', '/en/'],
    ['https://other.example/x', '/index.html', null],
    ['//cdn.example/x.js', '/index.html', null],
    ['mailto:a@b.vn', '/index.html', null],
    ['tel:+84123', '/index.html', null],
    ['#main', '/index.html', null],
  ])('%s on %s', (url, page, expected) => {
    expect(internalTarget(url, page, site)).toBe(expected)
  })
})

describe('checkRelease', () => {
  let dir: string
  let cleanup: () => Promise<void>
  const put = async (rel: string, content = '') => {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
    await writeFile(path.join(dir, rel), content)
  }
  beforeEach(async () => {
    ;({ dir, cleanup } = await tempDir())
    await put('index.html', '<a href="/bai-viet/a/">a</a><a href="/bai-viet/a">a</a><img src="/media/x.webp"><a href="/en/">en</a>')
    await put('404.html', '<a href="/">home</a>')
    await put('en/index.html', '<a href="https://site.example/">vi</a>')
    await put('pagefind/pagefind.js')
    await put('bai-viet/a/index.html', '<a href="../../">home</a>')
    await put('media/x.webp')
    await put('.cong/snapshot.json', '{}')
  })
  afterEach(() => cleanup())

  it('passes a complete release and counts its pages', async () => {
    await put('tim-kiem/index.html', '<script>alert(1)</script><script src="/pagefind/pagefind.js"></script>')
    const result = await checkRelease(dir, { siteUrl: 'https://site.example' })
    expect(result).toMatchObject({ ok: true, pages: 5, files: 7, missing: [], brokenLinks: [], problems: [] })
    expect(result.inlineScriptHashes).toEqual([cspHash('alert(1)')])
  })

  it('reports broken links with their page', async () => {
    await put('bai-viet/b/index.html', '<a href="/khong-co/">x</a><img src="/media/missing.webp"><a href="https://site.example/mat/">y</a>')
    const result = await checkRelease(dir, { siteUrl: 'https://site.example' })
    expect(result.ok).toBe(false)
    expect(result.brokenLinks).toEqual([
      { page: 'bai-viet/b/index.html', url: '/khong-co/' },
      { page: 'bai-viet/b/index.html', url: '/media/missing.webp' },
      { page: 'bai-viet/b/index.html', url: 'https://site.example/mat/' },
    ])
    expect(result.problems).toEqual(['3 broken internal link(s)'])
  })

  it('requires the home pages, the 404 page and the search script', async () => {
    const { rm } = await import('node:fs/promises')
    await rm(path.join(dir, 'pagefind'), { recursive: true })
    await rm(path.join(dir, '404.html'))
    const result = await checkRelease(dir)
    expect(result.missing).toEqual(['404.html', 'pagefind/pagefind.js'])
    expect(result.ok).toBe(false)
  })

  it('refuses a release with less than half the live page count unless forced', async () => {
    expect((await checkRelease(dir, { previousPages: 8 })).ok).toBe(true)
    const shrunk = await checkRelease(dir, { previousPages: 9 })
    expect(shrunk.ok).toBe(false)
    expect(shrunk.problems[0]).toMatch(/only 4 pages against 9/)
    expect((await checkRelease(dir, { previousPages: 9, force: true })).ok).toBe(true)
  })

  describe('an incremental release', () => {
    const incremental = (rendered: string[], removed: string[] = []) => ({ rendered, removed, inlineScriptHashes: ["'sha256-live'"] })

    it('reads only the re-rendered pages and keeps the live release script hashes', async () => {
      // A broken link on a page the build did not render was the live release's and is not re-read.
      await put('trang/cu/index.html', '<a href="/khong-co/">x</a>')
      await put('bai-viet/b/index.html', '<script>go()</script><a href="/bai-viet/a/">a</a>')
      const result = await checkRelease(dir, { incremental: incremental(['/bai-viet/b/', '/sitemap.xml']) })
      expect(result).toMatchObject({ ok: true, pages: 6, checkedPages: 1, brokenLinks: [] })
      expect(result.inlineScriptHashes).toEqual([cspHash('go()'), "'sha256-live'"].sort())
    })

    it('finds a broken link on a re-rendered page', async () => {
      await put('bai-viet/b/index.html', '<a href="/bai-viet/c/">c</a>')
      const result = await checkRelease(dir, { incremental: incremental(['/bai-viet/b/']) })
      expect(result.brokenLinks).toEqual([{ page: 'bai-viet/b/index.html', url: '/bai-viet/c/' }])
    })

    it('reads every page that still names a removed path', async () => {
      // The build removed /bai-viet/c/ but a page it did not re-render still links to it.
      await put('chuyen-muc/tin/index.html', '<a href="https://site.example/bai-viet/c/">c</a>')
      await put('trang/cu/index.html', '<a href="/khong-co/">x</a>')
      const result = await checkRelease(dir, { siteUrl: 'https://site.example', incremental: incremental([], ['/bai-viet/c/']) })
      expect(result.ok).toBe(false)
      expect(result.checkedPages).toBe(1)
      expect(result.brokenLinks).toEqual([{ page: 'chuyen-muc/tin/index.html', url: 'https://site.example/bai-viet/c/' }])
    })

    it.each([
      ['/', 'index.html'],
      ['/bai-viet/a/', 'bai-viet/a/index.html'],
      ['/chuyen-muc/tin/rss.xml', 'chuyen-muc/tin/rss.xml'],
      ['/van-ban/14-2017-n%C4%91-cp/', 'van-ban/14-2017-nđ-cp/index.html'],
    ])('maps the site path %s to the file %s', (sitePath, file) => {
      expect(fileOfPath(sitePath)).toBe(file)
    })
  })
})
