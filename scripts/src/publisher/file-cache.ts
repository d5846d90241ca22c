import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream, existsSync } from 'node:fs'
import { copyFile, link, mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/**
 * Downloaded snapshot files, kept under `var/cache/files/` by URL and size so a rebuild fetches
 * only what changed, and hard-linked into each release so five releases cost the space of one.
 * A cached file no release links to any more (link count 1) is removed by `prune()`.
 */
export class FileCache {
  readonly dir: string

  constructor(varDir: string) {
    this.dir = path.join(varDir, 'cache', 'files')
  }

  key(sourceUrl: string, bytes?: number): string {
    return createHash('sha256').update(`${sourceUrl}\n${bytes ?? ''}`).digest('hex')
  }

  /** The cached copy of `url`, downloaded first if needed. Returns the path and whether it was a hit. */
  async get(
    url: URL,
    bytes: number | undefined,
    fetchFile: (url: URL) => Promise<Response>,
  ): Promise<{ file: string; hit: boolean }> {
    await mkdir(this.dir, { recursive: true })
    const file = path.join(this.dir, this.key(url.href, bytes))
    if (existsSync(file)) return { file, hit: true }
    const res = await fetchFile(url)
    if (!res.ok || !res.body) throw new Error(`${url.href}: HTTP ${res.status}`)
    const tmp = `${file}.tmp-${randomBytes(4).toString('hex')}`
    try {
      await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream), createWriteStream(tmp))
      const size = (await stat(tmp)).size
      if (bytes !== undefined && size !== bytes) throw new Error(`${url.href}: got ${size} bytes, the snapshot says ${bytes}`)
      await rename(tmp, file)
    } finally {
      await rm(tmp, { force: true })
    }
    return { file, hit: false }
  }

  /** Places the cached `file` at `dest`, replacing anything there. */
  async linkInto(file: string, dest: string): Promise<void> {
    await mkdir(path.dirname(dest), { recursive: true })
    await rm(dest, { force: true })
    try {
      await link(file, dest)
    } catch (error) {
      if (!['EXDEV', 'EPERM', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error
      await copyFile(file, dest)
    }
  }

  /** Removes cached files no release uses and downloads a killed build left half-written. */
  async prune(): Promise<number> {
    let removed = 0
    for (const name of await readdir(this.dir).catch(() => [] as string[])) {
      const file = path.join(this.dir, name)
      const info = await stat(file).catch(() => null)
      if (!info) continue
      if (name.includes('.tmp-') || info.nlink <= 1) {
        await rm(file, { force: true })
        removed++
      }
    }
    return removed
  }
}
