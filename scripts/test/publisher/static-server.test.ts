import { spawn } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync, brotliDecompressSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createIdGenerator, ReleaseStore } from '../../src/publisher/releases'
import { parseEmbedUrl } from '@cong/shared/media'
import { DEFAULT_HSTS, hstsFromEnv, staticSecurityHeaders } from '../../src/publisher/security-headers'
import { createStaticServer, IMMUTABLE, REVALIDATE } from '../../src/publisher/static-server'
import { close, listen, rawGet, tempDir } from './helpers'

const newId = createIdGenerator()
const bigPage = (marker: string) =>
  `<!doctype html><html><body><h1>${marker}</h1>${'<p>Nội dung trang chủ.</p>'.repeat(200)}</body></html>`

describe('static server', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let store: ReleaseStore
  let server: Server
  let base: string

  beforeEach(async () => {
    ;({ dir, cleanup } = await tempDir())
    store = new ReleaseStore(dir)
    await store.init()
    server = createStaticServer({ releasesDir: store.root, cmsOrigin: 'https://cms.example.vn' })
    base = await listen(server)
  })
  afterEach(async () => {
    await close(server)
    await cleanup()
  })

  async function publish(marker: string, cspScriptHashes?: string[]): Promise<string> {
    const id = newId()
    const files: Record<string, string> = {
      'index.html': bigPage(marker),
      '404.html': `<h1>Không tìm thấy trang / Page not found (${marker})</h1>`,
      'en/index.html': 'English',
      'bai-viet/a/index.html': `article ${marker}`,
      '_astro/site.abc123.css': 'body{}',
      'pagefind/pagefind.js': 'export {}',
      'pagefind/pagefind-entry.json': '{}',
      'pagefind/index/en_1a2b.pf_index': 'bin',
      'pagefind/wasm.unknown.pagefind': 'bin',
      'media/x.webp': 'img',
      'rss.xml': '<rss/>',
      'site.webmanifest': '{}',
      '.cong/snapshot.json': '{"secret":"internal urls"}',
    }
    for (const [rel, content] of Object.entries(files)) {
      const file = path.join(store.stagingDir(id), rel)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, content)
    }
    await store.commit({
      id,
      createdAt: '',
      pages: 4,
      files: 12,
      snapshotGeneratedAt: '',
      trigger: 'test',
      cspScriptHashes,
    })
    await store.activate(id)
    return id
  }

  it('says the site is being built, with 503 and Retry-After, before the first release', async () => {
    const res = await fetch(base + '/')
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toBe('10')
    expect(await res.text()).toContain('Đang xây dựng trang… / Site is being built')
  })

  it('serves the home page and directory indexes with security headers', async () => {
    await publish('one')
    const res = await fetch(base + '/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe(REVALIDATE)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/default-src 'self'/)
    expect(csp).toMatch(/img-src 'self' data: https:\/\/cms\.example\.vn/)
    expect(csp).toMatch(/form-action 'self' https:\/\/cms\.example\.vn/)
    expect(await res.text()).toContain('<h1>one</h1>')
    expect(await (await fetch(base + '/bai-viet/a/')).text()).toBe('article one')
  })

  it("allows exactly the live release's inline scripts, never 'unsafe-inline'", async () => {
    await publish('one', ["'sha256-AAA='"])
    const first = (await fetch(base + '/')).headers.get('content-security-policy')
    expect(first).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='/)
    expect(first).not.toMatch(/unsafe-inline'[^;]*;[^;]*script|script-src[^;]*unsafe-inline/)
    await publish('two', ["'sha256-BBB='"])
    expect((await fetch(base + '/')).headers.get('content-security-policy')).toMatch(
      /script-src 'self' 'wasm-unsafe-eval' 'sha256-BBB=';/,
    )
  })

  /** Every fixed header with its exact value, and a CSP that frames and scripts nothing foreign. */
  function expectSecurityHeaders(res: Response, where: string) {
    for (const [name, value] of Object.entries(staticSecurityHeaders()))
      expect(res.headers.get(name), `${where}: ${name}`).toBe(value)
    expect(res.headers.get('strict-transport-security'), where).toBe('max-age=31536000; includeSubDomains')
    expect(res.headers.get('cross-origin-opener-policy'), where).toBe('same-origin')
    expect(res.headers.get('x-frame-options'), where).toBe('SAMEORIGIN')
    const csp = res.headers.get('content-security-policy') ?? ''
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...sources]) => [name, sources]),
    )
    expect(directives.get('frame-ancestors'), where).toEqual(["'self'"])
    expect(directives.get('object-src'), where).toEqual(["'none'"])
    // The players embedded YouTube and Vimeo links become, and nothing else from outside.
    const players = ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://vimeo.com/76979871'].map(
      (link) => {
        const embed = parseEmbedUrl(link)
        return embed.ok ? new URL(embed.embedUrl).origin : link
      },
    )
    expect(directives.get('frame-src'), where).toEqual(["'self'", ...players])
    expect(directives.get('script-src'), where).toBeDefined()
    expect(directives.get('script-src'), where).not.toContain("'unsafe-inline'")
    expect(directives.get('script-src'), where).not.toContain("'unsafe-eval'")
    expect(
      directives.get('script-src')?.some((s) => s === '*' || s.startsWith('http') || s === 'data:'),
      where,
    ).toBe(false)
  }

  it('sends every security header on pages, assets, 404s, refusals and before the first release', async () => {
    expectSecurityHeaders(await fetch(base + '/'), '503 no release')
    await publish('one', ["'sha256-AAA='"])
    const cases: [string, number, RequestInit?][] = [
      ['/', 200],
      ['/_astro/site.abc123.css', 200],
      ['/media/x.webp', 200],
      ['/khong-co/', 404],
      ['/.cong/snapshot.json', 404],
      ['/bai-viet/a', 301],
      ['/', 405, { method: 'POST', body: 'x' }],
    ]
    for (const [p, status, init] of cases) {
      const res = await fetch(base + p, { redirect: 'manual', ...init })
      expect(res.status, p).toBe(status)
      expectSecurityHeaders(res, `${init?.method ?? 'GET'} ${p}`)
    }
  })

  it('leaves Strict-Transport-Security out when SITE_HSTS turns it off (plain-http setups)', async () => {
    expect(hstsFromEnv({})).toBe(DEFAULT_HSTS)
    expect(hstsFromEnv({ SITE_HSTS: 'max-age=63072000; includeSubDomains; preload' })).toBe(
      'max-age=63072000; includeSubDomains; preload',
    )
    for (const off of ['off', '0', 'false', 'none', 'OFF']) expect(hstsFromEnv({ SITE_HSTS: off })).toBeNull()
    await publish('one')
    const plain = createStaticServer({ releasesDir: store.root, hsts: hstsFromEnv({ SITE_HSTS: 'off' }) })
    const plainBase = await listen(plain)
    try {
      const res = await fetch(plainBase + '/')
      expect(res.status).toBe(200)
      expect(res.headers.get('strict-transport-security')).toBeNull()
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/)
    } finally {
      await close(plain)
    }
  })

  it('redirects a directory without its slash, keeping the query', async () => {
    await publish('one')
    const res = await fetch(base + '/bai-viet/a?ref=rss', { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/bai-viet/a/?ref=rss')
  })

  it('answers unknown paths with the site 404 page and status 404', async () => {
    await publish('one')
    for (const p of ['/khong-co/', '/khong-co', '/bai-viet/a/khong.html']) {
      const res = await fetch(base + p)
      expect(res.status).toBe(404)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await res.text()).toContain('Không tìm thấy trang / Page not found (one)')
    }
  })

  it('never serves files outside the release or its hidden metadata', async () => {
    await publish('one')
    await writeFile(path.join(dir, 'secret.txt'), 'outside')
    for (const p of [
      '/../../etc/passwd',
      '/../secret.txt',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/.cong/snapshot.json',
      '/%2econg/snapshot.json',
      '/bai-viet/..%5c..%5csecret.txt',
    ]) {
      const res = await rawGet(base, p)
      expect(res.status, p).toBe(404)
      expect(res.body.toString()).not.toMatch(/root:|outside|internal urls/)
    }
    expect((await rawGet(base, '/%E0%A4%A')).status).toBe(400)
  })

  it('compresses with brotli or gzip as the client asks', async () => {
    await publish('one')
    const br = await rawGet(base, '/', { 'accept-encoding': 'br, gzip' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toMatch(/Accept-Encoding/i)
    expect(brotliDecompressSync(br.body).toString()).toContain('<h1>one</h1>')
    const gzip = await rawGet(base, '/', { 'accept-encoding': 'gzip' })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.body).toString()).toContain('<h1>one</h1>')
    const plain = await rawGet(base, '/')
    expect(plain.headers['content-encoding']).toBeUndefined()
  })

  it.each([
    ['/_astro/site.abc123.css', IMMUTABLE, 'text/css; charset=utf-8'],
    ['/pagefind/index/en_1a2b.pf_index', IMMUTABLE, 'application/octet-stream'],
    ['/pagefind/wasm.unknown.pagefind', REVALIDATE, 'application/octet-stream'],
    ['/pagefind/pagefind.js', REVALIDATE, 'text/javascript; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', REVALIDATE, 'application/json; charset=utf-8'],
    ['/rss.xml', REVALIDATE, 'application/xml; charset=utf-8'],
    ['/site.webmanifest', REVALIDATE, 'application/manifest+json; charset=utf-8'],
    ['/media/x.webp', 'public, max-age=3600', 'image/webp'],
  ])('%s: cache and content type', async (p, cache, type) => {
    await publish('one')
    const res = await fetch(base + p)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe(cache)
    expect(res.headers.get('content-type')).toBe(type)
  })

  it('answers conditional requests with 304', async () => {
    await publish('one')
    // Raw requests: fetch adds `cache-control: no-cache` to conditional requests.
    const first = await rawGet(base, '/_astro/site.abc123.css')
    const etag = String(first.headers.etag)
    expect(etag).toMatch(/^W\/"/)
    expect((await rawGet(base, '/_astro/site.abc123.css', { 'if-none-match': etag })).status).toBe(304)
  })

  it('shows a switched or rolled-back release on the very next request', async () => {
    await publish('one')
    expect(await (await fetch(base + '/bai-viet/a/')).text()).toBe('article one')
    await publish('two')
    expect(await (await fetch(base + '/bai-viet/a/')).text()).toBe('article two')
    await store.rollback()
    expect(await (await fetch(base + '/bai-viet/a/')).text()).toBe('article one')
  })

  it('refuses methods other than GET and HEAD', async () => {
    await publish('one')
    const res = await fetch(base + '/', { method: 'POST', body: 'x' })
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, HEAD')
    const head = await fetch(base + '/', { method: 'HEAD' })
    expect(head.status).toBe(200)
  })
})

describe('static server process (static-main.ts)', () => {
  async function freePort(): Promise<number> {
    const probe = createServer()
    await listen(probe)
    const { port } = probe.address() as AddressInfo
    await close(probe)
    return port
  }

  it.each([
    ['off', null],
    ['', 'max-age=31536000; includeSubDomains'],
  ])('SITE_HSTS=%j gives Strict-Transport-Security %j', async (setting, expected) => {
    const { dir, cleanup } = await tempDir()
    const scriptsDir = fileURLToPath(new URL('../../', import.meta.url))
    const port = await freePort()
    const child = spawn(
      path.join(scriptsDir, 'node_modules', '.bin', 'tsx'),
      ['src/publisher/static-main.ts'],
      {
        cwd: scriptsDir,
        env: {
          ...process.env,
          CONG_VAR_DIR: dir,
          SITE_PORT: String(port),
          SITE_HOST: '127.0.0.1',
          SITE_HSTS: setting,
        },
        stdio: 'ignore',
      },
    )
    try {
      let res: Response | undefined
      for (let attempt = 0; attempt < 300 && !res; attempt++) {
        res = await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined)
        if (!res) await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(res?.status).toBe(503)
      expect(res?.headers.get('strict-transport-security')).toBe(expected)
      expect(res?.headers.get('x-content-type-options')).toBe('nosniff')
    } finally {
      child.kill('SIGTERM')
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)))
      await cleanup()
    }
  })
})
