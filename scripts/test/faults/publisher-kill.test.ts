import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BuildStore, buildProcesses } from '../../src/publisher/build-records'
import { checkRelease } from '../../src/publisher/check'
import { FAULT_POINTS } from '../../src/publisher/fault-points'
import { ReleaseStore } from '../../src/publisher/releases'
import { makeSnapshot, startFakeCms, tempDir } from '../publisher/helpers'
import {
  freePort,
  killAll,
  killBuild,
  leftovers,
  pageStamps,
  sendWebhook,
  setBuildEnv,
  stampOf,
  startPublisher,
  startStatic,
  switchableBuild,
  urlPathOf,
  waitForRecord,
  type PublisherProcess,
} from './publisher-harness'

/**
 * The publisher SIGKILLed at random points of a build and at every step of the switch and prune
 * (held there by CONG_FAULT_PAUSE_AT, see src/publisher/fault-points.ts). After every kill the
 * live site must be one whole release, on disk and through the static server, and the restarted
 * publisher must clean up, mark the interrupted build failed and put the next build live.
 * Replay a failing run with the seed it prints: CONG_KILL_SEED=<seed> (CONG_KILL_TRIALS=<n>).
 */
const TRIALS = Number(process.env.CONG_KILL_TRIALS) || 50
const SEED = Number(process.env.CONG_KILL_SEED) || Math.floor(Math.random() * 2 ** 31)
const EXTRA_PAGES = 30
const PAGE_DELAY_MS = 15
/** A random moment of the build, or one of the publisher's fault points. */
const KINDS = ['random', 'random', ...FAULT_POINTS] as const

interface Trial {
  kind: (typeof KINDS)[number]
  /** Milliseconds after the site build started (random kills); the build writes for ~0.5 s or more, so later kills land in the check or the switch. */
  delayMs: number
  /** Whether the site build dies with the publisher (a crashed machine) or is left orphaned. */
  killBuildToo: boolean
}

describe('publisher killed at random points (SIGKILL)', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let cms: Awaited<ReturnType<typeof startFakeCms>>
  let site: Awaited<ReturnType<typeof startStatic>>
  let env: Record<string, string>
  let releases: ReleaseStore
  let builds: BuildStore
  const armed = () => path.join(dir, 'fault-armed')
  const touchedBuilds = new Set<string>()

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir())
    const varDir = path.join(dir, 'var')
    mkdirSync(varDir)
    cms = await startFakeCms(makeSnapshot({ marker: 'kill trials' }))
    releases = new ReleaseStore(varDir)
    builds = new BuildStore(varDir)
    site = await startStatic(releases.root)
    env = {
      CONG_VAR_DIR: varDir,
      CMS_URL: cms.url,
      PUBLISHER_PORT: String(await freePort()),
      // Two kept releases: nearly every build prunes one, so the prune point is reached.
      PUBLISHER_KEEP_RELEASES: '2',
      CONG_SITE_BUILD_CMD: switchableBuild(path.join(dir, 'build.env'), {
        FAKE_EXTRA_PAGES: EXTRA_PAGES,
        FAKE_PAGE_DELAY_MS: PAGE_DELAY_MS,
      }),
      CONG_FAULT_ARMED_FILE: path.join(dir, 'fault-armed'),
    }
  })

  afterAll(async () => {
    await killAll(touchedBuilds)
    await site?.close()
    await cms?.close()
    await cleanup?.()
  })

  /** Every page of the live release carries its id, the release passes the publisher's check, and the static server serves exactly it. */
  async function expectOneWholeRelease(): Promise<string> {
    const live = await releases.live()
    expect(live, 'a release is live').not.toBeNull()
    const stamps = pageStamps(path.join(releases.root, 'current'))
    const mixed = [...stamps].filter(([, stamp]) => stamp !== live)
    expect(mixed, `pages of another build in live release ${live}`).toEqual([])
    expect(stamps.size).toBe(EXTRA_PAGES + 6)
    const check = await checkRelease(path.join(releases.root, 'current'))
    expect(check.problems).toEqual([])
    for (const page of stamps.keys()) {
      if (page === '404.html') continue
      const res = await fetch(site.url + urlPathOf(page))
      expect(res.status, page).toBe(200)
      expect(stampOf(await res.text()), page).toBe(live)
    }
    return live as string
  }

  /**
   * Reads pages through the static server until stopped; every answer must be a whole page of
   * one of `allowed` (judged at the end: the victim's id is known only once it is live).
   */
  function readWhile(pages: string[]): {
    stop: (allowed: string[]) => Promise<{ reads: number; bad: string[] }>
  } {
    let stopped = false
    const answers: { page: string; status: number; stamp: string }[] = []
    const loop = (async () => {
      for (let i = 0; !stopped; i++) {
        const page = pages[i % pages.length]
        const res = await fetch(site.url + urlPathOf(page))
        answers.push({ page, status: res.status, stamp: stampOf(await res.text()) })
        // Leaves the two shared cores to the publisher and its build.
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    })()
    return {
      stop: async (allowed) => {
        stopped = true
        await loop
        const bad = answers
          .filter((a) => a.status !== 200 || !allowed.includes(a.stamp))
          .map((a) => `${a.page}: ${a.status} ${a.stamp}`)
        return { reads: answers.length, bad }
      },
    }
  }

  it(
    `keeps one whole release live through ${TRIALS} kills, and resumes after each`,
    { timeout: 30 * 60_000 },
    async () => {
      console.log(
        `publisher kill trials: seed ${SEED} (replay: CONG_KILL_SEED=${SEED} CONG_KILL_TRIALS=${TRIALS})`,
      )
      const random = fc.sample(
        fc.record({ delayMs: fc.integer({ min: 0, max: 2_500 }), killBuildToo: fc.boolean() }),
        { seed: SEED, numRuns: TRIALS },
      )
      const order = fc.sample(
        fc.shuffledSubarray([...Array(TRIALS).keys()], { minLength: TRIALS, maxLength: TRIALS }),
        { seed: SEED, numRuns: 1 },
      )[0]
      const trials: Trial[] = order.map((n, i) => ({ kind: KINDS[n % KINDS.length], ...random[i] }))

      // The first start builds the first release by itself.
      let publisher: PublisherProcess = await startPublisher(env)
      const first = await waitForRecord(builds, null)
      expect(first).toMatchObject({ status: 'success', trigger: 'startup' })
      await publisher.kill()

      const hits = new Map<string, number>()
      let interrupted: string | null = null
      let readsDuringKills = 0
      let orphansLeft = 0
      for (const [index, trial] of trials.entries()) {
        const label = `trial ${index + 1}/${TRIALS} (seed ${SEED}, ${trial.kind}${trial.kind === 'random' ? ` +${trial.delayMs} ms` : ''})`
        rmSync(armed(), { force: true })
        publisher = await startPublisher({
          ...env,
          CONG_FAULT_PAUSE_AT: trial.kind === 'random' ? '' : trial.kind,
        })

        // The restart cleaned up after the last kill: no staging or trash left, no orphaned
        // build still running, the interrupted build recorded as failed.
        expect(leftovers(releases.root), label).toEqual([])
        if (interrupted) {
          expect(buildProcesses(interrupted), label).toEqual([])
          // Killed after its switch, it is live and recorded as a success; otherwise it failed and
          // left no release behind (not even one committed but never switched to).
          const record = await builds.get(interrupted)
          if (record?.status === 'success') expect(record.releaseId, label).toBe(interrupted)
          else {
            expect(record, label).toMatchObject({
              status: 'failed',
              error: expect.stringMatching(/Interrupted/),
            })
            expect(existsSync(releases.dir(interrupted)), label).toBe(false)
          }
        }
        const before = await expectOneWholeRelease()

        // It resumes: a new webhook is built and goes live.
        const newest = (await builds.list(1))[0]?.id ?? null
        await sendWebhook(publisher)
        const resumed = await waitForRecord(builds, newest)
        expect(resumed, label).toMatchObject({ status: 'success', releaseId: resumed.id })
        expect(await expectOneWholeRelease(), label).toBe(resumed.id)

        // The next build is killed.
        if (trial.kind !== 'random') writeFileSync(armed(), '')
        const pages = [...pageStamps(path.join(releases.root, 'current')).keys()].filter(
          (p) => p !== '404.html',
        )
        let victim: string
        const reader = readWhile(pages)
        await sendWebhook(publisher)
        if (trial.kind === 'random') {
          victim = (
            await waitForRecord(builds, resumed.id, (r) => r.sitePid !== null || r.status !== 'running')
          ).id
          await new Promise((resolve) => setTimeout(resolve, trial.delayMs))
        } else {
          await publisher.waitForOutput(new RegExp(`FAULT-PAUSE ${trial.kind}`))
          victim = (await waitForRecord(builds, resumed.id, () => true)).id
        }
        await publisher.kill()
        touchedBuilds.add(victim)
        if (trial.killBuildToo) killBuild(victim)
        else if (buildProcesses(victim).length > 0) orphansLeft++
        await new Promise((resolve) => setTimeout(resolve, 50))
        const { reads, bad } = await reader.stop([resumed.id, victim])
        readsDuringKills += reads
        expect(bad, `${label}: answers that were not a whole page of the old or new release`).toEqual([])

        const point = trial.kind === 'random' ? await stepAtKill(builds, victim) : trial.kind
        hits.set(point, (hits.get(point) ?? 0) + 1)
        const live = await expectOneWholeRelease()
        expect([before, resumed.id, victim], label).toContain(live)
        interrupted = victim
        await publisher.kill()
      }

      // The last kill too is recovered from.
      publisher = await startPublisher(env)
      expect(leftovers(releases.root)).toEqual([])
      const newest = (await builds.list(1))[0]?.id ?? null
      await sendWebhook(publisher)
      const last = await waitForRecord(builds, newest)
      expect(last.status).toBe('success')
      expect(await expectOneWholeRelease()).toBe(last.id)
      await publisher.kill()

      const summary = [...hits].map(([point, n]) => `${point}×${n}`).join(', ')
      console.log(
        `publisher kill trials: ${TRIALS} trials, seed ${SEED}; kill points hit: ${summary}; ` +
          `${readsDuringKills} pages read during kills; orphaned site builds stopped on restart: ${orphansLeft}; mixed or broken releases: 0`,
      )
      for (const point of FAULT_POINTS) expect(hits.get(point), `fault point ${point} hit`).toBeGreaterThan(0)
      expect(hits.get('site'), 'a kill during the site build').toBeGreaterThan(0)
    },
  )

  it(
    'stops a site build orphaned by the kill before it removes its staging folder',
    { timeout: 180_000 },
    async () => {
      // A build that writes a page every millisecond for many seconds: still writing when the
      // restarted publisher cleans up, so a folder removed under it would be recreated at once.
      setBuildEnv(path.join(dir, 'build.env'), { FAKE_EXTRA_PAGES: 20_000, FAKE_PAGE_DELAY_MS: 1 })
      let publisher = await startPublisher(env)
      const newest = (await builds.list(1))[0]?.id ?? null
      await sendWebhook(publisher)
      const victim = (await waitForRecord(builds, newest, (r) => r.sitePid !== null)).id
      touchedBuilds.add(victim)
      await publisher.kill() // the publisher only: its site build runs on in its own process group
      expect(buildProcesses(victim).length).toBeGreaterThan(0)

      publisher = await startPublisher(env)
      expect(buildProcesses(victim)).toEqual([])
      expect(leftovers(releases.root).filter((name) => name.includes(victim))).toEqual([])
      expect(await builds.get(victim)).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/Interrupted/),
      })
      // Had it survived, its next page would have recreated `.tmp-<id>` by now.
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      expect(leftovers(releases.root).filter((name) => name.includes(victim))).toEqual([])
      await publisher.kill()
      setBuildEnv(path.join(dir, 'build.env'), {
        FAKE_EXTRA_PAGES: EXTRA_PAGES,
        FAKE_PAGE_DELAY_MS: PAGE_DELAY_MS,
      })
    },
  )
})

/** Which step a random kill interrupted, from the build's log (`<step>: start` without its `done`). */
async function stepAtKill(builds: BuildStore, id: string): Promise<string> {
  const record = await builds.get(id)
  if (record?.status === 'success') return 'after-live'
  const log = existsSync(builds.logPath(id)) ? readFileSync(builds.logPath(id), 'utf8') : ''
  const open: string[] = []
  for (const [, label, state] of log.matchAll(/ build ([\w ]+): (start|done)/g)) {
    if (state === 'start') open.push(label)
    else open.splice(open.lastIndexOf(label), 1)
  }
  // Log lines still buffered when the kill came are lost with the process.
  return open.at(-1) ?? 'unknown (log cut by the kill)'
}
