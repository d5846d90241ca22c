/**
 * The bench process `run.ts` starts. On a throw-away stack (temporary SQLite, data and var
 * folders, random secrets; never the checkout's `.env`, database or releases) it seeds the demo
 * content, runs the real publish pipeline and prints every figure beside its target from the
 * project's targets, then writes `docs/bench/demo-<date>.{json,md}`.
 */
import { rm } from 'node:fs/promises'
import { runFacts, useTemporaryStack } from './tempStack'
import { loadPayloadInWorker } from '../lib/cms-process'
import { createLogger } from '../lib/log'
import { seed } from '../seed/seed'
import { measureArticlePage, percentile } from './measure'
import { startPipeline, type Pipeline } from './pipeline'
import { measureFullBuild, measurePublishRuns, seconds, watchBuildMemory } from './publish-runs'
import { parseBenchOptions } from './options'
import { exitWhenDone, writeReportFiles } from './output'
import { machineLine, markdownReport, printTable, type Figure } from './report'
import { LOADED_MESSAGE } from './worker-ipc'

const opts = parseBenchOptions(process.argv)

const step = (message: string) => console.log(`▸ ${message}`)

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
    const memory = watchBuildMemory(pipeline)

    step('full build of the demo site…')
    const full = await measureFullBuild(pipeline, varDir, memory, 'bench: full build')
    const fullPeak = full.peak
    const summary = full.summary
    const fullWallMs = full.wallMs
    step(`full build live after ${seconds(fullWallMs)} s (${full.record.pages} pages)`)

    const board = (await payload.find({ collection: 'users', where: { role: { equals: 'board' } }, limit: 1, depth: 0 })).docs[0]
    if (!board) throw new Error('the demo content has no board user')
    const [section] = (await payload.find({ collection: 'sections', limit: 1, depth: 0 })).docs
    const [unit] = (await payload.find({ collection: 'units', limit: 1, depth: 0 })).docs

    const publishRuns = await measurePublishRuns(payload, pipeline, varDir, memory, {
      runs: opts.runs,
      board,
      section: section.id,
      unit: unit.id,
      onRun: (r, run) =>
        step(`publish ${run}/${opts.runs}: live in ${r.seconds} s (site build ${seconds(r.build.durations.site ?? 0)} s, search entry ${r.searchEntry ? 'yes' : 'NO'})`),
    })
    memory.stop()

    step('measuring one article page…')
    const articlePage = await measureArticlePage(`${pipeline.siteUrl}/bai-viet/${publishRuns[0]?.slug}/`)
    const articleBytes = articlePage.totalGzipBytes

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
        buildSeconds: seconds(Object.values(full.record.durations).reduce((a, b) => a + (b ?? 0), 0)),
        stepsSeconds: Object.fromEntries(Object.entries(full.record.durations).map(([k, v]) => [k, seconds(v ?? 0)])),
        pages: full.record.pages,
        siteBuild: summary,
        peakRssMiB: Math.round(fullPeak.totalBytes / 2 ** 20),
        peakRssLargestProcessMiB: Math.round(fullPeak.largestProcessBytes / 2 ** 20),
        rssSamples: fullPeak.samples,
      },
      publishToLive: {
        runs: publishRuns,
        p50Seconds: seconds(p50),
        p95Seconds: seconds(p95),
        quietMs: 1_500,
      },
      articlePage,
    }

    const figures: Figure[] = [
      { what: 'full build: site (astro)', value: summary ? `${summary.astroSeconds} s` : 'n/a', target: '—' },
      { what: 'full build: Pagefind', value: summary ? `${summary.pagefindSeconds} s, ${summary.indexedPages} pages indexed` : 'n/a', target: '—' },
      { what: 'full build → live (snapshot, files, site, check, switch)', value: `${result.fullBuild.buildSeconds} s (wall from trigger ${result.fullBuild.wallSeconds} s)`, target: '≤ 4 min at reference scale' },
      { what: 'peak memory of the site build (process group)', value: fullPeak.samples ? `${result.fullBuild.peakRssMiB} MiB (largest process ${result.fullBuild.peakRssLargestProcessMiB} MiB)` : 'not sampled', target: '≤ 4 GiB at reference scale' },
      { what: `publish → live page + search entry, ${opts.runs} runs`, value: `p50 ${seconds(p50)} s, p95 ${seconds(p95)} s`, target: 'p95 ≤ 5 s at reference scale' },
      { what: 'article page HTML + CSS, gzip', value: `${(articleBytes / 1024).toFixed(1)} KB (${articlePage.scriptTags} script tags)`, target: '≤ 30 KB; no JavaScript on pages without interaction' },
    ]
    printTable(figures)

    await writeReportFiles(opts.out, `demo-${result.date.slice(0, 10)}`, { ...result, figures }, markdown(result, figures), step)
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

exitWhenDone(main)
