import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { toLexical } from '../../scripts/src/seed/lexical'
import { bootPayload } from './helpers/payload'
import { seedWorld, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'cg')
})
afterAll(async () => close())

async function draft(title: string, sapo: string, paragraphs: string[]) {
  return payload.create({
    collection: 'articles',
    data: { title, sapo, body: toLexical({ paragraphs }), sections: [world.section.id], unit: world.unitA.id },
    user: world.users.contributor,
    overrideAccess: false,
  })
}

const submit = (id: number | string) =>
  payload.update({ collection: 'articles', id, data: { workflowStatus: 'submitted' }, user: world.users.contributor, overrideAccess: false, locale: 'vi' })

describe('content checker at submission', () => {
  it('refuses an article with errors, naming each with its field, text and fix, and keeps it as a draft', async () => {
    const article = await draft('Công thông tin điện tử ra mắt giao diện mới', 'Sáng nay, Bộ tổ chức hội nghị.', [
      'Hội nghị.Thứ trưởng phát biểu về công tác quảu lý thời thời kỳ mới.',
    ])
    let error: { message: string; data?: { errors?: { path: string; message: string }[] } } | undefined
    try {
      await submit(article.id)
    } catch (e) {
      error = e as typeof error
    }
    expect(error?.message).toMatch(/^Chưa gửi duyệt được: bài còn \d+ lỗi/)
    expect(error?.message).toContain('Tiêu đề, «Công thông tin điện tử ra mắt')
    expect(error?.message).toContain('thành «Cổng thông tin điện tử»')
    expect(error?.message).toContain('«Hội nghị.Thứ trưởng phát biểu')
    expect(error?.message).toContain('Sửa «.» thành «. »')
    expect(error?.message).toContain('Sửa «quảu lý» thành «quản lý»')
    expect(error?.message).toContain('Sửa «thời thời» thành «thời»')
    expect(error?.message).toContain('Not sent for review')
    expect(new Set(error?.data?.errors?.map((e) => e.path))).toEqual(new Set(['title', 'body']))
    const kept = await payload.findByID({ collection: 'articles', id: article.id, overrideAccess: true })
    expect(kept.workflowStatus).toBe('draft')
  })

  it('lets warnings through: they are for the editor to judge', async () => {
    const article = await draft('Hội nghị tổng kết  công tác năm 2026', '', ['Bộ tổ chức hội nghị tổng kết công tác năm 2026 tại Hà Nội.'])
    const sent = await submit(article.id)
    expect(sent.workflowStatus).toBe('submitted')
  })

  it('passes correct Vietnamese text', async () => {
    const article = await draft('Tăng cường an toàn, vệ sinh lao động trong mùa mưa bão', 'Cục An toàn lao động đề nghị các doanh nghiệp rà soát phương án.', [
      'Theo Nghị định số 145/2020/NĐ-CP, người sử dụng lao động phải bảo đảm điều kiện làm việc an toàn.',
      'Chi tiết xem tại https://molisa.gov.vn hoặc liên hệ TP.HCM, ngày 23/11/2026.',
    ])
    expect((await submit(article.id)).workflowStatus).toBe('submitted')
  })

  it('does not check while a draft is only being saved', async () => {
    const article = await draft('Công thông tin thời thời', '', ['quảu'])
    const saved = await payload.update({ collection: 'articles', id: article.id, data: { sapo: 'Sa-pô' }, user: world.users.contributor, overrideAccess: false })
    expect(saved.workflowStatus).toBe('draft')
  })
})
