import { describe, expect, it } from 'vitest'
import type { Draft, User } from '@cong/shared/payload-types'
import { routes } from '@cong/shared/routes'
import { addCalendarDays, vietnamDate } from '@cong/shared/vnDate'
import { waitForBuild } from '../../src/bench/pipeline'
import { BUILD_TIMEOUT_MS, useE2eWorld } from './e2eWorld'
import { publicPersonalDataHits } from './personalData'

// A citizen comments on a draft on the static site; the drafting unit approves it in the CMS; the
// next release shows it. Everything real: the CMS's endpoint, the publisher, the built site, Chromium.
const COMMENT = 'Đề nghị quy định rõ thời hạn chi trả trợ cấp thất nghiệp trong vòng 5 ngày làm việc.'

let draft: Draft
let moderator: User & { collection: 'users' }

const e2e = useE2eWorld({
  varPrefix: 'cong-comment-var-',
  browser: true,
  seed: async (payload) => {
    await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Cổng thử nghiệm góp ý dự thảo' } })
    const unit = await payload.create({ collection: 'units', data: { name: 'Vụ Pháp chế', kind: 'department' } })
    const user = await payload.create({
      collection: 'users',
      data: { email: 'ctv.phapche@e2e.example.gov.vn', password: 'mat-khau-thu-nghiem', name: 'Cộng tác viên Vụ Pháp chế', role: 'contributor', unit: unit.id },
    })
    moderator = { ...user, collection: 'users' }
    const today = vietnamDate(new Date())
    draft = await payload.create({
      collection: 'drafts',
      data: {
        title: 'Dự thảo Nghị định quy định chi tiết về bảo hiểm thất nghiệp',
        type: 'nghi-dinh',
        draftingUnit: unit.id,
        opensOn: addCalendarDays(today, -3),
        closesOn: addCalendarDays(today, 30),
        _status: 'published',
      },
    })
  },
})

describe('public comment on a draft, end to end', () => {
  let reference: string

  it('a reader sends a comment from the draft page and gets a receipt', async () => {
    const page = await e2e.browser.newPage()
    await page.goto(`${e2e.pipeline.siteUrl}${routes.draft('vi', draft.slug!)}`)
    await page.locator('astro-island:not([ssr]) form').first().waitFor()
    await page.fill('input[name="name"]', 'Nguyễn Văn An')
    await page.fill('input[name="email"]', 'an.nguyen@example.vn')
    await page.fill('input[name="clause"]', 'Điều 5, khoản 2')
    await page.fill('textarea[name="text"]', COMMENT)
    await page.getByRole('button', { name: 'Gửi góp ý' }).click()
    const receipt = page.getByRole('heading', { name: 'Đã nhận góp ý của bạn' })
    await receipt.waitFor({ timeout: 15_000 })
    const text = await page.locator('main').innerText()
    reference = /GY-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/.exec(text)?.[0] ?? ''
    expect(reference).not.toBe('')
    await page.close()

    const { docs } = await e2e.payload.find({ collection: 'draft-comments', where: { reference: { equals: reference } }, overrideAccess: true })
    expect(docs).toMatchObject([{ name: 'Nguyễn Văn An', clause: 'Điều 5, khoản 2', text: COMMENT, moderation: 'pending' }])
  }, 60_000)

  it('once the drafting unit approves it, the next release shows it on the draft page', async () => {
    const { docs } = await e2e.payload.find({ collection: 'draft-comments', where: { reference: { equals: reference } }, overrideAccess: true })
    const since = new Date()
    await e2e.payload.update({ collection: 'draft-comments', id: docs[0]!.id, data: { moderation: 'approved' }, user: moderator, overrideAccess: false })
    const build = await waitForBuild(e2e.pipeline.publisher.publisher, (b) => b.trigger.includes('webhook'), { since, timeoutMs: BUILD_TIMEOUT_MS })
    expect(build.status, build.error ?? '').toBe('success')

    const page = await e2e.browser.newPage()
    await page.goto(`${e2e.pipeline.siteUrl}${routes.draft('vi', draft.slug!)}`)
    const published = await page.locator('main').innerText()
    expect(published).toContain(COMMENT)
    expect(published).toContain('Nguyễn Văn An')
    expect(published).not.toContain('an.nguyen@example.vn')
    await page.close()
  }, BUILD_TIMEOUT_MS + 30_000)

  it("neither the snapshot nor any file of the live release holds the commenter's or the moderator's e-mail", async () => {
    const { snapshot, hits } = await publicPersonalDataHits(e2e, ['an.nguyen@example.vn', moderator.email])
    expect(hits).toEqual([])
    expect(snapshot).toContain(COMMENT)
  }, 60_000)
})
