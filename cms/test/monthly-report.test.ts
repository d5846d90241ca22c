import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleEndpoints, type Payload } from 'payload'
import type { MonthlyReport } from '@cong/shared/monthlyReport'
import { vietnamDate } from '@cong/shared/vnDate'
import { publishEnglish } from '../src/translations/service'
import { caseImporter } from './helpers/importedCases'
import { bootPayload } from './helpers/payload'
import { pdfText } from './helpers/pdf'
import { seedWorld, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World
let publisher: Server
const tokens: Record<string, string> = {}
const CURRENT_MONTH = vietnamDate(new Date()).slice(0, 7)

async function call(path: string, role?: keyof typeof tokens) {
  const { default: config } = await import('../src/payload.config')
  const headers: Record<string, string> = role ? { authorization: `JWT ${tokens[role]}` } : {}
  return handleEndpoints({ config, request: new Request(`http://localhost:3000/api${path}`, { headers }) })
}

beforeAll(async () => {
  // The publisher answers with October's builds: two, one failed.
  publisher = createServer((req, res) => {
    const october = req.url === '/builds/month/2026-10'
    res.setHeader('content-type', 'application/json')
    res.end(
      JSON.stringify({
        builds: october
          ? [
              { id: '20261002-030000-000-00', startedAt: '2026-10-02T03:00:00.000Z', status: 'success' },
              { id: '20261003-030000-000-00', startedAt: '2026-10-03T03:00:00.000Z', status: 'failed' },
            ]
          : [],
      }),
    )
  })
  await new Promise<void>((resolve) => publisher.listen(0, '127.0.0.1', resolve))
  process.env.PUBLISHER_URL = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}`
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'mr')
  for (const role of ['contributor', 'editor', 'board'] as const) {
    const { token } = await payload.login({ collection: 'users', data: { email: world.users[role].email, password: 'mat-khau-thu-nghiem' } })
    tokens[role] = token!
  }

  const article = (title: string, publishedAt: string, unit = world.unitA, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'articles',
      data: { title, sections: [world.section.id], unit: unit.id, workflowStatus: 'published', publishedAt, ...extra },
    })
  // October 2026 in Ha Noi: three articles (the last at 23:59 on 31/10), one just after.
  const a1 = await article('Hội nghị tổng kết công tác việc làm', '2026-10-02T03:00:00.000Z')
  await article('Hướng dẫn đăng ký bảo hiểm thất nghiệp trực tuyến', '2026-10-15T03:00:00.000Z', world.unitB)
  await article('Tháng hành động an toàn lao động', '2026-10-31T16:59:00.000Z')
  await article('Bài đầu tháng 11', '2026-10-31T17:00:00.000Z', world.unitB)
  // An older article that was much read in October, and one translated now.
  const old = await article('Bảng lương tối thiểu vùng', '2025-01-10T03:00:00.000Z')
  const translated = await article('Bài có bản tiếng Anh', '2025-02-10T03:00:00.000Z')
  await payload.update({ collection: 'articles', id: translated.id, locale: 'en', data: { title: 'An article in English' } })
  await publishEnglish(payload, 'articles', translated.id)
  for (const [id, views] of [
    [old.id, 5400],
    [a1.id, 320],
  ] as const) {
    await payload.create({ collection: 'view-tallies', data: { key: `${id}@2026-10`, article: id, month: '2026-10', views }, overrideAccess: true })
  }

  // Citizen cases received in October in Ha Noi: three (one at 07:00 on 1/10, one at 23:59 on 31/10),
  // two answered (one on time, one after its deadline, in November), and one either side of the month.
  const importCase = caseImporter(payload, 'MREP')
  const unit = world.unitA.id
  await importCase({ receivedAt: '2026-10-01T00:00:00.000Z', state: 'answered', unit, dueAt: '2026-10-15T10:00:00.000Z', answeredAt: '2026-10-08T03:00:00.000Z', visibility: 'public' })
  await importCase({ receivedAt: '2026-10-20T03:00:00.000Z', state: 'answered', unit, dueAt: '2026-10-30T10:00:00.000Z', answeredAt: '2026-11-02T03:00:00.000Z', visibility: 'private' })
  await importCase({ receivedAt: '2026-10-31T16:59:00.000Z', state: 'inProgress', unit, dueAt: '2026-11-14T10:00:00.000Z' })
  await importCase({ receivedAt: '2026-10-31T17:00:00.000Z', state: 'received', dueAt: '2026-11-16T10:00:00.000Z' })
  await importCase({ receivedAt: '2026-09-30T16:59:00.000Z', state: 'answered', unit, dueAt: '2026-10-14T10:00:00.000Z', answeredAt: '2026-10-05T03:00:00.000Z', visibility: 'public' })
})
afterAll(async () => {
  delete process.env.PUBLISHER_URL
  await close()
  await new Promise((resolve) => publisher.close(resolve))
})

describe('GET /api/reports/monthly', () => {
  it.each([
    [undefined, '?month=2026-10', 401, 'unauthenticated'],
    ['contributor', '?month=2026-10', 403, 'forbidden'],
    ['board', '?month=2026-13', 400, 'bad-month'],
    ['board', '', 400, 'bad-month'],
    ['board', '?month=2999-01', 400, 'future-month'],
    ['board', '?month=2026-10&format=docx', 400, 'bad-format'],
  ] as const)('as %s with %s answers %d', async (role, query, status, error) => {
    const res = await call(`/reports/monthly${query}`, role)
    expect(res.status).toBe(status)
    const body = (await res.json()) as { error: string; message: string }
    expect(body.error).toBe(error)
    expect(body.message).toMatch(/ \/ /)
  })

  it('counts the month from dated events, units and sections with nothing included', async () => {
    const res = await call('/reports/monthly?month=2026-10', 'editor')
    expect(res.status).toBe(200)
    const report = (await res.json()) as MonthlyReport
    expect(report.totals.articlesPublished).toBe(3)
    expect(report.byUnit.map((u) => [u.name, u.count])).toEqual([
      [world.unitA.name, 2],
      [world.unitB.name, 1],
    ])
    expect(report.bySection).toEqual([{ id: String(world.section.id), name: world.section.title, count: 3 }])
    expect(report.topRead.map((r) => [r.title, r.views])).toEqual([
      ['Bảng lương tối thiểu vùng', 5400],
      ['Hội nghị tổng kết công tác việc làm', 320],
    ])
    expect(report.builds).toEqual({ total: 2, failed: 1 })
    expect(report.cases).toEqual({ received: 3, answered: 2, answeredOnTime: 1 })
  })

  it('counts an English version in the month it was published', async () => {
    const report = (await (await call(`/reports/monthly?month=${CURRENT_MONTH}`, 'board')).json()) as MonthlyReport
    expect(report.totals.englishPublished).toBe(1)
  })

  it('gives the same figures whenever it is asked', async () => {
    const first = await (await call('/reports/monthly?month=2026-10', 'board')).json()
    const second = await (await call('/reports/monthly?month=2026-10', 'board')).json()
    expect(second).toEqual(first)
  })

  it('downloads the report as XLSX and as a PDF holding the figures', async () => {
    const xlsx = await call('/reports/monthly?month=2026-10&format=xlsx', 'board')
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="bao-cao-hoat-dong-2026-10.xlsx"')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await xlsx.arrayBuffer())
    const summary: [unknown, unknown][] = []
    book.getWorksheet('Tổng hợp')!.eachRow((row) => summary.push([row.getCell(1).value, row.getCell(2).value]))
    expect(summary).toEqual(
      expect.arrayContaining([
        ['Câu hỏi, phản ánh, kiến nghị nhận được', 3],
        ['Đã trả lời', 2],
        ['Trả lời đúng hạn', 1],
      ]),
    )

    const pdf = await call('/reports/monthly?month=2026-10&format=pdf', 'board')
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const flat = await pdfText(new Uint8Array(await pdf.arrayBuffer()))
    expect(flat).toContain('THÁNG 10/2026')
    expect(flat).toContain('Tin bài đăng mới 3')
    expect(flat).toContain(`${world.unitA.name} 2`)
    expect(flat).toContain('Bảng lương tối thiểu vùng 5400')
    expect(flat).toContain('Lần cập nhật bị lỗi 1')
    expect(flat).toContain('Câu hỏi, phản ánh, kiến nghị nhận được 3')
    expect(flat).toContain('Đã trả lời 2')
    expect(flat).toContain('Trả lời đúng hạn 1')
    expect(flat).not.toContain('Chưa có số liệu')
  })
})
