/**
 * The process `scale.ts` starts. On a throw-away stack (temporary SQLite, data and var folders,
 * random secrets; never the checkout's `.env`, database or releases) it generates the dataset of
 * the asked scale, or copies a generated one (`--dataset`, never written), then measures every
 * figure of targets.md on it: the full build through the real publisher, search bytes in
 * Chromium, publish → live runs, the article page, the public endpoints and the admin API. Each
 * figure is printed beside its target and written to `docs/bench/scale-<scale>-<date>.{json,md}`.
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { serveCmsApi } from '../lib/cms-http'
import { loadPayloadInWorker } from '../lib/cms-process'
import { createLogger } from '../lib/log'
import { generateDataset } from '../dataset/generate'
import { KIND_LABELS } from '../dataset/plan'
import { adminAuthorization, adminScenarios, publicScenarios, runEndpointScenarios, useEndpointBenchEnvironment, type Scenario } from './endpoint-runs'
import { folderSize, measureArticlePage, percentile } from './measure'
import { parseScaleBenchOptions } from './options'
import { exitWhenDone, writeReportFiles } from './output'
import { startPipeline, type Pipeline } from './pipeline'
import { measureFullBuild, measurePublishRuns, mib, seconds, watchBuildMemory } from './publish-runs'
import { printTable } from './report'
import { scaleFigures, scaleMarkdown, type ScaleResult } from './scale-report'
import { measureSearchBytes } from './searchBytes'
import { findBenchTargets } from './targets'
import { runFacts, useTemporaryStack } from './tempStack'
import { LOADED_MESSAGE } from './worker-ipc'

const opts = parseScaleBenchOptions(process.argv)
const step = (message: string) => console.log(`▸ ${message}`)
const skipped = (part: (typeof opts.skip)[number]) =>
  opts.skip.includes(part) || (opts.skip.includes('build') && (part === 'search' || part === 'publish'))

/** A word every generated text has (the ministry's name), and the filter the search page offers. */
const SEARCH_QUERY = 'lao động'
const SEARCH_FILTERS = { type: ['Tin bài'] }

/** Counted after the content is in place: what the figures were measured on. */
const COUNTED = ['units', 'sections', 'articles', 'legal-documents', 'drafts', 'draft-comments', 'cases', 'albums', 'media'] as const

/** The bench's own board member (publishes) and editor (admin API), with a password made now. */
async function createBenchUsers(payload: Payload) {
  const password = randomBytes(18).toString('base64url')
  const make = (role: 'board' | 'editor') =>
    payload.create({
      collection: 'users',
      data: { email: `bench.${role}.${Date.now().toString(36)}@example.com`, password, name: `Bench ${role}`, role, active: true } as never,
      overrideAccess: true,
      depth: 0,
    })
  const board = await make('board')
  const editor = await make('editor')
  return { board, editor: { email: editor.email as string, password } }
}

/** The bench process's own memory (CMS, publisher, static server): it must stay modest too. */
function watchOwnRss() {
  let peak = process.memoryUsage.rss()
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 500)
  return { peakMiB: () => mib(peak), stop: () => clearInterval(timer) }
}

async function main(): Promise<void> {
  process.channel?.unref()
  const loadAverageAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100)
  const { dir: tmp, varDir, webhookSecret } = await useTemporaryStack(`cong-bench-${opts.scale}-`)
  useEndpointBenchEnvironment()
  const ownRss = watchOwnRss()
  step(`temporary stack in ${tmp}`)

  let dataset: ScaleResult['dataset']
  if (opts.dataset) {
    const dbFile = path.join(opts.dataset, 'cong.db')
    if (!existsSync(dbFile)) throw new Error(`${dbFile} does not exist: --dataset takes the folder generate-dataset filled (CONG_DATA_DIR)`)
    if (existsSync(`${dbFile}-journal`) || existsSync(`${dbFile}-wal`))
      step(`warning: ${opts.dataset} has an SQLite journal: a generation may still be writing; the copy's open transaction is rolled back`)
    const dataDir = process.env.CONG_DATA_DIR ?? path.join(tmp, 'data')
    step(`copying ${opts.dataset} (${((await stat(dbFile)).size / 2 ** 20).toFixed(0)} MiB database) into the temporary stack…`)
    const started = performance.now()
    await cp(opts.dataset, dataDir, { recursive: true, filter: (source) => !/\.(log|sh)$/.test(source) })
    process.env.DATABASE_URL = `file:${path.join(dataDir, 'cong.db')}`
    dataset = { origin: 'copied', from: opts.dataset, copySeconds: seconds(performance.now() - started), bytes: (await folderSize(dataDir)).bytes }
  } else {
    dataset = { origin: 'generated', seed: opts.seed, seconds: 0 }
  }

  const payload = await loadPayloadInWorker(LOADED_MESSAGE)
  let pipeline: Pipeline | undefined
  let cms: Awaited<ReturnType<typeof serveCmsApi>> | undefined
  try {
    if (dataset.origin === 'generated') {
      step(
        `generating the ${opts.scale} dataset (seed ${opts.seed})… ${opts.scale === 'small' ? 'about 35 s' : 'about 20–50 min on 2 cores: pass --dataset <dir> to measure one generated before'}`,
      )
      const summary = await generateDataset(payload, {
        scale: opts.scale,
        seed: opts.seed,
        onProgress: (p) => {
          if (p.done === p.total || p.done % Math.max(1, Math.round(p.total / 10)) < 100) step(`  ${KIND_LABELS[p.kind]}: ${p.done}/${p.total}`)
        },
      })
      if (summary.interrupted) throw new Error('the dataset generation was interrupted')
      dataset.seconds = Math.round(summary.seconds * 10) / 10
      step(`dataset generated in ${dataset.seconds} s`)
    }
    const users = await createBenchUsers(payload)
    const content = Object.fromEntries(
      await Promise.all(COUNTED.map(async (collection) => [collection, (await payload.count({ collection, overrideAccess: true })).totalDocs] as const)),
    )
    step(`content: ${Object.entries(content).map(([k, v]) => `${k} ${v}`).join(', ')}`)

    let fullBuild: ScaleResult['fullBuild'] | undefined
    let memory: ReturnType<typeof watchBuildMemory> | undefined
    if (!skipped('build')) {
      pipeline = await startPipeline({
        config: payload.config,
        secret: webhookSecret,
        varDir,
        logger: opts.verbose ? createLogger('publisher') : undefined,
      })
      step(`CMS API ${pipeline.cmsUrl}, publisher ${pipeline.publisher.url}, static site ${pipeline.siteUrl}`)
      memory = watchBuildMemory(pipeline)

      step('full build through the publisher…')
      const full = await measureFullBuild(pipeline, varDir, memory, `bench:scale ${opts.scale}: full build`)
      const buildMs = Object.values(full.record.durations).reduce((a, b) => a + (b ?? 0), 0)
      const pages = full.record.pages ?? full.summary?.pages ?? 0
      fullBuild = {
        wallSeconds: seconds(full.wallMs),
        buildSeconds: seconds(buildMs),
        stepsSeconds: Object.fromEntries(Object.entries(full.record.durations).map(([k, v]) => [k, seconds(v ?? 0)])),
        pages,
        pagesPerSecond: buildMs > 0 ? Math.round((pages / (buildMs / 1000)) * 10) / 10 : 0,
        site: full.summary,
        release: { bytes: full.release.bytes, files: full.release.files, pagefind: full.release.pagefind },
        peakRssMiB: {
          group: mib(full.peak.totalBytes),
          largestProcess: mib(full.peak.largestProcessBytes),
          astro: mib(full.peak.byRoleBytes.astro),
          pagefind: mib(full.peak.byRoleBytes.pagefind),
          driver: mib(full.peak.byRoleBytes.driver),
        },
        rssSamples: full.peak.samples,
      }
      step(`full build live: ${fullBuild.buildSeconds} s, ${pages} pages, peak ${fullBuild.peakRssMiB.group} MiB`)
    }

    let search: ScaleResult['search']
    if (!skipped('search') && pipeline) {
      step(`search bytes in Chromium: “${SEARCH_QUERY}”, then ticking ${JSON.stringify(SEARCH_FILTERS)}…`)
      // One page, as a reader uses it: the query first, then the filter ticked on its results.
      const measured = await measureSearchBytes(pipeline.siteUrl, { query: SEARCH_QUERY, filters: SEARCH_FILTERS })
      search = {
        first: { query: SEARCH_QUERY, ...measured.firstQuery },
        filtered: { query: SEARCH_QUERY, filters: SEARCH_FILTERS, bytes: measured.bytes, requests: measured.requests, results: measured.results, filterStepBytes: measured.bytes - measured.firstQuery.bytes },
        files: measured.files,
      }
      step(`search: first query ${search.first.bytes} bytes, with the filter ${search.filtered.bytes} bytes in all`)
    }

    let publishToLive: ScaleResult['publishToLive']
    if (!skipped('publish') && pipeline && memory) {
      const [section] = (await payload.find({ collection: 'sections', limit: 1, depth: 0, overrideAccess: true })).docs
      const [unit] = (await payload.find({ collection: 'units', limit: 1, depth: 0, overrideAccess: true })).docs
      if (!section || !unit) throw new Error('the dataset has no section or unit to file a new article under')
      const runs = await measurePublishRuns(payload, pipeline, varDir, memory, {
        runs: opts.runs,
        board: users.board,
        section: section.id,
        unit: unit.id,
        onRun: (r, run) =>
          step(
            `publish ${run}/${opts.runs}: live in ${r.seconds} s (${r.build.site?.mode ?? 'full'}, ${r.build.site?.pagesRendered ?? r.build.pages} pages, site build ${seconds(r.build.durations.site ?? 0)} s, search entry ${r.searchEntry ? 'yes' : 'NO'})`,
          ),
      })
      const times = runs.map((r) => r.ms)
      publishToLive = { runs, p50Seconds: seconds(percentile(times, 50)), p95Seconds: seconds(percentile(times, 95)) }
    }
    memory?.stop()

    let page: ScaleResult['articlePage']
    if (pipeline) {
      const [article] = publishToLive
        ? [{ slug: publishToLive.runs[0]?.slug }]
        : (await payload.find({ collection: 'articles', where: { _status: { equals: 'published' } }, limit: 1, depth: 0, overrideAccess: true })).docs
      page = article?.slug ? await measureArticlePage(`${pipeline.siteUrl}/bai-viet/${article.slug}/`) : undefined
      await pipeline.close()
      pipeline = undefined
    }

    let endpoints: ScaleResult['endpoints']
    if (!skipped('endpoints') || !skipped('admin')) {
      useEndpointBenchEnvironment()
      // One line per submitted case and e-mail would bury the figures; warnings still show.
      payload.logger.level = 'warn'
      cms = await serveCmsApi(payload.config)
      const { openDraft, knownCases, articleIds } = await findBenchTargets(payload)
      const scenarios: Scenario[] = [
        ...(skipped('endpoints') ? [] : publicScenarios({ openDraftId: openDraft.id, knownCases, articleIds }, opts)),
        ...(skipped('admin') ? [] : adminScenarios({ articleIds, auth: await adminAuthorization(cms.url, users.editor) }, opts)),
      ]
      endpoints = await runEndpointScenarios(cms.url, scenarios, step)
    }

    ownRss.stop()
    const { machine, commit } = runFacts()
    const result: ScaleResult = {
      date: new Date().toISOString(),
      commit,
      machine,
      loadAverageAtStart,
      scale: opts.scale,
      dataset,
      content,
      options: { runs: opts.runs, skip: opts.skip, duration: opts.duration, connections: opts.connections, warmup: opts.warmup, adminRequests: opts.adminRequests },
      fullBuild,
      search,
      publishToLive,
      articlePage: page,
      endpoints,
      benchProcessPeakRssMiB: ownRss.peakMiB(),
    }
    const figures = scaleFigures(result)
    console.log('\nAll figures:')
    printTable(figures)

    await writeReportFiles(opts.out, `scale-${opts.scale}-${result.date.slice(0, 10)}`, { ...result, figures }, scaleMarkdown(result, figures), step)
  } finally {
    await pipeline?.close()
    await cms?.close()
    await payload.destroy()
    await rm(tmp, { recursive: true, force: true })
  }
}

exitWhenDone(main)
