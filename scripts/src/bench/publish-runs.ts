/**
 * The two measurements of the publish pipeline that `pnpm bench` (demo content) and
 * `pnpm bench:scale` (a generated dataset) share: one full build from an empty var folder, and
 * publish → live runs of one new article each. Both go through the real publisher and static
 * server of `pipeline.ts`.
 */
import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import type { BuildRecord } from '../publisher/build-records'
import { folderSize, searchIndexHas, siteBuildSummary, watchPeakRss, type PeakRss, type SiteBuildSummary } from './measure'
import { waitForBuild, type Pipeline } from './pipeline'

export const BUILD_TIMEOUT_MS = 60 * 60_000
export const seconds = (ms: number) => Math.round(ms / 10) / 100
export const mib = (bytes: number) => Math.round(bytes / 2 ** 20)

/**
 * Samples the memory of whichever site build the publisher runs (its process group), until
 * `stop`. The publisher's status says the build's pid.
 */
export function watchBuildMemory(pipeline: Pipeline) {
  let runningPid: number | null = null
  const rss = watchPeakRss(() => runningPid)
  const pidTimer = setInterval(() => {
    void pipeline.publisher.publisher.status().then((s) => {
      runningPid = s.running?.sitePid ?? null
    })
  }, 100)
  return {
    reset: rss.reset,
    stop: () => {
      clearInterval(pidTimer)
      rss.stop()
    },
  }
}

export interface FullBuild {
  record: BuildRecord
  wallMs: number
  summary: SiteBuildSummary | null
  peak: PeakRss
  release: { dir: string; bytes: number; files: number; pagefind: { bytes: number; files: number } }
}

/** Asks for one build, waits until it is live, and reads its log, memory peak and release size. */
export async function measureFullBuild(pipeline: Pipeline, varDir: string, memory: ReturnType<typeof watchBuildMemory>, reason: string): Promise<FullBuild> {
  const publisher = pipeline.publisher.publisher
  memory.reset()
  const started = performance.now()
  const since = new Date()
  publisher.enqueue({ source: 'startup', at: since.toISOString(), reason })
  const record = await waitForBuild(publisher, () => true, { since, timeoutMs: BUILD_TIMEOUT_MS })
  const wallMs = performance.now() - started
  if (record.status !== 'success') throw new Error(`full build failed: ${record.error}`)
  const peak = memory.reset()
  const summary = siteBuildSummary(await readFile(publisher.builds.logPath(record.id), 'utf8'))
  const dir = await realpath(path.join(varDir, 'releases', 'current'))
  const size = await folderSize(dir, 'pagefind')
  return { record, wallMs, summary, peak, release: { dir, bytes: size.bytes, files: size.files, pagefind: size.part ?? { bytes: 0, files: 0 } } }
}

export interface PublishRun {
  slug: string
  ms: number
  seconds: number
  build: Pick<BuildRecord, 'id' | 'durations' | 'pages'> & { site?: SiteBuildSummary | null; peakRssMiB?: number }
  searchEntry: boolean
  /** Polls of the page that got no HTTP answer at all (connection refused or reset). */
  pollErrors?: number
}

export interface PublishRunOptions {
  runs: number
  /** The user who submits, approves and publishes (a board member: access checks stay on). */
  board: { id: number | string }
  section: number | string
  unit: number | string
  onRun?: (run: PublishRun, index: number) => void
}

/**
 * Per run: a new article is submitted and approved, then published by the board through the
 * local API; the clock runs from that call until the static server answers 200 for its URL
 * (webhook, coalescing window, snapshot, build, switch). Then the build that carried it is read
 * (steps, site summary) and the live search index is checked for its title.
 */
export async function measurePublishRuns(
  payload: Payload,
  pipeline: Pipeline,
  varDir: string,
  memory: ReturnType<typeof watchBuildMemory> | null,
  opts: PublishRunOptions,
): Promise<PublishRun[]> {
  const publisher = pipeline.publisher.publisher
  const boardUser = { ...opts.board, collection: 'users' as const }
  const runs: PublishRun[] = []
  for (let run = 1; run <= opts.runs; run++) {
    const title = `Bài đo thời gian phát hành số ${run} (${Date.now().toString(36)})`
    const draft = await payload.create({
      collection: 'articles',
      data: { title, sapo: 'Bài viết đo thời gian từ lúc đăng đến lúc hiện trên cổng thông tin.', sections: [opts.section], unit: opts.unit, origin: 'own', workflowStatus: 'draft' } as never,
      overrideAccess: true,
    })
    for (const state of ['submitted', 'approved'] as const) {
      await payload.update({ collection: 'articles', id: draft.id, data: { workflowStatus: state }, user: boardUser as never, overrideAccess: false })
    }
    const pageUrl = `${pipeline.siteUrl}/bai-viet/${draft.slug}/`
    const runSince = new Date()
    memory?.reset()
    const started = performance.now()
    await payload.update({ collection: 'articles', id: draft.id, data: { workflowStatus: 'published' }, user: boardUser as never, overrideAccess: false })
    // A refused or reset poll is counted, not fatal: one dropped connection under load ended a
    // reference run after 50 minutes. The count is in the result, so an outage would show.
    let pollErrors = 0
    for (;;) {
      const status = await fetch(pageUrl).then(
        (res) => res.status,
        () => {
          pollErrors++
          return 0
        },
      )
      if (status === 200) break
      if (performance.now() - started > BUILD_TIMEOUT_MS) throw new Error(`${pageUrl} not live after ${BUILD_TIMEOUT_MS} ms`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const ms = performance.now() - started
    const build = await waitForBuild(publisher, (b) => b.status === 'success' && b.events.some((e) => e.docId === String(draft.id)), {
      since: runSince,
      timeoutMs: 10_000,
    })
    const peak = memory?.reset()
    const site = siteBuildSummary(await readFile(publisher.builds.logPath(build.id), 'utf8').catch(() => ''))
    const live = await realpath(path.join(varDir, 'releases', 'current'))
    const searchEntry = await searchIndexHas(live, title)
    const result: PublishRun = {
      slug: draft.slug ?? '',
      ms,
      seconds: seconds(ms),
      build: { id: build.id, durations: build.durations, pages: build.pages, site, ...(peak?.samples ? { peakRssMiB: mib(peak.totalBytes) } : {}) },
      searchEntry,
      ...(pollErrors ? { pollErrors } : {}),
    }
    runs.push(result)
    opts.onRun?.(result, run)
  }
  return runs
}
