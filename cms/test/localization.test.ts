import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Payload } from 'payload'
import { bootPayload } from './helpers/payload'
import { draftArticle, seedWorld, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'l10n')
})
afterAll(async () => close())

describe('Vietnamese source, English translation', () => {
  it('has no English text until someone writes it, and falls back to Vietnamese only when asked', async () => {
    const article = await draftArticle(payload, world, 'Tuyển dụng viên chức năm 2025')
    const strict = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(strict.title ?? null).toBeNull()
    expect(strict.sapo ?? null).toBeNull()
    const withFallback = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      fallbackLocale: 'vi',
    })
    expect(withFallback.title).toBe('Tuyển dụng viên chức năm 2025')
    const byDefault = await payload.findByID({ collection: 'articles', id: article.id, locale: 'en' })
    expect(byDefault.title).toBe('Tuyển dụng viên chức năm 2025')
  })

  it('lets a translator write English while the Vietnamese stays untouched', async () => {
    const article = await draftArticle(payload, world, 'Hội thảo an toàn lao động')
    await payload.update({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      data: { title: 'Workshop on occupational safety', sapo: 'The ministry met employers.' },
      user: world.users.translator,
      overrideAccess: false,
    })
    const en = await payload.findByID({
      collection: 'articles',
      id: article.id,
      locale: 'en',
      fallbackLocale: false,
    })
    const vi = await payload.findByID({ collection: 'articles', id: article.id, locale: 'vi' })
    expect(en).toMatchObject({
      title: 'Workshop on occupational safety',
      sapo: 'The ministry met employers.',
    })
    expect(vi).toMatchObject({ title: 'Hội thảo an toàn lao động', sapo: 'Sa-pô' })
  })

  it.each(['vi', 'all'] as const)('refuses a translator writing in locale %s', async (locale) => {
    const article = await draftArticle(payload, world, `Bài không được dịch (${locale})`)
    const attempt = payload.update({
      collection: 'articles',
      id: article.id,
      locale,
      data: { title: 'Sửa bản gốc' },
      user: world.users.translator,
      overrideAccess: false,
    })
    await expect(attempt).rejects.toMatchObject({ status: 403 })
    expect((await payload.findByID({ collection: 'articles', id: article.id, locale: 'vi' })).title).toBe(
      `Bài không được dịch (${locale})`,
    )
  })

  it('refuses a translator creating or deleting', async () => {
    const create = payload.create({
      collection: 'articles',
      locale: 'en',
      data: { title: 'New English article', sections: [world.section.id], unit: world.unitA.id },
      user: world.users.translator,
      overrideAccess: false,
    })
    await expect(create).rejects.toMatchObject({ status: 403 })
    const article = await draftArticle(payload, world, 'Bài không được xoá')
    const remove = payload.delete({
      collection: 'articles',
      id: article.id,
      user: world.users.translator,
      overrideAccess: false,
    })
    await expect(remove).rejects.toMatchObject({ status: 403 })
  })

  it('lets a translator translate leaders of a unit without touching names', async () => {
    const unit = await payload.create({
      collection: 'units',
      data: {
        name: 'Thanh tra Bộ',
        kind: 'inspectorate',
        leaders: [{ name: 'Nguyễn Văn A', title: 'Chánh Thanh tra', isHead: true }],
      },
    })
    const updated = await payload.update({
      collection: 'units',
      id: unit.id,
      locale: 'en',
      data: {
        name: 'Ministry Inspectorate',
        leaders: [
          { id: unit.leaders?.[0].id, name: 'Changed Name', title: 'Chief Inspector', isHead: false },
        ],
      },
      user: world.users.translator,
      overrideAccess: false,
    })
    expect(updated.leaders?.[0]).toMatchObject({
      name: 'Nguyễn Văn A',
      title: 'Chief Inspector',
      isHead: true,
    })
    const vi = await payload.findByID({ collection: 'units', id: unit.id, locale: 'vi' })
    expect(vi).toMatchObject({ name: 'Thanh tra Bộ', leaders: [{ title: 'Chánh Thanh tra' }] })
  })

  it('refuses a translator adding or removing rows shared by both languages', async () => {
    const unit = await payload.create({
      collection: 'units',
      data: {
        name: 'Văn phòng Bộ',
        kind: 'office',
        leaders: [{ name: 'Trần Thị B', title: 'Chánh Văn phòng' }],
      },
    })
    const asTranslator = { locale: 'en', user: world.users.translator, overrideAccess: false } as const
    await expect(
      payload.update({ collection: 'units', id: unit.id, data: { leaders: [] }, ...asTranslator }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/không được thêm, xoá/) })
    await expect(
      payload.update({
        collection: 'units',
        id: unit.id,
        data: { leaders: [...(unit.leaders ?? []), { name: 'Người mới', title: 'Deputy' }] },
        ...asTranslator,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const vi = await payload.findByID({ collection: 'units', id: unit.id, locale: 'vi' })
    expect(vi.leaders).toMatchObject([{ name: 'Trần Thị B', title: 'Chánh Văn phòng' }])
  })

  it('translates the site settings in English only', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { siteName: 'Cổng Thông tin điện tử', weeklyQuotaPerUnit: 2 },
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: { siteName: 'E-portal', weeklyQuotaPerUnit: 9 },
      user: world.users.translator,
      overrideAccess: false,
    })
    const en = await payload.findGlobal({ slug: 'site-settings', locale: 'en' })
    const vi = await payload.findGlobal({ slug: 'site-settings', locale: 'vi' })
    expect(en).toMatchObject({ siteName: 'E-portal', weeklyQuotaPerUnit: 2 })
    expect(vi.siteName).toBe('Cổng Thông tin điện tử')
  })
})
