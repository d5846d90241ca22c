import { readdir, readFile, stat } from 'node:fs/promises'
import { get } from 'node:http'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty list')
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** What a process of the site build is, from its command line: the peaks are told apart by it. */
export type BuildProcessRole = 'astro' | 'pagefind' | 'driver'

/**
 * build-site.ts (the driver) runs `node …/astro.js build`, then Pagefind's Node API, which starts
 * the `pagefind` binary as its child; everything else in the group (tsx's loader) is the driver.
 */
export function buildProcessRole(commandLine: string): BuildProcessRole {
  const args = commandLine.split('\0').filter(Boolean)
  if (args.some((arg) => /(^|\/)pagefind[^/]*$/.test(arg) && !arg.endsWith('.ts') && !arg.endsWith('.js'))) return 'pagefind'
  if (args.some((arg) => /(^|\/)astro(\.js|\.mjs)?$/.test(arg))) return 'astro'
  return 'driver'
}

export type RoleBytes = Record<BuildProcessRole, number>
const noRoles = (): RoleBytes => ({ astro: 0, pagefind: 0, driver: 0 })

/** Resident memory of every process in a process group, from /proc (Linux only). */
async function groupRssBytes(pgid: number): Promise<{ total: number; largest: number; byRole: RoleBytes }> {
  let total = 0
  let largest = 0
  const byRole = noRoles()
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command name (which may hold spaces): state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      const status = await readFile(`/proc/${entry}/status`, 'utf8')
      const bytes = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024
      total += bytes
      largest = Math.max(largest, bytes)
      byRole[buildProcessRole(await readFile(`/proc/${entry}/cmdline`, 'utf8'))] += bytes
    } catch {
      // The process ended between listing and reading.
    }
  }
  return { total, largest, byRole }
}

export interface PeakRss {
  totalBytes: number
  largestProcessBytes: number
  /** Peak of each role's sum (astro and its children, the pagefind binary, the driver). */
  byRoleBytes: RoleBytes
  samples: number
}

/**
 * Samples the memory of the site build while it runs. The publisher starts it in its own
 * process group (pid = group id), so the sum over the group covers astro, its workers and
 * Pagefind; the peak is sampled, so very short spikes can be missed. `reset` starts a new peak
 * (one per build) without stopping the sampler.
 */
export function watchPeakRss(currentPid: () => number | null, intervalMs = 200) {
  const fresh = (): PeakRss => ({ totalBytes: 0, largestProcessBytes: 0, byRoleBytes: noRoles(), samples: 0 })
  let peak = fresh()
  let busy = false
  const timer = setInterval(() => {
    const pid = currentPid()
    if (!pid || busy) return
    busy = true
    const into = peak
    void groupRssBytes(pid)
      .then(({ total, largest, byRole }) => {
        into.samples++
        into.totalBytes = Math.max(into.totalBytes, total)
        into.largestProcessBytes = Math.max(into.largestProcessBytes, largest)
        for (const role of Object.keys(byRole) as BuildProcessRole[]) into.byRoleBytes[role] = Math.max(into.byRoleBytes[role], byRole[role])
      })
      .finally(() => {
        busy = false
      })
  }, intervalMs)
  return {
    get peak() {
      return peak
    },
    /** The peak so far, and a new one from now on. */
    reset: () => {
      const done = peak
      peak = fresh()
      return done
    },
    stop: () => clearInterval(timer),
  }
}

/** Bytes on the wire for a GET with `accept-encoding: gzip` (what a browser downloads). */
export function gzipTransferSize(url: string): Promise<{ status: number; bytes: number; encoding: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const raw = Buffer.concat(chunks)
        const encoding = res.headers['content-encoding']
        resolve({ status: res.statusCode ?? 0, bytes: raw.length, encoding, body: (encoding === 'gzip' ? gunzipSync(raw) : raw).toString('utf8') })
      })
      res.on('error', reject)
    }).on('error', reject)
  })
}

/** Stylesheets and scripts an HTML page loads (same-origin paths). */
export function pageAssets(html: string): { stylesheets: string[]; scripts: number } {
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)]
    .map((m) => /href="([^"]+)"/.exec(m[0])?.[1])
    .filter((href): href is string => Boolean(href))
  const scripts = [...html.matchAll(/<script\b/g)].length
  return { stylesheets, scripts }
}

/** One article page as a browser gets it: gzip bytes of its HTML and linked stylesheets, script tags. */
export async function measureArticlePage(url: string) {
  const page = await gzipTransferSize(url)
  if (page.status !== 200) throw new Error(`${url} answered ${page.status}`)
  const assets = pageAssets(page.body)
  const css = await Promise.all(assets.stylesheets.map((href) => gzipTransferSize(new URL(href, url).href)))
  return {
    url: new URL(url).pathname,
    htmlGzipBytes: page.bytes,
    cssGzipBytes: css.map((c, i) => ({ href: assets.stylesheets[i], bytes: c.bytes })),
    totalGzipBytes: page.bytes + css.reduce((sum, c) => sum + c.bytes, 0),
    scriptTags: assets.scripts,
    encoding: page.encoding ?? 'identity',
  }
}

/**
 * Whether the release's Pagefind index has a page whose fragment contains `text`. Looks in every
 * `fragment` folder under `pagefind/` (one bundle, or one per shard), newest files first: the
 * page was just published, so its fragment is among the files the last build wrote.
 */
export async function searchIndexHas(releaseDir: string, text: string): Promise<boolean> {
  const root = path.join(releaseDir, 'pagefind')
  const fragments = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.pf_fragment') && path.basename(path.dirname(name)) === 'fragment')
  const dated = await Promise.all(fragments.map(async (name) => ({ name, mtime: (await stat(path.join(root, name))).mtimeMs })))
  dated.sort((a, b) => b.mtime - a.mtime)
  for (const { name } of dated) {
    if (gunzipSync(await readFile(path.join(root, name))).toString('utf8').includes(text)) return true
  }
  return false
}

/** Bytes and files of a folder (a release), and of one sub-folder of it (its search index). */
export async function folderSize(dir: string, part?: string): Promise<{ bytes: number; files: number; part?: { bytes: number; files: number } }> {
  const total = { bytes: 0, files: 0 }
  const inPart = { bytes: 0, files: 0 }
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    const { size } = await stat(file)
    total.bytes += size
    total.files++
    if (part && path.relative(path.join(dir, part), file).split(path.sep)[0] !== '..') {
      inPart.bytes += size
      inPart.files++
    }
  }
  return part ? { ...total, part: inPart } : total
}

/** The site build's closing JSON summary line (site/scripts/build-site.ts) from a build log. */
export interface SiteBuildSummary {
  pages: number
  indexedPages: number
  astroSeconds: number
  pagefindSeconds: number
  /** Incremental builds say so, and how many pages they rendered and linked. */
  mode?: string
  reason?: string
  pagesRendered?: number
  pagesLinked?: number
  [field: string]: unknown
}

/** The last line of a build log that is a JSON object with `pages`: the site build's summary. */
export function siteBuildSummary(log: string): SiteBuildSummary | null {
  for (const line of log.split('\n').reverse()) {
    if (!line.startsWith('{')) continue
    try {
      const parsed = JSON.parse(line) as unknown
      if (parsed && typeof parsed === 'object' && 'pages' in parsed) return parsed as SiteBuildSummary
    } catch {
      // A log line that only looks like JSON.
    }
  }
  return null
}
