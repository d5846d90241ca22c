import { readFile, realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'
import compression from 'compression'
import send from 'send'
import type { Logger } from '../lib/log'
import { MANIFEST_FILE, META_DIR, type ReleaseManifest } from './releases'
import { DEFAULT_HSTS, defaultCsp, staticSecurityHeaders } from './security-headers'

export { defaultCsp }

/**
 * Serves the live release. `current` is resolved once per request, so a switch is visible on
 * the next request and every response comes entirely from one release. Only plain path segments
 * reach the file system: `..`, `.` and dot-files (the release's `.cong/` metadata) are 404.
 */
export interface StaticServerOptions {
  /** `var/releases`; the live release is its `current` symlink. */
  releasesDir: string
  /** Origin of the public CMS (view-counter image, forms), allowed by the CSP. */
  cmsOrigin?: string
  /** Replaces the default Content-Security-Policy entirely (release script hashes are not added). */
  csp?: string
  /** Strict-Transport-Security value, `null` for none (plain http); default {@link DEFAULT_HSTS}. */
  hsts?: string | null
  logger?: Logger
}

export const IMMUTABLE = 'public, max-age=31536000, immutable'
export const REVALIDATE = 'no-cache'
export const SHORT = 'public, max-age=3600'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  // Pagefind's index files are already gzip-compressed binaries.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

export function contentTypeFor(file: string): string | undefined {
  return CONTENT_TYPES[path.extname(file).toLowerCase()]
}

/**
 * Astro's `/_astro/` files and Pagefind's index chunks carry a content hash in their name, so
 * they never change. Pagefind's entry files (`pagefind.js`, `pagefind-entry.json`, `*.pagefind`)
 * keep their names across builds and must be revalidated like pages.
 */
export function cacheControlFor(relPath: string): string {
  if (relPath.startsWith('_astro/')) return IMMUTABLE
  if (relPath.startsWith('pagefind/'))
    return /\.pf_(fragment|index|meta|filter)$/.test(relPath) ? IMMUTABLE : REVALIDATE
  if (/\.(html|xml|json|txt|webmanifest)$/.test(relPath)) return REVALIDATE
  return SHORT
}

const BUILDING_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="refresh" content="10"><title>Đang xây dựng trang… / Site is being built</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}</style>
</head><body><h1>Đang xây dựng trang…</h1><p>Cổng thông tin đang được xây dựng lần đầu. Trang sẽ tự tải lại sau ít giây.</p>
<p lang="en"><strong>Site is being built.</strong> This page reloads by itself in a few seconds.</p></body></html>
`

export function createStaticServer(options: StaticServerOptions): Server {
  const current = path.join(options.releasesDir, 'current')
  // Per release (its folder never changes once live), so a switch brings its own script hashes.
  const cspByRelease = new Map<string, Promise<string>>()
  const cspFor = (root: string): Promise<string> => {
    if (options.csp) return Promise.resolve(options.csp)
    let csp = cspByRelease.get(root)
    if (!csp) {
      if (cspByRelease.size > 20) cspByRelease.clear()
      csp = readFile(path.join(root, META_DIR, MANIFEST_FILE), 'utf8')
        .then((text) => defaultCsp(options.cmsOrigin, (JSON.parse(text) as ReleaseManifest).cspScriptHashes))
        .catch(() => defaultCsp(options.cmsOrigin))
      cspByRelease.set(root, csp)
    }
    return csp
  }
  const compress = compression({ threshold: 512 }) as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void,
  ) => void

  const fixedHeaders = Object.entries(
    staticSecurityHeaders(options.hsts === undefined ? DEFAULT_HSTS : options.hsts),
  )
  const securityHeaders = (res: ServerResponse, csp: string) => {
    for (const [name, value] of fixedHeaders) res.setHeader(name, value)
    res.setHeader('Content-Security-Policy', csp)
  }

  const plain = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    type: string,
    body: string | Buffer,
    cache: string,
  ) => {
    res.statusCode = status
    res.setHeader('Content-Type', type)
    res.setHeader('Cache-Control', cache)
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  const notFound = async (req: IncomingMessage, res: ServerResponse, root: string) => {
    const page = await readFile(path.join(root, '404.html')).catch(() => null)
    if (page) plain(req, res, 404, CONTENT_TYPES['.html'], page, REVALIDATE)
    else plain(req, res, 404, CONTENT_TYPES['.txt'], 'Không tìm thấy trang / Page not found\n', REVALIDATE)
  }

  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    let root: string | null
    try {
      root = await realpath(current)
    } catch {
      root = null
    }
    securityHeaders(res, root ? await cspFor(root) : defaultCsp(options.cmsOrigin))
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD')
      return plain(req, res, 405, CONTENT_TYPES['.txt'], 'Method not allowed\n', 'no-store')
    }
    const rawUrl = req.url ?? '/'
    const queryAt = rawUrl.indexOf('?')
    const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt)
    const query = queryAt === -1 ? '' : rawUrl.slice(queryAt)
    let decoded: string
    try {
      decoded = decodeURIComponent(rawPath)
    } catch {
      return plain(req, res, 400, CONTENT_TYPES['.txt'], 'Bad request\n', 'no-store')
    }

    if (!root) {
      res.setHeader('Retry-After', '10')
      return plain(req, res, 503, CONTENT_TYPES['.html'], BUILDING_PAGE, 'no-store')
    }

    const segments = decoded.split('/').filter(Boolean)
    const unsafe =
      !decoded.startsWith('/') ||
      decoded.includes('\0') ||
      decoded.includes('\\') ||
      segments.some((s) => s.startsWith('.'))
    if (unsafe) return notFound(req, res, root)

    let rel = segments.join('/')
    if (decoded.endsWith('/')) {
      rel = rel ? `${rel}/index.html` : 'index.html'
    } else {
      const info = await stat(path.join(root, rel)).catch(() => null)
      if (info?.isDirectory()) {
        res.setHeader('Location', `${rawPath}/${query}`)
        return plain(req, res, 301, CONTENT_TYPES['.txt'], 'Moved\n', REVALIDATE)
      }
      if (!info?.isFile()) return notFound(req, res, root)
    }

    const type = contentTypeFor(rel)
    if (type) res.setHeader('Content-Type', type)
    res.setHeader('Cache-Control', cacheControlFor(rel))
    const encoded = '/' + rel.split('/').map(encodeURIComponent).join('/')
    send(req, encoded, {
      root,
      index: false,
      dotfiles: 'deny',
      cacheControl: false,
      etag: true,
      lastModified: true,
    })
      .on('error', (error: { status?: number }) => {
        res.removeHeader('Content-Type')
        if (error.status === 404) void notFound(req, res, root)
        else plain(req, res, error.status ?? 500, CONTENT_TYPES['.txt'], 'Error\n', 'no-store')
      })
      .pipe(res)
  }

  return createServer((req, res) => {
    compress(req, res, () => {
      serve(req, res).catch((error: unknown) => {
        options.logger?.error('static request failed', { path: req.url, error: String(error) })
        if (!res.headersSent)
          plain(req, res, 500, CONTENT_TYPES['.txt'], 'Lỗi máy chủ / Server error\n', 'no-store')
        else res.destroy()
      })
    })
  })
}
