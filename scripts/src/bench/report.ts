/**
 * How every bench report is shown: figures beside their targets from the project's targets, on
 * the console and as Markdown, and the figures of one load run (`bench:endpoints`) with their
 * targets checked. Pure: the workers measure, this only formats and compares.
 */
import { percentile } from './measure'

export interface Figure {
  what: string
  value: string
  target: string
  /** Whether the target is met; absent when this run cannot tell (a demo-scale figure). */
  met?: boolean
}

const mark = (f: Figure) => (f.met === undefined ? '' : f.met ? '✓ ' : '✗ ')

export function tableLines(figures: readonly Figure[]): string[] {
  const width = Math.max(...figures.map((f) => f.what.length))
  const valueWidth = Math.max(...figures.map((f) => f.value.length))
  return figures.map((f) => `  ${f.what.padEnd(width)}  ${f.value.padEnd(valueWidth)}  ${mark(f)}target: ${f.target}`)
}

export function printTable(figures: readonly Figure[]): void {
  console.log(['', ...tableLines(figures), ''].join('\n'))
}

export interface MarkdownReport {
  title: string
  /** Paragraphs above the table (how, where, which commit). */
  intro: string[]
  figures: readonly Figure[]
  /** Paragraphs below it (raw series, analysis). */
  after?: string[]
}

/** `|` inside a cell would end it. */
const cell = (text: string) => text.replace(/\|/g, '\\|')

export function markdownReport(report: MarkdownReport): string {
  const hasMarks = report.figures.some((f) => f.met !== undefined)
  return [
    `# ${report.title}`,
    '',
    ...report.intro,
    '',
    hasMarks ? '| what | measured | target | met |' : '| what | measured | target |',
    hasMarks ? '|---|---|---|---|' : '|---|---|---|',
    ...report.figures.map((f) =>
      hasMarks
        ? `| ${cell(f.what)} | ${cell(f.value)} | ${cell(f.target)} | ${f.met === undefined ? '—' : f.met ? '✓' : '✗'} |`
        : `| ${cell(f.what)} | ${cell(f.value)} | ${cell(f.target)} |`,
    ),
    '',
    ...(report.after ?? []).flatMap((p) => [p, '']),
  ].join('\n')
}

/** The machine a report was taken on: figures are only comparable within one machine and run. */
export function machineLine(m: { cpus: number; cpuModel: string; memoryGiB: number; platform: string; node: string; loadAverage: number[] }): string {
  return `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}, load average at the end ${JSON.stringify(m.loadAverage)}.`
}

// ── Load runs ────────────────────────────────────────────────────────────────────────────────

/** targets.md: public endpoints on loopback; admin list API. */
export const TARGETS = {
  publicReqPerSec: 500,
  publicP99Ms: 100,
  publicErrors: 0,
  adminP95Ms: 150,
} as const

/** What the load process records of one run: every answer's status and time, and failures. */
export interface LoadRecord {
  /** Milliseconds per answered request, in arrival order. */
  latenciesMs: number[]
  /** Answers per HTTP status. */
  statuses: Record<string, number>
  /** Connection errors, timeouts included (autocannon's `errors`). */
  socketErrors: number
  timeouts: number
  durationSeconds: number
}

export interface LoadSummary {
  requests: number
  reqPerSec: number
  latencyMs: { p50: number; p95: number; p97_5: number; p99: number; max: number }
  statuses: Record<string, number>
  /** Answers that are not 2xx, by status. */
  non2xx: Record<string, number>
  /** Answers whose status this endpoint must never give here (a 5xx, a 400 for a valid body). */
  unexpected: number
  /** Failed requests: unexpected answers plus connection errors and timeouts. */
  errors: number
  socketErrors: number
  timeouts: number
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

/**
 * Reduces a run to its figures. `expected` are the statuses that count as correct answers: a
 * 429 is the limiter doing its job (it must be fast, but it is not an error), a 500 never is.
 */
export function summarizeLoad(record: LoadRecord, expected: readonly number[]): LoadSummary {
  const requests = record.latenciesMs.length
  const p = (q: number) => (requests ? round(percentile(record.latenciesMs, q)) : 0)
  const non2xx: Record<string, number> = {}
  let unexpected = 0
  for (const [status, count] of Object.entries(record.statuses)) {
    if (!/^2\d\d$/.test(status)) non2xx[status] = count
    if (!expected.includes(Number(status))) unexpected += count
  }
  return {
    requests,
    reqPerSec: record.durationSeconds > 0 ? round(requests / record.durationSeconds) : 0,
    latencyMs: { p50: p(50), p95: p(95), p97_5: p(97.5), p99: p(99), max: round(record.latenciesMs.reduce((a, b) => Math.max(a, b), 0)) },
    statuses: record.statuses,
    non2xx,
    unexpected,
    errors: unexpected + record.socketErrors,
    socketErrors: record.socketErrors,
    timeouts: record.timeouts,
  }
}

const statusList = (counts: Record<string, number>) =>
  Object.keys(counts).length ? Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)).map(([s, n]) => `${s}: ${n}`).join(', ') : 'none'

/** Three rows per public-endpoint run: throughput, latency, failures, each against targets.md. */
export function publicEndpointFigures(name: string, s: LoadSummary): Figure[] {
  return [
    {
      what: `${name}: throughput`,
      value: `${s.reqPerSec} req/s (${s.requests} requests)`,
      target: `≥ ${TARGETS.publicReqPerSec} req/s`,
      met: s.reqPerSec >= TARGETS.publicReqPerSec,
    },
    {
      what: `${name}: latency`,
      value: `p50 ${s.latencyMs.p50} ms, p97.5 ${s.latencyMs.p97_5} ms, p99 ${s.latencyMs.p99} ms`,
      target: `p99 ≤ ${TARGETS.publicP99Ms} ms`,
      met: s.requests > 0 && s.latencyMs.p99 <= TARGETS.publicP99Ms,
    },
    {
      what: `${name}: errors`,
      value: `${s.errors} (non-2xx ${statusList(s.non2xx)}; socket errors ${s.socketErrors}, timeouts ${s.timeouts})`,
      target: `${TARGETS.publicErrors} errors (429 is the limiter, not an error)`,
      met: s.errors <= TARGETS.publicErrors,
    },
  ]
}

/** One row per admin API run: p95 against targets.md, failures shown beside it. */
export function adminFigure(name: string, s: LoadSummary): Figure {
  return {
    what: `${name}`,
    value: `p95 ${s.latencyMs.p95} ms (p50 ${s.latencyMs.p50}, p99 ${s.latencyMs.p99}; ${s.requests} requests, ${s.reqPerSec} req/s, errors ${s.errors})`,
    target: `p95 ≤ ${TARGETS.adminP95Ms} ms, reference scale`,
    met: s.requests > 0 && s.errors === 0 && s.latencyMs.p95 <= TARGETS.adminP95Ms,
  }
}
