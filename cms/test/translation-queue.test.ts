import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { handleEndpoints, type Payload } from 'payload'
import type { Article, Section } from '@cong/shared/payload-types'
import { TranslationCoverageContent } from '../src/components/Translations/TranslationCoverageContent'
import { TranslationQueueContent } from '../src/components/Translations/TranslationQueueContent'
import { buildSnapshot } from '../src/publishing/snapshot'
import { loadTranslationQueue, parseQueueQuery } from '../src/translations/queue'
import { bootPayload } from './helpers/payload'
import { seedWorld, type ActingUser, type World } from './helpers/world'

// The XLIFF panel needs the admin's providers; here it only shows what the queue hands it.
vi.mock('../src/components/Translations/XliffPanel', () => ({
  XliffPanel: ({ selected }: { selected: unknown[] }) =>
    createElement('div', { 'data-xliff-panel': JSON.stringify(selected) }),
}))

/**
 * A translator's day, from the users' side: the editorial office asks for English, the translator
 * works the queue, the board publishes, the site shows it, the coverage report counts it. Every
 * step goes through the access rules (REST endpoints with a signed-in user, or the local API with
 * `overrideAccess: false`).
 */

let payload: Payload
let close: () => Promise<void>
let world: World
let sectionB: Section
const tokens: Record<string, string> = {}
const articles: Record<'job' | 'pension' | 'notice', Article> = {} as never

const OPTIONS = {
  siteUrl: 'https://cong.example.gov.vn',
  cmsPublicUrl: 'https://cms.example.gov.vn',
  fileBaseUrl: 'http://cms.internal:3000',
}

async function call(path: string, role?: string, init: { method?: string; body?: unknown } = {}) {
  const { default: config } = await import('../src/payload.config')
  const headers: Record<string, string> = role ? { authorization: `JWT ${tokens[role]}` } : {}
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  return handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
  })
}

const move = (role: string, article: Article, to: string, reason?: string) =>
  call('/translations/move', role, {
    method: 'POST',
    body: { collection: 'articles', id: article.id, to, reason },
  })

const queue = (user: ActingUser, params: Record<string, string> = {}) =>
  loadTranslationQueue(payload, user, parseQueueQuery(params))

const ids = (rows: { id: string }[]) => rows.map((r) => r.id)

const screen = async (user: ActingUser, params: Record<string, string> = {}, language = 'vi') =>
  renderToStaticMarkup(
    await TranslationQueueContent({ payload, user, language, query: parseQueueQuery(params) }),
  )

interface CoverageJson {
  total: number
  translated: number
  stale: number
  perSection: {
    sectionId: string
    name: string
    total: number
    translated: number
    stale: number
    share: number
  }[]
  perMonth: { month: string | null; total: number; translated: number }[]
  perCollection: {
    collection: string
    total: number
    notNeeded: number
    translated: number
    stale: number
    share: number
    shareOfNeeded: number
  }[]
}

const articleCoverage = async (role = 'editor') => {
  const res = await call('/reports/translations', role)
  expect(res.status).toBe(200)
  const report = (await res.json()) as CoverageJson
  return { report, articles: report.perCollection.find((c) => c.collection === 'articles') }
}

/** A published article by the board, with its views as the site counted them. */
async function published(title: string, section: Section, unit: World['unitA'], viewCount: number) {
  const draft = await payload.create({
    collection: 'articles',
    data: { title, sections: [section.id], unit: unit.id, sapo: `Tóm tắt: ${title}` },
  })
  await payload.update({ collection: 'articles', id: draft.id, data: { viewCount }, overrideAccess: true })
  for (const workflowStatus of ['submitted', 'published'] as const)
    await payload.update({
      collection: 'articles',
      id: draft.id,
      data: { workflowStatus },
      user: world.users.board,
      overrideAccess: false,
    })
  return payload.findByID({ collection: 'articles', id: draft.id, depth: 0, overrideAccess: true })
}

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'tq')
  sectionB = await payload.create({
    collection: 'sections',
    data: { title: 'Chính sách tq', kind: 'section' },
  })
  for (const role of ['translator', 'editor', 'board', 'contributor'] as const) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: world.users[role].email, password: 'mat-khau-thu-nghiem' },
    })
    tokens[role] = token!
  }
  articles.job = await published('Tuyển dụng viên chức năm 2026', world.section, world.unitA, 40)
  articles.pension = await published('Điều chỉnh lương hưu từ tháng 7', sectionB, world.unitB, 900)
  articles.notice = await published('Thông báo nghỉ Tết', world.section, world.unitA, 5)
})
afterAll(async () => close())

describe("a translator's queue, end to end", () => {
  it('shows nothing until the editorial office asks for English', async () => {
    const empty = await queue(world.users.translator)
    expect(empty.rows).toEqual([])
    expect(empty.total).toBe(0)
    const html = await screen(world.users.translator)
    expect(html).toContain('Không có mục nào chờ dịch.')
    // the import stays available with an empty queue
    expect(html).toContain('data-xliff-panel="[]"')
  })

  it('the editor marks two articles as needing English; the translator sees them in the queue', async () => {
    expect((await move('editor', articles.job, 'needed')).status).toBe(200)
    // a later request, so "oldest first" has something to order by
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect((await move('editor', articles.pension, 'needed')).status).toBe(200)

    const oldest = await queue(world.users.translator)
    expect(ids(oldest.rows)).toEqual([String(articles.job.id), String(articles.pension.id)])
    expect(oldest.total).toBe(2)
    expect(oldest.rows[0]).toMatchObject({
      collection: 'articles',
      title: 'Tuyển dụng viên chức năm 2026',
      state: 'needed',
      viewCount: 40,
      sectionNames: [world.section.title],
      unitName: world.unitA.name,
      editPath: `/collections/articles/${articles.job.id}?locale=en`,
    })
    // the filters offer what occurs in the queue, by name
    expect(oldest.sections.map((s) => s.name).sort()).toEqual([world.section.title, sectionB.title].sort())
    expect(oldest.units.map((u) => u.id).sort()).toEqual(
      [String(world.unitA.id), String(world.unitB.id)].sort(),
    )

    const mostRead = await queue(world.users.translator, { order: 'most-read' })
    expect(ids(mostRead.rows)).toEqual([String(articles.pension.id), String(articles.job.id)])
  })

  it('the screen lists the rows in the chosen order, each title opening the item in English', async () => {
    const html = await screen(world.users.translator, { order: 'most-read' })
    const rows = [...html.matchAll(/data-item="articles:(\d+)"/g)].map((m) => m[1])
    expect(rows).toEqual([String(articles.pension.id), String(articles.job.id)])
    expect(html).toContain(`href="/admin/collections/articles/${articles.job.id}?locale=en"`)
    expect(html).toContain('Cần dịch')
    expect(html).toContain('>900<')
    // the other order is a link keeping the filters; the chosen one is marked
    expect(html).toMatch(/aria-current="true"[^>]*>Nhiều lượt xem nhất trước/)
    expect(html).toContain('href="/admin/translation-queue?order=oldest"')
    const filtered = await screen(world.users.editor, { unit: String(world.unitB.id) }, 'en')
    expect(filtered).toContain('1 of 2 items (filtered)')
    expect(filtered).toContain(`href="/admin/translation-queue?order=most-read&amp;unit=${world.unitB.id}"`)
    expect(filtered).toContain(`<option value="${world.unitB.id}" selected="">`)
    const none = await screen(world.users.translator, { kind: 'units' })
    expect(none).toContain('Không có mục nào khớp bộ lọc.')
  })

  it('tells a contributor politely that the queue is not theirs', async () => {
    const html = await screen(world.users.contributor)
    expect(html).toContain('role="alert"')
    expect(html).toContain('Hàng chờ dịch dành cho biên dịch viên')
    expect(html).not.toContain('data-item')
  })

  it('filters by section, unit, kind and state from the URL query, ignoring unknown values', async () => {
    const t = world.users.translator
    expect(ids((await queue(t, { section: String(sectionB.id) })).rows)).toEqual([
      String(articles.pension.id),
    ])
    expect(ids((await queue(t, { unit: String(world.unitA.id) })).rows)).toEqual([String(articles.job.id)])
    expect(
      ids((await queue(t, { section: String(world.section.id), unit: String(world.unitB.id) })).rows),
    ).toEqual([])
    expect((await queue(t, { kind: 'pages' })).rows).toEqual([])
    expect((await queue(t, { state: 'in-review' })).rows).toEqual([])
    const ignored = await queue(t, { kind: 'users', state: 'published', order: 'newest' })
    expect(ids(ignored.rows)).toEqual([String(articles.job.id), String(articles.pension.id)])
  })

  it('is read with the records’ access rule: a contributor cannot load it', async () => {
    await expect(queue(world.users.contributor)).rejects.toThrow()
  })

  it('the translator starts, writes English, submits; the board publishes; the item leaves the queue and the site shows it', async () => {
    expect((await move('translator', articles.job, 'in-progress')).status).toBe(200)
    expect(ids((await queue(world.users.translator, { state: 'in-progress' })).rows)).toEqual([
      String(articles.job.id),
    ])

    // the English is written in the item's own edit view, locale en
    await payload.update({
      collection: 'articles',
      id: articles.job.id,
      locale: 'en',
      data: { title: 'Civil servant recruitment 2026', sapo: 'The ministry recruits 120 civil servants.' },
      user: world.users.translator,
      overrideAccess: false,
    })
    const submitted = await move('translator', articles.job, 'in-review')
    expect(submitted.status).toBe(200)
    expect(((await submitted.json()) as { translation: { state: string } }).translation.state).toBe(
      'in-review',
    )

    // a translator cannot publish their own work
    expect((await move('translator', articles.job, 'published')).status).toBe(403)
    expect((await move('board', articles.job, 'published')).status).toBe(200)

    const after = await queue(world.users.translator)
    expect(ids(after.rows)).toEqual([String(articles.pension.id)])

    const snapshot = await buildSnapshot(payload, OPTIONS)
    const job = snapshot.articles.find((a) => a.id === String(articles.job.id))
    expect(job?.en).toMatchObject({
      title: 'Civil servant recruitment 2026',
      sapo: 'The ministry recruits 120 civil servants.',
    })
    expect(job?.vi.title).toBe('Tuyển dụng viên chức năm 2026')
    // asked for but not translated: no English page
    expect(snapshot.articles.find((a) => a.id === String(articles.pension.id))?.en).toBeUndefined()
  })

  it('the coverage report counts the published English', async () => {
    const { report, articles: counts } = await articleCoverage()
    expect(counts).toMatchObject({
      total: 3,
      notNeeded: 1,
      translated: 1,
      stale: 0,
      share: 1 / 3,
      shareOfNeeded: 1 / 2,
    })
    expect(report.translated).toBe(1)
    const section = report.perSection.find((s) => s.sectionId === String(world.section.id))
    expect(section).toMatchObject({ name: world.section.title, total: 2, translated: 1, share: 0.5 })
    expect(report.perSection.find((s) => s.sectionId === String(sectionB.id))).toMatchObject({
      total: 1,
      translated: 0,
    })
    // all three were published today: one month, counting the articles (and the units, published on creation)
    const months = report.perMonth.filter((m) => m.month !== null)
    expect(months.reduce((n, m) => n + m.translated, 0)).toBe(1)
  })

  it('a Vietnamese edit by the board makes the English stale: back in the queue, counted stale, still on the site', async () => {
    await payload.update({
      collection: 'articles',
      id: articles.job.id,
      locale: 'vi',
      data: { title: 'Tuyển dụng viên chức năm 2026 (bổ sung chỉ tiêu)' },
      user: world.users.board,
      overrideAccess: false,
    })
    const stale = await queue(world.users.translator, { state: 'stale' })
    expect(ids(stale.rows)).toEqual([String(articles.job.id)])
    expect(stale.rows[0]!.title).toBe('Tuyển dụng viên chức năm 2026 (bổ sung chỉ tiêu)')

    const { report, articles: counts } = await articleCoverage('board')
    expect(counts).toMatchObject({ total: 3, translated: 1, stale: 1 })
    expect(report.stale).toBe(1)

    const snapshot = await buildSnapshot(payload, OPTIONS)
    expect(snapshot.articles.find((a) => a.id === String(articles.job.id))?.en?.title).toBe(
      'Civil servant recruitment 2026',
    )
  })

  it('limits the report to a period of Vietnamese publication', async () => {
    const res = await call('/reports/translations?from=2001-01&to=2001-12', 'board')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ total: 0, perSection: [], perMonth: [], share: 0 })
  })

  it('gives the report as CSV with a BOM and the Vietnamese headings', async () => {
    const res = await call('/reports/translations?format=csv', 'editor')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="ban-tieng-anh.csv"')
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer())
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text).toContain('Chuyên mục,Tổng số mục,Đã dịch,Không cần dịch,Cần cập nhật')
    expect(text).toContain(`${world.section.title},2,1,1,1,50.0,100.0`)
    expect(text).toContain('Tin bài,3,1,1,1,33.3,50.0')
  })

  it('refuses the report to a contributor, to nobody signed in, and for a bad month or format', async () => {
    const contributor = await call('/reports/translations', 'contributor')
    expect(contributor.status).toBe(403)
    expect(await contributor.json()).toMatchObject({
      error: 'forbidden',
      message: { vi: expect.stringContaining('Chỉ biên tập viên'), en: expect.any(String) },
    })
    expect((await call('/reports/translations')).status).toBe(401)
    const badMonth = await call('/reports/translations?from=2026-13', 'editor')
    expect(badMonth.status).toBe(400)
    expect(await badMonth.json()).toMatchObject({ error: 'bad-month' })
    expect((await call('/reports/translations?from=2026-05&to=2026-01', 'editor')).status).toBe(400)
    expect((await call('/reports/translations?format=xlsx', 'editor')).status).toBe(400)
  })

  it('the coverage screen shows the headline figures and the tables', async () => {
    const html = renderToStaticMarkup(await TranslationCoverageContent({ payload, language: 'vi' }))
    expect(html).toContain('Tỷ lệ bản tiếng Anh')
    expect(html).toMatch(/Bản dịch cần cập nhật<\/dt><dd[^>]*>1<\/dd>/)
    expect(html).toContain('id="coverage-sections"')
    expect(html).toContain(world.section.title)
    expect(html).toContain('id="coverage-months"')
    const en = renderToStaticMarkup(
      await TranslationCoverageContent({ payload, language: 'en', from: '2026-99' }),
    )
    expect(en).toContain('A month must look like 2026-10.')
  })
})
