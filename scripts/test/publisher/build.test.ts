import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BuildEvent } from '../../src/publisher/build-records'
import { fakeBuildCommand, makePublisher, makeSnapshot, startFakeCms, tempDir } from './helpers'

const event: BuildEvent = { source: 'webhook', at: new Date().toISOString(), event: 'publish', collection: 'articles', slug: 'bai-1' }

describe('build', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let cms: Awaited<ReturnType<typeof startFakeCms>>

  beforeEach(async () => {
    ;({ dir, cleanup } = await tempDir())
    cms = await startFakeCms(makeSnapshot({ marker: 'first' }))
  })
  afterEach(async () => {
    await cms.close()
    await cleanup()
  })

  async function buildOnce(command = fakeBuildCommand('ok'), extra: Partial<Parameters<typeof makePublisher>[0]> = {}) {
    const publisher = makePublisher({ varDir: dir, cmsUrl: cms.url, siteBuildCommand: command, ...extra })
    await publisher.init()
    publisher.enqueue(event)
    await publisher.idle()
    const [record] = await publisher.builds.list(1)
    return { publisher, record }
  }

  const liveIndex = () => readFileSync(path.join(dir, 'releases', 'current', 'index.html'), 'utf8')

  it('pulls a signed snapshot, copies its files, builds, checks and goes live', async () => {
    const { publisher, record } = await buildOnce()
    expect(cms.state).toMatchObject({ snapshotRequests: 1, refused: 0, fileRequests: 1 })
    expect(record).toMatchObject({ status: 'success', trigger: 'webhook', error: null, pages: 6, releaseId: record.id, sitePid: null })
    expect(record.events).toEqual([event])
    expect(Object.keys(record.durations).sort()).toEqual(['activate', 'check', 'files', 'site', 'snapshot'])
    expect(await publisher.releases.live()).toBe(record.id)
    expect(liveIndex()).toContain('<h1>first</h1>')

    const release = publisher.releases.dir(record.id)
    const snapshot = JSON.parse(readFileSync(path.join(release, '.cong', 'snapshot.json'), 'utf8'))
    expect(snapshot.settings.vi.siteName).toBe('first')
    expect(readFileSync(path.join(release, 'media', 'cover.webp'), 'utf8')).toBe('fake image bytes')
    // Hard-linked from the cache, not copied.
    expect(statSync(path.join(release, 'media', 'cover.webp')).nlink).toBe(2)
    expect(readFileSync(publisher.builds.logPath(record.id), 'utf8')).toMatch(/fake build: 3 articles[\s\S]*live release=/)
    // Nothing left in staging.
    expect(readdirSync(publisher.releases.root).filter((n) => n.startsWith('.'))).toEqual([])
  })

  it('reuses cached files on the next build and keeps the previous release for rollback', async () => {
    const { publisher, record: first } = await buildOnce()
    cms.state.snapshot = makeSnapshot({ marker: 'second' })
    publisher.enqueue(event)
    await publisher.idle()
    const [second] = await publisher.builds.list(1)
    expect(second.status).toBe('success')
    expect(cms.state.fileRequests).toBe(1)
    expect(liveIndex()).toContain('<h1>second</h1>')
    expect(await publisher.releases.rollbackTarget()).toBe(first.id)
  })

  it('records a failing site build with its log and leaves the live release untouched', async () => {
    const { publisher, record: good } = await buildOnce()
    cms.state.snapshot = makeSnapshot({ marker: 'never live' })
    const { record } = await buildOnce(fakeBuildCommand('fail'))
    expect(record).toMatchObject({ status: 'failed', failedStep: 'site', releaseId: null })
    expect(record.error).toMatch(/exited with code 1: .*boom/)
    expect(record.finishedAt).not.toBeNull()
    expect(await publisher.builds.readLog(record.id)).toContain('cannot render article "x": boom')
    expect(await publisher.releases.live()).toBe(good.id)
    expect(liveIndex()).toContain('<h1>first</h1>')
    expect(readdirSync(publisher.releases.root).filter((n) => n.startsWith('.'))).toEqual([])
  })

  it('refuses a release with a broken link, listing it, and keeps the live one', async () => {
    const { publisher, record: good } = await buildOnce()
    const { record } = await buildOnce(fakeBuildCommand('broken-link'))
    expect(record).toMatchObject({ status: 'failed', failedStep: 'check', releaseId: null })
    expect(record.error).toMatch(/1 broken internal link/)
    expect(record.brokenLinks).toEqual([{ page: 'index.html', url: '/khong-ton-tai/' }])
    expect(await publisher.builds.readLog(record.id)).toMatch(/broken link page=index.html url=\/khong-ton-tai\//)
    expect(await publisher.releases.live()).toBe(good.id)
    expect(await publisher.releases.ids()).toEqual([good.id])
  })

  it('refuses a snapshot of another version before building anything', async () => {
    cms.state.snapshot = makeSnapshot({ version: 2 })
    const { publisher, record } = await buildOnce()
    expect(record).toMatchObject({ status: 'failed', failedStep: 'snapshot' })
    expect(record.error).toMatch(/unsupported snapshot version 2 \(expected 1\)/)
    expect(await publisher.releases.live()).toBeNull()
  })

  it('refuses snapshot file paths that would escape the release', async () => {
    cms.state.snapshot = makeSnapshot({ files: [{ path: '/media/../../../outside', content: 'x' }] })
    const { record } = await buildOnce()
    expect(record).toMatchObject({ status: 'failed', failedStep: 'snapshot' })
    expect(record.error).toMatch(/files\.0\.path/)
    expect(existsSync(path.join(dir, 'outside'))).toBe(false)
  })

  it('fails when the CMS refuses the signature', async () => {
    const { record } = await buildOnce(fakeBuildCommand('ok'), { secret: 'not-the-cms-secret-at-all' })
    expect(record).toMatchObject({ status: 'failed', failedStep: 'snapshot' })
    expect(record.error).toMatch(/HTTP 401.*bad-signature/)
  })

  it('stops a site build that runs past its timeout, with everything it started', async () => {
    const { publisher, record } = await buildOnce(fakeBuildCommand('hang'), { siteBuildTimeoutMs: 1_500 })
    expect(record).toMatchObject({ status: 'failed', failedStep: 'site' })
    expect(record.error).toMatch(/timed out after 2 s/)
    expect(await publisher.releases.live()).toBeNull()
    const log = await publisher.builds.readLog(record.id)
    expect(log).toContain('mode hang')
    // No process of that build survives (the fake build leaves a `sleep 300` grandchild).
    const survivors = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .filter((p) => {
        try {
          return readFileSync(`/proc/${p}/environ`, 'utf8').includes(`CONG_BUILD_ID=${record.id}`)
        } catch {
          return false
        }
      })
    expect(survivors).toEqual([])
  })

  it('marks builds left running by a killed publisher as failed on the next start', async () => {
    const { publisher } = await buildOnce()
    const stale = publisher.builds.create({ id: publisher.builds.newId(), events: [event], force: false })
    await publisher.builds.save(stale)
    const restarted = makePublisher({ varDir: dir, cmsUrl: cms.url })
    await restarted.init()
    expect(await restarted.builds.get(stale.id)).toMatchObject({ status: 'failed', error: expect.stringMatching(/Interrupted/) })
  })
})
