import { existsSync } from 'node:fs'
import { readdir, readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Article, Section, Unit, User } from '@cong/shared/payload-types'
import { signedFetch } from '../../src/lib/signed-fetch'
import { waitForBuild } from '../../src/bench/pipeline'
import type { PublisherStatus } from '../../src/publisher/publisher'
import { toLexical } from '../../src/seed/lexical'
import { BUILD_TIMEOUT_MS, useE2eWorld, WEBHOOK_SECRET } from './e2eWorld'

type ActingUser = User & { collection: 'users' }

let world: { unit: Unit; section: Section; board: ActingUser; contributor: ActingUser }

const releasesDir = () => path.join(e2e.varDir, 'releases')
const currentRelease = async () => path.basename(await realpath(path.join(releasesDir(), 'current')))
const releaseFile = (release: string, file: string) => readFile(path.join(releasesDir(), release, file), 'utf8')

/**
 * Gunzipped Pagefind fragments of a release: one per indexed page, holding its title and text, from
 * every shard's bundle (`pagefind/<shard>/fragment/`), without each shard's anchor record.
 */
async function searchFragments(release: string): Promise<string[]> {
  const dir = path.join(releasesDir(), release, 'pagefind')
  const names = (await readdir(dir, { recursive: true })).filter((name) => name.endsWith('.pf_fragment'))
  const fragments = await Promise.all(names.map(async (name) => gunzipSync(await readFile(path.join(dir, name))).toString('utf8')))
  return fragments.filter((fragment) => !fragment.includes('"url":"/pagefind-shard-anchor/"'))
}

async function makeUser(key: string, role: User['role'], unit?: Unit): Promise<ActingUser> {
  const user = await e2e.payload.create({
    collection: 'users',
    data: { email: `${key}@pipeline.example.gov.vn`, password: 'mat-khau-thu-nghiem', name: key, role, unit: unit?.id },
  })
  return { ...user, collection: 'users' }
}

const update = (user: ActingUser, id: Article['id'], data: Partial<Article>) =>
  e2e.payload.update({ collection: 'articles', id, data, user, overrideAccess: false })

const e2e = useE2eWorld({
  varPrefix: 'cong-pipeline-var-',
  seed: async (payload) => {
    await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Cổng thử nghiệm đường phát hành', email: 'lienhe@example.gov.vn' } })
    const unit = await payload.create({ collection: 'units', data: { name: 'Vụ Thử nghiệm', kind: 'department' } })
    const section = await payload.create({ collection: 'sections', data: { title: 'Tin tức thử nghiệm', kind: 'section', showOnHome: true } })
    const board = await makeUser('board', 'board')
    const contributor = await makeUser('contributor', 'contributor', unit)
    world = { unit, section, board, contributor }
    for (const title of ['Hội nghị tổng kết công tác năm', 'Hướng dẫn thủ tục trực tuyến mới']) {
      await payload.create({
        collection: 'articles',
        data: { title, sapo: `Sa-pô: ${title}`, body: toLexical({ paragraphs: [`Nội dung bài ${title}.`] }), sections: [section.id], unit: unit.id, origin: 'own', workflowStatus: 'published' },
      })
    }
  },
})

describe('publish pipeline (CMS → webhook → publisher → static site)', () => {
  const title = 'Bộ công bố kết quả khảo sát mức độ hài lòng năm 2025'
  let article: Article
  let publishedRelease: string

  it('publishing an article through the workflow makes a new live release with its page, feeds and search entry', async () => {
    const { board, contributor, section, unit } = world
    const before = await currentRelease()
    const fragmentsBefore = await searchFragments(before)
    const created = await e2e.payload.create({
      collection: 'articles',
      data: { title, sapo: 'Kết quả khảo sát người dân.', body: toLexical({ paragraphs: ['Tỷ lệ hài lòng đạt 87%.'] }), sections: [section.id], unit: unit.id, origin: 'own', workflowStatus: 'draft' },
      user: contributor,
      overrideAccess: false,
    })
    article = created
    await update(contributor, article.id, { workflowStatus: 'submitted' })
    const since = new Date()
    const published = await update(board, article.id, { workflowStatus: 'published' })
    expect(published._status).toBe('published')

    const build = await waitForBuild(e2e.pipeline.publisher.publisher, (b) => b.events.some((e) => e.docId === String(article.id) && e.event === 'publish'), { since, timeoutMs: BUILD_TIMEOUT_MS })
    expect(build.status, build.error ?? '').toBe('success')
    expect(build.trigger).toBe('webhook')
    publishedRelease = await currentRelease()
    expect(publishedRelease).toBe(build.releaseId)
    expect(publishedRelease).not.toBe(before)

    const page = `bai-viet/${article.slug}/index.html`
    expect(existsSync(path.join(releasesDir(), before, page))).toBe(false)
    expect(await releaseFile(publishedRelease, page)).toContain(title)
    for (const feed of ['rss.xml', 'feed.json']) expect(await releaseFile(publishedRelease, feed)).toContain(title)
    const sitemapShard = `sitemaps/vi-articles-${new Date().getUTCFullYear()}.xml`
    expect(await releaseFile(publishedRelease, 'sitemap.xml')).toContain(sitemapShard)
    expect(await releaseFile(publishedRelease, sitemapShard)).toContain(`/bai-viet/${article.slug}/`)

    const fragments = await searchFragments(publishedRelease)
    expect(fragments.length).toBe(fragmentsBefore.length + 1)
    expect(fragments.filter((f) => f.includes(title))).toHaveLength(1)

    // And the static server serves it from the new release.
    const res = await fetch(`${e2e.pipeline.siteUrl}/bai-viet/${article.slug}/`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain(title)
  }, BUILD_TIMEOUT_MS + 30_000)

  it('unpublishing it with a reason makes a release without the page', async () => {
    const since = new Date()
    await update(world.board, article.id, { workflowStatus: 'unpublished', workflowReason: 'Số liệu cần rà soát lại' })
    const build = await waitForBuild(e2e.pipeline.publisher.publisher, (b) => b.events.some((e) => e.docId === String(article.id) && e.event === 'unpublish'), { since, timeoutMs: BUILD_TIMEOUT_MS })
    expect(build.status, build.error ?? '').toBe('success')
    const release = await currentRelease()
    expect(release).toBe(build.releaseId)
    expect(existsSync(path.join(releasesDir(), release, `bai-viet/${article.slug}/index.html`))).toBe(false)
    expect(await releaseFile(release, 'rss.xml')).not.toContain(title)
    expect((await searchFragments(release)).some((f) => f.includes(title))).toBe(false)
    expect((await fetch(`${e2e.pipeline.siteUrl}/bai-viet/${article.slug}/`)).status).toBe(404)
  }, BUILD_TIMEOUT_MS + 30_000)

  // The failing command exits at once, before the publisher has finished recording the build's
  // pid; a build that does so must still end as failed (a fast crash must not wedge the queue).
  it('a failing site build leaves the previous release live and is recorded with its log', async () => {
    const live = await currentRelease()
    const { publisher, url } = await e2e.pipeline.replacePublisher({
      siteBuildCommand: `echo 'site build broken on purpose' >&2; false`,
      quietMs: 200,
      maxWaitMs: 2_000,
    })
    const since = new Date()
    await update(world.board, article.id, { workflowStatus: 'published' })
    const build = await waitForBuild(publisher, (b) => b.events.some((e) => e.docId === String(article.id)), { since, timeoutMs: 30_000 })

    expect(build).toMatchObject({ status: 'failed', failedStep: 'site', releaseId: null })
    expect(build.error).toContain('site build broken on purpose')
    expect(await currentRelease()).toBe(live)
    expect((await fetch(`${e2e.pipeline.siteUrl}/bai-viet/${article.slug}/`)).status).toBe(404)

    const record = JSON.parse(await readFile(path.join(e2e.varDir, 'builds', `${build.id}.json`), 'utf8')) as { status: string }
    expect(record.status).toBe('failed')
    expect(await readFile(path.join(e2e.varDir, 'builds', `${build.id}.log`), 'utf8')).toContain('site build broken on purpose')

    const res = await signedFetch(new URL('/status', url), { secret: WEBHOOK_SECRET })
    const status = (await res.json()) as PublisherStatus
    expect(status.live?.id).toBe(live)
    expect(status.lastBuilds[0]).toMatchObject({ id: build.id, status: 'failed' })
  }, 45_000)
})
