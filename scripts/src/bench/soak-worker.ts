/**
 * The process `soak.ts` starts. On a throw-away stack (temporary SQLite, data and var folders,
 * random secrets) it seeds the demo content, serves the CMS's REST routes in this process and
 * starts the static server (`static-main.ts`) as a child on a small release. One load process per
 * target (`load.ts`, autocannon at a fixed rate, each request from its own client address) runs
 * for the whole soak, while the resident memory of the CMS (this process) and of the static
 * server is sampled every few seconds. The rate limits are raised: the soak measures the service
 * and its memory, not the limiter.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { serveCmsApi } from '../lib/cms-http'
import { loadPayloadInWorker } from '../lib/cms-process'
import { repoRoot } from '../lib/env'
import { activateFileRelease } from '../publisher/file-release'
import { ReleaseStore } from '../publisher/releases'
import { seed } from '../seed/seed'
import type { LoadAnswer, LoadMessage, LoadSpec } from './load'
import { machineLine, markdownReport, printTable, summarizeLoad, type LoadSummary } from './report'
import { soakVerdict, SOAK_BOUNDS, type MemorySeries } from './soak-verdict'
import { parseSoakOptions } from './soak-options'
import { findBenchTargets } from './targets'
import { runFacts, useTemporaryStack } from './tempStack'
import { LOADED_MESSAGE } from './worker-ipc'

const opts = parseSoakOptions(process.argv)
const step = (message: string) => console.log(`▸ ${message}`)
const SAMPLE_EVERY_MS = 5_000

/**
 * Offered requests per second per target. A soak looks for errors and leaks over time, not for
 * the ceiling (that is `bench:endpoints`): the rates stay well under what one CMS process serves
 * on a busy shared 2-core machine, so a failure means a fault rather than saturation. (The first
 * run at 5/5/20/50/100 saturated it: about half of those rates served, 6 submits timed out.)
 */
const RATES = { comment: 2, case: 2, lookup: 5, views: 20, pages: 50 } as const

const PAGES: Record<string, string> = {
  'index.html': '<!doctype html><html lang="vi"><body><h1>Cổng thông tin điện tử</h1></body></html>',
  'tin-tuc/index.html': '<!doctype html><html lang="vi"><body><h1>Tin tức – Sự kiện</h1></body></html>',
  'hoi-dap/index.html': '<!doctype html><html lang="vi"><body><h1>Hỏi đáp</h1></body></html>',
  'en/index.html': '<!doctype html><html lang="en"><body><h1>Portal</h1></body></html>',
  '_astro/site.css': 'body{font-family:sans-serif}',
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) * 1024
}

/** Runs one spec in its own load process and resolves with its record. */
function loadRun(spec: LoadSpec): {
  done: Promise<Extract<LoadAnswer, { type: 'done' }>>
  child: ChildProcess
} {
  const child = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), [], {
    execArgv: process.execArgv,
    stdio: 'inherit',
  })
  const done = new Promise<Extract<LoadAnswer, { type: 'done' }>>((resolve, reject) => {
    child.once('message', (answer: LoadAnswer) =>
      answer.type === 'done' ? resolve(answer) : reject(new Error(`load run failed: ${answer.message}`)),
    )
    child.once('exit', (code) => reject(new Error(`a load process ended (${code}) during the soak`)))
  })
  child.send({ type: 'run', spec } satisfies LoadMessage)
  return { done, child }
}

async function main(): Promise<number> {
  process.channel?.unref()
  const { dir: tmp, varDir } = await useTemporaryStack('cong-bench-soak-')
  process.env.CMS_TRUST_PROXY = '1'
  delete process.env.SITE_URL
  for (const prefix of ['COMMENT', 'CASE', 'CASE_LOOKUP']) {
    process.env[`${prefix}_RATE_LIMIT`] = '1000000000'
    process.env[`${prefix}_SHARED_RATE_LIMIT`] = '1000000000'
  }
  step(`temporary stack in ${tmp}`)
  const payload = await loadPayloadInWorker(LOADED_MESSAGE)
  const children: ChildProcess[] = []
  let cms: Awaited<ReturnType<typeof serveCmsApi>> | undefined
  try {
    step('seeding the demo content…')
    const seeded = await seed(payload, { log: (msg) => step(`  ${msg}`) })
    const { openDraft, knownCases, articleIds } = await findBenchTargets(payload)
    payload.logger.level = 'warn'
    cms = await serveCmsApi(payload.config)
    step(`CMS API ${cms.url}`)

    const store = new ReleaseStore(varDir)
    await activateFileRelease(store, PAGES, {
      createdAt: new Date().toISOString(),
      pages: 4,
      files: 5,
      snapshotGeneratedAt: '',
      trigger: 'soak',
    })
    const sitePort = await freePort()
    const site = fork(fileURLToPath(new URL('../publisher/static-main.ts', import.meta.url)), [], {
      execArgv: process.execArgv,
      env: {
        ...process.env,
        CONG_VAR_DIR: varDir,
        SITE_PORT: String(sitePort),
        SITE_HOST: '127.0.0.1',
        CMS_PUBLIC_URL: cms.url,
      },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    })
    children.push(site)
    const siteUrl = `http://127.0.0.1:${sitePort}`
    for (let attempt = 0; ; attempt++) {
      const ok = await fetch(siteUrl + '/').then(
        (r) => r.ok,
        () => false,
      )
      if (ok) break
      if (attempt > 100) throw new Error('the static server did not start')
      await new Promise((r) => setTimeout(r, 200))
    }
    step(`static server ${siteUrl} (pid ${site.pid})`)

    const seconds = Math.round(opts.minutes * 60)
    const warmupSeconds = Math.min(60, Math.max(10, Math.round(seconds / 4)))
    const base = { connections: 4, durationSeconds: seconds, firstRequest: 0, addresses: 'many' as const }
    const targets: { name: string; expected: number[]; spec: LoadSpec }[] = [
      {
        name: 'draft comment submit',
        expected: [201],
        spec: {
          ...base,
          url: cms.url,
          method: 'POST',
          paths: [`/api/drafts/${openDraft.id}/comments`],
          body: 'comment',
          overallRate: RATES.comment,
        },
      },
      {
        name: 'citizen question submit',
        expected: [201],
        spec: {
          ...base,
          url: cms.url,
          method: 'POST',
          paths: ['/api/cases/submit'],
          body: 'case',
          overallRate: RATES.case,
          firstRequest: 1_000_000,
        },
      },
      {
        name: 'case lookup',
        expected: [200],
        spec: {
          ...base,
          url: cms.url,
          method: 'POST',
          paths: ['/api/cases/lookup'],
          body: 'lookup',
          cases: knownCases,
          overallRate: RATES.lookup,
          firstRequest: 2_000_000,
        },
      },
      {
        name: 'view count',
        expected: [200],
        spec: {
          ...base,
          url: cms.url,
          method: 'POST',
          paths: articleIds.map((a) => `/api/views/${a}`),
          overallRate: RATES.views,
          firstRequest: 3_000_000,
        },
      },
      {
        name: 'static pages',
        expected: [200],
        spec: {
          ...base,
          url: siteUrl,
          method: 'GET',
          paths: ['/', '/tin-tuc/', '/hoi-dap/', '/en/', '/_astro/site.css'],
          addresses: undefined,
          overallRate: RATES.pages,
        },
      },
    ]
    step(`soak: ${seconds} s (memory warm-up ${warmupSeconds} s), rates ${JSON.stringify(RATES)} req/s…`)

    const memory: MemorySeries[] = [
      { process: 'CMS process', samples: [] },
      { process: 'static server', samples: [] },
    ]
    const started = Date.now()
    const sample = async () => {
      const atSeconds = Math.round((Date.now() - started) / 100) / 10
      memory[0]!.samples.push({ atSeconds, rssBytes: process.memoryUsage().rss })
      memory[1]!.samples.push({ atSeconds, rssBytes: await rssOf(site.pid!) })
    }
    await sample()
    const sampler = setInterval(() => void sample(), SAMPLE_EVERY_MS)
    const runs = targets.map((t) => {
      const { done, child } = loadRun(t.spec)
      children.push(child)
      return done
    })
    const records = await Promise.all(runs).finally(() => clearInterval(sampler))
    await sample()

    const summaries: { name: string; summary: LoadSummary }[] = targets.map((t, i) => ({
      name: t.name,
      summary: summarizeLoad(records[i]!.record, t.expected),
    }))
    const verdict = soakVerdict(summaries, memory, warmupSeconds)
    printTable(verdict.figures)
    console.log(verdict.passed ? '✓ soak passed' : '✗ soak failed')

    const { machine, commit } = runFacts()
    const date = new Date().toISOString()
    const day = date.slice(0, 10)
    const result = {
      date,
      commit,
      machine,
      passed: verdict.passed,
      bounds: SOAK_BOUNDS,
      options: {
        seconds,
        warmupSeconds,
        ratesPerSecond: RATES,
        connectionsPerTarget: base.connections,
        sampleEverySeconds: SAMPLE_EVERY_MS / 1000,
      },
      content: seeded.totals,
      runs: summaries,
      memory: verdict.growth,
      samples: memory.map((m) => ({
        process: m.process,
        mib: m.samples.map((s) => [s.atSeconds, Math.round((s.rssBytes / 2 ** 20) * 10) / 10]),
      })),
    }
    await mkdir(opts.out, { recursive: true })
    const jsonFile = path.join(opts.out, `soak-${day}.json`)
    const mdFile = path.join(opts.out, `soak-${day}.md`)
    await writeFile(jsonFile, JSON.stringify({ ...result, figures: verdict.figures }, null, 2) + '\n')
    await writeFile(
      mdFile,
      markdownReport({
        title: `Bench: soak of the public endpoints and the static server, ${day}`,
        intro: [
          `Run \`pnpm bench:soak --minutes ${opts.minutes}\` at commit \`${commit}\`, ${date}. ${machineLine(machine)}`,
          `A throw-away CMS (SQLite, demo seed) serves its REST routes in one process; the static server (\`static-main.ts\`) runs as its own process on a ${Object.keys(PAGES).length}-file release. Each target gets its own autocannon process at a fixed rate (${Object.entries(
            RATES,
          )
            .map(([k, v]) => `${k} ${v}/s`)
            .join(
              ', ',
            )}), ${base.connections} connections, for ${seconds} s, every request from its own client address (\`CMS_TRUST_PROXY=1\`), with the per-address and shared rate limits raised so that any 429 counts as an error. Resident memory (VmRSS) of both processes is sampled every ${SAMPLE_EVERY_MS / 1000} s; growth is measured from the first sample after ${warmupSeconds} s of warm-up to the last.`,
          `Bounds: ${SOAK_BOUNDS.maxErrors} errors per target (a status other than the expected one, a socket error or a timeout), at most ${SOAK_BOUNDS.maxGrowthMiB} MiB growth per process. Result: **${verdict.passed ? 'passed' : 'failed'}**.`,
        ],
        figures: verdict.figures,
        after: ['Memory samples and raw figures: the JSON file with the same name.'],
      }),
    )
    step(`report written: ${path.relative(repoRoot(), jsonFile)}, ${path.relative(repoRoot(), mdFile)}`)
    if (opts.json)
      console.log(
        JSON.stringify({
          passed: verdict.passed,
          runs: summaries.map((s) => ({
            name: s.name,
            requests: s.summary.requests,
            errors: s.summary.errors,
            p99Ms: s.summary.latencyMs.p99,
          })),
          memory: verdict.growth,
        }),
      )
    return verdict.passed ? 0 : 1
  } finally {
    for (const child of children) child.kill()
    await cms?.close()
    await payload.destroy()
  }
}

main().then(
  // Payload keeps database and job handles open after destroy; the soak is done, so leave.
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('Soak failed:', error instanceof Error ? (error.stack ?? error.message) : error)
    process.exit(1)
  },
)
