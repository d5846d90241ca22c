/**
 * What `pnpm bench:scale` reports: its result's shape, every figure beside its target from
 * targets.md with a verdict, and the Markdown file. Pure: `scale-worker.ts` measures, this only
 * compares and formats, so the test can render a fixed result.
 */
import type { SiteBuildSummary } from './measure'
import type { PublishRun } from './publish-runs'
import { machineLine, markdownReport, TARGETS, type Figure } from './report'
import type { EndpointRun } from './endpoint-runs'

/** targets.md, "Speed and size" (the reference scale); the endpoint targets are in `TARGETS`. */
export const SCALE_TARGETS = {
  fullBuildSeconds: 4 * 60,
  peakRssBytes: 4 * 2 ** 30,
  /** About 100,000 public pages at the reference scale. */
  referencePages: 100_000,
  searchFirstQueryBytes: 300 * 1024,
  publishP95Seconds: 5,
  articlePageBytes: 30 * 1024,
} as const

export interface SearchBytes {
  query: string
  filters?: Record<string, string[]>
  /** `/pagefind/` bytes on the wire from opening the search page until these results showed. */
  bytes: number
  requests: number
  results: number
  /** With filters: the bytes ticking them added after the first results. */
  filterStepBytes?: number
}

export interface ScaleResult {
  date: string
  commit: string
  machine: { cpus: number; cpuModel: string; memoryGiB: number; platform: string; node: string; loadAverage: number[] }
  /** Load average when the run started (`machine.loadAverage` is at the end). */
  loadAverageAtStart: number[]
  scale: 'small' | 'reference'
  dataset: { origin: 'generated'; seed: number; seconds: number } | { origin: 'copied'; from: string; copySeconds: number; bytes: number }
  /** Items in the measured database (after the bench's own users, before its publishes). */
  content: Record<string, number>
  options: { runs: number; skip: string[]; duration: number; connections: number; warmup: number; adminRequests: number }
  /** Absent when the run left the build out (`--skip build`). */
  fullBuild?: {
    wallSeconds: number
    buildSeconds: number
    stepsSeconds: Record<string, number>
    pages: number
    pagesPerSecond: number
    site: SiteBuildSummary | null
    release: { bytes: number; files: number; pagefind: { bytes: number; files: number } }
    peakRssMiB: { group: number; largestProcess: number; astro: number; pagefind: number; driver: number }
    rssSamples: number
  }
  search?: { first: SearchBytes; filtered: SearchBytes; files?: { path: string; bytes: number }[] }
  publishToLive?: { runs: PublishRun[]; p50Seconds: number; p95Seconds: number }
  articlePage?: { url: string; totalGzipBytes: number; scriptTags: number }
  endpoints?: { runs: EndpointRun[]; figures: Figure[] }
  /** The bench process itself: CMS API (it serves the snapshot), publisher, static server. */
  benchProcessPeakRssMiB?: number
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`
const thousands = (n: number) => n.toLocaleString('en-US')

/** The full build's figures: time, pages per second, size, memory. */
function buildFigures(b: NonNullable<ScaleResult['fullBuild']>, ref: string): Figure[] {
  const t = SCALE_TARGETS
  return [
    {
      what: 'full build → live (snapshot, files, site, check, switch)',
      value: `${b.buildSeconds} s (${Object.entries(b.stepsSeconds).map(([k, v]) => `${k} ${v}`).join(', ')}; wall from trigger ${b.wallSeconds} s)`,
      target: `≤ ${t.fullBuildSeconds / 60} min${ref}`,
      met: b.buildSeconds <= t.fullBuildSeconds,
    },
    {
      what: 'full build: site (Astro)',
      value: b.site ? `${b.site.astroSeconds} s, ${thousands(b.site.pages)} HTML files${b.site.mode ? ` (${b.site.mode} build)` : ''}` : 'n/a (no summary line)',
      target: 'part of the 4 min',
    },
    {
      what: 'full build: search index (Pagefind)',
      value: b.site ? `${b.site.pagefindSeconds} s, ${thousands(b.site.indexedPages)} pages indexed` : 'n/a (no summary line)',
      target: 'part of the 4 min',
    },
    {
      what: 'pages per second (pages ÷ full build → live)',
      value: `${thousands(b.pages)} pages, ${b.pagesPerSecond} pages/s`,
      // 100,000 pages in 4 minutes: what the reference target asks of every page.
      target: `≥ ${Math.ceil(t.referencePages / t.fullBuildSeconds)} pages/s (about ${thousands(t.referencePages)} pages in ${t.fullBuildSeconds / 60} min)`,
      met: b.pagesPerSecond >= t.referencePages / t.fullBuildSeconds,
    },
    {
      what: 'output size of the release',
      value: `${mb(b.release.bytes)} in ${thousands(b.release.files)} files; search index ${mb(b.release.pagefind.bytes)} in ${thousands(b.release.pagefind.files)} files`,
      target: '—',
    },
    {
      what: 'peak memory of the site build (process group)',
      value: b.rssSamples ? `${b.peakRssMiB.group} MiB (largest process ${b.peakRssMiB.largestProcess} MiB; ${b.rssSamples} samples)` : 'not sampled',
      target: `≤ ${t.peakRssBytes / 2 ** 30} GiB${ref}`,
      met: b.rssSamples > 0 ? b.peakRssMiB.group * 2 ** 20 <= t.peakRssBytes : undefined,
    },
    {
      what: 'peak memory: Astro (astro build and its children)',
      value: b.rssSamples ? `${b.peakRssMiB.astro} MiB` : 'not sampled',
      target: 'within the group’s 4 GiB',
    },
    {
      what: 'peak memory: Pagefind (the pagefind binary)',
      value: b.rssSamples ? `${b.peakRssMiB.pagefind} MiB (build-site driver beside it: ${b.peakRssMiB.driver} MiB)` : 'not sampled',
      target: 'within the group’s 4 GiB',
    },
  ]
}

/** Every figure of the run beside its target, with ✓ / ✗ where targets.md gives a number. */
export function scaleFigures(r: ScaleResult): Figure[] {
  const t = SCALE_TARGETS
  const ref = r.scale === 'reference' ? '' : ' (reference scale)'
  const figures: Figure[] = r.fullBuild ? buildFigures(r.fullBuild, ref) : []
  if (r.benchProcessPeakRssMiB !== undefined) {
    figures.push({ what: 'peak memory of the bench process (CMS API, publisher, static server)', value: `${r.benchProcessPeakRssMiB} MiB`, target: '—' })
  }
  if (r.search) {
    for (const [label, s] of [
      ['first query', r.search.first],
      ['filtered query', r.search.filtered],
    ] as const) {
      const filters = s.filters ? ` then ${Object.entries(s.filters).map(([k, v]) => `${k}=${v.join('|')}`).join(', ')} ticked` : ''
      figures.push({
        what: `search bytes in Chromium, ${label} “${s.query}”${filters}`,
        value: `${kb(s.bytes)} in ${s.requests} /pagefind/ requests${s.filterStepBytes === undefined ? '' : `, ${kb(s.filterStepBytes)} of them for the filter`} (${thousands(s.results)} results)`,
        target: `≤ ${t.searchFirstQueryBytes / 1024} KB${ref}${label === 'filtered query' ? ' (the first-query target)' : ''}`,
        met: s.bytes <= t.searchFirstQueryBytes,
      })
    }
  }
  if (r.publishToLive) {
    const p = r.publishToLive
    const found = p.runs.filter((run) => run.searchEntry).length
    figures.push({
      what: `publish → live page, ${p.runs.length} runs`,
      value: `p50 ${p.p50Seconds} s, p95 ${p.p95Seconds} s`,
      target: `p95 ≤ ${t.publishP95Seconds} s${ref}`,
      met: p.p95Seconds <= t.publishP95Seconds,
    })
    figures.push({
      what: 'publish → search entry in the live index',
      value: `${found} of ${p.runs.length} runs`,
      target: 'every run',
      met: found === p.runs.length,
    })
  }
  if (r.articlePage) {
    figures.push({
      what: 'article page HTML + CSS, gzip',
      value: `${kb(r.articlePage.totalGzipBytes)} (${r.articlePage.scriptTags} script tags)`,
      target: `≤ ${t.articlePageBytes / 1024} KB; no JavaScript on pages without interaction`,
      met: r.articlePage.totalGzipBytes <= t.articlePageBytes,
    })
  }
  return [...figures, ...(r.endpoints?.figures ?? [])]
}

const datasetLine = (r: ScaleResult) =>
  r.dataset.origin === 'generated'
    ? `Dataset: generated by this run (\`generate-dataset --scale ${r.scale} --seed ${r.dataset.seed}\`) into the throw-away database in ${r.dataset.seconds} s.`
    : `Dataset: a copy of \`${r.dataset.from}\` (${mb(r.dataset.bytes)}, copied in ${r.dataset.copySeconds} s; the folder itself was not written).`

const endpointsLine = (r: ScaleResult) =>
  `Public endpoints: autocannon from its own process, ${r.options.duration} s per run after ${r.options.warmup} s warm-up, ${r.options.connections} connections; admin API ${r.options.adminRequests} requests per run as a logged-in editor (\`GET /api/articles?limit=50\` lists ${thousands(r.content.articles ?? 0)} articles). Targets: ≥ ${TARGETS.publicReqPerSec} req/s, p99 ≤ ${TARGETS.publicP99Ms} ms, admin p95 ≤ ${TARGETS.adminP95Ms} ms.`

/** One row per publish → live run: what the build did (mode and pages when the build log says). */
export function publishRunsTable(runs: readonly PublishRun[]): string {
  const steps = [...new Set(runs.flatMap((run) => Object.keys(run.build.durations)))]
  return [
    `| run | live (s) | search entry | mode | pages rendered | ${steps.map((s) => `${s} (s)`).join(' | ')} | Astro (s) | Pagefind (s) | peak memory (MiB) |`,
    `|---|---|---|---|---|${steps.map(() => '---|').join('')}---|---|---|`,
    ...runs.map((run, i) => {
      const site = run.build.site
      const rendered = site?.pagesRendered ?? site?.pages ?? run.build.pages ?? '—'
      const durations = run.build.durations as Record<string, number | undefined>
      return `| ${i + 1} | ${run.seconds} | ${run.searchEntry ? 'yes' : 'NO'} | ${site?.mode ? `${site.mode}${site.reason ? ` (${site.reason})` : ''}` : 'full (no mode in the log)'} | ${rendered} | ${steps.map((s) => (durations[s] === undefined ? '—' : Math.round(durations[s] / 10) / 100)).join(' | ')} | ${site?.astroSeconds ?? '—'} | ${site?.pagefindSeconds ?? '—'} | ${run.build.peakRssMiB ?? '—'} |`
    }),
  ].join('\n')
}

export function scaleMarkdown(r: ScaleResult, figures: readonly Figure[]): string {
  const reference = r.scale === 'reference'
  return markdownReport({
    title: `Bench: ${r.scale} scale, ${r.date.slice(0, 10)}`,
    intro: [
      `Run \`pnpm bench:scale --scale ${r.scale}${r.dataset.origin === 'copied' ? ` --dataset ${r.dataset.from}` : ''} --runs ${r.options.runs}${r.options.skip.length ? ` --skip ${r.options.skip.join(',')}` : ''}\` at commit \`${r.commit}\`, ${r.date}. ${machineLine(r.machine)} Load average at the start ${JSON.stringify(r.loadAverageAtStart)}.`,
      `${datasetLine(r)} Content measured: ${Object.entries(r.content).map(([k, v]) => `${k} ${thousands(v)}`).join(', ')}.`,
      reference
        ? 'The targets are those of targets.md for this scale.'
        : 'The targets are those of targets.md for the reference scale (about 100,000 pages); this is one hundredth of it, so a ✓ here is necessary, not sufficient, and a ✗ is already a failure at the reference scale.',
      ...(r.endpoints ? [endpointsLine(r)] : []),
    ],
    figures,
    after: [
      ...(r.publishToLive
        ? [
            `Publish → live runs (the clock runs from the board's publish call to the static server's 200 for the article, so it includes the publisher's 1.5 s coalescing window):`,
            publishRunsTable(r.publishToLive.runs),
          ]
        : []),
      'Raw figures: the JSON file with the same name.',
    ],
  })
}
