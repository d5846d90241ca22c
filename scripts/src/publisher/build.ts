import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, type WriteStream } from 'node:fs'
import { appendFile, mkdir, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { repoRoot } from '../lib/env'
import { mapLimit } from '../lib/pool'
import { signedFetch } from '../lib/signed-fetch'
import { formatLine, type Fields, type Logger } from '../lib/log'
import type { BuildEvent, BuildRecord, BuildStep, BuildStore, SiteBuildInfo } from './build-records'
import { checkRelease, type IncrementalCheck } from './check'
import { FileCache } from './file-cache'
import { META_DIR, SNAPSHOT_FILE, type ReleaseStore } from './releases'
import { describeIssues, snapshotEnvelopeSchema, type SnapshotEnvelope } from './schemas'

/**
 * One build attempt, start to finish:
 *   snapshot  pull `${CMS_URL}/api/snapshot` (signed GET), check its envelope
 *   files     fetch every `snapshot.files[]` entry through the file cache
 *   site      run the site build into `var/releases/.tmp-<id>/`, log to `var/builds/<id>.log`
 *             (files are linked in afterwards because Astro empties its output folder)
 *   check     required pages, internal links, page count against the live release
 *   activate  rename to `var/releases/<id>/`, switch `current`, prune old releases
 * A failure at any step leaves `current` untouched and is recorded with its log.
 */
export interface BuilderOptions {
  releases: ReleaseStore
  builds: BuildStore
  cmsUrl: string
  secret: string
  /** Working folder of the site build (`<repo>/site`). */
  siteDir: string
  /** Shell command; it receives `--snapshot <file> --out <dir>` as extra arguments. */
  siteBuildCommand: string
  snapshotTimeoutMs?: number
  siteBuildTimeoutMs?: number
  fileTimeoutMs?: number
  fileConcurrency?: number
  logger: Logger
}

export interface BuildRequest {
  events: BuildEvent[]
  force: boolean
  /** Called once the record exists, so status can show the build while it runs. */
  onStart?: (record: BuildRecord) => void
  signal?: AbortSignal
}

class StepError extends Error {
  constructor(
    readonly step: BuildStep,
    message: string,
  ) {
    super(message)
  }
}

export class Builder {
  private readonly cache: FileCache

  constructor(private readonly options: BuilderOptions) {
    this.cache = new FileCache(options.releases.varDir)
  }

  async run(request: BuildRequest): Promise<BuildRecord> {
    const { releases, builds, logger } = this.options
    await builds.init()
    const id = builds.newId()
    const record = builds.create({ id, events: request.events, force: request.force })
    await builds.save(record)
    request.onStart?.(record)
    const log = createWriteStream(builds.logPath(id), { flags: 'a' })
    // A full disk must fail the build, not crash the publisher with an unhandled stream error;
    // the lines that could not be written are appended once the failed build has freed its space.
    let logError: Error | null = null
    const unwritten: string[] = []
    log.on('error', (error) => {
      logError ??= error
    })
    const note = (message: string, fields?: Fields) => {
      const line = formatLine('info', 'build', message, fields) + '\n'
      if (logError) unwritten.push(line)
      else log.write(line)
    }
    const outDir = releases.stagingDir(id)
    const inputDir = `${outDir}.input`
    logger.info('build started', {
      id,
      trigger: record.trigger,
      events: request.events.length,
      force: request.force || undefined,
    })
    note('started', { id, trigger: record.trigger, force: request.force })

    const timed = async <T>(step: BuildStep, fn: () => Promise<T>, label: string = step): Promise<T> => {
      const started = performance.now()
      note(`${label}: start`)
      try {
        return await fn()
      } catch (error) {
        throw error instanceof StepError ? error : new StepError(step, errorMessage(error))
      } finally {
        const ms = Math.round(performance.now() - started)
        record.durations[step] = (record.durations[step] ?? 0) + ms
        note(`${label}: done`, { ms })
      }
    }

    try {
      await mkdir(inputDir, { recursive: true })
      const snapshotFile = path.join(inputDir, SNAPSHOT_FILE)
      const snapshot = await timed('snapshot', () => this.pullSnapshot(snapshotFile, request.signal))
      note('snapshot', {
        generatedAt: snapshot.generatedAt,
        articles: snapshot.articles.length,
        files: snapshot.files.length,
      })

      const cached = await timed('files', () => this.fetchFiles(snapshot, note, request.signal))

      const live = await releases.live()
      await timed('site', () =>
        this.runSiteBuild(
          record,
          snapshotFile,
          outDir,
          live ? releases.dir(live) : null,
          log,
          request.signal,
        ),
      )
      await timed(
        'files',
        async () => {
          for (const file of cached) await this.cache.linkInto(file.cacheFile, path.join(outDir, file.path))
        },
        'files into release',
      )
      await mkdir(path.join(outDir, META_DIR), { recursive: true })
      await rename(snapshotFile, path.join(outDir, META_DIR, SNAPSHOT_FILE))

      const liveManifest = live ? await releases.manifest(live) : null
      const previousPages = liveManifest?.pages ?? null
      const siteBuild = await readSiteBuild(outDir)
      // Only an incremental release built on the live one, whose script hashes are known, may
      // skip reading the pages it linked from it.
      const incremental: IncrementalCheck | undefined =
        siteBuild?.mode === 'incremental' && liveManifest?.cspScriptHashes
          ? {
              rendered: siteBuild.rendered ?? [],
              removed: siteBuild.removed ?? [],
              inlineScriptHashes: liveManifest.cspScriptHashes,
            }
          : undefined
      if (siteBuild) {
        record.siteBuild = {
          mode: siteBuild.mode,
          reason: siteBuild.reason,
          rendered: siteBuild.rendered?.length ?? 0,
          removed: siteBuild.removed?.length ?? 0,
        }
        note('site build', { ...record.siteBuild })
      }
      const check = await timed('check', () =>
        checkRelease(outDir, { siteUrl: snapshot.siteUrl, previousPages, force: request.force, incremental }),
      )
      if (record.siteBuild?.mode === 'full') record.siteBuild.rendered = check.pages
      note('checked', { pages: check.pages, checkedPages: check.checkedPages })
      record.pages = check.pages
      record.brokenLinks = check.brokenLinks.slice(0, 50)
      for (const link of check.brokenLinks.slice(0, 5_000))
        note('broken link', { page: link.page, url: link.url })
      if (!check.ok)
        throw new StepError(
          'check',
          `Bản phát hành không đạt kiểm tra / Release check failed: ${check.problems.join('; ')}`,
        )

      await timed('activate', async () => {
        await releases.commit({
          id,
          createdAt: new Date().toISOString(),
          pages: check.pages,
          files: check.files,
          snapshotGeneratedAt: snapshot.generatedAt,
          trigger: record.trigger,
          cspScriptHashes: check.inlineScriptHashes,
        })
        await releases.activate(id, `build ${id} (${record.trigger})`)
      })
      record.releaseId = id
      record.status = 'success'
      const removed = await releases.prune()
      await this.cache.prune()
      await builds.prune()
      note('live', { release: id, pages: check.pages, pruned: removed.join(',') || undefined })
      logger.info('build succeeded, release is live', {
        id,
        pages: check.pages,
        mode: record.siteBuild?.mode,
        rendered: record.siteBuild?.rendered,
        ms: totalMs(record),
      })
    } catch (error) {
      const step = error instanceof StepError ? error.step : null
      record.status = 'failed'
      record.failedStep = step
      record.error = explainFailure(errorMessage(error), releases.varDir)
      note('FAILED', { step: step ?? undefined, error: record.error })
      logger.error('build failed, live release unchanged', {
        id,
        step: step ?? undefined,
        error: record.error,
      })
      await releases.discardStaging(id)
    } finally {
      await rm(inputDir, { recursive: true, force: true })
      record.finishedAt = new Date().toISOString()
      record.sitePid = null
      await builds.save(record).catch((error: unknown) =>
        // Left `running` on disk; the next start marks it interrupted.
        logger.error('cannot save the build record', {
          id,
          error: explainFailure(errorMessage(error), releases.varDir),
        }),
      )
      await new Promise((resolve) => log.end(resolve))
      if (logError) {
        const lost = `[log: ${errorMessage(logError)}; later lines follow]\n${unwritten.slice(-200).join('')}`
        await appendFile(builds.logPath(id), lost).catch(() => undefined)
      }
    }
    return record
  }

  private async pullSnapshot(file: string, signal?: AbortSignal): Promise<SnapshotEnvelope> {
    const url = new URL('/api/snapshot', this.options.cmsUrl)
    let res: Response
    try {
      res = await signedFetch(url, {
        secret: this.options.secret,
        timeoutMs: this.options.snapshotTimeoutMs ?? 120_000,
        signal,
      })
    } catch (error) {
      throw new Error(`Không lấy được snapshot / Cannot reach ${url.href}: ${errorMessage(error)}`)
    }
    if (!res.ok || !res.body) {
      const detail = (await res.text().catch(() => '')).slice(0, 300)
      throw new Error(`Snapshot ${url.href}: HTTP ${res.status}${detail ? ` — ${detail}` : ''}`)
    }
    // Streamed to disk: at reference scale the snapshot is hundreds of megabytes.
    await pipeline(
      Readable.fromWeb(res.body as import('node:stream/web').ReadableStream),
      createWriteStream(file),
    )
    let json: unknown
    try {
      json = JSON.parse(await readFile(file, 'utf8'))
    } catch (error) {
      throw new Error(`Snapshot is not valid JSON: ${errorMessage(error)}`)
    }
    const parsed = snapshotEnvelopeSchema.safeParse(json)
    if (!parsed.success)
      throw new Error(`Snapshot không hợp lệ / Invalid snapshot: ${describeIssues(parsed.error)}`)
    return parsed.data
  }

  private async fetchFiles(
    snapshot: SnapshotEnvelope,
    note: (message: string, fields?: Fields) => void,
    signal?: AbortSignal,
  ): Promise<{ path: string; cacheFile: string }[]> {
    const cmsOrigin = new URL(this.options.cmsUrl).origin
    let downloaded = 0
    const results = await mapLimit(snapshot.files, this.options.fileConcurrency ?? 8, async (entry) => {
      signal?.throwIfAborted()
      const url = new URL(entry.sourceUrl, this.options.cmsUrl)
      const timeoutMs = this.options.fileTimeoutMs ?? 60_000
      const { file, hit } = await this.cache.get(url, entry.bytes, (u) =>
        // The CMS may protect its files like the snapshot; other hosts never see our signature.
        u.origin === cmsOrigin
          ? signedFetch(u, { secret: this.options.secret, timeoutMs, signal })
          : fetch(u, {
              signal: signal
                ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)])
                : AbortSignal.timeout(timeoutMs),
            }),
      )
      if (!hit) downloaded++
      return { path: entry.path.slice(1), cacheFile: file }
    })
    note('files', { total: results.length, downloaded, cached: results.length - downloaded })
    return results
  }

  private async runSiteBuild(
    record: BuildRecord,
    snapshotFile: string,
    outDir: string,
    previousRelease: string | null,
    log: WriteStream,
    signal?: AbortSignal,
  ): Promise<void> {
    const timeoutMs = this.options.siteBuildTimeoutMs ?? 10 * 60_000
    const command = this.options.siteBuildCommand
    log.write(`$ ${command} --snapshot ${snapshotFile} --out ${outDir}\n`)
    // `sh -c '<cmd> "$@"'` appends our arguments quoted, whatever the command looks like;
    // its own process group lets a timeout stop the whole tree (pnpm → node → astro → pagefind).
    const child = spawn(
      '/bin/sh',
      ['-c', `${command} "$@"`, 'site-build', '--snapshot', snapshotFile, '--out', outDir],
      {
        cwd: this.options.siteDir,
        env: {
          ...process.env,
          CONG_BUILD_ID: record.id,
          CONG_SNAPSHOT_FILE: snapshotFile,
          CONG_OUT_DIR: outDir,
          ...(previousRelease ? { CONG_PREVIOUS_RELEASE_DIR: previousRelease } : {}),
          // `pnpm ops rebuild` is the operator's full rebuild: every page rendered anew.
          ...(record.events.some((e) => e.source === 'ops' && e.event === 'rebuild')
            ? { CONG_FULL_BUILD: 'rebuild requested by ops' }
            : {}),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    )
    // Listen before any await: a command that dies at once would otherwise close unseen and
    // leave the build "running" forever, blocking every later build.
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>(
      (resolve) => {
        child.on('error', (error) => resolve({ code: null, signal: null, error }))
        child.on('close', (code, sig) => resolve({ code, signal: sig }))
      },
    )
    child.stdout.pipe(log, { end: false })
    child.stderr.pipe(log, { end: false })
    let tail = ''
    const keepTail = (chunk: Buffer) => {
      tail = (tail + chunk.toString('utf8')).slice(-4_000)
    }
    child.stdout.on('data', keepTail)
    child.stderr.on('data', keepTail)

    let stopReason: string | null = null
    const stop = (reason: string) => {
      if (stopReason) return
      stopReason = reason
      killGroup(child.pid, 'SIGTERM')
      setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000).unref()
    }
    record.sitePid = child.pid ?? null
    await this.options.builds.save(record)
    const timer = setTimeout(
      () => stop(`quá thời gian / timed out after ${Math.round(timeoutMs / 1000)} s`),
      timeoutMs,
    )
    const onAbort = () => stop('bị dừng / stopped')
    signal?.addEventListener('abort', onAbort)
    // A stop that came while the record was being saved (or before the spawn) fired no event.
    if (signal?.aborted) onAbort()

    const exit = await exited
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
    // The shell may be gone while a grandchild still writes; make sure nothing outlives the step.
    killGroup(child.pid, 'SIGKILL')
    record.sitePid = null

    if (stopReason) throw new Error(`Site build ${stopReason}`)
    if (exit.error) throw new Error(`Cannot start the site build (${command}): ${exit.error.message}`)
    if (exit.code !== 0) {
      const lastLines = tail.trim().split('\n').slice(-3).join(' | ')
      // A stack trace's last lines rarely say why: name a full disk wherever it shows.
      const diskFull =
        DISK_FULL.test(tail) && !DISK_FULL.test(lastLines) ? ' (ENOSPC: no space left on device)' : ''
      throw new Error(
        `Site build exited with ${exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`}${lastLines ? `: ${lastLines}` : ''}${diskFull} (full output in the build log)`,
      )
    }
    if (!existsSync(outDir)) throw new Error(`Site build wrote nothing to ${outDir}`)
  }
}

/** What build-site.ts records in `<release>/.cong/site-build.json`; absent for other build commands. */
interface SiteBuildFile {
  mode: SiteBuildInfo['mode']
  reason: string
  rendered?: string[]
  removed?: string[]
}

async function readSiteBuild(outDir: string): Promise<SiteBuildFile | null> {
  try {
    const parsed = JSON.parse(
      await readFile(path.join(outDir, META_DIR, SITE_BUILD_FILE), 'utf8'),
    ) as SiteBuildFile
    return parsed.mode === 'full' || parsed.mode === 'incremental' ? parsed : null
  } catch {
    return null
  }
}

/** The file build-site.ts leaves in the release's meta folder (site/scripts/build-site.ts SITE_BUILD_FILE). */
export const SITE_BUILD_FILE = 'site-build.json'

/**
 * `CONG_SITE_BUILD_CMD` if set, else the site's own build script run with tsx from the scripts
 * package (the site package does not depend on tsx).
 */
export function siteBuildCommand(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CONG_SITE_BUILD_CMD) return env.CONG_SITE_BUILD_CMD
  const tsx = path.join(repoRoot(), 'scripts', 'node_modules', '.bin', 'tsx')
  return `${shellQuote(tsx)} scripts/build-site.ts`
}

export function shellQuote(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return
  try {
    process.kill(-pid, signal)
  } catch {
    // Already exited.
  }
}

function totalMs(record: BuildRecord): number {
  return Object.values(record.durations).reduce((a, b) => a + (b ?? 0), 0)
}

const DISK_FULL = /ENOSPC|no space left on device/i
export const DISK_FULL_MESSAGE = 'Hết dung lượng đĩa / Disk full'

/** A failure an operator must act on outside the CMS says so first, in both languages. */
export function explainFailure(message: string, varDir: string): string {
  if (!DISK_FULL.test(message) || message.startsWith(DISK_FULL_MESSAGE)) return message
  return `${DISK_FULL_MESSAGE}: giải phóng dung lượng ở ${varDir} rồi dựng lại / free space in ${varDir}, then rebuild. ${message}`
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : ''
    return error.message + cause
  }
  return String(error)
}
