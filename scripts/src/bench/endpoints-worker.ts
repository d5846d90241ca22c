/**
 * The process `endpoints.ts` starts. On a throw-away stack (temporary SQLite, data and var
 * folders, random secrets; never the checkout's `.env`, database or releases) it seeds the demo
 * content, serves the CMS's real REST routes on loopback and drives them from a separate load
 * process (`load.ts`, autocannon): the public endpoints for a fixed time each, as one client
 * address and as many, then the admin API as a logged-in editor. Every figure is printed beside
 * its target, then written to `docs/bench/endpoints-<date>.{json,md}`.
 */
import { rm } from 'node:fs/promises'
import { runFacts, useTemporaryStack } from './tempStack'
import { serveCmsApi } from '../lib/cms-http'
import { loadPayloadInWorker } from '../lib/cms-process'
import { seed } from '../seed/seed'
import { DEMO_LOGINS } from '../seed/users'
import { adminAuthorization, endpointScenarios, runEndpointScenarios, useEndpointBenchEnvironment } from './endpoint-runs'
import { parseEndpointBenchOptions } from './options'
import { exitWhenDone, writeReportFiles } from './output'
import { machineLine, markdownReport, printTable, TARGETS } from './report'
import { findBenchTargets } from './targets'
import { LOADED_MESSAGE } from './worker-ipc'

const opts = parseEndpointBenchOptions(process.argv)
const step = (message: string) => console.log(`▸ ${message}`)

async function main(): Promise<void> {
  process.channel?.unref()
  const { dir: tmp } = await useTemporaryStack('cong-bench-endpoints-')
  useEndpointBenchEnvironment()

  step(`temporary stack in ${tmp}`)
  const payload = await loadPayloadInWorker(LOADED_MESSAGE)
  let cms: Awaited<ReturnType<typeof serveCmsApi>> | undefined
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
    const auth = await adminAuthorization(cms.url, editor)
    const scenarios = endpointScenarios({ openDraftId: openDraft.id, knownCases, articleIds, auth }, opts)
    const { runs, figures } = await runEndpointScenarios(cms.url, scenarios, step)

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
    await writeReportFiles(
      opts.out,
      `endpoints-${day}`,
      { ...result, figures },
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
      step,
    )
  } finally {
    await cms?.close()
    await payload.destroy()
    await rm(tmp, { recursive: true, force: true })
  }
}

exitWhenDone(main)
