import { describe, expect, it } from 'vitest'
import { summarizeLoad } from '../../src/bench/report'
import { memoryGrowth, soakVerdict, type MemorySeries } from '../../src/bench/soak-verdict'

const MIB = 2 ** 20
const series = (process: string, mib: number[], everySeconds = 5): MemorySeries => ({
  process,
  samples: mib.map((m, i) => ({ atSeconds: i * everySeconds, rssBytes: m * MIB })),
})
const run = (statuses: Record<string, number>, expected: number[], socketErrors = 0) =>
  summarizeLoad(
    {
      latenciesMs: Object.values(statuses).flatMap((n) => Array.from({ length: n }, () => 3)),
      statuses,
      socketErrors,
      timeouts: 0,
      durationSeconds: 10,
    },
    expected,
  )

describe('soak verdict', () => {
  it('measures growth from the first sample after the warm-up, not from the cold start', () => {
    // 100 → 180 MiB while warming up (JIT, caches), then flat: no growth.
    expect(memoryGrowth(series('cms', [100, 180, 182, 181, 182]), 5)).toMatchObject({
      afterWarmupMiB: 180,
      endMiB: 182,
      peakMiB: 182,
      growthMiB: 2,
    })
  })

  it('refuses to judge a process with fewer than two samples after the warm-up', () => {
    expect(() => memoryGrowth(series('static', [50, 60]), 5)).toThrow(/fewer than two/)
  })

  it('passes when every run is error-free and every process stays within the bound', () => {
    const verdict = soakVerdict(
      [
        { name: 'comment submit', summary: run({ 201: 50 }, [201]) },
        { name: 'static pages', summary: run({ 200: 90 }, [200]) },
      ],
      [series('cms', [120, 150, 160, 170]), series('static', [40, 45, 45, 46])],
      5,
      { maxGrowthMiB: 64, maxErrors: 0 },
    )
    expect(verdict.passed).toBe(true)
    expect(verdict.growth.map((g) => g.growthMiB)).toEqual([20, 1])
  })

  it.each([
    ['a 500 answer', run({ 201: 49, 500: 1 }, [201])],
    ['a 429 when the limits were raised', run({ 201: 49, 429: 1 }, [201])],
    ['a socket error', run({ 201: 50 }, [201], 1)],
    ['no answers at all', run({}, [201])],
  ])('fails on %s', (_, summary) => {
    const verdict = soakVerdict([{ name: 'case submit', summary }], [series('cms', [100, 100, 100])], 0)
    expect(verdict.passed).toBe(false)
    expect(verdict.figures.find((f) => f.met === false)?.what).toBe('case submit: errors')
  })

  it('fails when a process grows past the bound after the warm-up', () => {
    const verdict = soakVerdict([], [series('cms', [100, 200, 230, 265])], 5, {
      maxGrowthMiB: 64,
      maxErrors: 0,
    })
    expect(verdict.passed).toBe(false)
    expect(verdict.figures[0]).toMatchObject({ what: 'cms: memory growth after warm-up', met: false })
    expect(verdict.figures[0]!.value).toMatch(/^65 MiB/)
  })
})
