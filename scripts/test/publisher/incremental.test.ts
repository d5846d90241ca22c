import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureSnapshot } from '../../../site/test/fixtures/snapshot'
import type { BuildEvent, BuildRecord } from '../../src/publisher/build-records'
import { siteBuildCommand } from '../../src/publisher/build'
import type { Publisher } from '../../src/publisher/publisher'
import { repoRoot } from '../../src/lib/env'
import { makePublisher, startFakeCms, tempDir } from './helpers'

/**
 * The publisher with the real site build: the first publish builds every page, the next one only
 * what it touched, linked onto the live release, and goes live atomically; rolling back returns
 * the first release exactly as it was, because the second never wrote into a file it shares.
 */

const MEDIA = path.join(repoRoot(), 'site', 'test', 'fixtures', 'media')
const event: BuildEvent = {
  source: 'webhook',
  at: new Date().toISOString(),
  event: 'publish',
  collection: 'articles',
  slug: 'x',
}

type Served = ReturnType<typeof fixtureSnapshot> & { fileContents: Record<string, Buffer | string> }

/** The fixture snapshot with every file it needs served by the fake CMS (pictures from the site's fixtures). */
function served(snapshot: ReturnType<typeof fixtureSnapshot>): Served {
  const media = readdirSync(MEDIA, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(MEDIA, path.join(e.parentPath, e.name)))
  const files = new Map(snapshot.files.map((f) => [f.path, f]))
  for (const rel of media) files.set(`/media/${rel}`, { path: `/media/${rel}`, sourceUrl: '' })
  const list = [...files.values()].map((f, i) => ({ path: f.path, sourceUrl: `/api/test-files/${i}` }))
  const contents = Object.fromEntries(
    list.map((f) => {
      const rel = f.path.startsWith('/media/') ? f.path.slice('/media/'.length) : null
      const onDisk = rel && media.includes(rel) ? readFileSync(path.join(MEDIA, rel)) : `file ${f.path}`
      return [f.sourceUrl, onDisk]
    }),
  )
  return { ...snapshot, files: list, fileContents: contents }
}

describe('publisher with incremental builds', () => {
  const now = new Date('2026-11-23T03:00:00Z')
  let dir: string
  let cleanup: () => Promise<void>
  let cms: Awaited<ReturnType<typeof startFakeCms>>
  let publisher: Publisher
  let first: BuildRecord
  let second: BuildRecord
  const s1 = fixtureSnapshot(now)
  const edited = s1.articles.find((a) => a.id === 'a09')!
  const gone = s1.articles.find((a) => a.id === 'a02')!
  const articleFile = (release: string, slug: string) =>
    path.join(publisher.releases.dir(release), 'bai-viet', slug, 'index.html')
  const organisationFile = (release: string) =>
    path.join(publisher.releases.dir(release), 'co-cau-to-chuc', 'index.html')

  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir())
    process.env.CONG_BUILT_AT = now.toISOString()
    cms = await startFakeCms(served(s1) as never)
    publisher = makePublisher({
      varDir: dir,
      cmsUrl: cms.url,
      siteDir: path.join(repoRoot(), 'site'),
      siteBuildCommand: siteBuildCommand({ NODE_ENV: process.env.NODE_ENV }),
    })
    await publisher.init()
    publisher.enqueue(event)
    await publisher.idle()
    ;[first] = await publisher.builds.list(1)

    const s2 = structuredClone(s1)
    s2.articles = s2.articles.filter((a) => a.id !== gone.id)
    const a09 = s2.articles.find((a) => a.id === edited.id)!
    a09.vi.title = 'Sàn giao dịch việc làm: tiêu đề đã sửa'
    a09.updatedAt = '2025-06-20T08:00:00Z'
    cms.state.snapshot = served(s2) as never
    publisher.enqueue(event)
    await publisher.idle()
    ;[second] = await publisher.builds.list(1)
  }, 600_000)

  afterAll(async () => {
    delete process.env.CONG_BUILT_AT
    await cms?.close()
    await cleanup?.()
  })

  it('builds the first release in full and the next one incrementally, then makes it live', async () => {
    expect(first).toMatchObject({
      status: 'success',
      siteBuild: { mode: 'full', reason: 'no previous release' },
    })
    expect(second).toMatchObject({ status: 'success', siteBuild: { mode: 'incremental', removed: 2 } })
    expect(second.siteBuild!.rendered).toBeLessThan(first.siteBuild!.rendered / 2)
    expect(second.pages).toBe(first.pages! - 2)
    expect(await publisher.releases.live()).toBe(second.id)
    expect(await publisher.builds.readLog(second.id)).toMatch(/site build.*mode=incremental/)
    const live = path.join(publisher.releases.root, 'current')
    expect(readFileSync(path.join(live, 'bai-viet', edited.vi.slug, 'index.html'), 'utf8')).toContain(
      'tiêu đề đã sửa',
    )
  })

  it('shares unchanged files with the previous release and replaces changed ones', () => {
    expect(statSync(organisationFile(second.id)).ino).toBe(statSync(organisationFile(first.id)).ino)
    expect(statSync(articleFile(second.id, edited.vi.slug)).ino).not.toBe(
      statSync(articleFile(first.id, edited.vi.slug)).ino,
    )
    expect(() => statSync(articleFile(second.id, gone.vi.slug))).toThrow()
  })

  it('rolls back to the first release exactly as it was built', async () => {
    const organisationBefore = readFileSync(organisationFile(first.id), 'utf8')
    expect(await publisher.releases.rollback()).toEqual({ from: second.id, to: first.id })
    expect(await publisher.releases.live()).toBe(first.id)
    const live = path.join(publisher.releases.root, 'current')
    const page = readFileSync(path.join(live, 'bai-viet', edited.vi.slug, 'index.html'), 'utf8')
    expect(page).toContain(edited.vi.title.replace(/&/g, '&amp;'))
    expect(page).not.toContain('tiêu đề đã sửa')
    expect(readFileSync(path.join(live, 'bai-viet', gone.vi.slug, 'index.html'), 'utf8')).toContain('<html')
    expect(readFileSync(organisationFile(first.id), 'utf8')).toBe(organisationBefore)
  })

  it('renders every page again when ops ask for a rebuild', async () => {
    publisher.enqueue({ source: 'ops', at: new Date().toISOString(), event: 'rebuild', reason: 'test' })
    await publisher.idle()
    const [third] = await publisher.builds.list(1)
    expect(third).toMatchObject({ status: 'success', siteBuild: { mode: 'full', reason: 'rebuild requested by ops' } })
    expect(third.siteBuild!.rendered).toBe(third.pages)
  }, 300_000)
})
