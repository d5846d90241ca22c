/**
 * The load runs `pnpm bench:endpoints` (demo content) and `pnpm bench:scale` (a generated dataset)
 * share: the public endpoints as one client address and as many, the two submits from one
 * connection, and the admin list and detail API as a logged-in editor, each driven by autocannon
 * from a load process of its own (`load.ts`) and reduced to figures beside their targets.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { KnownCase } from './bodies'
import type { LoadAnswer, LoadMessage, LoadSpec } from './load'
import { adminFigure, printTable, publicEndpointFigures, summarizeLoad, type Figure, type LoadSummary } from './report'

export interface Scenario {
  name: string
  kind: 'public' | 'admin'
  /** Statuses that are correct answers here. */
  expected: number[]
  spec: Omit<LoadSpec, 'url' | 'firstRequest'>
}

export interface EndpointRun {
  name: string
  kind: Scenario['kind']
  connections: number
  summary: LoadSummary
}

export interface LoadShape {
  duration: number
  connections: number
  warmup: number
  adminRequests: number
}

/**
 * As deployed behind one reverse proxy: the limiters key on the client's address, so a run can
 * come from one address (the limiter answers 429) or from many (every request is served). The
 * limits are the defaults, whatever the calling shell set. Call before the CMS serves requests.
 */
export function useEndpointBenchEnvironment(): void {
  process.env.CMS_TRUST_PROXY = '1'
  delete process.env.SITE_URL
  for (const prefix of ['COMMENT', 'CASE', 'CASE_LOOKUP']) {
    for (const suffix of ['RATE_LIMIT', 'SHARED_RATE_LIMIT', 'RATE_WINDOW_SECONDS']) delete process.env[`${prefix}_${suffix}`]
  }
}

/** Logs in through the REST API and returns the header the admin API runs send. */
export async function adminAuthorization(cmsUrl: string, login: { email: string; password: string }): Promise<Record<string, string>> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: login.email, password: login.password }),
  })
  const { token } = (await response.json()) as { token?: string }
  if (!response.ok || !token) throw new Error(`login of ${login.email} failed: HTTP ${response.status}`)
  return { authorization: `JWT ${token}` }
}

export interface ScenarioTargets {
  openDraftId: number | string
  knownCases: KnownCase[]
  articleIds: string[]
  auth: Record<string, string>
}

/** Every run, in order: public endpoints (one address, many), the submits on 1 connection, admin API. */
export function endpointScenarios(t: ScenarioTargets, shape: LoadShape): Scenario[] {
  return [...publicScenarios(t, shape), ...adminScenarios(t, shape)]
}

export function publicScenarios(t: Omit<ScenarioTargets, 'auth'>, shape: LoadShape): Scenario[] {
  const timed = { connections: shape.connections, durationSeconds: shape.duration, warmupSeconds: shape.warmup }
  const commentPath = `/api/drafts/${t.openDraftId}/comments`
  return [
    ...(['one', 'many'] as const).flatMap((addresses): Scenario[] => {
      const who = addresses === 'one' ? 'one address' : 'many addresses'
      return [
        { name: `draft comment submit, ${who}`, kind: 'public', expected: [201, 429], spec: { ...timed, method: 'POST', paths: [commentPath], body: 'comment', addresses } },
        { name: `citizen question submit, ${who}`, kind: 'public', expected: [201, 429], spec: { ...timed, method: 'POST', paths: ['/api/cases/submit'], body: 'case', addresses } },
        { name: `case lookup, ${who}`, kind: 'public', expected: [200, 429], spec: { ...timed, method: 'POST', paths: ['/api/cases/lookup'], body: 'lookup', cases: t.knownCases, addresses } },
        { name: `view count, ${who}`, kind: 'public', expected: [200], spec: { ...timed, method: 'POST', paths: t.articleIds.map((id) => `/api/views/${id}`), addresses } },
      ]
    }),
    // The writes once more from one connection: service time without waiting for the write lock.
    { name: 'draft comment submit, many addresses, 1 connection', kind: 'public', expected: [201], spec: { ...timed, connections: 1, method: 'POST', paths: [commentPath], body: 'comment', addresses: 'many' } },
    { name: 'citizen question submit, many addresses, 1 connection', kind: 'public', expected: [201], spec: { ...timed, connections: 1, method: 'POST', paths: ['/api/cases/submit'], body: 'case', addresses: 'many' } },
  ]
}

/** The admin list (50 items) and detail API, one request after the other, then from 10 connections. */
export function adminScenarios(t: Pick<ScenarioTargets, 'articleIds' | 'auth'>, shape: LoadShape): Scenario[] {
  const counted = (connections: number) => ({ connections, amount: shape.adminRequests, warmupSeconds: shape.warmup })
  return [
    { name: 'admin list GET /api/articles?limit=50, sequential', kind: 'admin', expected: [200], spec: { ...counted(1), method: 'GET', paths: ['/api/articles?limit=50'], headers: t.auth } },
    { name: 'admin list GET /api/articles?limit=50, 10 concurrent', kind: 'admin', expected: [200], spec: { ...counted(10), method: 'GET', paths: ['/api/articles?limit=50'], headers: t.auth } },
    { name: 'admin detail GET /api/articles/:id, sequential', kind: 'admin', expected: [200], spec: { ...counted(1), method: 'GET', paths: t.articleIds.map((id) => `/api/articles/${id}`), headers: t.auth } },
    { name: 'admin detail GET /api/articles/:id, 10 concurrent', kind: 'admin', expected: [200], spec: { ...counted(10), method: 'GET', paths: t.articleIds.map((id) => `/api/articles/${id}`), headers: t.auth } },
  ]
}

/** Sends one run to the load process and waits for its record. */
function runLoad(child: ChildProcess, spec: LoadSpec): Promise<Extract<LoadAnswer, { type: 'done' }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (answer: LoadAnswer) => {
      child.off('exit', onExit)
      child.off('message', onMessage)
      if (answer.type === 'done') resolve(answer)
      else reject(new Error(`load run failed: ${answer.message}`))
    }
    const onExit = (code: number | null) => reject(new Error(`the load process ended (${code}) during a run`))
    child.on('message', onMessage)
    child.once('exit', onExit)
    child.send({ type: 'run', spec } satisfies LoadMessage)
  })
}

/**
 * Runs the scenarios one after the other from one load process against `cmsUrl`, printing each
 * run's figures as it ends; bodies and addresses continue across runs instead of repeating.
 */
export async function runEndpointScenarios(
  cmsUrl: string,
  scenarios: readonly Scenario[],
  log: (message: string) => void,
): Promise<{ runs: EndpointRun[]; figures: Figure[] }> {
  const load = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), [], { execArgv: process.execArgv, stdio: 'inherit' })
  try {
    const runs: EndpointRun[] = []
    const figures: Figure[] = []
    let firstRequest = 0
    for (const scenario of scenarios) {
      const length = scenario.spec.amount ? `${scenario.spec.amount} requests` : `${scenario.spec.durationSeconds} s`
      log(`${scenario.name}: ${length}, ${scenario.spec.connections} connection(s)…`)
      const answer = await runLoad(load, { ...scenario.spec, url: cmsUrl, firstRequest })
      firstRequest = answer.nextRequest
      const summary = summarizeLoad(answer.record, scenario.expected)
      runs.push({ name: scenario.name, kind: scenario.kind, connections: scenario.spec.connections, summary })
      const rows = scenario.kind === 'public' ? publicEndpointFigures(scenario.name, summary) : [adminFigure(scenario.name, summary)]
      figures.push(...rows)
      printTable(rows)
    }
    return { runs, figures }
  } finally {
    load.kill()
  }
}
