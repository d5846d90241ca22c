import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { silentLogger } from '../../src/lib/log'
import { signedFetch } from '../../src/lib/signed-fetch'
import { BuildStore, buildProcesses, type BuildRecord } from '../../src/publisher/build-records'
import { ReleaseStore } from '../../src/publisher/releases'
import { createStaticServer } from '../../src/publisher/static-server'
import { close, FAKE_BUILD, listen, makeSnapshot, SECRET, startFakeCms } from '../publisher/helpers'

/**
 * The real publisher as an operator runs it (`tsx src/publisher/main.ts`, its own process group),
 * the ops CLI as a child process, and what a browser gets from the static server: the pieces the
 * publisher fault tests kill, starve and read back.
 */

const scriptsDir = fileURLToPath(new URL('../../', import.meta.url))
const tsx = path.join(scriptsDir, 'node_modules', '.bin', 'tsx')

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

/**
 * A site build command whose behaviour the test changes between builds by rewriting `envFile`
 * (FAKE_BUILD, FAKE_EXTRA_PAGES, FAKE_PAGE_DELAY_MS, FAKE_FILL_BYTES of the fake build).
 */
export function switchableBuild(envFile: string, vars: Record<string, string | number>): string {
  setBuildEnv(envFile, vars)
  return `set -a; . ${envFile}; exec ${process.execPath} ${FAKE_BUILD}`
}

export function setBuildEnv(envFile: string, vars: Record<string, string | number>): void {
  writeFileSync(
    envFile,
    Object.entries(vars)
      .map(([k, v]) => `${k}=${v}\n`)
      .join(''),
  )
}

export interface PublisherProcess {
  child: ChildProcess
  url: string
  output: () => string
  waitForOutput: (pattern: RegExp, timeoutMs?: number) => Promise<void>
  /** SIGKILL to the publisher's whole process group (tsx and node); the site build has its own. */
  kill: () => Promise<void>
}

const running = new Set<PublisherProcess>()

export async function startPublisher(env: Record<string, string>): Promise<PublisherProcess> {
  const port = env.PUBLISHER_PORT ?? String(await freePort())
  const child = spawn(tsx, ['src/publisher/main.ts'], {
    cwd: scriptsDir,
    env: {
      ...process.env,
      PUBLISHER_WEBHOOK_SECRET: SECRET,
      PUBLISHER_DAILY_REBUILD: 'off',
      PUBLISHER_QUIET_MS: '20',
      PUBLISHER_MAX_WAIT_MS: '100',
      PUBLISHER_LEASE_DATABASE_URL: '',
      ...env,
      PUBLISHER_HOST: '127.0.0.1',
      PUBLISHER_PORT: port,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let text = ''
  const waiters = new Set<() => void>()
  const onData = (chunk: Buffer) => {
    text += chunk.toString('utf8')
    for (const check of waiters) check()
  }
  child.stdout?.on('data', onData)
  child.stderr?.on('data', onData)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const proc: PublisherProcess = {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => text,
    waitForOutput: (pattern, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!pattern.test(text)) return
          waiters.delete(check)
          clearTimeout(timer)
          resolve()
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`publisher never printed ${pattern}; output:\n${text.slice(-3_000)}`))
        }, timeoutMs)
        waiters.add(check)
        check()
      }),
    kill: async () => {
      running.delete(proc)
      if (child.exitCode !== null || child.signalCode !== null) return
      try {
        process.kill(-(child.pid as number), 'SIGKILL')
      } catch {
        // Already gone.
      }
      await exited
    },
  }
  running.add(proc)
  await proc.waitForOutput(/INFO {2}publisher listening/)
  return proc
}

/** For afterAll: kills every publisher still running and every process of the given builds. */
export async function killAll(buildIds: Iterable<string> = []): Promise<void> {
  await Promise.all([...running].map((p) => p.kill()))
  for (const id of buildIds) killBuild(id)
}

/** SIGKILL to every process of a site build, whatever its process group. */
export function killBuild(buildId: string): number {
  const pids = buildProcesses(buildId)
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // Exited meanwhile.
    }
  }
  return pids.length
}

export async function sendWebhook(publisher: PublisherProcess, slug = 'bai-1'): Promise<void> {
  const res = await signedFetch(new URL('/webhook', publisher.url), {
    secret: SECRET,
    method: 'POST',
    body: { event: 'update', collection: 'articles', slug, at: new Date().toISOString() },
  })
  if (res.status !== 202) {
    throw new Error(
      `webhook refused: ${res.status} ${await res.text()}\npublisher output:\n${publisher.output().slice(-4_000)}`,
    )
  }
}

/** The newest build record started after `afterId`, once `ready` accepts it. */
export async function waitForRecord(
  builds: BuildStore,
  afterId: string | null,
  ready: (record: BuildRecord) => boolean = (r) => r.status !== 'running',
  timeoutMs = 60_000,
): Promise<BuildRecord> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const [newest] = await builds.list(1)
    if (newest && (afterId === null || newest.id > afterId) && ready(newest)) return newest
    if (Date.now() > deadline)
      throw new Error(
        `no build after ${afterId} reached the expected state; newest: ${JSON.stringify(newest)}`,
      )
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

/** Release-relative paths of the HTML pages, and the build id each one carries. */
export function pageStamps(releaseDir: string): Map<string, string> {
  const stamps = new Map<string, string>()
  for (const entry of readdirSync(releaseDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    stamps.set(path.relative(releaseDir, file), stampOf(readFileSync(file, 'utf8')))
  }
  return stamps
}

export function stampOf(html: string): string {
  return /<meta name="cong-build" content="([^"]*)">/.exec(html)?.[1] ?? ''
}

/** `x/index.html` → `/x/`, as a browser asks for it. */
export function urlPathOf(page: string): string {
  return '/' + page.replace(/(^|\/)index\.html$/, '$1')
}

/** Leftovers a killed publisher may leave in `releases/`, which the next start must remove. */
export function leftovers(releasesDir: string): string[] {
  return readdirSync(releasesDir).filter(
    (n) => n.startsWith('.tmp-') || n.startsWith('.trash-') || n.startsWith('current.tmp-'),
  )
}

export async function startStatic(
  releasesDir: string,
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = createStaticServer({ releasesDir, logger: silentLogger })
  const url = await listen(server)
  return { url, server, close: () => close(server) }
}

/** `pnpm ops …` as an operator runs it, without colours. */
export function runOps(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      tsx,
      ['src/cli/ops.ts', ...args],
      { cwd: scriptsDir, env: { ...process.env, NO_COLOR: '1', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

/** The row of build `id` in the builds table of `pnpm ops status`. */
export function buildRow(stdout: string, id: string): string | undefined {
  return stdout.split('\n').find((line) => line.trimStart().startsWith(id))
}

export interface PublisherStack {
  cms: Awaited<ReturnType<typeof startFakeCms>>
  site: Awaited<ReturnType<typeof startStatic>>
  publisher: PublisherProcess
  releases: ReleaseStore
  builds: BuildStore
  /** The file `switchableBuild` reads: `setBuildEnv(stack.buildEnv, …)` changes the next build. */
  buildEnv: string
  /** The first build, already live. */
  first: BuildRecord
  /** What `runOps` needs to reach this publisher and its var folder. */
  opsEnv: Record<string, string>
  /** Closes the static server and the fake CMS (the publisher goes with `killAll`). */
  close: () => Promise<void>
}

/**
 * A fake CMS, the static server and the real publisher over `varDir`, whose site build is the
 * switchable fake build, started and waited for until its first build is live.
 */
export async function startPublisherStack(options: {
  dir: string
  varDir: string
  marker: string
  build: Record<string, string | number>
  env?: Record<string, string>
}): Promise<PublisherStack> {
  const { dir, varDir } = options
  const buildEnv = path.join(dir, 'build.env')
  const cms = await startFakeCms(makeSnapshot({ marker: options.marker }))
  const releases = new ReleaseStore(varDir)
  const builds = new BuildStore(varDir)
  const site = await startStatic(releases.root).catch(async (error) => {
    await cms.close()
    throw error
  })
  const closeServers = async () => {
    await site.close()
    await cms.close()
  }
  let publisher: PublisherProcess
  let first: BuildRecord
  try {
    publisher = await startPublisher({
      CONG_VAR_DIR: varDir,
      CMS_URL: cms.url,
      ...options.env,
      CONG_SITE_BUILD_CMD: switchableBuild(buildEnv, options.build),
    })
    first = await waitForRecord(builds, null)
    if (first.status !== 'success') {
      throw new Error(`the first build did not go live: ${JSON.stringify(first)}`)
    }
  } catch (error) {
    // The publisher, if it started, goes with the caller's killAll.
    await closeServers()
    throw error
  }
  return {
    cms,
    site,
    publisher,
    releases,
    builds,
    buildEnv,
    first,
    opsEnv: { CONG_VAR_DIR: varDir, PUBLISHER_URL: publisher.url, PUBLISHER_WEBHOOK_SECRET: SECRET },
    close: closeServers,
  }
}
