import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Article, Media } from '@cong/shared/payload-types'
import type { Snapshot, SnapshotArticle } from '@cong/shared/snapshot'
import { buildSnapshot } from '../../src/publishing/snapshot'
import { sanitizeArticleHtml } from '../../src/publishing/richText'
import { moveTranslation, publishEnglish } from '../../src/translations/service'
import { bootPayload } from '../helpers/payload'
import { seedWorld, type World } from '../helpers/world'
import { createImage, link, paragraph, richText, text, upload } from './fixtures'

let payload: Payload
let close: () => Promise<void>
let world: World
let snapshot: Snapshot
const ids: Record<string, Article['id']> = {}
let cover: Media
let inline: Media

const OPTIONS = { siteUrl: 'https://cong.example.gov.vn', cmsPublicUrl: 'https://cms.example.gov.vn', fileBaseUrl: 'http://cms.internal:3000' }

async function article(key: string, data: Partial<Article>): Promise<Article> {
  const doc = await payload.create({
    collection: 'articles',
    data: { sections: [world.section.id], unit: world.unitA.id, sapo: `Sa-pô ${key}`, ...data } as Article,
  })
  ids[key] = doc.id
  return doc
}

const find = (key: string): SnapshotArticle | undefined => snapshot.articles.find((a) => a.id === String(ids[key]))

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'snap')
  cover = await createImage(payload, 'Ảnh hội nghị.jpg', 'Toàn cảnh hội nghị')
  inline = await createImage(payload, 'inline.jpg', 'Ảnh minh hoạ')
  await payload.update({ collection: 'media', id: inline.id, locale: 'en', data: { alt: 'Illustration' } })

  const linked = await article('linked', { title: 'Bài được liên kết', workflowStatus: 'published' })
  await payload.update({ collection: 'articles', id: linked.id, locale: 'en', data: { title: 'Linked, English not published' } })

  const main = await article('main', {
    title: 'Bài đã đăng đủ hai thứ tiếng',
    workflowStatus: 'published',
    cover: cover.id,
    tags: ['lao động', ' việc làm '],
    body: richText(
      paragraph(text('Nội dung tiếng Việt <script>alert(1)</script>')),
      paragraph(link({ linkType: 'custom', url: 'javascript:alert(2)' }, 'liên kết độc')),
      paragraph(link({ linkType: 'custom', url: 'https://chinhphu.vn', newTab: true }, 'Cổng Chính phủ')),
      paragraph(link({ linkType: 'internal', doc: { relationTo: 'articles', value: linked.id } }, 'bài liên quan')),
      upload(inline.id),
    ) as Article['body'],
  })
  await payload.update({
    collection: 'articles',
    id: main.id,
    locale: 'en',
    data: {
      title: 'Published in both languages',
      body: richText(paragraph(text('English body')), upload(inline.id), upload(cover.id)) as Article['body'],
    },
  })
  // English reaches the site only as the translation the board published.
  await publishEnglish(payload, 'articles', main.id)

  // English asked for and in progress, with nothing written yet: no English page.
  const untranslated = await article('englishFlagNoText', { title: 'Cờ tiếng Anh nhưng chưa có bản dịch', workflowStatus: 'published' })
  await moveTranslation(payload, { collection: 'articles', id: untranslated.id, to: 'needed', user: null })
  await moveTranslation(payload, { collection: 'articles', id: untranslated.id, to: 'in-progress', user: null })
  await article('republished', {
    title: 'Bài đăng lại',
    workflowStatus: 'published',
    origin: 'republished',
    source: { name: 'Báo Lao động', url: 'https://laodong.vn/bai-goc', permission: 'Thoả thuận hợp tác 2024' },
    related: [main.id],
  })
  await article('draft', { title: 'Bài nháp' })
  await article('submitted', { title: 'Bài chờ duyệt', workflowStatus: 'submitted' })
  await article('unpublished', { title: 'Bài đã gỡ', workflowStatus: 'published' })
  await payload.update({
    collection: 'articles',
    id: ids.unpublished,
    data: { workflowStatus: 'unpublished', workflowReason: 'Sai số liệu' },
  })
  await payload.update({ collection: 'articles', id: ids.republished, data: { related: [main.id, ids.draft] } })

  await payload.create({ collection: 'pages', data: { title: 'Giới thiệu', kind: 'about', workflowStatus: 'published' } })
  await payload.create({ collection: 'pages', data: { title: 'Trang nháp', kind: 'generic' } })
  await payload.update({
    collection: 'units',
    id: world.unitA.id,
    data: {
      leaders: [{ name: 'Nguyễn Văn A', title: 'Vụ trưởng', isHead: true, photo: cover.id, email: 'vutruong@molisa.gov.vn' }],
    },
  })
  await payload.updateGlobal({
    slug: 'site-settings',
    data: { siteName: 'Cổng thông tin điện tử', quickLinks: [{ label: 'Dịch vụ công', url: 'https://dichvucong.gov.vn' }] },
  })
  await payload.updateGlobal({ slug: 'site-settings', locale: 'en', data: { siteName: 'E-portal' } })

  snapshot = await buildSnapshot(payload, OPTIONS)
})
afterAll(async () => close())

describe('snapshot', () => {
  it('holds published articles and pages only', () => {
    const titles = snapshot.articles.map((a) => a.vi.title).sort()
    expect(titles).toEqual(
      ['Bài đã đăng đủ hai thứ tiếng', 'Bài được liên kết', 'Bài đăng lại', 'Cờ tiếng Anh nhưng chưa có bản dịch'].sort(),
    )
    expect(snapshot.pages.map((p) => p.vi.title)).toEqual(['Giới thiệu'])
    expect(snapshot).toMatchObject({ version: 1, siteUrl: OPTIONS.siteUrl, cmsPublicUrl: OPTIONS.cmsPublicUrl })
  })

  it('includes English only where it is published', () => {
    expect(find('main')?.en).toMatchObject({ title: 'Published in both languages', slug: 'published-in-both-languages' })
    const enHtml = find('main')?.en?.bodyHtml ?? ''
    expect(enHtml).toMatch(/^<p>English body<\/p>/)
    expect(enHtml).toMatch(/<img src="\/media\/inline\.jpg"[^>]* alt="Illustration" width/)
    // No English alt text yet: the Vietnamese one, marked as Vietnamese for screen readers.
    expect(enHtml).toMatch(/<img src="\/media\/anh-hoi-nghi-[0-9a-f]{8}\.jpg"[^>]* alt="Toàn cảnh hội nghị" lang="vi"/)
    expect(enHtml).not.toContain('Nội dung tiếng Việt')
    expect(find('linked')?.en).toBeUndefined()
    expect(find('englishFlagNoText')?.en).toBeUndefined()
    expect(snapshot.settings.en.siteName).toBe('E-portal')
    // Saving the English site name made Payload copy the Vietnamese label into English.
    expect(snapshot.settings.quickLinks).toEqual([{ url: 'https://dichvucong.gov.vn', vi: 'Dịch vụ công' }])
  })

  it('renders rich text to sanitised HTML with site-relative media and links', () => {
    const html = find('main')?.vi.bodyHtml ?? ''
    expect(html).not.toMatch(/<script|javascript:|onerror/i)
    expect(html).toContain('Nội dung tiếng Việt &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('<a href="https://chinhphu.vn" rel="noopener noreferrer" target="_blank">Cổng Chính phủ</a>')
    expect(html).toContain(`<a href="/bai-viet/bai-duoc-lien-ket/">bài liên quan</a>`)
    expect(html).toMatch(/<img src="\/media\/inline\.jpg" srcset="\/media\/inline-400x240\.webp 400w, \/media\/inline-800x480\.webp 800w"[^>]* alt="Ảnh minh hoạ"/)
  })

  it('maps article fields, keeping only public related items', () => {
    const main = find('main')
    expect(main).toMatchObject({
      sectionIds: [String(world.section.id)],
      unitId: String(world.unitA.id),
      origin: 'own',
      tags: ['lao động', 'việc làm'],
      featured: false,
      viewCount: 0,
    })
    expect(main?.cover).toMatchObject({ mediaId: String(cover.id), alt: { vi: 'Toàn cảnh hội nghị' }, width: 1000, height: 600 })
    expect(Date.parse(main?.publishedAt ?? '')).not.toBeNaN()
    const republished = find('republished')
    expect(republished).toMatchObject({
      origin: 'republished',
      source: { name: 'Báo Lao động', url: 'https://laodong.vn/bai-goc', permission: 'Thoả thuận hợp tác 2024' },
      relatedIds: [String(ids.main)],
    })
  })

  it('lists every used media file once, under plain site paths, fetched from the CMS', () => {
    const paths = snapshot.files.map((f) => f.path)
    expect(new Set(paths).size).toBe(paths.length)
    for (const path of paths) expect(path).toMatch(/^\/media\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/)
    const coverFile = snapshot.files.find((f) => f.path === find('main')?.cover?.path)
    expect(coverFile?.path).toMatch(/^\/media\/anh-hoi-nghi-[0-9a-f]{8}\.jpg$/)
    expect(coverFile?.sourceUrl).toBe(`http://cms.internal:3000/api/media/file/${encodeURIComponent('Ảnh hội nghị.jpg')}`)
    expect(coverFile?.bytes).toBeGreaterThan(0)
    expect(paths).toContain('/media/inline.jpg')
    expect(paths).toContain('/media/inline-800x480.webp')
  })

  it('holds no personal data of staff accounts', () => {
    const json = JSON.stringify(snapshot)
    for (const user of Object.values(world.users)) expect(json).not.toContain(user.email)
    expect(json).not.toMatch(/"(password|hash|salt|email)":"[^"]*@example\.gov\.vn/)
    expect(json).not.toMatch(/"(hash|salt|resetPasswordToken|apiKey)"/)
    // A unit leader's official contact is public by design.
    expect(snapshot.units.find((u) => u.id === String(world.unitA.id))?.leaders[0]).toMatchObject({
      name: 'Nguyễn Văn A',
      email: 'vutruong@molisa.gov.vn',
      vi: { title: 'Vụ trưởng' },
    })
  })

  it('reads articles in batches without losing or repeating any', async () => {
    const small = await buildSnapshot(payload, { ...OPTIONS, batchSize: 1 })
    expect(small.articles.map((a) => a.id)).toEqual(snapshot.articles.map((a) => a.id))
  })
})

describe('article HTML allow-list', () => {
  it.each([
    ['<p>ok<script>alert(1)</script></p>', '<p>ok</p>'],
    ['<img src="/media/a.jpg" onerror="alert(1)" alt="a">', '<img src="/media/a.jpg" alt="a" />'],
    ['<img src="https://evil.example/x.png">', ''],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="https://a.vn" target="_top">x</a>', '<a href="https://a.vn" rel="noopener noreferrer">x</a>'],
    ['<h1>Tiêu đề</h1>', '<h2>Tiêu đề</h2>'],
    ['<iframe src="https://a.vn"></iframe><p style="color:red;text-align:center">x</p>', '<p style="text-align:center">x</p>'],
    ['<table><tr><td colspan="2" onclick="x()">1</td></tr></table>', '<table><tr><td colspan="2">1</td></tr></table>'],
  ])('%s', (input, expected) => {
    expect(sanitizeArticleHtml(input)).toBe(expected)
  })
})
