import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest'
import { DISK_FULL_MESSAGE } from '../../src/publisher/build'
import { tempDir } from '../publisher/helpers'
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
 * The publisher's var folder on a 3 MB tmpfs: a build that writes more than fits, and a disk
 * filled by something else, must fail with a clear vi/en "disk full" error, leave the live site
 * served and untouched, remove their partial release, and the next build after space is freed
 * must go live. Needs root (mount); skipped with the reason otherwise.
 */
const BASE_BUILD = { FAKE_BUILD: 'ok', FAKE_EXTRA_PAGES: 30 }

describe('disk full during a build', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let varDir: string
  let mountError: string | null = null
  let stack: PublisherStack
  const buildIds: string[] = []

  const freeBytes = () => {
    const stats = statfsSync(varDir)
    return stats.bavail * stats.bsize
  }

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir())
    varDir = path.join(dir, 'var')
    mkdirSync(varDir)
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'cong-disk-full-test', varDir], {
        stdio: 'pipe',
      })
    } catch (error) {
      mountError = String((error as { stderr?: Buffer }).stderr ?? error).trim()
      return
    }
    stack = await startPublisherStack({
      dir,
      varDir,
      marker: 'live on a small disk',
      build: BASE_BUILD,
    })
    buildIds.push(stack.first.id)
  })

  afterAll(async () => {
    await killAll(buildIds)
    await stack?.close()
    if (!mountError) {
      try {
        execFileSync('umount', [varDir], { stdio: 'pipe' })
      } catch {
        execFileSync('umount', ['-l', varDir], { stdio: 'pipe' })
      }
    }
    await cleanup?.()
  })

  function requireMount(ctx: TestContext): void {
    if (mountError) ctx.skip(`cannot mount a tmpfs (needs root): ${mountError}`)
  }

  /** Builds once with `env`; returns the record and what the live site looked like before. */
  async function buildWith(env: Record<string, string | number>) {
    const { site, publisher, releases, builds, buildEnv } = stack
    setBuildEnv(buildEnv, { ...BASE_BUILD, ...env })
    const live = await releases.live()
    const index = await (await fetch(site.url + '/')).text()
    expect(stampOf(index)).toBe(live)
    await sendWebhook(publisher)
    const record = await waitForRecord(builds, buildIds.at(-1) as string)
    buildIds.push(record.id)
    return { record, live, index }
  }

  /** Failed with the disk named, nothing left behind, the live site as it was, the publisher alive. */
  async function expectDiskFullFailure({ record, live, index }: Awaited<ReturnType<typeof buildWith>>) {
    const { site, publisher, releases, builds } = stack
    expect(record).toMatchObject({ status: 'failed', failedStep: 'site', releaseId: null })
    expect(record.error).toMatch(
      new RegExp(`^${DISK_FULL_MESSAGE}: .*free space in ${varDir}, then rebuild\\..*ENOSPC`),
    )
    const log = readFileSync(builds.logPath(record.id), 'utf8')
    expect(log).toMatch(/ENOSPC/)
    expect(log).toContain(`FAILED step=site error="${DISK_FULL_MESSAGE}`)
    expect(leftovers(releases.root)).toEqual([])
    expect(await releases.live()).toBe(live)
    const res = await fetch(site.url + '/')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe(index)
    expect((await fetch(`${publisher.url}/health`)).status).toBe(200)
    const status = await runOps(['status'], stack.opsEnv)
    expect(buildRow(status.stdout, record.id)).toContain(`✗ lỗi/failed`)
    expect(status.stdout).toContain(`site: ${DISK_FULL_MESSAGE}`)
  }

  it(
    'a build bigger than the disk fails clearly and gives its space back',
    { timeout: 180_000 },
    async (ctx) => {
      requireMount(ctx)
      const { site, releases } = stack
      const before = freeBytes()
      const attempt = await buildWith({ FAKE_FILL_BYTES: 8 << 20 })
      await expectDiskFullFailure(attempt)
      // The partial release is gone: the space it took is free again (the record and log stay).
      expect(freeBytes()).toBeGreaterThan(before - (256 << 10))

      const next = await buildWith({})
      expect(next.record.status).toBe('success')
      expect(await releases.live()).toBe(next.record.id)
      expect(stampOf(await (await fetch(site.url + '/')).text())).toBe(next.record.id)
    },
  )

  it(
    'a disk filled by something else fails the build; once space is freed the next one goes live',
    { timeout: 180_000 },
    async (ctx) => {
      requireMount(ctx)
      // Leave less room than a release needs (about 40 files of at least one 4 KB page each).
      const filler = path.join(varDir, 'filler.bin')
      writeFileSync(filler, Buffer.alloc(Math.max(0, freeBytes() - (64 << 10))))
      try {
        await expectDiskFullFailure(await buildWith({}))
      } finally {
        rmSync(filler, { force: true })
      }
      const next = await buildWith({})
      expect(next.record.status).toBe('success')
      expect(await stack.releases.live()).toBe(next.record.id)
    },
  )
})
