/**
 * The load generator of `bench:endpoints`, in a process of its own: on a 2-core machine autocannon
 * in the CMS's process would take event-loop time from the server it measures. The endpoint
 * worker forks it and sends one `LoadSpec` per run; it answers with every request's status and
 * time (autocannon's histogram has no p95, and the report wants exact nearest-rank percentiles).
 */
import autocannon from 'autocannon'
import type { LoadRecord } from './report'
import { caseBody, commentBody, forwardedFor, lookupBody, ONE_ADDRESS, type KnownCase } from './bodies'

export interface LoadSpec {
  url: string
  method: 'GET' | 'POST'
  /** Paths taken in turn, one per request. */
  paths: string[]
  body?: 'comment' | 'case' | 'lookup'
  /** Known cases for lookup bodies. */
  cases?: KnownCase[]
  /** Who the requests claim to come from (`X-Forwarded-For`): absent for the admin API. */
  addresses?: 'one' | 'many'
  headers?: Record<string, string>
  connections: number
  /** A fixed duration in seconds, or a fixed number of requests. */
  durationSeconds?: number
  amount?: number
  /** Seconds of unrecorded load first, so the run measures warm code (JIT, caches). */
  warmupSeconds?: number
  /** Requests per second for all connections together (fixed-rate load, `bench:soak`); unset: as fast as answered. */
  overallRate?: number
  /** First request number: bodies and addresses continue across runs instead of repeating. */
  firstRequest: number
}

export type LoadMessage = { type: 'run'; spec: LoadSpec }
export type LoadAnswer = { type: 'done'; record: LoadRecord; nextRequest: number } | { type: 'failed'; message: string }

const BODIES = {
  comment: (n: number) => commentBody(n),
  case: (n: number) => caseBody(n),
  lookup: (n: number, cases: KnownCase[]) => lookupBody(n, cases),
} as const

function run(spec: LoadSpec, next: { n: number }, recorded: boolean, seconds?: number): Promise<LoadRecord> {
  const latenciesMs: number[] = []
  const statuses: Record<string, number> = {}
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        ...(seconds !== undefined ? { duration: seconds } : spec.amount ? { amount: spec.amount } : { duration: spec.durationSeconds ?? 10 }),
        timeout: 10,
        ...(spec.overallRate ? { overallRate: spec.overallRate } : {}),
        requests: [
          {
            method: spec.method,
            setupRequest: (request) => {
              const n = next.n++
              const headers: Record<string, string> = { ...spec.headers }
              if (spec.addresses) headers['x-forwarded-for'] = spec.addresses === 'one' ? ONE_ADDRESS : forwardedFor(n)
              let body: string | undefined
              if (spec.body) {
                headers['content-type'] = 'application/json'
                body = JSON.stringify(BODIES[spec.body](n, spec.cases ?? []))
              }
              return { ...request, method: spec.method, path: spec.paths[n % spec.paths.length]!, headers, body }
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)))
        resolve({ latenciesMs, statuses, socketErrors: result.errors, timeouts: result.timeouts, durationSeconds: result.duration })
      },
    )
    if (recorded) {
      instance.on('response', (_client, status, _bytes, ms) => {
        latenciesMs.push(ms)
        statuses[status] = (statuses[status] ?? 0) + 1
      })
    }
  })
}

process.on('message', (message: LoadMessage) => {
  if (message.type !== 'run') return
  const next = { n: message.spec.firstRequest }
  void (async () => {
    try {
      if (message.spec.warmupSeconds) await run(message.spec, next, false, message.spec.warmupSeconds)
      const record = await run(message.spec, next, true)
      process.send?.({ type: 'done', record, nextRequest: next.n } satisfies LoadAnswer)
    } catch (error) {
      process.send?.({ type: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies LoadAnswer)
    }
  })()
})
// The worker ends this process when it is done; a lost parent must not leave it running.
process.on('disconnect', () => process.exit(0))
