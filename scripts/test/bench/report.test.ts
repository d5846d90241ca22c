import { describe, expect, it } from 'vitest'
import { adminFigure, markdownReport, publicEndpointFigures, summarizeLoad, tableLines, type LoadRecord } from '../../src/bench/report'

const record = (over: Partial<LoadRecord>): LoadRecord => ({
  latenciesMs: [],
  statuses: {},
  socketErrors: 0,
  timeouts: 0,
  durationSeconds: 10,
  ...over,
})

/** 1..n milliseconds: nearest-rank percentiles are easy to read off. */
const ramp = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

describe('summarizeLoad', () => {
  it.each<{ name: string; statuses: Record<string, number>; expected: number[]; non2xx: Record<string, number>; unexpected: number }>([
    { name: 'all served', statuses: { 201: 100 }, expected: [201, 429], non2xx: {}, unexpected: 0 },
    { name: '429 from the limiter is not an error', statuses: { 201: 5, 429: 95 }, expected: [201, 429], non2xx: { 429: 95 }, unexpected: 0 },
    { name: 'a 500 is always an error', statuses: { 201: 90, 500: 10 }, expected: [201, 429], non2xx: { 500: 10 }, unexpected: 10 },
    { name: 'a 400 for a valid body is an error', statuses: { 400: 3, 200: 97 }, expected: [200], non2xx: { 400: 3 }, unexpected: 3 },
    { name: 'a 429 where no limiter exists is an error', statuses: { 200: 99, 429: 1 }, expected: [200], non2xx: { 429: 1 }, unexpected: 1 },
  ])('$name', ({ statuses, expected, non2xx, unexpected }) => {
    const s = summarizeLoad(record({ latenciesMs: ramp(100), statuses, socketErrors: 2, timeouts: 1 }), expected)
    expect(s.non2xx).toEqual(non2xx)
    expect(s.unexpected).toBe(unexpected)
    expect(s.errors).toBe(unexpected + 2)
  })

  it.each([
    { n: 100, seconds: 10, p50: 50, p95: 95, p97_5: 98, p99: 99, max: 100, rps: 10 },
    { n: 1000, seconds: 2, p50: 500, p95: 950, p97_5: 975, p99: 990, max: 1000, rps: 500 },
    { n: 1, seconds: 0.5, p50: 1, p95: 1, p97_5: 1, p99: 1, max: 1, rps: 2 },
  ])('percentiles and rate of $n requests in $seconds s', ({ n, seconds, p50, p95, p97_5, p99, max, rps }) => {
    const shuffled = ramp(n).reverse()
    const s = summarizeLoad(record({ latenciesMs: shuffled, durationSeconds: seconds, statuses: { 200: n } }), [200])
    expect(s.latencyMs).toEqual({ p50, p95, p97_5, p99, max })
    expect(s.reqPerSec).toBe(rps)
    expect(s.requests).toBe(n)
  })

  it('reports an empty run as zero, not as a crash', () => {
    const s = summarizeLoad(record({ socketErrors: 40 }), [200])
    expect(s).toMatchObject({ requests: 0, reqPerSec: 0, errors: 40, latencyMs: { p99: 0, max: 0 } })
  })
})

describe('figures beside their targets', () => {
  const run = (latency: number, rps: number, statuses: Record<string, number>, socketErrors = 0) =>
    summarizeLoad(record({ latenciesMs: Array(rps * 10).fill(latency), durationSeconds: 10, statuses, socketErrors }), [201, 429])

  it.each([
    { name: 'every target met', s: run(20, 600, { 201: 6000 }), met: [true, true, true] },
    { name: 'too slow', s: run(20, 400, { 201: 4000 }), met: [false, true, true] },
    { name: 'p99 over 100 ms', s: run(101, 600, { 201: 6000 }), met: [true, false, true] },
    { name: 'exactly on the targets', s: run(100, 500, { 201: 5000 }), met: [true, true, true] },
    { name: 'limiter answers only', s: run(5, 900, { 201: 5, 429: 8995 }), met: [true, true, true] },
    { name: 'one server error', s: run(5, 900, { 201: 8999, 503: 1 }), met: [true, true, false] },
    { name: 'one socket error', s: run(5, 900, { 201: 9000 }, 1), met: [true, true, false] },
  ])('public endpoint: $name', ({ s, met }) => {
    const rows = publicEndpointFigures('comment', s)
    expect(rows.map((r) => r.met)).toEqual(met)
    expect(rows.map((r) => r.what)).toEqual(['comment: throughput', 'comment: latency', 'comment: errors'])
  })

  it('names the non-2xx answers by status in the errors row', () => {
    const [, , errors] = publicEndpointFigures('lookup', run(5, 100, { 201: 10, 429: 980, 500: 10 }))
    expect(errors!.value).toBe('10 (non-2xx 429: 980, 500: 10; socket errors 0, timeouts 0)')
  })

  it.each([
    { p95: 150, errors: 0, met: true },
    { p95: 151, errors: 0, met: false },
    { p95: 20, errors: 1, met: false },
  ])('admin API p95 $p95 ms with $errors errors: met $met', ({ p95, errors, met }) => {
    const latencies = [...Array(95).fill(1), ...Array(5).fill(p95 + 100)]
    latencies[94] = p95
    const s = summarizeLoad(record({ latenciesMs: latencies, statuses: { 200: 100 - errors, ...(errors ? { 500: errors } : {}) } }), [200])
    expect(adminFigure('list', s).met).toBe(met)
  })
})

describe('report output', () => {
  it('marks met and missed targets on the console and in Markdown', () => {
    const figures = [
      { what: 'a', value: '1 s', target: '≤ 2 s', met: true },
      { what: 'bb', value: '3 s', target: '≤ 2 s', met: false },
      { what: 'c', value: '7', target: '—' },
    ]
    expect(tableLines(figures)).toEqual([
      '  a   1 s  ✓ target: ≤ 2 s',
      '  bb  3 s  ✗ target: ≤ 2 s',
      '  c   7    target: —',
    ])
    const md = markdownReport({ title: 'T', intro: ['line'], figures, after: ['end'] })
    expect(md).toBe(
      ['# T', '', 'line', '', '| what | measured | target | met |', '|---|---|---|---|', '| a | 1 s | ≤ 2 s | ✓ |', '| bb | 3 s | ≤ 2 s | ✗ |', '| c | 7 | — | — |', '', 'end', ''].join('\n'),
    )
  })

  it('keeps the three-column table of reports without target checks, and escapes pipes', () => {
    const md = markdownReport({ title: 'T', intro: [], figures: [{ what: 'x | y', value: '1', target: '—' }] })
    expect(md).toContain('| what | measured | target |\n|---|---|---|\n| x \\| y | 1 | — |')
  })
})
