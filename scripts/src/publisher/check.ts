import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { mapLimit } from '../lib/pool'
import { META_DIR } from './releases'

/**
 * The gate a release passes before it may go live: the pages the site cannot work without
 * exist, every internal link and asset reference in every HTML file resolves to a file of the
 * release, and the page count did not collapse compared with the live release (a half-empty
 * snapshot must not replace the whole site unless ops force it).
 */
export const REQUIRED_FILES = ['index.html', '404.html', 'en/index.html', 'pagefind/pagefind.js']
export const MIN_PAGE_RATIO = 0.5

export interface BrokenLink {
  page: string
  url: string
}

export interface CheckResult {
  ok: boolean
  pages: number
  files: number
  /** Pages whose links were read: all of them, or for an incremental release those that could have changed. */
  checkedPages: number
  missing: string[]
  brokenLinks: BrokenLink[]
  /**
   * CSP sources (`'sha256-…'`) of the inline scripts the pages carry (Astro's island loader),
   * so the static server can allow exactly those instead of `'unsafe-inline'`.
   */
  inlineScriptHashes: string[]
  /** One sentence per reason the release was refused. */
  problems: string[]
}

export interface CheckOptions {
  /** Absolute URLs on this origin count as internal (canonical and hreflang links). */
  siteUrl?: string
  previousPages?: number | null
  force?: boolean
  /**
   * An incremental release (site/scripts/build-site.ts): its other pages are hard links of the
   * live release's, which passed this check, so only the re-rendered pages are read, plus any page
   * that still names a removed path (a removed page must leave no dangling link). The inline
   * script hashes of the unread pages are the live release's.
   */
  incremental?: IncrementalCheck
}

export interface IncrementalCheck {
  /** Site paths the build rendered (`/bai-viet/x/`, `/rss.xml`). */
  rendered: string[]
  /** Site paths the build removed. */
  removed: string[]
  /** The live release's `cspScriptHashes`. */
  inlineScriptHashes: string[]
}

/** The release file of a site path: `/a/b/` → `a/b/index.html`, `/rss.xml` → `rss.xml`. */
export function fileOfPath(sitePath: string): string {
  let rel: string
  try {
    rel = decodeURI(sitePath)
  } catch {
    rel = sitePath
  }
  rel = rel.replace(/^\/+/, '')
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel
}

/**
 * The pages of an incremental release whose links are read: the rendered ones, and any other
 * whose bytes contain a removed path (a plain byte search, so 100,000 linked pages cost one read
 * each only when something was removed).
 */
async function pagesToCheck(dir: string, pages: string[], incremental: IncrementalCheck): Promise<string[]> {
  const rendered = new Set(incremental.rendered.map(fileOfPath))
  const chosen = pages.filter((page) => rendered.has(page))
  if (incremental.removed.length === 0) return chosen
  const needles = incremental.removed.map((p) => Buffer.from(p))
  const others = pages.filter((page) => !rendered.has(page))
  const naming = await mapLimit(others, 16, async (page) => {
    const bytes = await readFile(path.join(dir, page))
    return needles.some((needle) => bytes.includes(needle)) ? page : null
  })
  return [...chosen, ...naming.filter((page): page is string => page !== null)]
}

const ATTRIBUTE = /\s(href|src|srcset|poster)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi
const TAG = /<[a-zA-Z][^>]*>/g
const SKIPPED_CONTENT = /<(script|style)\b([^>]*)>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/

export async function checkRelease(dir: string, options: CheckOptions = {}): Promise<CheckResult> {
  const files = await listFiles(dir)
  const present = new Set(files)
  const pages = files.filter((f) => f.endsWith('.html'))
  const origin = options.siteUrl ? safeOrigin(options.siteUrl) : null

  const missing = REQUIRED_FILES.filter((f) => !present.has(f))
  const broken: BrokenLink[] = []
  const scriptHashes = new Set<string>(options.incremental?.inlineScriptHashes ?? [])
  const checked = options.incremental ? await pagesToCheck(dir, pages, options.incremental) : pages
  await mapLimit(checked, 16, async (page) => {
    const html = await readFile(path.join(dir, page), 'utf8')
    for (const script of extractInlineScripts(html)) scriptHashes.add(cspHash(script))
    const seen = new Set<string>()
    for (const url of extractUrls(html)) {
      if (seen.has(url)) continue
      seen.add(url)
      const target = internalTarget(url, '/' + page, origin)
      if (target !== null && !resolves(target, present)) broken.push({ page, url })
    }
  })
  broken.sort((a, b) => a.page.localeCompare(b.page) || a.url.localeCompare(b.url))

  const problems: string[] = []
  if (missing.length) problems.push(`missing required files: ${missing.join(', ')}`)
  if (broken.length) problems.push(`${broken.length} broken internal link(s)`)
  const previous = options.previousPages ?? 0
  if (!options.force && previous > 0 && pages.length < previous * MIN_PAGE_RATIO) {
    problems.push(`only ${pages.length} pages against ${previous} in the live release (below ${MIN_PAGE_RATIO * 100}%; rebuild with force to accept)`)
  }
  return {
    ok: problems.length === 0,
    pages: pages.length,
    files: files.length,
    checkedPages: checked.length,
    missing,
    brokenLinks: broken,
    inlineScriptHashes: [...scriptHashes].sort(),
    problems,
  }
}

/** Every href/src/srcset/poster value in the tags of `html`, entity-decoded; script and style bodies and comments are skipped. */
export function extractUrls(html: string): string[] {
  const urls: string[] = []
  const markup = html.replace(SKIPPED_CONTENT, (_m, tag: string | undefined, attrs: string | undefined) => (tag ? `<${tag}${attrs}>` : ''))
  for (const [tag] of markup.matchAll(TAG)) {
    for (const match of tag.matchAll(ATTRIBUTE)) {
      const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '').trim()
      if (match[1].toLowerCase() === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0]
          if (url) urls.push(url)
        }
      } else if (value) {
        urls.push(value)
      }
    }
  }
  return urls
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const EXECUTABLE_TYPE = /^(|module|text\/javascript|application\/javascript)$/i

/** The text of every inline `<script>` a browser would execute (not JSON-LD, not `src=`). */
export function extractInlineScripts(html: string): string[] {
  const scripts: string[] = []
  for (const [, attrs, body] of html.replace(/<!--[\s\S]*?-->/g, '').matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(attrs)) continue
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs)
    if (!EXECUTABLE_TYPE.test((type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim())) continue
    if (body.trim()) scripts.push(body)
  }
  return scripts
}

/** A CSP hash source for an inline script, over the text the browser sees (newlines normalised). */
export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script.replace(/\r\n?/g, '\n')).digest('base64')}'`
}

/** The decoded path inside the release that `url` on `pagePath` points to, or null when it is not internal. */
export function internalTarget(url: string, pagePath: string, siteOrigin: string | null): string | null {
  if (url.startsWith('#')) return null
  const absolute = SCHEME.test(url) || url.startsWith('//')
  let parsed: URL
  try {
    parsed = new URL(url, 'http://release.invalid' + pagePath)
  } catch {
    return url // unparsable in an internal-looking link is a broken link
  }
  if (absolute && parsed.origin !== siteOrigin) return null
  try {
    return decodeURIComponent(parsed.pathname)
  } catch {
    return parsed.pathname
  }
}

function resolves(target: string, present: Set<string>): boolean {
  const rel = target.replace(/^\/+/, '')
  if (rel === '' || rel.endsWith('/')) return present.has(rel + 'index.html')
  return present.has(rel) || present.has(rel + '/index.html')
}

async function listFiles(root: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (rel: string) => {
    for (const entry of await readdir(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name
      if (!rel && entry.name === META_DIR) continue
      if (entry.isDirectory()) await walk(child)
      else out.push(child)
    }
  }
  await walk('')
  return out.sort()
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole
  })
}
