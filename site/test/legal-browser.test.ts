import AxeBuilder from '@axe-core/playwright'
import { endOfVietnamDay } from '@cong/shared/vnDate'
import { routes } from '@cong/shared/routes'
import type { Page } from 'playwright-core'
import { describe, expect, it, vi } from 'vitest'
import { browserPage } from './browserPage'
import { fakeCmsEndpoint, type CmsAnswer } from './caseEndpoints'
import { DRAFT_IDS } from './fixtures/legal'
import { fixtureSnapshot } from './fixtures/snapshot'

const snapshot = fixtureSnapshot()
const doc = (id: string) => snapshot.legalDocuments.find((d) => d.id === id)!
const openDraft = snapshot.drafts.find((d) => d.id === DRAFT_IDS.open)!
const endpoint = `${snapshot.cmsPublicUrl}/api/drafts/${openDraft.id}/comments`

vi.setConfig({ testTimeout: 60_000 })

let page: Page
const { base, open } = browserPage((next) => {
  page = next
})

/** Pagefind loads its index and WebAssembly on first use; allow for a busy machine. */
const SETTLE = { timeout: 20_000 }

const finderStatus = () => page.locator('.finder [role=status]').textContent()
const rowNumbers = () => page.locator('.finder__results .legal-table tbody th').allTextContents()

/** The numbers the finder shows once it has answered (the status line counts them). */
async function settledRows(): Promise<string[]> {
  await expect.poll(finderStatus, SETTLE).toMatch(/Tìm thấy \d+ văn bản|Không có văn bản/)
  return rowNumbers()
}

async function search(query: string): Promise<string[]> {
  await open(routes.legalDocuments('vi'))
  await page.getByRole('searchbox', { name: 'Tìm theo số ký hiệu, trích yếu hoặc nội dung' }).fill(query)
  await expect.poll(finderStatus, SETTLE).toMatch(/văn bản/)
  return rowNumbers()
}

describe('document finder', () => {
  it('filters by type and year, keeps the filters in the address, and survives a reload', async () => {
    await open(routes.legalDocuments('vi'))
    await page.getByRole('checkbox', { name: /^Nghị định \(\d+\)$/ }).check()
    const decrees = snapshot.legalDocuments.filter((d) => d.type === 'nghi-dinh').map((d) => d.number)
    expect((await settledRows()).sort()).toEqual(decrees.sort())
    expect(await page.locator('.finder__results .legal-table tbody td:nth-child(2)').allTextContents()).toEqual(
      decrees.map(() => 'Nghị định'),
    )

    await page.getByRole('checkbox', { name: /^2017 \(\d+\)$/ }).check()
    await expect.poll(rowNumbers, SETTLE).toEqual(['14/2017/NĐ-CP'])
    const url = new URL(page.url())
    expect(url.searchParams.getAll('doctype')).toEqual(['nghi-dinh'])
    expect(url.searchParams.getAll('year')).toEqual(['2017'])

    await page.reload()
    await expect.poll(rowNumbers, SETTLE).toEqual(['14/2017/NĐ-CP'])
    expect(await page.getByRole('checkbox', { name: /^Nghị định/ }).isChecked()).toBe(true)

    await page.getByRole('button', { name: 'Xóa tìm kiếm và bộ lọc' }).click()
    // Back to the static first page, newest first.
    await expect.poll(() => page.locator('.finder__results .legal-table tbody tr').count(), SETTLE).toBe(12)
    expect(new URL(page.url()).search).toBe('')
  })

  it('counts each facet value for the current filters', async () => {
    await open(`${routes.legalDocuments('vi')}?status=expired`)
    await settledRows()
    // Among the documents no longer in force, each type counts only those.
    const expired = snapshot.legalDocuments.filter((d) => d.validity.status === 'expired')
    const decrees = expired.filter((d) => d.type === 'nghi-dinh').length
    await expect
      .poll(() => page.getByRole('checkbox', { name: /^Nghị định/ }).locator('..').textContent(), SETTLE)
      .toBe(`Nghị định (${decrees})`)
    expect(await rowNumbers()).toHaveLength(expired.length)
  })

  it('finds documents from words typed without diacritics, and from a number', async () => {
    const decrees = snapshot.legalDocuments.filter((d) => d.type === 'nghi-dinh').map((d) => d.number)
    expect(await search('nghi dinh')).toEqual(expect.arrayContaining(decrees))
    expect((await search('nghi dinh 14 2017'))[0]).toBe('14/2017/NĐ-CP')
    expect((await search('14/2017/NĐ-CP'))[0]).toBe('14/2017/NĐ-CP')
    expect((await search('14/2017/ND-CP'))[0]).toBe('14/2017/NĐ-CP')
    const unemployment = await search('bao hiem that nghiep')
    expect(unemployment).toEqual(expect.arrayContaining(['28/2015/NĐ-CP', '09/2026/TT-BLĐPTXH']))
    // Full text too: only 12/2024/NĐ-CP says it "takes effect on 01 January 2025" in its body.
    expect(await search('hieu luc thi hanh tu ngay 01 thang 01 nam 2025')).toContain('12/2024/NĐ-CP')
  })

  it('sorts by number, oldest issued and date in force', async () => {
    // By year, then serial: 42/2023 issued in March comes after 15/2023 issued in December.
    await open(`${routes.legalDocuments('vi')}?sort=number-asc`)
    expect(await settledRows()).toEqual([
      '38/2013/QH13',
      '28/2015/NĐ-CP',
      '28/2015/TT-BLĐPTXH',
      '05/2016/TT-BLĐPTXH',
      '14/2017/NĐ-CP',
      '03/2019/TT-BLĐPTXH',
      '61/2020/NĐ-CP',
      '10/2021/TT-BLĐPTXH',
      '15/2023/TT-BLĐPTXH',
      '22/2023/QĐ-TTg',
      '42/2023/NQ-CP',
      '07/CT-BLĐPTXH',
      '12/2024/NĐ-CP',
      '74/2025/QH15',
      '1234/BLĐPTXH-VL',
      '09/2026/TT-BLĐPTXH',
    ])
    await page.getByRole('checkbox', { name: /^Thông tư \(\d+\)$/ }).check()
    const circulars = snapshot.legalDocuments.filter((d) => d.type === 'thong-tu')
    await page.getByRole('combobox', { name: 'Sắp xếp' }).selectOption('issued-asc')
    const oldest = [...circulars].sort((a, b) => a.issuedDate.localeCompare(b.issuedDate)).map((d) => d.number)
    await expect.poll(rowNumbers, SETTLE).toEqual(oldest)
    expect(new URL(page.url()).searchParams.get('sort')).toBe('issued-asc')
    await page.getByRole('combobox', { name: 'Sắp xếp' }).selectOption('effective-desc')
    const inForce = [...circulars]
      .sort((a, b) => (b.effectiveDate ?? b.issuedDate).localeCompare(a.effectiveDate ?? a.issuedDate))
      .map((d) => d.number)
    await expect.poll(rowNumbers, SETTLE).toEqual(inForce)
  })

  it('searches the English index from the English list', async () => {
    await open(routes.legalDocuments('en'))
    await page.getByRole('searchbox', { name: 'Search by number, summary or text' }).fill('unemployment')
    await expect.poll(() => page.locator('.finder [role=status]').textContent(), SETTLE).toMatch(/documents found/)
    expect(await rowNumbers()).toEqual(expect.arrayContaining(['28/2015/NĐ-CP', '09/2026/TT-BLĐPTXH']))
  })

  it('goes from the list to a document, its metadata and a related document', async () => {
    await page.goto(base + routes.legalDocuments('vi'))
    await page.getByRole('link', { name: '14/2017/NĐ-CP', exact: true }).click()
    await expect.poll(() => page.locator('h1').textContent(), SETTLE).toBe('Nghị định 14/2017/NĐ-CP')
    expect(await page.getByRole('row', { name: /Tình trạng hiệu lực/ }).textContent()).toContain('bị thay thế bởi')
    await page.getByRole('complementary').getByRole('link', { name: 'Nghị định 12/2024/NĐ-CP' }).click()
    await expect.poll(() => page.locator('h1').textContent(), SETTLE).toBe('Nghị định 12/2024/NĐ-CP')
    expect(new URL(page.url()).pathname).toBe(routes.legalDocument('vi', doc('nd-12-2024').slug))
    expect((await page.getByRole('complementary').textContent())?.replace(/\s+/g, ' ')).toContain(
      'Thay thế Nghị định 14/2017/NĐ-CP',
    )
  })
})

describe('general search', () => {
  /** Paths of the results shown, once there are some. */
  async function hitPaths(): Promise<string[]> {
    await expect.poll(() => page.locator('.search__hit-title a').count(), SETTLE).toBeGreaterThan(0)
    return page.locator('.search__hit-title a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))
  }

  it('filters to documents or to drafts by content type', async () => {
    await page.goto(`${base}${routes.search('vi')}?q=${encodeURIComponent('lao dong')}`)
    await expect.poll(() => page.getByRole('status').textContent(), SETTLE).toMatch(/kết quả/)
    expect((await hitPaths()).some((p) => !p.startsWith('/van-ban/'))).toBe(true)

    const documents = page.getByRole('checkbox', { name: /^Văn bản \(\d+\)$/ })
    await documents.check()
    await expect.poll(async () => (await hitPaths()).every((p) => p.startsWith('/van-ban/')), SETTLE).toBe(true)

    await documents.uncheck()
    await page.getByRole('checkbox', { name: /^Dự thảo \(\d+\)$/ }).check()
    await expect.poll(async () => (await hitPaths()).every((p) => p.startsWith('/du-thao/')), SETTLE).toBe(true)
  })
})

/** Stand in for the CMS endpoint: answer with `answer`, record what the form sent. */
const fakeCms = (answer: CmsAnswer | 'offline') => fakeCmsEndpoint(page, endpoint, answer)

const TEXT = 'Đề nghị bổ sung quy định về thời hạn chi trả trợ cấp.\n\nCần rút ngắn còn 10 ngày làm việc.'
const field = (name: string) => page.getByLabel(name, { exact: false })

async function fillComment(values: { name?: string; email?: string; clause?: string; text?: string }) {
  await open(routes.draft('vi', openDraft.slug))
  if (values.name !== undefined) await field('Họ và tên').fill(values.name)
  if (values.email !== undefined) await field('Thư điện tử').fill(values.email)
  if (values.clause !== undefined) await field('Điều, khoản góp ý').fill(values.clause)
  if (values.text !== undefined) await field('Nội dung góp ý').fill(values.text)
}

const submit = () => page.getByRole('button', { name: 'Gửi góp ý' }).click()

describe('comment form', () => {
  it('sends a comment and shows the receipt with its reference', async () => {
    const sent = await fakeCms({ status: 201, body: { reference: 'GY-7KQ3-M8PD', submittedAt: '2026-11-23T02:30:00.000Z' } })
    await fillComment({ name: '  Nguyễn   Văn An ', email: 'an@example.vn', clause: 'Điều 5, khoản 2', text: TEXT })
    expect(await page.getByText(/^\d+\/10\.000 ký tự$/).textContent()).toBe(`${TEXT.length}/10.000 ký tự`)
    await submit()
    const receipt = page.getByRole('heading', { name: 'Đã nhận góp ý của bạn' })
    await receipt.waitFor(SETTLE)
    expect(await page.locator('.receipt__reference').textContent()).toBe('GY-7KQ3-M8PD')
    expect(await page.locator('.receipt').textContent()).toContain('Thứ Hai, 23/11/2026, 09:30 (GMT+7)')
    expect(await page.locator('.receipt').textContent()).toContain('Hãy in hoặc lưu lại biên nhận này')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Đã nhận góp ý của bạn')
    expect(sent).toHaveLength(1)
    // Normalised by the shared schema before sending; the honeypot travels empty.
    expect(sent[0].postDataJSON()).toEqual({
      name: 'Nguyễn Văn An',
      email: 'an@example.vn',
      clause: 'Điều 5, khoản 2',
      text: TEXT,
      homepage: '',
    })
    expect(sent[0].headers()['content-type']).toBe('application/json')
  })

  it('refuses a comment without a name before sending, in Vietnamese, keeping the text', async () => {
    const sent = await fakeCms({ status: 500 })
    await fillComment({ email: 'an@example.vn', text: TEXT })
    await submit()
    const message = page.getByText('Vui lòng nhập họ và tên (ít nhất 2 ký tự).')
    await message.waitFor(SETTLE)
    expect(await field('Họ và tên').getAttribute('aria-invalid')).toBe('true')
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('name')
    expect(await field('Nội dung góp ý').inputValue()).toBe(TEXT)
    expect(sent).toHaveLength(0)
    // Once corrected, the mark goes away as the reader types.
    await field('Họ và tên').fill('Nguyễn Văn An')
    await expect.poll(() => message.count()).toBe(0)
  })

  it('shows the server’s field errors in the reader’s language', async () => {
    await fakeCms({
      status: 400,
      body: { errors: [{ field: 'phone', code: 'phone-invalid', message: { vi: 'Số điện thoại không hợp lệ', en: 'Invalid phone' } }] },
    })
    await fillComment({ name: 'Nguyễn Văn An', email: 'an@example.vn', text: TEXT })
    await submit()
    await page.getByText('Số điện thoại chưa đúng, ví dụ: 0912 345 678.').waitFor(SETTLE)
    expect(await field('Nội dung góp ý').inputValue()).toBe(TEXT)
  })

  it('says the consultation has closed when the CMS answers 403, keeping the text to copy', async () => {
    await fakeCms({
      status: 403,
      body: { code: 'period-closed', message: { vi: 'Đã hết hạn', en: 'Closed' }, opensOn: openDraft.opensOn, closesOn: openDraft.closesOn },
    })
    await fillComment({ name: 'Nguyễn Văn An', email: 'an@example.vn', text: TEXT })
    await submit()
    await page.getByText(/^Hết hạn lấy ý kiến: dự thảo nhận góp ý đến hết ngày/).waitFor(SETTLE)
    expect(await field('Nội dung góp ý').inputValue()).toBe(TEXT)
    expect(await page.getByRole('button', { name: 'Gửi góp ý' }).count()).toBe(0)
  })

  it('asks to wait after a 429 and to try again after a network failure, keeping the text', async () => {
    await fakeCms({ status: 429, headers: { 'retry-after': '90' }, body: { code: 'rate-limited' } })
    await fillComment({ name: 'Nguyễn Văn An', email: 'an@example.vn', text: TEXT })
    await submit()
    await page.getByText(/thử lại sau khoảng 2 phút/).waitFor(SETTLE)
    expect(await field('Nội dung góp ý').inputValue()).toBe(TEXT)

    await page.unroute(endpoint)
    await fakeCms('offline')
    await submit()
    await page.getByText(/Không gửi được góp ý do lỗi kết nối/).waitFor(SETTLE)
    expect(await field('Nội dung góp ý').inputValue()).toBe(TEXT)
    expect(await field('Họ và tên').inputValue()).toBe('Nguyễn Văn An')
  })

  it('says a repeated comment was already received, and keeps the text when the database is away', async () => {
    await fakeCmsEndpoint(
      page,
      endpoint,
      { status: 503, headers: { 'retry-after': '30' }, body: { error: 'database-unavailable' } },
      { status: 409, body: { error: 'duplicate' } },
    )
    await fillComment({ name: 'Nguyễn Văn An', email: 'an@example.vn', text: TEXT })
    await submit()
    await page.getByText(/Hệ thống chưa nhận được góp ý \(mã lỗi 503\)/).waitFor(SETTLE)
    expect(await field('Nội dung góp ý').inputValue()).toBe(TEXT)
    await submit()
    await page.getByText('Góp ý giống hệt góp ý này đã được gửi và hệ thống đã nhận; bạn không cần gửi lại.').waitFor(SETTLE)
  })

  it('checks the period on the reader’s clock: a page built while open shows no form after closing', async () => {
    await page.clock.setFixedTime(new Date(endOfVietnamDay(openDraft.closesOn).getTime() + 1000))
    await open(routes.draft('vi', openDraft.slug))
    await page.getByText(/^Hết hạn lấy ý kiến: dự thảo nhận góp ý đến hết ngày/).waitFor(SETTLE)
    expect(await page.getByRole('textbox', { name: /Nội dung góp ý/ }).count()).toBe(0)
  })

  it('counts the days left on the reader’s clock', async () => {
    await page.clock.setFixedTime(new Date(endOfVietnamDay(openDraft.closesOn).getTime() - 3600_000))
    await open(routes.draft('vi', openDraft.slug))
    await page.getByText('Hôm nay là ngày cuối nhận góp ý (đến 23 giờ 59 phút).').waitFor(SETTLE)
  })
})

describe('accessibility (axe)', () => {
  it.each([
    ['documents', routes.legalDocuments('vi')],
    ['documents, filtered', `${routes.legalDocuments('vi')}?doctype=nghi-dinh`],
    ['English documents', routes.legalDocuments('en')],
    ['document', routes.legalDocument('vi', doc('nd-14-2017').slug)],
    ['English document', routes.legalDocument('en', doc('nd-12-2024').slug)],
    ['drafts', routes.drafts('vi')],
    ['draft with the form', routes.draft('vi', openDraft.slug)],
    ['closed draft', routes.draft('vi', snapshot.drafts.find((d) => d.id === DRAFT_IDS.closed)!.slug)],
  ])('%s has no serious or critical violations', async (_, path) => {
    await page.goto(base + path)
    if (path.includes('?')) await settledRows()
    const { violations } = await new AxeBuilder({ page }).analyze()
    const severe = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    expect(severe).toEqual([])
  })

  it('the comment form with errors has no serious or critical violations', async () => {
    await fakeCms({ status: 500 })
    await fillComment({ text: 'ngắn' })
    await submit()
    await page.getByText('Vui lòng nhập họ và tên (ít nhất 2 ký tự).').waitFor(SETTLE)
    const { violations } = await new AxeBuilder({ page }).analyze()
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  })
})
