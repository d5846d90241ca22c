import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'
import type { Draft, User } from '@cong/shared/payload-types'
import { routes } from '@cong/shared/routes'
import { addCalendarDays, vietnamDate } from '@cong/shared/vnDate'
import { bootPayload } from '../../../cms/test/helpers/payload'
import { launchChromium } from '../../../site/test/chromium'
import { startPipeline, waitForBuild, type Pipeline } from '../../src/bench/pipeline'

// A citizen comments on a draft on the static site; the drafting unit approves it in the CMS; the
// next release shows it. Everything real: the CMS's endpoint, the publisher, the built site, Chromium.
const SECRET = 'test-webhook-secret-0123456789abcdef'
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production-0123456789'
process.env.PUBLISHER_WEBHOOK_SECRET = SECRET
process.env.PAYLOAD_DISABLE_ADMIN ??= 'true'
process.env.CONG_JOBS_AUTORUN = 'false'

const BUILD_TIMEOUT_MS = 180_000
const COMMENT = 'Đề nghị quy định rõ thời hạn chi trả trợ cấp thất nghiệp trong vòng 5 ngày làm việc.'

let payload: Payload
let closePayload: (() => Promise<void>) | undefined
let pipeline: Pipeline | undefined
let browser: Browser | undefined
let varDir: string
let draft: Draft
let moderator: User & { collection: 'users' }

beforeAll(async () => {
  ;({ payload, close: closePayload } = await bootPayload())
  varDir = await mkdtemp(path.join(tmpdir(), 'cong-comment-var-'))
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

  const { default: config } = await import('../../../cms/src/payload.config')
  pipeline = await startPipeline({ config, secret: SECRET, varDir, quietMs: 200, maxWaitMs: 2_000 })
  const since = new Date()
  pipeline.publisher.publisher.enqueue({ source: 'startup', at: since.toISOString(), reason: 'integration test' })
  const first = await waitForBuild(pipeline.publisher.publisher, () => true, { since, timeoutMs: BUILD_TIMEOUT_MS })
  expect(first, JSON.stringify(first)).toMatchObject({ status: 'success' })
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await pipeline?.close()
  await closePayload?.()
  if (varDir) await rm(varDir, { recursive: true, force: true })
})

describe('public comment on a draft, end to end', () => {
  let reference: string

  it('a reader sends a comment from the draft page and gets a receipt', async () => {
    const page = await browser!.newPage()
    await page.goto(`${pipeline!.siteUrl}${routes.draft('vi', draft.slug!)}`)
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

    const { docs } = await payload.find({ collection: 'draft-comments', where: { reference: { equals: reference } }, overrideAccess: true })
    expect(docs).toMatchObject([{ name: 'Nguyễn Văn An', clause: 'Điều 5, khoản 2', text: COMMENT, moderation: 'pending' }])
  }, 60_000)

  it('once the drafting unit approves it, the next release shows it on the draft page', async () => {
    const { docs } = await payload.find({ collection: 'draft-comments', where: { reference: { equals: reference } }, overrideAccess: true })
    const since = new Date()
    await payload.update({ collection: 'draft-comments', id: docs[0]!.id, data: { moderation: 'approved' }, user: moderator, overrideAccess: false })
    const build = await waitForBuild(pipeline!.publisher.publisher, (b) => b.trigger.includes('webhook'), { since, timeoutMs: BUILD_TIMEOUT_MS })
    expect(build.status, build.error ?? '').toBe('success')

    const page = await browser!.newPage()
    await page.goto(`${pipeline!.siteUrl}${routes.draft('vi', draft.slug!)}`)
    const published = await page.locator('main').innerText()
    expect(published).toContain(COMMENT)
    expect(published).toContain('Nguyễn Văn An')
    expect(published).not.toContain('an.nguyen@example.vn')
    await page.close()
  }, BUILD_TIMEOUT_MS + 30_000)
})
