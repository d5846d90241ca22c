import { routes } from '@cong/shared/routes'
import type { Page } from 'playwright-core'
import { ANSWERED_LOOKUP, fakeCmsEndpoint } from './caseEndpoints'
import { fixtureSnapshot } from './fixtures/snapshot'
import { screenshotRun } from './shots'

/**
 * `tsx test/questions-screenshots.ts [dir] [base-url]`: the question pages for design review,
 * desktop and phone widths: the form empty, refused and answered, a lookup with its answer, the
 * Hỏi – Đáp list and a question. The CMS endpoints are faked as in questions-browser.test.ts.
 */
const snapshot = fixtureSnapshot()
const cms = snapshot.cmsPublicUrl
const island = (page: Page) => page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' })

const scenes: Record<string, (page: Page, base: string) => Promise<void>> = {
  ask: async (page, base) => {
    await page.goto(base + routes.ask('vi'))
    await island(page)
  },
  'ask-error': async (page, base) => {
    await page.goto(base + routes.ask('vi'))
    await island(page)
    await page.getByLabel('Họ và tên').fill('Nguyễn Văn An')
    await page.getByLabel('Tiêu đề').fill('Trợ cấp')
    await page.getByLabel('Nội dung').fill('Tôi đã đóng bảo hiểm thất nghiệp 26 tháng, xin hỏi tôi có được hưởng không?')
    await page.getByLabel('Tệp đính kèm (nếu có)').setInputFiles([
      { name: 'so-bao-hiem-xa-hoi.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(350_000) },
      { name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('x') },
    ])
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click()
    await page.locator('.field__error').first().waitFor()
  },
  'ask-receipt': async (page, base) => {
    await fakeCmsEndpoint(page, `${cms}/api/cases/submit`, {
      status: 201,
      body: { trackingCode: 'HD-7KQ3-M8PD', receivedAt: new Date().toISOString(), dueDate: '2026-12-07' },
    })
    await page.goto(base + routes.ask('vi'))
    await island(page)
    await page.getByLabel('Họ và tên').fill('Nguyễn Văn An')
    await page.getByLabel('Thư điện tử').fill('an@example.vn')
    await page.getByLabel('Lĩnh vực').selectOption('viec-lam')
    await page.getByLabel('Tiêu đề').fill('Trợ cấp thất nghiệp')
    await page.getByLabel('Nội dung').fill('Tôi đã đóng bảo hiểm thất nghiệp 26 tháng, xin hỏi tôi có được hưởng không?')
    await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check()
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click()
    await page.locator('.case-receipt').waitFor()
  },
  'track-answer': async (page, base) => {
    await fakeCmsEndpoint(page, `${cms}/api/cases/lookup`, { status: 200, body: ANSWERED_LOOKUP })
    await page.goto(`${base}${routes.track('vi')}?code=HD-7KQ3-M8PD`)
    await island(page)
    await page.getByLabel('Thư điện tử hoặc số điện thoại đã dùng khi gửi').fill('an@example.vn')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await page.locator('.case-status').waitFor()
  },
  'qa-list': async (page, base) => {
    await page.goto(base + routes.questions('vi'), { waitUntil: 'networkidle' })
  },
  'qa-list-filtered': async (page, base) => {
    await page.goto(`${base}${routes.questions('vi')}?field=bao-hiem-xa-hoi`, { waitUntil: 'networkidle' })
    await page.waitForFunction(() => /\d/.test(document.querySelector('.qa-finder [role=status]')?.textContent ?? ''))
  },
  question: async (page, base) => {
    await page.goto(base + routes.question('vi', snapshot.questions[0]!.slug), { waitUntil: 'networkidle' })
  },
  'question-en': async (page, base) => {
    await page.goto(base + routes.question('en', snapshot.questions[0]!.slug), { waitUntil: 'networkidle' })
  },
  home: async (page, base) => {
    await page.goto(base + routes.home('vi'), { waitUntil: 'networkidle' })
  },
}

await screenshotRun(async ({ browser, base, device, viewport, shoot }) => {
  for (const [name, scene] of Object.entries(scenes)) {
    const page = await (await browser.newContext({ viewport })).newPage()
    await scene(page, base)
    await shoot(page, `${name}-${device}`)
    await page.context().close()
  }
})
