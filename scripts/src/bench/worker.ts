/**
 * The bench process `run.ts` starts. On a throw-away stack (temporary SQLite, data and var
 * folders, random secrets; never the checkout's `.env`, database or releases) it seeds the demo
 * content, runs the real publish pipeline and prints every figure beside its target from the
 * project's targets, then writes `docs/bench/demo-<date>.{json,md}`.
 */
import { mkdir, readFile, realpath, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runFacts, useTemporaryStack } from './tempStack'
import { loadPayloadInWorker } from '../lib/cms-process'
import { repoRoot } from '../lib/env'
import { createLogger } from '../lib/log'
import type { BuildRecord } from '../publisher/build-records'
import { seed } from '../seed/seed'
import { gzipTransferSize, pageAssets, percentile, searchIndexHas, siteBuildSummary, watchPeakRss } from './measure'
import { startPipeline, waitForBuild, type Pipeline } from './pipeline'
import { parseBenchOptions } from './options'
import { machineLine, markdownReport, printTable, type Figure } from './report'
import { LOADED_MESSAGE } from './worker-ipc'

const opts = parseBenchOptions(process.argv)

const BUILD_TIMEOUT_MS = 10 * 60_000
const step = (message: string) => console.log(`▸ ${message}`)
const seconds = (ms: number) => Math.round(ms / 10) / 100

async function main(): Promise<void> {
  process.channel?.unref()
  const { dir: tmp, varDir, webhookSecret } = await useTemporaryStack('cong-bench-')

  step(`temporary stack in ${tmp}`)
  const payload = await loadPayloadInWorker(LOADED_MESSAGE)
  let pipeline: Pipeline | undefined
  try {
    step('seeding the demo content…')
    const report = await seed(payload, { log: (msg) => step(`  ${msg}`) })
    step(`seeded in ${seconds(report.durationMs)} s: ${Object.entries(report.totals).map(([k, v]) => `${k} ${v}`).join(', ')}`)

    pipeline = await startPipeline({
      config: payload.config,
      secret: webhookSecret,
      varDir: varDir,
      logger: opts.verbose ? createLogger('publisher') : undefined,
    })
    step(`CMS API ${pipeline.cmsUrl}, publisher ${pipeline.publisher.url}, static site ${pipeline.siteUrl}`)
    const publisher = pipeline.publisher.publisher
    // The site build's pid (its process group) while one runs, for the memory sampler.
    let runningPid: number | null = null
    const rss = watchPeakRss(() => runningPid)
    const pidTimer = setInterval(() => {
      void publisher.status().then((s) => {
        runningPid = s.running?.sitePid ?? null
      })
    }, 100)

    step('full build of the demo site…')
    const fullStart = performance.now()
    const since = new Date()
    publisher.enqueue({ source: 'startup', at: since.toISOString(), reason: 'bench: full build' })
    const full = await waitForBuild(publisher, () => true, { since, timeoutMs: BUILD_TIMEOUT_MS })
    const fullWallMs = performance.now() - fullStart
    if (full.status !== 'success') throw new Error(`full build failed: ${full.error}`)
    const fullPeak = { ...rss.peak }
    const summary = siteBuildSummary(await readFile(publisher.builds.logPath(full.id), 'utf8'))
    step(`full build live after ${seconds(fullWallMs)} s (${full.pages} pages)`)

    const board = (await payload.find({ collection: 'users', where: { role: { equals: 'board' } }, limit: 1, depth: 0 })).docs[0]
    if (!board) throw new Error('the demo content has no board user')
    const boardUser = { ...board, collection: 'users' as const }
    const [section] = (await payload.find({ collection: 'sections', limit: 1, depth: 0 })).docs
    const [unit] = (await payload.find({ collection: 'units', limit: 1, depth: 0 })).docs

    const publishRuns: { slug: string; ms: number; build: Pick<BuildRecord, 'id' | 'durations' | 'pages'>; searchEntry: boolean }[] = []
    for (let run = 1; run <= opts.runs; run++) {
      const title = `Bài đo thời gian phát hành số ${run} (${Date.now().toString(36)})`
      const draft = await payload.create({
        collection: 'articles',
        data: { title, sapo: 'Bài tạo bởi pnpm bench.', sections: [section.id], unit: unit.id, origin: 'own', workflowStatus: 'draft' },
        overrideAccess: true,
      })
      for (const state of ['submitted', 'approved'] as const) {
        await payload.update({ collection: 'articles', id: draft.id, data: { workflowStatus: state }, user: boardUser, overrideAccess: false })
      }
      const pageUrl = `${pipeline.siteUrl}/bai-viet/${draft.slug}/`
      const runSince = new Date()
      const started = performance.now()
      await payload.update({ collection: 'articles', id: draft.id, data: { workflowStatus: 'published' }, user: boardUser, overrideAccess: false })
      for (;;) {
        if ((await fetch(pageUrl)).status === 200) break
        if (performance.now() - started > BUILD_TIMEOUT_MS) throw new Error(`${pageUrl} not live after ${BUILD_TIMEOUT_MS} ms`)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      const ms = performance.now() - started
      const build = await waitForBuild(publisher, (b) => b.status === 'success' && b.events.some((e) => e.docId === String(draft.id)), { since: runSince, timeoutMs: 10_000 })
      const live = await realpath(path.join(varDir, 'releases', 'current'))
      const searchEntry = await searchIndexHas(live, title)
      publishRuns.push({ slug: draft.slug ?? '', ms, build: { id: build.id, durations: build.durations, pages: build.pages }, searchEntry })
      step(`publish ${run}/${opts.runs}: live in ${seconds(ms)} s (site build ${seconds(build.durations.site ?? 0)} s, search entry ${searchEntry ? 'yes' : 'NO'})`)
    }
    clearInterval(pidTimer)
    rss.stop()

    step('measuring one article page…')
    const sample = `${pipeline.siteUrl}/bai-viet/${publishRuns[0]?.slug}/`
    const page = await gzipTransferSize(sample)
    const assets = pageAssets(page.body)
    const css = await Promise.all(assets.stylesheets.map((href) => gzipTransferSize(new URL(href, sample).href)))
    const articleBytes = page.bytes + css.reduce((sum, c) => sum + c.bytes, 0)

    const times = publishRuns.map((r) => r.ms)
    const p50 = percentile(times, 50)
    const p95 = percentile(times, 95)
    const { machine, commit } = runFacts()
    const result = {
      date: new Date().toISOString(),
      commit,
      machine,
      content: report.totals,
      fullBuild: {
        wallSeconds: seconds(fullWallMs),
        buildSeconds: seconds(Object.values(full.durations).reduce((a, b) => a + (b ?? 0), 0)),
        stepsSeconds: Object.fromEntries(Object.entries(full.durations).map(([k, v]) => [k, seconds(v ?? 0)])),
        pages: full.pages,
        siteBuild: summary,
        peakRssMiB: Math.round(fullPeak.totalBytes / 2 ** 20),
        peakRssLargestProcessMiB: Math.round(fullPeak.largestProcessBytes / 2 ** 20),
        rssSamples: fullPeak.samples,
      },
      publishToLive: {
        runs: publishRuns.map((r) => ({ ...r, seconds: seconds(r.ms) })),
        p50Seconds: seconds(p50),
        p95Seconds: seconds(p95),
        quietMs: 1_500,
      },
      articlePage: {
        url: new URL(sample).pathname,
        htmlGzipBytes: page.bytes,
        cssGzipBytes: css.map((c, i) => ({ href: assets.stylesheets[i], bytes: c.bytes })),
        totalGzipBytes: articleBytes,
        scriptTags: assets.scripts,
        encoding: page.encoding ?? 'identity',
      },
    }

    const figures: Figure[] = [
      { what: 'full build: site (astro)', value: summary ? `${summary.astroSeconds} s` : 'n/a', target: '—' },
      { what: 'full build: Pagefind', value: summary ? `${summary.pagefindSeconds} s, ${summary.indexedPages} pages indexed` : 'n/a', target: '—' },
      { what: 'full build → live (snapshot, files, site, check, switch)', value: `${result.fullBuild.buildSeconds} s (wall from trigger ${result.fullBuild.wallSeconds} s)`, target: '≤ 4 min at reference scale' },
      { what: 'peak memory of the site build (process group)', value: fullPeak.samples ? `${result.fullBuild.peakRssMiB} MiB (largest process ${result.fullBuild.peakRssLargestProcessMiB} MiB)` : 'not sampled', target: '≤ 4 GiB at reference scale' },
      { what: `publish → live page + search entry, ${opts.runs} runs`, value: `p50 ${seconds(p50)} s, p95 ${seconds(p95)} s`, target: 'p95 ≤ 5 s at reference scale' },
      { what: 'article page HTML + CSS, gzip', value: `${(articleBytes / 1024).toFixed(1)} KB (${assets.scripts} script tags)`, target: '≤ 30 KB; no JavaScript on pages without interaction' },
    ]
    printTable(figures)

    const day = result.date.slice(0, 10)
    await mkdir(opts.out, { recursive: true })
    const jsonFile = path.join(opts.out, `demo-${day}.json`)
    const mdFile = path.join(opts.out, `demo-${day}.md`)
    await writeFile(jsonFile, JSON.stringify({ ...result, figures }, null, 2) + '\n')
    await writeFile(mdFile, markdown(result, figures))
    step(`report written: ${path.relative(repoRoot(), jsonFile)}, ${path.relative(repoRoot(), mdFile)}`)
  } finally {
    await pipeline?.close()
    await payload.destroy()
    await rm(tmp, { recursive: true, force: true })
  }
}

function markdown(result: { date: string; commit: string; machine: Parameters<typeof machineLine>[0]; content: Record<string, number>; publishToLive: { runs: { seconds: number; build: { id: string } }[] } }, figures: Figure[]): string {
  return markdownReport({
    title: `Bench: demo content, ${result.date.slice(0, 10)}`,
    intro: [
      `Run \`pnpm bench\` at commit \`${result.commit}\`, ${result.date}. ${machineLine(result.machine)}`,
      `Content (demo seed): ${Object.entries(result.content).map(([k, v]) => `${k} ${v}`).join(', ')}. The targets are for the reference scale (about 100,000 pages); these figures are the demo scale, so they show the fixed costs, not the scaling.`,
    ],
    figures,
    after: [
      `Publish → live runs (s): ${result.publishToLive.runs.map((r) => r.seconds).join(', ')}. Each includes the publisher's 1.5 s coalescing quiet window.`,
      'Raw figures: the JSON file with the same name.',
    ],
  })
}

main().then(
  // Payload keeps database and job handles open after destroy; the bench is done, so leave.
  () => process.exit(0),
  (error: unknown) => {
    console.error('Bench failed:', error instanceof Error ? (error.stack ?? error.message) : error)
    process.exit(1)
  },
)
