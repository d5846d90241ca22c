import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Article } from '@cong/shared/payload-types'
import { bootPayload } from './helpers/payload'
import { draftArticle, seedWorld, type ActingUser, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'wf')
})
afterAll(async () => close())

const update = (user: ActingUser, id: Article['id'], data: Partial<Article>, locale: 'vi' | 'en' = 'vi') =>
  payload.update({ collection: 'articles', id, data, user, overrideAccess: false, locale })

const read = (id: Article['id']) =>
  payload.findByID({ collection: 'articles', id, depth: 0, overrideAccess: true })

describe('editorial workflow, end to end', () => {
  it('contributor writes and submits, editor returns, contributor resubmits, board approves and publishes', async () => {
    const { contributor, editor, board } = world.users
    const created = await payload.create({
      collection: 'articles',
      data: { title: 'Bảo hiểm thất nghiệp năm 2024', sections: [world.section.id], unit: world.unitA.id },
      user: contributor,
      overrideAccess: false,
    })
    expect(created).toMatchObject({
      slug: 'bao-hiem-that-nghiep-nam-2024',
      workflowStatus: 'draft',
      _status: 'draft',
    })

    await update(contributor, created.id, { workflowStatus: 'submitted' })
    const returned = await update(editor, created.id, {
      workflowStatus: 'returned',
      workflowReason: 'Thiếu nguồn số liệu',
    })
    expect(returned).toMatchObject({
      workflowStatus: 'returned',
      workflowReason: 'Thiếu nguồn số liệu',
      _status: 'draft',
    })

    const fixed = await update(contributor, created.id, {
      sapo: 'Số liệu của Cục Việc làm.',
      workflowStatus: 'submitted',
    })
    expect(fixed).toMatchObject({ workflowStatus: 'submitted', workflowReason: null })

    await update(board, created.id, { workflowStatus: 'approved' })
    const published = await update(board, created.id, { workflowStatus: 'published' })
    expect(published).toMatchObject({ workflowStatus: 'published', _status: 'published' })
    expect(Date.parse(published.publishedAt ?? '')).toBeGreaterThan(Date.now() - 60_000)

    const anonymous = await payload.find({
      collection: 'articles',
      where: { id: { equals: created.id } },
      overrideAccess: false,
    })
    expect(anonymous.docs.map((d) => d.id)).toEqual([created.id])
  })

  it('keeps the first publication date when an item is unpublished and published again', async () => {
    const { board } = world.users
    const article = await draftArticle(payload, world, 'Hội nghị tổng kết năm')
    await update(board, article.id, { workflowStatus: 'submitted' })
    const first = await update(board, article.id, { workflowStatus: 'published' })
    await update(board, article.id, { workflowStatus: 'unpublished', workflowReason: 'Sai số liệu' })
    const again = await update(board, article.id, { workflowStatus: 'published' })
    expect(again.publishedAt).toBe(first.publishedAt)
  })
})

describe('refused moves carry a clear message', () => {
  const cases: {
    name: string
    setup: ('submitted' | 'approved' | 'published')[]
    actor: keyof World['users']
    data: Partial<Article>
    locale?: 'vi' | 'en'
    status: number
    message: RegExp
  }[] = [
    {
      name: 'contributor publishing',
      setup: ['submitted'],
      actor: 'contributor',
      data: { workflowStatus: 'published' },
      status: 403,
      message: /Cộng tác viên không được chuyển bài từ «Chờ duyệt» sang «Đã đăng»/,
    },
    {
      name: 'contributor publishing a draft directly',
      setup: [],
      actor: 'contributor',
      data: { workflowStatus: 'published' },
      status: 403,
      message: /Không thể chuyển trạng thái từ «Nháp» sang «Đã đăng»/,
    },
    {
      name: 'contributor editing a submitted article',
      setup: ['submitted'],
      actor: 'contributor',
      data: { sapo: 'Sửa sau khi gửi' },
      status: 403,
      message: /«Chờ duyệt»: vai trò Cộng tác viên không được sửa/,
    },
    {
      name: 'editor publishing',
      setup: ['submitted'],
      actor: 'editor',
      data: { workflowStatus: 'published' },
      status: 403,
      message: /Biên tập viên không được chuyển bài/,
    },
    {
      name: 'editor approving',
      setup: ['submitted'],
      actor: 'editor',
      data: { workflowStatus: 'approved' },
      status: 403,
      message: /Biên tập viên không được chuyển bài từ «Chờ duyệt» sang «Đã duyệt»/,
    },
    {
      name: 'return without a reason',
      setup: ['submitted'],
      actor: 'editor',
      data: { workflowStatus: 'returned' },
      status: 400,
      message: /Cần ghi lý do khi chuyển sang «Trả lại»/,
    },
    {
      name: 'unpublish without a reason',
      setup: ['submitted', 'published'],
      actor: 'board',
      data: { workflowStatus: 'unpublished', workflowReason: '  ' },
      status: 400,
      message: /Cần ghi lý do khi chuyển sang «Đã gỡ»/,
    },
    {
      name: 'editor editing a published article',
      setup: ['submitted', 'published'],
      actor: 'editor',
      data: { title: 'Tiêu đề mới' },
      status: 403,
      message: /«Đã đăng»: vai trò Biên tập viên không được sửa/,
    },
    {
      name: 'scheduling without a publish time',
      setup: ['submitted', 'approved'],
      actor: 'board',
      data: { workflowStatus: 'scheduled' },
      status: 400,
      message: /Cần chọn thời điểm đăng/,
    },
    {
      name: 'scheduling in the past',
      setup: ['submitted', 'approved'],
      actor: 'board',
      data: { workflowStatus: 'scheduled', publishAt: '2020-01-01T00:00:00.000Z' },
      status: 400,
      message: /phải ở tương lai/,
    },
    {
      name: 'contributor of another unit editing',
      setup: [],
      actor: 'contributorB',
      data: { sapo: 'Sửa bài của đơn vị khác' },
      status: 403,
      message: /không có quyền/,
    },
    {
      name: 'translator editing Vietnamese',
      setup: [],
      actor: 'translator',
      data: { title: 'Sửa tiếng Việt' },
      status: 403,
      message: /không có quyền/,
    },
    {
      name: 'case handler editing',
      setup: [],
      actor: 'caseHandler',
      data: { sapo: 'x' },
      status: 403,
      message: /không có quyền/,
    },
  ]

  it.each(cases)('$name', async ({ setup, actor, data, locale, status, message }) => {
    const article = await draftArticle(payload, world, `Bài thử ${Math.random().toString(36).slice(2)}`)
    for (const state of setup) await update(world.users.board, article.id, { workflowStatus: state })
    const before = await read(article.id)
    const attempt = update(world.users[actor], article.id, data, locale)
    await expect(attempt).rejects.toMatchObject({ status, message: expect.stringMatching(message) })
    const after = await read(article.id)
    expect(after).toMatchObject({
      workflowStatus: before.workflowStatus,
      title: before.title,
      sapo: before.sapo,
    })
  })

  it('a contributor cannot create an article for another unit', async () => {
    const attempt = payload.create({
      collection: 'articles',
      data: { title: 'Bài cho đơn vị khác', sections: [world.section.id], unit: world.unitB.id },
      user: world.users.contributor,
      overrideAccess: false,
    })
    await expect(attempt).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/chỉ được viết bài cho đơn vị của mình/),
    })
  })

  it('a contributor cannot move their article to another unit', async () => {
    const article = await draftArticle(payload, world, 'Bài chuyển đơn vị')
    await expect(update(world.users.contributor, article.id, { unit: world.unitB.id })).rejects.toMatchObject(
      { status: 403 },
    )
    expect((await read(article.id)).unit).toBe(world.unitA.id)
  })

  it("a contributor's new article belongs to their unit when none is given", async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Bài không chọn đơn vị', sections: [world.section.id] } as Article,
      user: world.users.contributor,
      overrideAccess: false,
    })
    expect(article.unit).toMatchObject({ id: world.unitA.id })
  })

  it('a republished article must name its source', async () => {
    const attempt = payload.create({
      collection: 'articles',
      data: {
        title: 'Bài đăng lại',
        sections: [world.section.id],
        unit: world.unitA.id,
        origin: 'republished',
      },
      user: world.users.editor,
      overrideAccess: false,
    })
    await expect(attempt).rejects.toMatchObject({ status: 400 })
  })

  it("a translator's change of workflow state or other non-localized field is ignored", async () => {
    const article = await draftArticle(payload, world, 'Bài để dịch')
    const result = await update(
      world.users.translator,
      article.id,
      { title: 'An article to translate', workflowStatus: 'published', featured: true },
      'en',
    )
    expect(result).toMatchObject({
      title: 'An article to translate',
      workflowStatus: 'draft',
      featured: false,
    })
    expect(await read(article.id)).toMatchObject({
      title: 'Bài để dịch',
      workflowStatus: 'draft',
      _status: 'draft',
    })
  })
})

describe('slugs', () => {
  it('are made unique with -2, -3 and keep a hand-typed slug normalised', async () => {
    const a = await draftArticle(payload, world, 'Tin trùng tên')
    const b = await draftArticle(payload, world, 'Tin trùng tên')
    const c = await draftArticle(payload, world, 'Tin trùng tên')
    expect([a.slug, b.slug, c.slug]).toEqual(['tin-trung-ten', 'tin-trung-ten-2', 'tin-trung-ten-3'])
    const typed = await update(world.users.editor, a.id, { slug: 'Đường Dẫn Riêng' })
    expect(typed.slug).toBe('duong-dan-rieng')
    const retitled = await update(world.users.editor, typed.id, { title: 'Tiêu đề khác' })
    expect(retitled.slug).toBe('duong-dan-rieng')
  })

  it('derive the English slug from the English title', async () => {
    const article = await draftArticle(payload, world, 'Tin có bản dịch')
    const translated = await update(
      world.users.translator,
      article.id,
      { title: "Vietnam's labour news" },
      'en',
    )
    expect(translated.slugEn).toBe('vietnams-labour-news')
    expect(translated.slug).toBe('tin-co-ban-dich')
  })
})
