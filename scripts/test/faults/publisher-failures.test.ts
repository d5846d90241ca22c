import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { publisherStatusSchema, toSiteBuildsView } from '@cong/cms/src/publishing/siteBuilds'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signedFetch } from '../../src/lib/signed-fetch'
import { buildProcesses, type BuildRecord } from '../../src/publisher/build-records'
import { SECRET, tempDir } from '../publisher/helpers'
import {
  buildRow,
  killAll,
  leftovers,
  runOps,
  sendWebhook,
  setBuildEnv,
  startPublisherStack,
  stampOf,
  waitForRecord,
  type PublisherStack,
} from './publisher-harness'

/**
 * Builds that must never go live, run through the real publisher process: one that exits
 * non-zero, one past PUBLISHER_BUILD_TIMEOUT_MS, and two whose release fails the check. The live
 * site must not change, and the failure must reach an operator: `pnpm ops status` / `logs` (plain
 * and --json, with the publisher up and down) and the admin's "Xây dựng trang" data
 * (`GET /api/site-builds` reads the publisher's /status through cms/src/publishing/siteBuilds.ts).
 * In-process unit tests of the same steps: test/publisher/build.test.ts.
 */
const LIVE_EXTRA_PAGES = 20
const TIMEOUT_MS = 3_000

const cases = [
  {
    name: 'exits non-zero',
    env: { FAKE_BUILD: 'fail' },
    step: 'site',
    error: /exited with code 1: .*boom/,
    log: /cannot render article "x": boom/,
  },
  {
    name: 'runs past its timeout',
    env: { FAKE_BUILD: 'hang' },
    step: 'site',
    error: /timed out after 3 s/,
    log: /mode hang/,
  },
  {
    name: 'has a broken internal link',
    env: { FAKE_BUILD: 'broken-link' },
    step: 'check',
    error: /Release check failed: 1 broken internal link/,
    log: /broken link page=index.html url=\/khong-ton-tai\//,
  },
  {
    name: 'lost most of its pages',
    env: { FAKE_BUILD: 'ok', FAKE_EXTRA_PAGES: 0 },
    step: 'check',
    error: /only 6 pages against 26 in the live release/,
    log: /FAILED step=check/,
  },
] as const

describe('builds that fail, time out or are refused never go live, and operators see why', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let stack: PublisherStack
  let live: string
  let liveIndex: string
  const failed: BuildRecord[] = []

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir())
    const varDir = path.join(dir, 'var')
    mkdirSync(varDir)
    stack = await startPublisherStack({
      dir,
      varDir,
      marker: 'live before the failures',
      build: { FAKE_BUILD: 'ok', FAKE_EXTRA_PAGES: LIVE_EXTRA_PAGES },
      env: { PUBLISHER_BUILD_TIMEOUT_MS: String(TIMEOUT_MS) },
    })
    live = stack.first.id
    liveIndex = await (await fetch(stack.site.url + '/')).text()
    expect(stampOf(liveIndex)).toBe(live)
  })

  afterAll(async () => {
    await killAll(failed.map((r) => r.id))
    await stack?.close()
    await cleanup?.()
  })

  // Each case runs the CLI four times (a tsx start each), slow on a loaded machine.
  it.each(cases)('a build that $name', { timeout: 240_000 }, async ({ env, step, error, log }) => {
    const { site, publisher, releases, builds, buildEnv, opsEnv } = stack
    setBuildEnv(buildEnv, env)
    const newest = (await builds.list(1))[0].id
    await sendWebhook(publisher)
    const record = await waitForRecord(builds, newest, (r) => r.status !== 'running', TIMEOUT_MS + 30_000)
    failed.push(record)

    expect(record).toMatchObject({ status: 'failed', failedStep: step, releaseId: null, sitePid: null })
    expect(record.error).toMatch(error)
    expect(readFileSync(builds.logPath(record.id), 'utf8')).toMatch(log)
    // Nothing of it stays: no staging folder, no release, no process (the timeout stops the
    // fake build's `sleep 300` grandchild too).
    expect(leftovers(releases.root)).toEqual([])
    expect(await releases.ids()).toEqual([live])
    expect(buildProcesses(record.id)).toEqual([])
    // The public site did not move.
    expect(await releases.live()).toBe(live)
    const res = await fetch(site.url + '/')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe(liveIndex)

    // The operator's terminal.
    const status = await runOps(['status'], opsEnv)
    expect(status.code).toBe(0)
    const row = buildRow(status.stdout, record.id)
    expect(row).toContain('✗ lỗi/failed')
    expect(row).toContain(`${step}: ${(record.error as string).slice(0, 40)}`)
    expect(status.stdout).toContain(
      `✗ Bản dựng mới nhất bị lỗi / The latest build failed (${record.id}, ${step}); trang vẫn chạy bản / the site still serves ${live}`,
    )
    const statusJson = JSON.parse((await runOps(['--json', 'status'], opsEnv)).stdout)
    expect(statusJson.live.id).toBe(live)
    expect(statusJson.lastBuilds[0]).toMatchObject({
      id: record.id,
      status: 'failed',
      failedStep: step,
      error: record.error,
    })
    const logs = await runOps(['logs', record.id], opsEnv)
    expect(logs.code).toBe(0)
    expect(logs.stdout).toContain('✗ lỗi/failed')
    expect(logs.stdout).toContain(`bước/step ${step}: ${record.error}`)
    expect(logs.stdout).toMatch(log)
    const logsJson = JSON.parse((await runOps(['--json', 'logs', record.id], opsEnv)).stdout)
    expect(logsJson.record).toMatchObject({ status: 'failed', failedStep: step, error: record.error })
    expect(logsJson.log).toMatch(log)

    // The admin screen's data, from the same /status the CMS relays.
    const answer = await signedFetch(new URL('/status', publisher.url), { secret: SECRET })
    const view = toSiteBuildsView(publisherStatusSchema.parse(await answer.json()), false)
    expect(view.live?.id).toBe(live)
    expect(view.builds[0]).toMatchObject({
      id: record.id,
      status: 'failed',
      failedStep: step,
      error: record.error,
    })
  })

  it(
    'with the publisher down, the CLI still shows every failure from var/',
    { timeout: 120_000 },
    async () => {
      const { publisher, opsEnv } = stack
      await publisher.kill()
      const status = await runOps(['status'], { ...opsEnv, PUBLISHER_URL: 'http://127.0.0.1:9' })
      expect(status.code).toBe(0)
      expect(status.stdout).toContain('Publisher không chạy')
      for (const record of failed) expect(buildRow(status.stdout, record.id)).toContain('✗ lỗi/failed')
      const logs = await runOps(['--json', 'logs', failed[1].id], {
        ...opsEnv,
        PUBLISHER_URL: 'http://127.0.0.1:9',
      })
      expect(JSON.parse(logs.stdout)).toMatchObject({
        source: { kind: 'disk' },
        record: { error: expect.stringMatching(/timed out/) },
      })
    },
  )
})
