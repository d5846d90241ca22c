import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Case, User } from '@cong/shared/payload-types'
import { routes } from '@cong/shared/routes'
import { waitForBuild } from '../../src/bench/pipeline'
import { toLexical } from '../../src/seed/lexical'
import { BUILD_TIMEOUT_MS, useE2eWorld } from './e2eWorld'
import { phoneForms, publicPersonalDataHits, scanFolder } from './personalData'

// A citizen asks on the static site and tracks the question; the agency routes, answers and
// approves it in the CMS as its real users; the next release publishes it in Hỏi – Đáp without
// the sender's personal data. Everything real: the CMS's endpoints and hooks, the publisher, the
// built site, Chromium.
// Not the site's own example number (0912 345 678, in the form's hints), so a scan for it means something.
const SENDER = { name: 'Nguyễn Văn An', email: 'an.nguyen.e2e@example.com', phone: '0913 579 246' }
const TITLE = 'Đóng bảo hiểm thất nghiệp 20 tháng thì được hưởng trợ cấp bao lâu?'
const QUESTION =
  'Tôi đã đóng bảo hiểm thất nghiệp được 20 tháng và vừa chấm dứt hợp đồng lao động. Xin hỏi tôi được hưởng trợ cấp thất nghiệp trong bao nhiêu tháng?'
const CONTENT = `Tôi là ${SENDER.name}, ở số 5 đường Demo, Hà Nội. ${QUESTION}`
const ANSWER =
  'Theo Điều 50 Luật Việc làm số 38/2013/QH13, người đóng đủ 12 tháng đến 36 tháng bảo hiểm thất nghiệp được hưởng 03 tháng trợ cấp thất nghiệp.'

let unitId: number
type Actor = User & { collection: 'users' }
let editor: Actor
let handler: Actor
let board: Actor

const makeUser = async (email: string, name: string, role: User['role'], unit?: number): Promise<Actor> => {
  const user = await e2e.payload.create({
    collection: 'users',
    data: { email, password: 'mat-khau-thu-nghiem', name, role, unit: unit ?? null, active: true },
  })
  return { ...user, collection: 'users' }
}

/** The case as its handlers see it, through the access rules. */
const caseAs = async (user: Actor, trackingCode: string): Promise<Case> => {
  const { docs } = await e2e.payload.find({ collection: 'cases', where: { trackingCode: { equals: trackingCode } }, user, overrideAccess: false })
  expect(docs, `${user.email} sees ${trackingCode}`).toHaveLength(1)
  return docs[0]!
}

const act = (user: Actor, id: number, data: Partial<Case>) =>
  e2e.payload.update({ collection: 'cases', id, data, user, overrideAccess: false, depth: 0 })

/** Sends a lookup from the track page, as someone who types `code` and `contact`. */
async function sendLookup(code: string, contact: string): Promise<Page> {
  const page = await e2e.browser.newPage()
  await page.goto(`${e2e.pipeline.siteUrl}${routes.track('vi')}`)
  await page.locator('astro-island:not([ssr]) form').first().waitFor()
  await page.fill('input[name="code"]', code)
  await page.fill('input[name="contact"]', contact)
  await page.getByRole('button', { name: 'Tra cứu' }).click()
  return page
}

/** Looks the case up as its sender, and returns what the page shows. */
async function lookUp(code: string, contact: string): Promise<{ page: Page; text: string }> {
  const page = await sendLookup(code, contact)
  await page.getByRole('heading', { name: 'Kết quả tra cứu' }).waitFor({ timeout: 15_000 })
  return { page, text: await page.locator('main').innerText() }
}

const e2e = useE2eWorld({
  varPrefix: 'cong-case-var-',
  browser: true,
  seed: async (payload) => {
    await payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'Cổng thử nghiệm hỏi đáp' } })
    const unit = await payload.create({ collection: 'units', data: { name: 'Cục Việc làm', kind: 'department' } })
    unitId = unit.id
    editor = await makeUser('bientap@e2e.example.gov.vn', 'Biên tập viên', 'editor')
    handler = await makeUser('xuly.vieclam@e2e.example.gov.vn', 'Cán bộ xử lý Cục Việc làm', 'caseHandler', unit.id)
    board = await makeUser('bbt@e2e.example.gov.vn', 'Trưởng ban Biên tập', 'board')
  },
})

describe('a citizen question, end to end', () => {
  let code = ''
  let publicSlug = ''

  it('a citizen sends a question from the ask page and gets a tracking code', async () => {
    const page = await e2e.browser.newPage()
    await page.goto(`${e2e.pipeline.siteUrl}${routes.ask('vi')}`)
    await page.locator('astro-island:not([ssr]) form').first().waitFor()
    await page.fill('input[name="name"]', SENDER.name)
    await page.fill('input[name="email"]', SENDER.email)
    await page.fill('input[name="phone"]', SENDER.phone)
    await page.selectOption('select[name="field"]', 'viec-lam')
    await page.fill('input[name="title"]', TITLE)
    await page.fill('textarea[name="content"]', CONTENT)
    await page.check('input[name="consent"]')
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click()
    await page.getByRole('heading', { name: 'Đã nhận câu hỏi của bạn' }).waitFor({ timeout: 15_000 })
    code = /HD-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}/.exec(await page.locator('main').innerText())?.[0] ?? ''
    expect(code).not.toBe('')
    await page.close()

    const { docs } = await e2e.payload.find({ collection: 'cases', where: { trackingCode: { equals: code } }, overrideAccess: true })
    expect(docs).toMatchObject([{ state: 'received', name: SENDER.name, email: SENDER.email, title: TITLE, field: 'viec-lam' }])
    expect(docs[0]!.dueAt).toBeTruthy()
  }, 60_000)

  it('the citizen looks it up with the e-mail and sees it received; a wrong contact finds nothing', async () => {
    const { page, text } = await lookUp(code, SENDER.email)
    expect(text).toContain('Đã tiếp nhận')
    expect(text).toContain(TITLE)
    await page.close()

    const stranger = await sendLookup(code, 'nguoi.khac@example.com')
    await stranger.getByText('Không tìm thấy câu hỏi').waitFor({ timeout: 15_000 })
    expect(await stranger.locator('main').innerText()).not.toContain(TITLE)
    await stranger.close()
  }, 60_000)

  it('the agency routes, answers and approves it; the next release publishes it in Hỏi – Đáp', async () => {
    // Before routing, the unit's handler cannot see the case at all.
    const { totalDocs } = await e2e.payload.count({ collection: 'cases', where: { trackingCode: { equals: code } }, user: handler, overrideAccess: false })
    expect(totalDocs).toBe(0)

    const received = await caseAs(editor, code)
    await act(editor, received.id, { state: 'routed', unit: unitId, publicQuestion: QUESTION })
    await act(handler, received.id, { state: 'inProgress' })
    await act(handler, received.id, { answer: toLexical({ paragraphs: [ANSWER] }), visibility: 'public' })
    await act(handler, received.id, { state: 'awaitingApproval' })
    // Still with the agency: the sender sees "being processed", nothing of the draft answer.
    const waiting = await lookUp(code, SENDER.phone)
    expect(waiting.text).toContain('Đang xử lý')
    expect(waiting.text).not.toContain(ANSWER)
    await waiting.page.close()

    const since = new Date()
    const approved = await act(board, received.id, { state: 'answered', visibility: 'public' })
    expect(approved).toMatchObject({ state: 'answered', visibility: 'public' })
    expect(approved.answeredAt).toBeTruthy()
    publicSlug = approved.publicSlug ?? ''
    expect(publicSlug).toMatch(new RegExp(`-${received.id}$`))

    const build = await waitForBuild(e2e.pipeline.publisher.publisher, (b) => b.trigger.includes('webhook'), { since, timeoutMs: BUILD_TIMEOUT_MS })
    expect(build.status, build.error ?? '').toBe('success')

    const page = await e2e.browser.newPage()
    const response = await page.goto(`${e2e.pipeline.siteUrl}${routes.question('vi', publicSlug)}`)
    expect(response?.status()).toBe(200)
    const published = await page.locator('main').innerText()
    expect(published).toContain(TITLE)
    expect(published).toContain(QUESTION)
    expect(published).toContain(ANSWER)
    expect(published).toContain('Cục Việc làm')
    const html = await page.content()
    for (const personal of [SENDER.name, SENDER.email, ...phoneForms(SENDER.phone), 'đường Demo']) expect(html).not.toContain(personal)
    await page.goto(`${e2e.pipeline.siteUrl}${routes.questions('vi')}`)
    expect(await page.locator('main').innerText()).toContain(TITLE)
    await page.close()
  }, BUILD_TIMEOUT_MS + 60_000)

  it('the lookup now shows the answer and links to the published Q&A page', async () => {
    const { page, text } = await lookUp(code, SENDER.email)
    expect(text).toContain('Đã trả lời')
    expect(text).toContain(ANSWER)
    expect(await page.locator(`a[href*="${publicSlug}"]`).count()).toBeGreaterThan(0)
    await page.close()
  }, 60_000)

  it("neither the snapshot nor any file of the live release holds the sender's or the staff's e-mails and phone", async () => {
    const needles = [SENDER.name, SENDER.email, ...phoneForms(SENDER.phone), editor.email, handler.email, board.email]
    const { snapshot, release, hits } = await publicPersonalDataHits(e2e, needles)
    expect(hits).toEqual([])
    // The answered question and its search entry are there: the scan looked where the data could leak.
    expect(snapshot).toContain(QUESTION)
    expect((await readdir(release, { recursive: true })).some((file) => file.endsWith('.pf_fragment'))).toBe(true)

    // The scanner finds what it looks for: an e-mail in a page and a reformatted phone in a
    // gzipped search fragment are both reported.
    const planted = await mkdtemp(path.join(tmpdir(), 'cong-pii-scan-'))
    try {
      await writeFile(path.join(planted, 'index.html'), `<p>Liên hệ: ${SENDER.email.toUpperCase()}</p>`)
      await writeFile(path.join(planted, 'a.pf_fragment'), gzipSync(JSON.stringify({ content: 'Gọi 0913.579.246' })))
      expect(await scanFolder(planted, needles)).toEqual([
        { where: 'a.pf_fragment', needle: '0913.579.246' },
        { where: 'index.html', needle: SENDER.email },
      ])
    } finally {
      await rm(planted, { recursive: true, force: true })
    }
  }, 60_000)
})
