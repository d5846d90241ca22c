import AxeBuilder from '@axe-core/playwright'
import { CASE_ATTACHMENTS } from '@cong/shared/citizenCase'
import { routes } from '@cong/shared/routes'
import type { Page } from 'playwright-core'
import { describe, expect, it, vi } from 'vitest'
import { browserPage } from './browserPage'
import { ANSWERED_LOOKUP, fakeCmsEndpoint } from './caseEndpoints'
import { fixtureSnapshot } from './fixtures/snapshot'

const snapshot = fixtureSnapshot()
const submitUrl = `${snapshot.cmsPublicUrl}/api/cases/submit`
const lookupUrl = `${snapshot.cmsPublicUrl}/api/cases/lookup`

vi.setConfig({ testTimeout: 60_000 })

let page: Page
const { base, open } = browserPage((next) => {
  page = next
})

const SETTLE = { timeout: 20_000 }

const field = (name: string | RegExp) => page.getByLabel(name)
const CONTENT = 'Tôi đã đóng bảo hiểm thất nghiệp 26 tháng.\n\nXin hỏi tôi có được hưởng trợ cấp không?'
const pdf = (name: string, bytes = 2048) => ({ name, mimeType: 'application/pdf', buffer: Buffer.alloc(bytes, 37) })

async function fillQuestion(values: { name?: string; email?: string; phone?: string; title?: string; content?: string; consent?: boolean }) {
  if (values.name !== undefined) await field('Họ và tên').fill(values.name)
  if (values.email !== undefined) await field('Thư điện tử').fill(values.email)
  if (values.phone !== undefined) await field('Số điện thoại').fill(values.phone)
  await field('Lĩnh vực').selectOption('viec-lam')
  if (values.title !== undefined) await field('Tiêu đề').fill(values.title)
  if (values.content !== undefined) await field('Nội dung').fill(values.content)
  if (values.consent) await page.getByRole('checkbox', { name: /Tôi đồng ý để Bộ Lao động và Phát triển xã hội xử lý/ }).check()
}

const sendQuestion = () => page.getByRole('button', { name: 'Gửi câu hỏi' }).click()
const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)

describe('asking a question', () => {
  it('refuses before sending, then shows the server’s refusal, then sends: nothing typed or chosen is lost', async () => {
    const sent = await fakeCmsEndpoint(
      page,
      submitUrl,
      { status: 400, body: { errors: [{ field: 'phone', code: 'phone-invalid', message: { vi: 'Sai số', en: 'Bad phone' } }] } },
      { status: 201, body: { trackingCode: 'HD-7KQ3-M8PD', receivedAt: '2026-11-23T02:30:00.000Z', dueDate: '2026-12-07' } },
    )
    await open(routes.ask('vi'))
    await fillQuestion({ name: 'Nguyễn Văn An', title: 'Trợ cấp thất nghiệp', content: CONTENT })
    await page.getByLabel('Tệp đính kèm (nếu có)').setInputFiles([pdf('so-bao-hiem.pdf', 150_000)])
    await sendQuestion()
    // No contact and no consent: said next to the fields, in Vietnamese, and nothing is sent.
    await page.getByText('Vui lòng nhập thư điện tử hoặc số điện thoại (ít nhất một trong hai).').waitFor(SETTLE)
    await page.getByText('Vui lòng đánh dấu đồng ý để cơ quan xử lý thông tin và trả lời câu hỏi.').waitFor()
    expect(await field('Thư điện tử').getAttribute('aria-invalid')).toBe('true')
    expect(await focusedName()).toBe('email')
    expect(await page.getByRole('alert').first().textContent()).toContain('Câu hỏi chưa được gửi')
    expect(sent).toHaveLength(0)

    await field('Số điện thoại').fill('0912 345 678')
    await expect.poll(() => page.getByText('Vui lòng nhập thư điện tử hoặc số điện thoại (ít nhất một trong hai).').count()).toBe(0)
    await page.getByRole('checkbox', { name: /Tôi đồng ý/ }).check()
    await sendQuestion()
    await page.getByText('Số điện thoại chưa đúng, ví dụ: 0912 345 678.').waitFor(SETTLE)
    expect(await focusedName()).toBe('phone')
    expect(await field('Nội dung').inputValue()).toBe(CONTENT)
    expect(await field('Tiêu đề').inputValue()).toBe('Trợ cấp thất nghiệp')
    expect(await page.locator('.chosen-files li').allTextContents()).toEqual([expect.stringContaining('so-bao-hiem.pdf (146 KB)')])

    await field('Số điện thoại').fill('0912 345 679')
    await sendQuestion()
    const receipt = page.getByRole('heading', { name: 'Đã nhận câu hỏi của bạn' })
    await receipt.waitFor(SETTLE)
    expect(await page.locator('.case-receipt__value').textContent()).toBe('HD-7KQ3-M8PD')
    expect(await page.locator('.case-receipt').textContent()).toContain('07/12/2026')
    expect(await page.locator('.case-receipt').textContent()).toContain('Ghi lại mã này')
    expect(await page.getByRole('link', { name: 'Tra cứu câu hỏi này' }).getAttribute('href')).toBe(
      `${routes.track('vi')}?code=HD-7KQ3-M8PD`,
    )
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Đã nhận câu hỏi của bạn')

    expect(sent).toHaveLength(2)
    const body = sent[1]!.postDataBuffer()!.toString('utf8')
    expect(sent[1]!.headers()['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    for (const [name, value] of [
      ['senderKind', 'person'],
      ['type', 'question'],
      ['name', 'Nguyễn Văn An'],
      ['phone', '0912 345 679'],
      ['field', 'viec-lam'],
      ['title', 'Trợ cấp thất nghiệp'],
      ['consent', 'on'],
      ['homepage', ''],
    ])
      expect(body).toContain(`name="${name}"\r\n\r\n${value}\r\n`)
    expect(body).toContain('name="attachments"; filename="so-bao-hiem.pdf"')
  })

  it('checks files before sending: type, size and count, with sizes shown and a remove button', async () => {
    await open(routes.ask('vi'))
    const picker = page.getByLabel('Tệp đính kèm (nếu có)')
    await picker.setInputFiles([{ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('x') }])
    await page.getByText('Tệp “ghi-chu.txt” không phải PDF, JPG, PNG hoặc WEBP.').waitFor(SETTLE)
    await picker.setInputFiles([pdf('lon.pdf', CASE_ATTACHMENTS.maxBytes + 1)])
    await page.getByText('Tệp “lon.pdf” lớn hơn 5 MB.').waitFor()
    await picker.setInputFiles([pdf('a.pdf'), pdf('b.pdf'), { name: 'c.png', mimeType: 'image/png', buffer: Buffer.alloc(10) }, pdf('d.pdf')])
    await page.getByText('Chỉ gửi được tối đa 3 tệp.').waitFor()
    expect(await page.locator('.chosen-files__name').allTextContents()).toEqual(['a.pdf', 'b.pdf', 'c.png'])
    expect(await picker.isDisabled()).toBe(true)
    await page.getByRole('button', { name: 'Bỏ tệp: b.pdf' }).click()
    expect(await page.locator('.chosen-files__name').allTextContents()).toEqual(['a.pdf', 'c.png'])
    expect(await picker.isDisabled()).toBe(false)
  })

  it('shows a file the server refused next to the file picker, in its words, keeping the file', async () => {
    await fakeCmsEndpoint(page, submitUrl, {
      status: 400,
      body: {
        errors: [
          {
            field: 'attachments',
            code: 'attachment-type',
            message: { vi: 'Tệp “anh.png” không phải ảnh hợp lệ.', en: '“anh.png” is not a valid image.' },
          },
        ],
      },
    })
    await open(routes.ask('vi'))
    await fillQuestion({ name: 'Nguyễn Văn An', email: 'an@example.vn', title: 'Trợ cấp thất nghiệp', content: CONTENT, consent: true })
    await page.getByLabel('Tệp đính kèm (nếu có)').setInputFiles([{ name: 'anh.png', mimeType: 'image/png', buffer: Buffer.alloc(64) }])
    await sendQuestion()
    await page.getByText('Tệp “anh.png” không phải ảnh hợp lệ.').waitFor(SETTLE)
    expect(await focusedName()).toBe('attachments')
    expect(await page.locator('.chosen-files__name').allTextContents()).toEqual(['anh.png'])
  })

  /** The English form filled in as a sender would, up to the attachments. */
  async function fillEnglishQuestion() {
    await open(routes.ask('en'))
    await page.getByLabel('Full name').fill('Nguyen Van An')
    await page.getByLabel('E-mail').fill('an@example.vn')
    await page.getByLabel(/^Field/).selectOption('bao-hiem-xa-hoi')
    await page.getByLabel('Subject').fill('Pension question')
    await page.getByLabel('Your question').fill(CONTENT)
  }

  it('keeps everything through a dropped connection and a rate limit, and sends on retry', async () => {
    const sent = await fakeCmsEndpoint(page, submitUrl, 'offline', { status: 429, headers: { 'retry-after': '300' }, body: { code: 'rate-limited' } }, {
      status: 201,
      body: { trackingCode: 'HD-ABCD-EFGH', receivedAt: '2026-11-23T02:30:00.000Z', dueDate: '2026-12-07' },
    })
    await fillEnglishQuestion()
    await page.getByLabel('Attachments (optional)').setInputFiles([pdf('letter.pdf')])
    await page.getByRole('checkbox', { name: /I agree that Ministry of Labour and Social Development may process/ }).check()
    await page.getByRole('button', { name: 'Send question' }).click()
    await page.getByText(/could not be sent because of a connection problem/).waitFor(SETTLE)
    expect(await page.getByLabel('Your question').inputValue()).toBe(CONTENT)
    await page.getByRole('button', { name: 'Try again' }).click()
    await page.getByText(/try again in about 5 min/).waitFor(SETTLE)
    expect(await page.locator('.chosen-files__name').allTextContents()).toEqual(['letter.pdf'])
    await page.getByRole('button', { name: 'Send question' }).click()
    await page.getByRole('heading', { name: 'Your question has been received' }).waitFor(SETTLE)
    expect(await page.locator('.case-receipt').textContent()).toContain('7 December 2026')
    expect(sent).toHaveLength(3)
    expect(sent[2]!.postDataBuffer()!.toString('utf8')).toContain('filename="letter.pdf"')
  })

  it('keeps everything while the database is away, and says a repeated question was already received', async () => {
    await fakeCmsEndpoint(page, submitUrl, { status: 503, headers: { 'retry-after': '30' }, body: { error: 'database-unavailable' } }, { status: 409, body: { error: 'duplicate' } })
    await fillEnglishQuestion()
    await page.getByRole('checkbox', { name: /I agree that Ministry of Labour and Social Development may process/ }).check()
    await page.getByRole('button', { name: 'Send question' }).click()
    await page.getByText('Your question was not received (error 503). Your text is kept; please try again later.').waitFor(SETTLE)
    expect(await page.getByLabel('Your question').inputValue()).toBe(CONTENT)
    await page.getByRole('button', { name: 'Try again' }).click()
    await page.getByText(/An identical question was already received; there is no need to send it again/).waitFor(SETTLE)
  })
})

describe('tracking a question', () => {
  it('fills the code from the address and shows an answered question with its answer and Q&A link', async () => {
    const sent = await fakeCmsEndpoint(page, lookupUrl, { status: 200, body: ANSWERED_LOOKUP })
    await open(`${routes.track('vi')}?code=HD-7KQ3-M8PD`)
    await expect.poll(() => field('Mã tra cứu').inputValue(), SETTLE).toBe('HD-7KQ3-M8PD')
    await field('Thư điện tử hoặc số điện thoại đã dùng khi gửi').fill('an@example.vn')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    const result = page.locator('.case-status')
    await result.waitFor(SETTLE)
    expect(await result.locator('.case-status__badge').textContent()).toContain('Đã trả lời')
    expect(await result.locator('.case-status__answer strong').textContent()).toBe('đủ 12 tháng')
    expect(await result.textContent()).toContain('Thứ Tư, 14/10/2026, 15:00 (GMT+7)')
    expect(await page.getByRole('link', { name: 'Xem câu hỏi trên trang Hỏi – Đáp' }).getAttribute('href')).toBe(ANSWERED_LOOKUP.publicUrl)
    expect(sent[0]!.postDataJSON()).toEqual({ code: 'HD-7KQ3-M8PD', contact: 'an@example.vn' })
  })

  it('says only that nothing matches the code and contact on a 404, and checks the code before asking', async () => {
    const sent = await fakeCmsEndpoint(page, lookupUrl, { status: 404, body: { code: 'not-found', message: { vi: 'x', en: 'x' } } })
    await open(routes.track('vi'))
    await field('Mã tra cứu').fill('HD-12')
    await field('Thư điện tử hoặc số điện thoại đã dùng khi gửi').fill('0912345678')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await page.getByText('Mã tra cứu chưa đúng; mã có dạng HD-XXXX-XXXX.').waitFor(SETTLE)
    expect(sent).toHaveLength(0)
    // Typed the way people read it out: lower case, spaces instead of dashes.
    await field('Mã tra cứu').fill('hd 7kq3 m8pd')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await page.getByText(/^Không tìm thấy câu hỏi với mã và thông tin liên hệ này/).waitFor(SETTLE)
    expect(sent[0]!.postDataJSON()).toEqual({ code: 'HD-7KQ3-M8PD', contact: '0912345678' })
    expect(await page.locator('.case-status').count()).toBe(0)
  })

  it('says when the system could not read the request, and asks to wait after a 429', async () => {
    await fakeCmsEndpoint(
      page,
      lookupUrl,
      { status: 400, body: { code: 'bad-body', message: { vi: 'x', en: 'x' }, errors: [] } },
      { status: 429, headers: { 'retry-after': '61' }, body: { code: 'rate-limited' } },
    )
    await open(`${routes.track('en')}?code=HD-7KQ3-M8PD`)
    await page.getByLabel('E-mail or phone number given with the question').fill('an@example.vn')
    await page.getByRole('button', { name: 'Track' }).click()
    await page.getByText('The system could not answer (error 400). Please try again later.').waitFor(SETTLE)
    await page.getByRole('button', { name: 'Track' }).click()
    await page.getByText('Too many lookups in a short time. Please try again in about 2 min.').waitFor(SETTLE)
  })
})

describe('Hỏi – Đáp finder', () => {
  const titlesIn = () => page.locator('.qa-finder .qa-item__title').allTextContents()
  const status = () => page.locator('.qa-finder [role=status]').textContent()

  it('filters by field, keeps the filter in the address and after a reload', async () => {
    await open(routes.questions('vi'))
    await page.getByLabel('Lĩnh vực').selectOption('bao-hiem-xa-hoi')
    const expected = snapshot.questions
      .filter((q) => q.field === 'bao-hiem-xa-hoi')
      .sort((a, b) => b.answeredAt.localeCompare(a.answeredAt))
      .map((q) => q.vi.title)
    await expect.poll(status, SETTLE).toBe(`Tìm thấy ${expected.length} câu hỏi`)
    expect(await titlesIn()).toEqual(expected)
    expect(new URL(page.url()).searchParams.get('field')).toBe('bao-hiem-xa-hoi')
    await page.reload()
    await expect.poll(titlesIn, SETTLE).toEqual(expected)
    expect(await page.getByLabel('Lĩnh vực').inputValue()).toBe('bao-hiem-xa-hoi')
    // Articles and documents share the index; only question pages come back.
    await page.getByLabel('Đơn vị trả lời').selectOption('Vụ Pháp chế')
    await expect.poll(status, SETTLE).toBe('Tìm thấy 2 câu hỏi')
  })

  it('finds words typed without diacritics', async () => {
    await open(routes.questions('vi'))
    await page.getByLabel('Tìm trong câu hỏi và câu trả lời').fill('luong huu')
    await expect.poll(titlesIn, SETTLE).toContain('Cách tính mức hưởng lương hưu khi đóng bảo hiểm xã hội 22 năm')
    expect(new URL(page.url()).searchParams.get('q')).toBe('luong huu')
  })
})

describe('accessibility (axe)', () => {
  const q = snapshot.questions[0]!
  it.each([
    ['ask', routes.ask('vi')],
    ['track', routes.track('vi')],
    ['Q&A list', routes.questions('vi')],
    ['question', routes.question('vi', q.slug)],
    ['English question', routes.question('en', q.slug)],
  ])('%s has no serious or critical violations', async (_, path) => {
    await page.goto(base + path)
    const { violations } = await new AxeBuilder({ page }).analyze()
    const severe = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    expect(severe).toEqual([])
  })

  it('the question form with errors has no serious or critical violations', async () => {
    await open(routes.ask('vi'))
    await sendQuestion()
    await page.getByText('Vui lòng chọn lĩnh vực.').waitFor(SETTLE)
    const { violations } = await new AxeBuilder({ page }).analyze()
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  })
})
