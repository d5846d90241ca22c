import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import type { Article } from '@cong/shared/payload-types'
import { toLexical } from '../../scripts/src/seed/lexical'
import { bootPayload } from './helpers/payload'
import { seedWorld, type ActingUser, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'rp')
})
afterAll(async () => close())

const TITLE = 'Tăng lương tối thiểu vùng từ ngày 1/7/2026'
const BODY = ['Chính phủ quyết định tăng 6% lương tối thiểu vùng.', 'Mức mới áp dụng cho mọi doanh nghiệp.']
const SOURCE = { name: 'Báo Lao Động', url: 'https://laodong.vn/bai-viet-123', permission: 'Thư đồng ý ngày 02/11/2026 của Tổng Biên tập' }

const update = (user: ActingUser, id: Article['id'], data: Partial<Article>) =>
  payload.update({ collection: 'articles', id, data, user, overrideAccess: false, locale: 'vi' })

async function republished(source: Partial<typeof SOURCE> = SOURCE): Promise<Article> {
  return payload.create({
    collection: 'articles',
    data: {
      title: TITLE,
      sapo: 'Sa-pô',
      body: toLexical({ paragraphs: BODY }),
      sections: [world.section.id],
      unit: world.unitA.id,
      origin: 'republished',
      source,
    },
    user: world.users.contributor,
    overrideAccess: false,
  })
}

/** The message and the field errors of a refused save. */
async function refusal(promise: Promise<unknown>): Promise<{ message: string; paths: string[] }> {
  try {
    await promise
  } catch (error) {
    const e = error as { message: string; data?: { errors?: { path: string }[] } }
    return { message: e.message, paths: (e.data?.errors ?? []).map((x) => x.path) }
  }
  throw new Error('the save was accepted')
}

describe('republished articles', () => {
  it('records the title and body at first save', async () => {
    const article = await republished()
    expect(article.republishedOriginal).toEqual({ title: TITLE, bodyText: BODY.join('\n\n') })
  })

  it('go to the board unchanged, with a source and a permission', async () => {
    const article = await republished()
    const sent = await update(world.users.contributor, article.id, { sapo: 'Sa-pô mới: sa-pô không thuộc bài gốc', workflowStatus: 'submitted' })
    expect(sent.workflowStatus).toBe('submitted')
  })

  it('cannot be submitted with an altered title, and the message gives the original back', async () => {
    const article = await republished()
    await update(world.users.contributor, article.id, { title: 'Lương tối thiểu tăng mạnh' })
    const { message, paths } = await refusal(update(world.users.contributor, article.id, { workflowStatus: 'submitted' }))
    expect(paths).toEqual(['title'])
    expect(message).toContain('Quy định không cho phép sửa tiêu đề bài đăng lại')
    expect(message).toContain(`«${TITLE}»`)
    expect(message).toContain('Republished titles may not be altered')
    const kept = await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: true })
    expect(kept.workflowStatus).toBe('draft')
  })

  it('cannot be submitted with an altered body; restoring it lets it through', async () => {
    const article = await republished()
    await update(world.users.contributor, article.id, { body: toLexical({ paragraphs: [BODY[0]!.replace('6%', '7%'), BODY[1]!] }) })
    const { paths } = await refusal(update(world.users.contributor, article.id, { workflowStatus: 'submitted' }))
    expect(paths).toEqual(['body'])
    const restored = await update(world.users.contributor, article.id, { body: toLexical({ paragraphs: BODY }), workflowStatus: 'submitted' })
    expect(restored.workflowStatus).toBe('submitted')
  })

  it('keeps the first record whatever a request sends for it', async () => {
    const article = await republished()
    const edited = await update(world.users.contributor, article.id, {
      title: 'Tiêu đề khác',
      republishedOriginal: { title: 'Tiêu đề khác', bodyText: 'khác' },
    })
    expect(edited.republishedOriginal).toEqual({ title: TITLE, bodyText: BODY.join('\n\n') })
  })

  it('needs the source link and the permission before submission, each named on its field', async () => {
    const article = await republished({ name: 'Báo Lao Động' })
    const { message, paths } = await refusal(update(world.users.contributor, article.id, { workflowStatus: 'submitted' }))
    expect(paths).toEqual(['source.url', 'source.permission'])
    expect(message).toContain('«Đường dẫn gốc»')
  })

  it('stops the board publishing an altered text directly too', async () => {
    const article = await republished()
    await update(world.users.contributor, article.id, { workflowStatus: 'submitted' })
    const { paths } = await refusal(update(world.users.board, article.id, { title: 'Tiêu đề Ban Biên tập sửa', workflowStatus: 'published' }))
    expect(paths).toEqual(['title'])
  })

  it('leaves own articles alone', async () => {
    const own = await payload.create({
      collection: 'articles',
      data: { title: 'Bài tự viết', sections: [world.section.id], unit: world.unitA.id, origin: 'own' },
      user: world.users.contributor,
      overrideAccess: false,
    })
    expect(own.republishedOriginal).toMatchObject({ title: null })
    const sent = await update(world.users.contributor, own.id, { title: 'Bài tự viết, sửa tiêu đề', workflowStatus: 'submitted' })
    expect(sent.workflowStatus).toBe('submitted')
  })
})
