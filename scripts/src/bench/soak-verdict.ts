/**
 * What `bench:soak` concludes from its measurements, kept pure so the pass/fail rules are tested
 * apart from any timing: every run must have no errors (a status the endpoint must not give, a
 * socket error or a timeout), and no process may grow by more than the bound between the end of
 * the warm-up and the end of the soak.
 */
import type { Figure, LoadSummary } from './report'

export interface SoakBounds {
  /** Allowed resident-memory growth per process after warm-up, in MiB. */
  maxGrowthMiB: number
  /** Allowed failed requests per run. */
  maxErrors: number
}

export const SOAK_BOUNDS: SoakBounds = { maxGrowthMiB: 64, maxErrors: 0 }

/** Resident memory of one process, sampled every few seconds. */
export interface MemorySeries {
  process: string
  samples: { atSeconds: number; rssBytes: number }[]
}

export interface MemoryGrowth {
  process: string
  afterWarmupMiB: number
  endMiB: number
  peakMiB: number
  growthMiB: number
}

const MIB = 2 ** 20
const round = (n: number) => Math.round(n * 10) / 10

/**
 * Growth from the first sample at or after the warm-up to the last sample. Throws when the series
 * has no sample after the warm-up: a soak that cannot tell must not pass.
 */
export function memoryGrowth(series: MemorySeries, warmupSeconds: number): MemoryGrowth {
  const settled = series.samples.filter((s) => s.atSeconds >= warmupSeconds)
  if (settled.length < 2)
    throw new Error(`${series.process}: fewer than two memory samples after the warm-up`)
  const first = settled[0]!.rssBytes
  const last = settled[settled.length - 1]!.rssBytes
  return {
    process: series.process,
    afterWarmupMiB: round(first / MIB),
    endMiB: round(last / MIB),
    peakMiB: round(Math.max(...settled.map((s) => s.rssBytes)) / MIB),
    growthMiB: round((last - first) / MIB),
  }
}

export interface SoakVerdict {
  passed: boolean
  figures: Figure[]
  growth: MemoryGrowth[]
}

export function soakVerdict(
  runs: readonly { name: string; summary: LoadSummary }[],
  memory: readonly MemorySeries[],
  warmupSeconds: number,
  bounds: SoakBounds = SOAK_BOUNDS,
): SoakVerdict {
  const figures: Figure[] = []
  for (const { name, summary: s } of runs) {
    const statuses = Object.entries(s.statuses)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ')
    figures.push({
      what: `${name}: errors`,
      value: `${s.errors} of ${s.requests} (${statuses || 'no answers'}; socket errors ${s.socketErrors}, timeouts ${s.timeouts})`,
      target: `≤ ${bounds.maxErrors}`,
      met: s.requests > 0 && s.errors <= bounds.maxErrors,
    })
    figures.push({
      what: `${name}: latency`,
      value: `p50 ${s.latencyMs.p50} ms, p99 ${s.latencyMs.p99} ms, max ${s.latencyMs.max} ms (${s.reqPerSec} req/s)`,
      target: 'reported',
    })
  }
  const growth = memory.map((series) => memoryGrowth(series, warmupSeconds))
  for (const g of growth) {
    figures.push({
      what: `${g.process}: memory growth after warm-up`,
      value: `${g.growthMiB} MiB (${g.afterWarmupMiB} → ${g.endMiB} MiB, peak ${g.peakMiB} MiB)`,
      target: `≤ ${bounds.maxGrowthMiB} MiB`,
      met: g.growthMiB <= bounds.maxGrowthMiB,
    })
  }
  return { passed: figures.every((f) => f.met !== false), figures, growth }
}
