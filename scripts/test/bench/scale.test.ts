import { describe, expect, it } from 'vitest'
import { buildProcessRole, siteBuildSummary } from '../../src/bench/measure'
import { parseScaleBenchOptions } from '../../src/bench/options'
import type { PublishRun } from '../../src/bench/publish-runs'
import { publishRunsTable, scaleFigures, scaleMarkdown, SCALE_TARGETS, type ScaleResult } from '../../src/bench/scale-report'

const argv = (...args: string[]) => ['node', 'scale.ts', ...args]

describe('bench:scale options', () => {
  it('defaults to 20 publishes, nothing skipped, generating the dataset', () => {
    const opts = parseScaleBenchOptions(argv('--scale', 'small'))
    expect(opts).toMatchObject({ scale: 'small', runs: 20, skip: [], seed: 1, dataset: undefined, duration: 10, connections: 10, warmup: 2, adminRequests: 300 })
  })

  it('takes a dataset folder (made absolute), runs, parts to skip, and pnpm’s “--”', () => {
    const opts = parseScaleBenchOptions(argv('--', '--scale', 'reference', '--dataset', 'ref', '--runs', '25', '--skip', 'endpoints, admin'))
    expect(opts.scale).toBe('reference')
    expect(opts.dataset).toBe(`${process.cwd()}/ref`)
    expect(opts.runs).toBe(25)
    expect(opts.skip).toEqual(['endpoints', 'admin'])
  })

  it.each([
    { name: 'no scale', args: [] },
    { name: 'an unknown scale', args: ['--scale', 'huge'] },
    { name: 'an unknown part to skip', args: ['--scale', 'small', '--skip', 'site'] },
    { name: 'zero runs', args: ['--scale', 'small', '--runs', '0'] },
    { name: 'runs that are not a number', args: ['--scale', 'small', '--runs', 'many'] },
  ])('refuses $name', ({ args }) => {
    const stderr = process.stderr.write
    process.stderr.write = (() => true) as typeof process.stderr.write
    try {
      expect(() => parseScaleBenchOptions(argv(...args))).toThrow()
    } finally {
      process.stderr.write = stderr
    }
  })
})

describe('which process of the site build the memory belongs to', () => {
  it.each([
    { cmdline: ['node', '/w/node_modules/.pnpm/astro@5/node_modules/astro/astro.js', 'build'], role: 'astro' },
    { cmdline: ['/w/node_modules/.pnpm/@pagefind+linux-x64@1.6.0/node_modules/@pagefind/linux-x64/bin/pagefind_extended', '--service'], role: 'pagefind' },
    { cmdline: ['/usr/bin/node', '--import', 'tsx', '/w/site/scripts/build-site.ts', '--snapshot', '/v/snap.json', '--out', '/v/releases/r1'], role: 'driver' },
    { cmdline: ['node', '/w/site/scripts/search-index.ts'], role: 'driver' },
    { cmdline: ['sh', '-c', 'node build'], role: 'driver' },
  ])('$role: $cmdline', ({ cmdline, role }) => {
    expect(buildProcessRole(cmdline.join('\0') + '\0')).toBe(role)
  })
})

describe('the site build summary line', () => {
  it.each([
    { name: 'a full build', line: '{"pages":120,"indexedPages":118,"astroSeconds":20.5,"pagefindSeconds":3.1}', mode: undefined },
    { name: 'an incremental build, keys in another order', line: '{"mode":"incremental","pages":120,"pagesRendered":7,"indexedPages":118,"astroSeconds":2,"pagefindSeconds":1}', mode: 'incremental' },
  ])('is read from $name', ({ line, mode }) => {
    const log = ['astro build: 20.5 s', '{"level":30,"msg":"not it"}', line, 'check: 0 broken links', '{not json'].join('\n')
    const summary = siteBuildSummary(log)
    expect(summary?.pages).toBe(120)
    expect(summary?.mode).toBe(mode)
  })

  it('is null when the log has none', () => {
    expect(siteBuildSummary('astro build failed\n{"level":50}')).toBeNull()
  })
})

const run = (seconds: number, over: Partial<PublishRun['build']> = {}, searchEntry = true): PublishRun => ({
  slug: `bai-${seconds}`,
  ms: seconds * 1000,
  seconds,
  searchEntry,
  build: { id: `b${seconds}`, durations: { snapshot: 1000, site: seconds * 500 }, pages: 2100, ...over },
})

/** A fixed small-scale result: every figure below is read off it. */
function result(over: Partial<ScaleResult> = {}): ScaleResult {
  return {
    date: '2026-12-07T10:00:00.000Z',
    commit: 'abc1234',
    machine: { cpus: 2, cpuModel: 'Test CPU', memoryGiB: 23.5, platform: 'Linux 6', node: 'v20.20.2', loadAverage: [3, 2, 1] },
    loadAverageAtStart: [1, 1, 1],
    scale: 'small',
    dataset: { origin: 'generated', seed: 1, seconds: 35.2 },
    content: { units: 2, articles: 500, 'legal-documents': 120 },
    options: { runs: 3, skip: [], duration: 10, connections: 10, warmup: 2, adminRequests: 300 },
    fullBuild: {
      wallSeconds: 70,
      buildSeconds: 60,
      stepsSeconds: { snapshot: 5, files: 1, site: 50, check: 3, activate: 1 },
      pages: 2_400,
      pagesPerSecond: 40,
      site: { pages: 2_400, indexedPages: 2_300, astroSeconds: 40, pagefindSeconds: 10 },
      release: { bytes: 200 * 2 ** 20, files: 5_000, pagefind: { bytes: 20 * 2 ** 20, files: 2_500 } },
      peakRssMiB: { group: 1_500, largestProcess: 1_200, astro: 1_300, pagefind: 400, driver: 100 },
      rssSamples: 300,
    },
    search: {
      first: { query: 'lao động', bytes: 120 * 1024, requests: 9, results: 800 },
      filtered: { query: 'lao động', filters: { type: ['Tin bài'] }, bytes: 310 * 1024, requests: 12, results: 400, filterStepBytes: 190 * 1024 },
    },
    publishToLive: { runs: [run(3), run(4), run(6, {}, false)], p50Seconds: 4, p95Seconds: 6 },
    articlePage: { url: '/bai-viet/bai-3/', totalGzipBytes: 12 * 1024, scriptTags: 0 },
    ...over,
  }
}

/** The first figure whose description starts with `prefix`. */
const byWhat = (r: ScaleResult) => ({ get: (prefix: string) => scaleFigures(r).find((f) => f.what.startsWith(prefix)) })

describe('bench:scale figures beside their targets', () => {
  it('gives each measured figure a verdict where targets.md has a number', () => {
    const figures = byWhat(result())
    expect(figures.get('full build → live (snapshot')?.met).toBe(true)
    expect(figures.get('pages per second (pages ÷ full build → live)')).toMatchObject({ met: false, value: '2,400 pages, 40 pages/s', target: '≥ 417 pages/s (about 100,000 pages in 4 min)' })
    expect(figures.get('peak memory of the site build (process group)')).toMatchObject({ met: true, value: '1500 MiB (largest process 1200 MiB; 300 samples)' })
    expect(figures.get('peak memory: Astro (astro build and its children)')?.value).toBe('1300 MiB')
    expect(figures.get('search bytes in Chromium, first query')).toMatchObject({ met: true, value: '120.0 KB in 9 /pagefind/ requests (800 results)' })
    expect(figures.get('publish → live page')).toMatchObject({ met: false, value: 'p50 4 s, p95 6 s', target: 'p95 ≤ 5 s (reference scale)' })
    expect(figures.get('publish → search entry in the live index')).toMatchObject({ met: false, value: '2 of 3 runs' })
    expect(figures.get('article page HTML + CSS')).toMatchObject({ met: true })
  })

  it.each([
    { name: 'exactly 4 min', buildSeconds: SCALE_TARGETS.fullBuildSeconds, met: true },
    { name: 'one second over', buildSeconds: SCALE_TARGETS.fullBuildSeconds + 1, met: false },
  ])('full build of $name', ({ buildSeconds, met }) => {
    const base = result()
    const figures = byWhat(result({ fullBuild: { ...base.fullBuild!, buildSeconds } }))
    expect(figures.get('full build → live (snapshot')?.met).toBe(met)
  })

  it('checks the filtered query against the first-query budget, and memory over 4 GiB fails', () => {
    const base = result()
    const figures = scaleFigures(result({ fullBuild: { ...base.fullBuild!, peakRssMiB: { ...base.fullBuild!.peakRssMiB, group: 4097 } } }))
    const filtered = figures.find((f) => f.what.includes('filtered query'))
    expect(filtered).toMatchObject({ met: false, what: 'search bytes in Chromium, filtered query “lao động” then type=Tin bài ticked', value: '310.0 KB in 12 /pagefind/ requests, 190.0 KB of them for the filter (400 results)' })
    expect(figures.find((f) => f.what.startsWith('peak memory of the site build'))?.met).toBe(false)
  })

  it('leaves out what was skipped, and says so when memory was not sampled', () => {
    const base = result()
    const figures = scaleFigures(result({ search: undefined, publishToLive: undefined, fullBuild: { ...base.fullBuild!, rssSamples: 0 } }))
    expect(figures.some((f) => f.what.startsWith('search') || f.what.startsWith('publish'))).toBe(false)
    expect(figures.find((f) => f.what.startsWith('peak memory of the site build'))).toMatchObject({ value: 'not sampled', met: undefined })
  })

  it('leaves the build figures out of a run without a build (--skip build)', () => {
    const endpoints = { runs: [], figures: [{ what: 'admin list, sequential', value: '90 ms', target: '≤ 150 ms', met: true }] }
    const figures = scaleFigures(result({ fullBuild: undefined, search: undefined, publishToLive: undefined, endpoints }))
    expect(figures.some((f) => f.what.startsWith('full build') || f.what.startsWith('peak memory of the site'))).toBe(false)
    expect(figures.map((f) => f.what)).toContain('admin list, sequential')
  })

  it('marks reference-scale targets as such only below the reference scale', () => {
    expect(byWhat(result()).get('full build → live (snapshot')?.target).toBe('≤ 4 min (reference scale)')
    expect(byWhat(result({ scale: 'reference' })).get('full build → live (snapshot')?.target).toBe('≤ 4 min')
  })
})

describe('bench:scale Markdown report', () => {
  it('names the command, commit, machine, load, content and where the dataset came from', () => {
    const copied = result({ dataset: { origin: 'copied', from: '/tmp/ref', copySeconds: 12.5, bytes: 800 * 2 ** 20 }, scale: 'reference' })
    const md = scaleMarkdown(copied, scaleFigures(copied))
    expect(md).toContain('# Bench: reference scale, 2026-12-07')
    expect(md).toContain('`pnpm bench:scale --scale reference --dataset /tmp/ref --runs 3` at commit `abc1234`')
    expect(md).toContain('load average at the end [3,2,1]. Load average at the start [1,1,1].')
    expect(md).toContain('Dataset: a copy of `/tmp/ref` (800.0 MiB, copied in 12.5 s; the folder itself was not written).')
    expect(md).toContain('units 2, articles 500, legal-documents 120')
    expect(md).toContain('| full build → live (snapshot, files, site, check, switch) | 60 s (snapshot 5, files 1, site 50, check 3, activate 1; wall from trigger 70 s) | ≤ 4 min | ✓ |')
  })

  it('says a generated dataset’s seed and time, and that small-scale verdicts are against the reference targets', () => {
    const md = scaleMarkdown(result(), scaleFigures(result()))
    expect(md).toContain('generated by this run (`generate-dataset --scale small --seed 1`) into the throw-away database in 35.2 s')
    expect(md).toContain('a ✓ here is necessary, not sufficient')
  })

  it('describes the load runs only when they ran', () => {
    const withLoad = result({ endpoints: { runs: [], figures: [{ what: 'view count, one address: throughput', value: '900 req/s', target: '≥ 500 req/s', met: true }] } })
    const md = scaleMarkdown(withLoad, scaleFigures(withLoad))
    expect(md).toContain('Public endpoints: autocannon from its own process, 10 s per run after 2 s warm-up, 10 connections')
    expect(md).toContain('| view count, one address: throughput | 900 req/s | ≥ 500 req/s | ✓ |')
    expect(scaleMarkdown(result(), scaleFigures(result()))).not.toContain('autocannon')
  })

  it('lists every publish run with its build’s mode and pages when the log says them', () => {
    const table = publishRunsTable([
      run(3),
      run(2, { site: { pages: 2101, indexedPages: 2100, astroSeconds: 0.8, pagefindSeconds: 0.2, mode: 'incremental', reason: '1 item(s) changed', pagesRendered: 12 }, peakRssMiB: 700 }),
    ])
    expect(table.split('\n')).toEqual([
      '| run | live (s) | search entry | mode | pages rendered | snapshot (s) | site (s) | Astro (s) | Pagefind (s) | peak memory (MiB) |',
      '|---|---|---|---|---|---|---|---|---|---|',
      '| 1 | 3 | yes | full (no mode in the log) | 2100 | 1 | 1.5 | — | — | — |',
      '| 2 | 2 | yes | incremental (1 item(s) changed) | 12 | 1 | 1 | 0.8 | 0.2 | 700 |',
    ])
  })
})
