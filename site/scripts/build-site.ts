/**
 * Build the public site from a content snapshot: `astro build` into the output folder, then the
 * Pagefind search index into `<out>/pagefind/`. The publisher runs this as a child process:
 *
 *   node --import tsx site/scripts/build-site.ts --snapshot /abs/snapshot.json --out /abs/release
 *
 * With a previous release (`--previous <dir>` or `CONG_PREVIOUS_RELEASE_DIR`, holding its snapshot
 * in `.cong/snapshot.json` and this script's record in `.cong/site-build.json`), the build is
 * incremental: shared/src/affectedPages.ts says which pages and feeds the new snapshot changes,
 * Astro renders only those, and every other file is hard-linked from the previous release, which
 * is never written to (new files always replace, never overwrite). Site code, settings, menus,
 * sections or units changing, or no usable previous release, make it a full build.
 * `CONG_FULL_BUILD=<reason>` asks for a full build all the same. `CONG_BUILT_AT` fixes the build
 * time (comment periods). `CONG_BUILD_BATCH_PAGES` renders a full build in several Astro runs of
 * that many pages and feeds each, to bound the heap on very large sites.
 *
 * Exit code 0 on success, 1 on failure (the reason on stderr). The last stdout line is a JSON
 * summary: {"mode":"full"|"incremental", "reason":…, "pages":…, "pagesRendered":…,
 * "pagesLinked":…, "filesLinked":…, "indexedPages":…, "astroSeconds":…, "pagefindSeconds":…}.
 * `SITE_URL` (canonical base) is passed through; `files` in the snapshot are the caller's job.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, link, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { affectedPages } from '@cong/shared/affectedPages'
import { siteFeeds, sitePages } from '@cong/shared/routes'
import { sitemapShards } from '@cong/shared/sitemapShards'
import type { Snapshot } from '@cong/shared/snapshot'
import { Command } from 'commander'
import { buildTime } from '../src/data/snapshot'
import { buildSearchIndex } from './search-index'

const SITE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export interface BuildOptions {
  snapshotPath: string
  outDir: string
  siteUrl?: string
  /** Where Astro's own output goes; the parent's stdout by default. */
  log?: (line: string) => void
  /** The live release to build on; null forces a full build. Default: `CONG_PREVIOUS_RELEASE_DIR`. */
  previousRelease?: string | null
  /** Pages per Astro run in a full build; default `CONG_BUILD_BATCH_PAGES`, else all in one run. */
  batchPages?: number
}

export interface BuildSummary {
  mode: 'full' | 'incremental'
  /** Why the build was full, or what changed for an incremental one. */
  reason: string
  /** HTML files in the release. */
  pages: number
  /** HTML files Astro wrote in this build (all of them in a full build). */
  pagesRendered: number
  /** HTML files hard-linked from the previous release. */
  pagesLinked: number
  /** All files hard-linked from the previous release (pages, feeds, assets). */
  filesLinked: number
  indexedPages: number
  astroSeconds: number
  pagefindSeconds: number
}

/** The release's folder of things never served; the publisher keeps the snapshot there too. */
export const META_DIR = '.cong'
const SNAPSHOT_FILE = 'snapshot.json'
export const SITE_BUILD_FILE = 'site-build.json'

/** What build-site leaves in `<release>/.cong/site-build.json` for the next incremental build. */
export interface SiteBuildRecord {
  builtAt: string
  /** Hash of the site's and shared package's code: different code renders different HTML. */
  codeHash: string
  mode: 'full' | 'incremental'
  reason: string
  /** Site paths rendered and removed (incremental builds only). */
  rendered?: string[]
  removed?: string[]
}

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100

interface AstroRun {
  snapshotPath: string
  outDir: string
  siteUrl?: string
  log?: (line: string) => void
  /** JSON file listing the site paths to render; all pages, feeds and sitemap shards without it. */
  renderPathsFile?: string
  builtAt: Date
}

function runAstroBuild(options: AstroRun): Promise<void> {
  // astro.js is the package's bin and not in its exports map; find it beside package.json.
  const astroBin = join(
    dirname(createRequire(join(SITE_DIR, 'package.json')).resolve('astro/package.json')),
    'astro.js',
  )
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [astroBin, 'build'], {
      cwd: SITE_DIR,
      env: {
        ...process.env,
        SNAPSHOT_PATH: options.snapshotPath,
        OUT_DIR: options.outDir,
        CONG_BUILT_AT: options.builtAt.toISOString(),
        ...(options.renderPathsFile ? { CONG_RENDER_PATHS: options.renderPathsFile } : {}),
        ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const tail: string[] = []
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        options.log?.(line)
        tail.push(line)
        if (tail.length > 40) tail.shift()
      }
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    child.on('error', fail)
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`astro build exited with code ${code}:\n${tail.join('\n')}`)),
    )
  })
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
}

const countHtml = (files: string[]) => files.filter((name) => name.endsWith('.html')).length

/** Rename when possible; copy across file systems or into an existing folder. */
async function moveDir(from: string, to: string) {
  try {
    await rename(from, to)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EXDEV' && code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error
    await cp(from, to, { recursive: true })
    await rm(from, { recursive: true, force: true })
  }
}

/** Move every file of `from` into `to`, replacing (never writing into) a file already there. */
async function mergeInto(from: string, to: string) {
  for (const file of await listFiles(from)) {
    await mkdir(dirname(join(to, file)), { recursive: true })
    await moveDir(join(from, file), join(to, file))
  }
}

/** The release file a site path is written to: `/a/b/` → `a/b/index.html`, `/rss.xml` → `rss.xml`. */
export const fileOfPath = (path: string): string => {
  const rel = decodeURI(path).replace(/^\/+/, '')
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel
}

/**
 * Hash of everything that shapes the HTML besides the snapshot: the site's and the shared
 * package's sources, the Astro config and the lockfile. A release built by other code is never
 * mixed with this code's pages.
 */
export async function siteCodeHash(): Promise<string> {
  const hash = createHash('sha256')
  const roots = [join(SITE_DIR, 'src'), join(SITE_DIR, 'public'), join(SITE_DIR, '..', 'shared', 'src')]
  const files = [
    join(SITE_DIR, 'astro.config.mjs'),
    join(SITE_DIR, 'package.json'),
    join(SITE_DIR, '..', 'pnpm-lock.yaml'),
  ]
  for (const root of roots) {
    for (const file of (await listFiles(root)).sort()) {
      if (!/\.test\.ts$/.test(file)) files.push(join(root, file))
    }
  }
  for (const file of files) {
    hash.update(file.slice(SITE_DIR.length)).update('\0')
    hash.update(await readFile(file).catch(() => Buffer.alloc(0))).update('\0')
  }
  return hash.digest('hex')
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

type Plan =
  | { mode: 'full'; reason: string }
  | { mode: 'incremental'; reason: string; render: string[]; remove: string[]; previous: string }

async function plan(
  snapshot: Snapshot,
  previous: string | null,
  builtAt: Date,
  codeHash: string,
): Promise<Plan> {
  if (process.env.CONG_FULL_BUILD) return { mode: 'full', reason: process.env.CONG_FULL_BUILD }
  if (!previous) return { mode: 'full', reason: 'no previous release' }
  const record = await readJson<SiteBuildRecord>(join(previous, META_DIR, SITE_BUILD_FILE))
  const before = await readJson<Snapshot>(join(previous, META_DIR, SNAPSHOT_FILE))
  if (!record || !before) return { mode: 'full', reason: 'previous release has no snapshot or build record' }
  if (record.codeHash !== codeHash) return { mode: 'full', reason: 'site code changed' }
  const affected = affectedPages(before, snapshot, { previousBuiltAt: new Date(record.builtAt), builtAt })
  return affected.mode === 'full' ? affected : { ...affected, previous }
}

/**
 * Hard-link every file of the previous release into `outDir` that this build neither wrote nor
 * removed. Skipped: the meta folder, the search index (buildSearchIndex's), and the snapshot's
 * media files, which the publisher links in from its file cache for the new snapshot.
 */
async function linkUnchanged(
  previous: string,
  outDir: string,
  skip: Set<string>,
): Promise<{ files: number; pages: number }> {
  const written = new Set(await listFiles(outDir))
  let files = 0
  let pages = 0
  const made = new Set<string>()
  for (const file of await listFiles(previous)) {
    const top = file.slice(0, file.indexOf('/') + 1 || undefined)
    if (top === `${META_DIR}/` || top === 'pagefind/' || written.has(file) || skip.has(file)) continue
    const dest = join(outDir, file)
    const dir = dirname(dest)
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true })
      made.add(dir)
    }
    try {
      await link(join(previous, file), dest)
    } catch (error) {
      // Another file system or a link limit: a copy keeps the release whole, only bigger.
      if (!['EXDEV', 'EPERM', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error
      await cp(join(previous, file), dest)
    }
    files++
    if (file.endsWith('.html')) pages++
  }
  return { files, pages }
}

export async function buildSite(options: BuildOptions): Promise<BuildSummary> {
  const outDir = resolve(options.outDir)
  const snapshotPath = resolve(options.snapshotPath)
  const previousOption =
    options.previousRelease === undefined
      ? process.env.CONG_PREVIOUS_RELEASE_DIR || null
      : options.previousRelease
  const previous = previousOption ? resolve(previousOption) : null
  const batchPages = options.batchPages ?? (Number(process.env.CONG_BUILD_BATCH_PAGES) || 0)
  const builtAt = buildTime()
  // Astro renders pages with server chunks written into the output folder, which must sit inside
  // the site package for them to import its node_modules (outside it, Astro stages them in one
  // shared `.astro/` that concurrent builds would trample). So build in a private staging folder
  // under site/.builds/ and move the result to `outDir`.
  const work = join(SITE_DIR, '.builds', `${process.pid}-${Date.now().toString(36)}`)
  await mkdir(work, { recursive: true })
  await mkdir(dirname(outDir), { recursive: true })
  try {
    const snapshot = JSON.parse(await readFile(snapshotPath, 'utf8')) as Snapshot
    const codeHash = await siteCodeHash()
    const chosen = await plan(snapshot, previous, builtAt, codeHash)
    const astro = (outDir: string, paths?: string[]) =>
      (async () => {
        let renderPathsFile: string | undefined
        if (paths) {
          renderPathsFile = join(work, `paths-${Math.random().toString(36).slice(2)}.json`)
          await writeFile(renderPathsFile, JSON.stringify(paths))
        }
        await runAstroBuild({
          snapshotPath,
          outDir,
          siteUrl: options.siteUrl,
          log: options.log,
          renderPathsFile,
          builtAt,
        })
      })()

    const astroStart = performance.now()
    let linked = { files: 0, pages: 0 }
    let changedPages: string[] | undefined
    if (chosen.mode === 'incremental') {
      await astro(join(work, 'out'), chosen.render)
      await moveDir(join(work, 'out'), outDir)
      const removedFiles = chosen.remove.map(fileOfPath)
      const media = (await readJson<Snapshot>(join(chosen.previous, META_DIR, SNAPSHOT_FILE)))?.files ?? []
      linked = await linkUnchanged(
        chosen.previous,
        outDir,
        new Set([...removedFiles, ...media.map((f) => f.path.replace(/^\/+/, ''))]),
      )
      changedPages = [...chosen.render, ...chosen.remove].filter((p) => p.endsWith('/'))
    } else {
      const all = [
        ...sitePages(snapshot).map((p) => p.path),
        ...siteFeeds(snapshot).map((f) => f.path),
        ...sitemapShards(snapshot).map((s) => s.path),
      ]
      if (batchPages > 0 && all.length > batchPages) {
        // Each run holds only its slice's pages; the static routes (sitemap, 404…) come out of
        // every run the same and the later copy replaces the earlier.
        for (let i = 0; i < all.length; i += batchPages) {
          const batchDir = join(work, `batch-${i}`)
          await astro(batchDir, all.slice(i, i + batchPages))
          if (i === 0) await moveDir(batchDir, outDir)
          else await mergeInto(batchDir, outDir)
          await rm(batchDir, { recursive: true, force: true })
        }
      } else {
        await astro(join(work, 'out'))
        await moveDir(join(work, 'out'), outDir)
      }
    }
    const astroSeconds = seconds(astroStart)
    const files = await listFiles(outDir)
    const pages = countHtml(files)

    const pagefindStart = performance.now()
    const { indexedPages } = await buildSearchIndex({
      outDir,
      ...(chosen.mode === 'incremental' ? { previousRelease: chosen.previous, changedPages } : {}),
    })
    const record: SiteBuildRecord = {
      builtAt: builtAt.toISOString(),
      codeHash,
      mode: chosen.mode,
      reason: chosen.reason,
      ...(chosen.mode === 'incremental' ? { rendered: chosen.render, removed: chosen.remove } : {}),
    }
    await mkdir(join(outDir, META_DIR), { recursive: true })
    await writeFile(join(outDir, META_DIR, SITE_BUILD_FILE), JSON.stringify(record))
    return {
      mode: chosen.mode,
      reason: chosen.reason,
      pages,
      pagesRendered: pages - linked.pages,
      pagesLinked: linked.pages,
      filesLinked: linked.files,
      indexedPages,
      astroSeconds,
      pagefindSeconds: seconds(pagefindStart),
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

async function main() {
  const program = new Command()
    .name('build-site')
    .description('Build the static portal and its search index from a content snapshot.')
    .requiredOption('--snapshot <file>', 'snapshot JSON (type Snapshot, shared/src/snapshot.ts)')
    .requiredOption('--out <dir>', 'output folder for the site')
    .option('--site-url <url>', 'canonical base URL (default: $SITE_URL, then the snapshot’s siteUrl)')
    .option('--previous <dir>', 'release to build on incrementally (default: $CONG_PREVIOUS_RELEASE_DIR)')
    .option('--full', 'build every page even with a previous release')
    .option('--quiet', 'do not echo Astro’s output')
    .parse()
  const opts = program.opts<{
    snapshot: string
    out: string
    siteUrl?: string
    previous?: string
    full?: boolean
    quiet?: boolean
  }>()
  const summary = await buildSite({
    snapshotPath: opts.snapshot,
    outDir: opts.out,
    siteUrl: opts.siteUrl,
    previousRelease: opts.full ? null : opts.previous,
    log: opts.quiet ? undefined : (line) => console.log(line),
  })
  console.log(
    `${summary.mode} build (${summary.reason}): astro ${summary.astroSeconds} s, ${summary.pages} HTML files (${summary.pagesRendered} rendered, ${summary.pagesLinked} linked) · pagefind: ${summary.pagefindSeconds} s, ${summary.indexedPages} pages indexed`,
  )
  console.log(JSON.stringify(summary))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
