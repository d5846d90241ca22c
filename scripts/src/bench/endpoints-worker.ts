/**
 * The process `endpoints.ts` starts. On a throw-away stack (temporary SQLite, data and var
 * folders, random secrets; never the checkout's `.env`, database or releases) it seeds the demo
 * content, serves the CMS's real REST routes on loopback and drives them from a separate load
 * process (`load.ts`, autocannon): the public endpoints for a fixed time each, as one client
 * address and as many, then the admin API as a logged-in editor. Every figure is printed beside
 * its target, then written to `docs/bench/endpoints-<date>.{json,md}`.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runFacts, useTemporaryStack } from './tempStack'
import { fileURLToPath } from 'node:url'
import { serveCmsApi } from '../lib/cms-http'
import { loadPayloadInWorker } from '../lib/cms-process'
import { repoRoot } from '../lib/env'
import { seed } from '../seed/seed'
import { DEMO_LOGINS } from '../seed/users'
import type { LoadAnswer, LoadMessage, LoadSpec } from './load'
import { parseEndpointBenchOptions } from './options'
import {
  adminFigure,
  machineLine,
  markdownReport,
  printTable,
  publicEndpointFigures,
  summarizeLoad,
  TARGETS,
  type Figure,
  type LoadSummary,
} from './report'
import { findBenchTargets } from './targets'
import { LOADED_MESSAGE } from './worker-ipc'

const opts = parseEndpointBenchOptions(process.argv)
const step = (message: string) => console.log(`▸ ${message}`)

interface Scenario {
  name: string
  kind: 'public' | 'admin'
  /** Statuses that are correct answers here. */
  expected: number[]
  spec: Omit<LoadSpec, 'url' | 'firstRequest'>
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

async function main(): Promise<void> {
  process.channel?.unref()
  const { dir: tmp } = await useTemporaryStack('cong-bench-endpoints-')
  // As deployed behind one reverse proxy: the limiters key on the client's address, so a run can
  // come from one address (the limiter answers 429) or from many (every request is served).
  process.env.CMS_TRUST_PROXY = '1'
  delete process.env.SITE_URL
  for (const prefix of ['COMMENT', 'CASE', 'CASE_LOOKUP']) {
    for (const suffix of ['RATE_LIMIT', 'SHARED_RATE_LIMIT', 'RATE_WINDOW_SECONDS']) delete process.env[`${prefix}_${suffix}`]
  }

  step(`temporary stack in ${tmp}`)
  const payload = await loadPayloadInWorker(LOADED_MESSAGE)
  let cms: Awaited<ReturnType<typeof serveCmsApi>> | undefined
  let load: ChildProcess | undefined
  try {
    step('seeding the demo content…')
    const seeded = await seed(payload, { log: (msg) => step(`  ${msg}`) })
    step(`seeded: ${Object.entries(seeded.totals).map(([k, v]) => `${k} ${v}`).join(', ')}`)

    const { openDraft, knownCases, articleIds } = await findBenchTargets(payload)
    const listedArticles = (await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs

    if (opts.sqliteWal) {
      // WAL is a property of the database file: every connection libsql opens later uses it.
      const client = (payload.db as unknown as { client?: { execute: (sql: string) => Promise<{ rows: unknown[] }> } }).client
      if (!client) throw new Error('--sqlite-wal needs the SQLite database (DATABASE_URL=file:…)')
      const { rows } = await client.execute('PRAGMA journal_mode = WAL')
      const mode = String(Object.values((rows[0] ?? {}) as Record<string, unknown>)[0] ?? 'unknown')
      if (mode.toLowerCase() !== 'wal') throw new Error(`SQLite stayed in journal mode "${mode}"`)
      step('SQLite switched to WAL mode (experiment)')
    }
    // One line per submitted case and e-mail would bury the figures; warnings still show.
    payload.logger.level = 'warn'
    cms = await serveCmsApi(payload.config)
    step(`CMS API ${cms.url}`)

    const editor = DEMO_LOGINS.find((l) => l.role === 'editor')
    if (!editor) throw new Error('the demo logins have no editor')
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: editor.email, password: editor.password }),
    })
    const { token } = (await login.json()) as { token?: string }
    if (!login.ok || !token) throw new Error(`editor login failed: HTTP ${login.status}`)
    const auth = { authorization: `JWT ${token}` }

    const timed = { connections: opts.connections, durationSeconds: opts.duration, warmupSeconds: opts.warmup }
    const counted = (connections: number) => ({ connections, amount: opts.adminRequests, warmupSeconds: opts.warmup })
    const scenarios: Scenario[] = [
      ...(['one', 'many'] as const).flatMap((addresses): Scenario[] => {
        const who = addresses === 'one' ? 'one address' : 'many addresses'
        return [
          { name: `draft comment submit, ${who}`, kind: 'public', expected: [201, 429], spec: { ...timed, method: 'POST', paths: [`/api/drafts/${openDraft.id}/comments`], body: 'comment', addresses } },
          { name: `citizen question submit, ${who}`, kind: 'public', expected: [201, 429], spec: { ...timed, method: 'POST', paths: ['/api/cases/submit'], body: 'case', addresses } },
          { name: `case lookup, ${who}`, kind: 'public', expected: [200, 429], spec: { ...timed, method: 'POST', paths: ['/api/cases/lookup'], body: 'lookup', cases: knownCases, addresses } },
          { name: `view count, ${who}`, kind: 'public', expected: [200], spec: { ...timed, method: 'POST', paths: articleIds.map((id) => `/api/views/${id}`), addresses } },
        ]
      }),
      // The writes once more from one connection: service time without waiting for the write lock.
      { name: 'draft comment submit, many addresses, 1 connection', kind: 'public', expected: [201], spec: { ...timed, connections: 1, method: 'POST', paths: [`/api/drafts/${openDraft.id}/comments`], body: 'comment', addresses: 'many' } },
      { name: 'citizen question submit, many addresses, 1 connection', kind: 'public', expected: [201], spec: { ...timed, connections: 1, method: 'POST', paths: ['/api/cases/submit'], body: 'case', addresses: 'many' } },
      { name: 'admin list GET /api/articles?limit=50, sequential', kind: 'admin', expected: [200], spec: { ...counted(1), method: 'GET', paths: ['/api/articles?limit=50'], headers: auth } },
      { name: 'admin list GET /api/articles?limit=50, 10 concurrent', kind: 'admin', expected: [200], spec: { ...counted(10), method: 'GET', paths: ['/api/articles?limit=50'], headers: auth } },
      { name: 'admin detail GET /api/articles/:id, sequential', kind: 'admin', expected: [200], spec: { ...counted(1), method: 'GET', paths: articleIds.map((id) => `/api/articles/${id}`), headers: auth } },
      { name: 'admin detail GET /api/articles/:id, 10 concurrent', kind: 'admin', expected: [200], spec: { ...counted(10), method: 'GET', paths: articleIds.map((id) => `/api/articles/${id}`), headers: auth } },
    ]

    load = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), [], { execArgv: process.execArgv, stdio: 'inherit' })
    const runs: { name: string; kind: Scenario['kind']; connections: number; summary: LoadSummary }[] = []
    const figures: Figure[] = []
    let firstRequest = 0
    for (const scenario of scenarios) {
      const length = scenario.spec.amount ? `${scenario.spec.amount} requests` : `${scenario.spec.durationSeconds} s`
      step(`${scenario.name}: ${length}, ${scenario.spec.connections} connection(s)…`)
      const answer = await runLoad(load, { ...scenario.spec, url: cms.url, firstRequest })
      firstRequest = answer.nextRequest
      const summary = summarizeLoad(answer.record, scenario.expected)
      runs.push({ name: scenario.name, kind: scenario.kind, connections: scenario.spec.connections, summary })
      const rows = scenario.kind === 'public' ? publicEndpointFigures(scenario.name, summary) : [adminFigure(scenario.name, summary)]
      figures.push(...rows)
      printTable(rows)
    }

    const { machine, commit } = runFacts()
    const date = new Date().toISOString()
    const result = {
      date,
      commit,
      machine,
      content: { ...seeded.totals, articlesInAdminList: listedArticles, knownCases: knownCases.length, publishedArticles: articleIds.length },
      options: { durationSeconds: opts.duration, connections: opts.connections, warmupSeconds: opts.warmup, adminRequests: opts.adminRequests, trustProxy: 1, sqliteJournal: opts.sqliteWal ? 'wal' : 'as configured' },
      targets: TARGETS,
      runs,
    }

    console.log('\nAll runs:')
    printTable(figures)
    const day = date.slice(0, 10)
    await mkdir(opts.out, { recursive: true })
    const jsonFile = path.join(opts.out, `endpoints-${day}.json`)
    const mdFile = path.join(opts.out, `endpoints-${day}.md`)
    await writeFile(jsonFile, JSON.stringify({ ...result, figures }, null, 2) + '\n')
    await writeFile(
      mdFile,
      markdownReport({
        title: `Bench: public endpoints and admin API, demo content, ${day}`,
        intro: [
          `Run \`pnpm bench:endpoints\` at commit \`${commit}\`, ${date}. ${machineLine(machine)}`,
          `Content (demo seed): ${Object.entries(seeded.totals).map(([k, v]) => `${k} ${v}`).join(', ')}; the admin list reads ${listedArticles} articles, so it is far from the reference scale the admin target is set for.`,
          `Load from autocannon in its own process on loopback: public endpoints ${opts.duration} s each after ${opts.warmup} s of unrecorded warm-up, ${opts.connections} connections; admin API ${opts.adminRequests} requests per run. The CMS trusts one proxy (\`CMS_TRUST_PROXY=1\`), so "one address" sends a fixed \`X-Forwarded-For\` (the per-address limiters answer 429, which counts as a correct answer, not an error) and "many addresses" a different one per request; the limits are the defaults. Latency percentiles are nearest-rank over every request.${opts.sqliteWal ? ' Experiment: the SQLite database was switched to WAL mode (`--sqlite-wal`).' : ''}`,
        ],
        figures,
        after: ['Raw figures: the JSON file with the same name.'],
      }),
    )
    step(`report written: ${path.relative(repoRoot(), jsonFile)}, ${path.relative(repoRoot(), mdFile)}`)
  } finally {
    load?.kill()
    await cms?.close()
    await payload.destroy()
    await rm(tmp, { recursive: true, force: true })
  }
}

main().then(
  // Payload keeps database and job handles open after destroy; the bench is done, so leave.
  () => process.exit(0),
  (error: unknown) => {
    console.error('Bench failed:', error instanceof Error ? (error.stack ?? error.message) : error)
    process.exit(1)
  },
)
