/**
 * Build the public site from a content snapshot: `astro build` into the output folder, then the
 * Pagefind search index into `<out>/pagefind/`. The publisher runs this as a child process:
 *
 *   node --import tsx site/scripts/build-site.ts --snapshot /abs/snapshot.json --out /abs/release
 *
 * Exit code 0 on success, 1 on failure (the reason on stderr). The last stdout line is a JSON
 * summary: {"pages":…, "indexedPages":…, "astroSeconds":…, "pagefindSeconds":…}.
 * `SITE_URL` (canonical base) is passed through; `files` in the snapshot are the caller's job.
 */
import { spawn } from 'node:child_process'
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Command } from 'commander'
import { buildSearchIndex } from './search-index'

const SITE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..')

export interface BuildOptions {
  snapshotPath: string
  outDir: string
  siteUrl?: string
  /** Where Astro's own output goes; the parent's stdout by default. */
  log?: (line: string) => void
}

export interface BuildSummary {
  pages: number
  indexedPages: number
  astroSeconds: number
  pagefindSeconds: number
}

const seconds = (since: number) => Math.round((performance.now() - since) / 10) / 100

function runAstroBuild(options: BuildOptions): Promise<void> {
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

async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true })
  return entries.filter((name) => name.endsWith('.html')).length
}

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

export async function buildSite(options: BuildOptions): Promise<BuildSummary> {
  const outDir = resolve(options.outDir)
  // Astro renders pages with server chunks written into the output folder, which must sit inside
  // the site package for them to import its node_modules (outside it, Astro stages them in one
  // shared `.astro/` that concurrent builds would trample). So build in a private staging folder
  // under site/.builds/ and move the result to `outDir`.
  const staging = join(SITE_DIR, '.builds', `${process.pid}-${Date.now().toString(36)}`)
  await mkdir(dirname(staging), { recursive: true })
  await mkdir(dirname(outDir), { recursive: true })
  try {
    const astroStart = performance.now()
    await runAstroBuild({ ...options, snapshotPath: resolve(options.snapshotPath), outDir: staging })
    const astroSeconds = seconds(astroStart)
    await moveDir(staging, outDir)
    const pages = await countHtml(outDir)
    const pagefindStart = performance.now()
    const { indexedPages } = await buildSearchIndex({ outDir })
    return { pages, indexedPages, astroSeconds, pagefindSeconds: seconds(pagefindStart) }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function main() {
  const program = new Command()
    .name('build-site')
    .description('Build the static portal and its search index from a content snapshot.')
    .requiredOption('--snapshot <file>', 'snapshot JSON (type Snapshot, shared/src/snapshot.ts)')
    .requiredOption('--out <dir>', 'output folder for the site')
    .option('--site-url <url>', 'canonical base URL (default: $SITE_URL, then the snapshot’s siteUrl)')
    .option('--quiet', 'do not echo Astro’s output')
    .parse()
  const opts = program.opts<{ snapshot: string; out: string; siteUrl?: string; quiet?: boolean }>()
  const summary = await buildSite({
    snapshotPath: opts.snapshot,
    outDir: opts.out,
    siteUrl: opts.siteUrl,
    log: opts.quiet ? undefined : (line) => console.log(line),
  })
  console.log(
    `astro build: ${summary.astroSeconds} s, ${summary.pages} HTML files · pagefind: ${summary.pagefindSeconds} s, ${summary.indexedPages} pages indexed`,
  )
  console.log(JSON.stringify(summary))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
