import { readdir, readFile } from 'node:fs/promises'
import { get } from 'node:http'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of an empty list')
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

/** Resident memory of every process in a process group, from /proc (Linux only). */
async function groupRssBytes(pgid: number): Promise<{ total: number; largest: number }> {
  let total = 0
  let largest = 0
  for (const entry of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8')
      // Fields after the command name (which may hold spaces): state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== pgid) continue
      const status = await readFile(`/proc/${entry}/status`, 'utf8')
      const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0)
      total += kb * 1024
      largest = Math.max(largest, kb * 1024)
    } catch {
      // The process ended between listing and reading.
    }
  }
  return { total, largest }
}

/**
 * Samples the memory of the site build while it runs. The publisher starts it in its own
 * process group (pid = group id), so the sum over the group covers astro, its workers and
 * Pagefind; the peak is sampled, so very short spikes can be missed.
 */
export function watchPeakRss(currentPid: () => number | null, intervalMs = 200) {
  const peak = { totalBytes: 0, largestProcessBytes: 0, samples: 0 }
  let busy = false
  const timer = setInterval(() => {
    const pid = currentPid()
    if (!pid || busy) return
    busy = true
    void groupRssBytes(pid)
      .then(({ total, largest }) => {
        peak.samples++
        peak.totalBytes = Math.max(peak.totalBytes, total)
        peak.largestProcessBytes = Math.max(peak.largestProcessBytes, largest)
      })
      .finally(() => {
        busy = false
      })
  }, intervalMs)
  return { peak, stop: () => clearInterval(timer) }
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

/** Whether the release's Pagefind index has a page whose fragment contains `text`. */
export async function searchIndexHas(releaseDir: string, text: string): Promise<boolean> {
  const dir = path.join(releaseDir, 'pagefind', 'fragment')
  for (const name of await readdir(dir)) {
    if (name.endsWith('.pf_fragment') && gunzipSync(await readFile(path.join(dir, name))).toString('utf8').includes(text)) return true
  }
  return false
}

/** The site build's closing JSON line (site/scripts/build-site.ts) from a build log. */
export function siteBuildSummary(log: string): { pages: number; indexedPages: number; astroSeconds: number; pagefindSeconds: number } | null {
  const line = log
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{"pages":'))
  return line ? (JSON.parse(line) as { pages: number; indexedPages: number; astroSeconds: number; pagefindSeconds: number }) : null
}
