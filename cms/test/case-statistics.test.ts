import { Readable } from 'node:stream'
import { renderToStaticMarkup } from 'react-dom/server'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleEndpoints, type Payload } from 'payload'
import type { Unit } from '@cong/shared/payload-types'
import { CaseStatisticsContent } from '../src/components/CaseStatistics/CaseStatisticsContent'
import type { CaseStatsReport } from '../src/reports/cases/load'
import { caseRecords } from '../src/reports/cases/load'
import { lastTwelveMonths } from '../src/reports/cases/period'
import { caseImporter } from './helpers/importedCases'
import { bootPayload } from './helpers/payload'
import { seedWorld, type World } from './helpers/world'

let payload: Payload
let close: () => Promise<void>
let world: World
/** A unit whose name holds a comma, which a CSV must quote. */
let unitC: Unit
const tokens: Record<string, string> = {}

async function call(path: string, role?: string) {
  const { default: config } = await import('../src/payload.config')
  const headers: Record<string, string> = role ? { authorization: `JWT ${tokens[role]}` } : {}
  return handleEndpoints({ config, request: new Request(`http://localhost:3000/api${path}`, { headers }) })
}

const PERIOD = 'from=2026-01&to=2026-03'

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
  world = await seedWorld(payload, 'cs')
  unitC = await payload.create({ collection: 'units', data: { name: 'Cục Bảo trợ xã hội, Trẻ em cs', kind: 'general-department' } })
  for (const role of ['caseHandler', 'editor', 'board', 'admin'] as const) {
    const { token } = await payload.login({ collection: 'users', data: { email: world.users[role].email, password: 'mat-khau-thu-nghiem' } })
    tokens[role] = token!
  }
  const importCase = caseImporter(payload, 'STAT')
  const A = world.unitA.id
  // January: answered in 5 days, public, on time.
  await importCase({ receivedAt: '2026-01-05T02:00:00.000Z', state: 'answered', unit: A, dueAt: '2026-01-19T10:00:00.000Z', answeredAt: '2026-01-10T02:00:00.000Z', visibility: 'public' })
  // January: answered in 17 days, in February, after its deadline.
  await importCase({ receivedAt: '2026-01-20T02:00:00.000Z', state: 'answered', unit: A, type: 'feedback', senderKind: 'business', dueAt: '2026-02-03T10:00:00.000Z', answeredAt: '2026-02-06T02:00:00.000Z', visibility: 'private' })
  // February: still in progress at unit C, long overdue.
  await importCase({ receivedAt: '2026-02-10T02:00:00.000Z', state: 'inProgress', unit: unitC.id, field: 'bao-hiem-xa-hoi', dueAt: '2026-02-24T10:00:00.000Z' })
  // March: 23:59 on 31/03 in Ha Noi, the period's last minute; not routed yet.
  await importCase({ receivedAt: '2026-03-31T16:59:00.000Z', state: 'received', field: 'khac', type: 'petition', senderKind: 'voter', dueAt: '2026-04-14T10:00:00.000Z' })
  // March: rejected as spam.
  await importCase({ receivedAt: '2026-03-05T02:00:00.000Z', state: 'rejected', field: 'khac', type: 'feedback', rejectionReason: 'spam' })
  // 07:00 on 01/04 in Ha Noi: April, outside the period.
  await importCase({ receivedAt: '2026-04-01T00:00:00.000Z', state: 'answered', unit: A, dueAt: '2026-04-15T10:00:00.000Z', answeredAt: '2026-04-05T02:00:00.000Z', visibility: 'public' })
  // December 2025, answered late in January: January's answers count it, the period's cases do not.
  await importCase({ receivedAt: '2025-12-20T02:00:00.000Z', state: 'answered', unit: unitC.id, dueAt: '2026-01-05T10:00:00.000Z', answeredAt: '2026-01-06T02:00:00.000Z', visibility: 'private' })
})
afterAll(async () => {
  await close()
})

describe('GET /api/reports/cases', () => {
  it.each([
    [undefined, `?${PERIOD}`, 401, 'unauthenticated'],
    ['caseHandler', `?${PERIOD}`, 403, 'forbidden'],
    ['board', '?from=2026-13&to=2026-03', 400, 'bad-month'],
    ['board', '?from=2026-01&to=march', 400, 'bad-month'],
    ['board', '?from=2026-04&to=2026-03', 400, 'bad-range'],
    ['board', '?from=2000-01&to=2026-03', 400, 'range-too-long'],
    ['board', `?${PERIOD}&format=docx`, 400, 'bad-format'],
  ] as const)('as %s with %s answers %d', async (role, query, status, error) => {
    const res = await call(`/reports/cases${query}`, role)
    expect(res.status).toBe(status)
    const body = (await res.json()) as { error: string; message: { vi: string; en: string } }
    expect(body.error).toBe(error)
    expect(body.message.vi).toBeTruthy()
    expect(body.message.en).toBeTruthy()
  })

  it('counts the period in Viet Nam time, by month, unit, field, type, sender and state', async () => {
    const res = await call(`/reports/cases?${PERIOD}`, 'editor')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const report = (await res.json()) as CaseStatsReport
    expect(report.totals).toEqual({
      key: 'all',
      received: 5,
      answered: 2,
      answeredOnTime: 1,
      open: 2,
      overdue: 2,
      onTimeRate: 0.5,
      medianDaysToAnswer: 11,
      answeredPublic: 1,
      rejected: 1,
    })
    expect(report.byMonth).toEqual([
      { month: '2026-01', received: 2, answered: 2, answeredOnTime: 1 },
      { month: '2026-02', received: 1, answered: 1, answeredOnTime: 0 },
      { month: '2026-03', received: 2, answered: 0, answeredOnTime: 0 },
    ])
    const byLabel = (rows: { label: { vi: string } }[]) => Object.fromEntries(rows.map(({ label, ...row }) => [label.vi, row]))
    expect(byLabel(report.byUnit)).toEqual({
      [world.unitA.name]: expect.objectContaining({ received: 2, answered: 2, answeredOnTime: 1, onTimeRate: 0.5, medianDaysToAnswer: 11, open: 0 }),
      [unitC.name]: expect.objectContaining({ received: 1, answered: 0, open: 1, overdue: 1, onTimeRate: null }),
      'Chưa chuyển đơn vị': expect.objectContaining({ key: '—', received: 2, open: 1, overdue: 1 }),
    })
    const counts = (rows: { label: { vi: string }; received?: number; count?: number }[]) =>
      Object.fromEntries(rows.map((row) => [row.label.vi, row.received ?? row.count]))
    expect(counts(report.byField)).toEqual({ 'Việc làm': 2, 'Lĩnh vực khác': 2, 'Bảo hiểm xã hội': 1 })
    expect(counts(report.byType)).toEqual({ 'Hỏi về chính sách': 2, 'Phản ánh': 2, 'Kiến nghị': 1 })
    expect(counts(report.bySenderKind)).toEqual({ 'Cá nhân': 3, 'Doanh nghiệp, tổ chức': 1, 'Cử tri': 1 })
    expect(counts(report.byState)).toEqual({ 'Đã trả lời': 2, 'Đang xử lý': 1, 'Mới tiếp nhận': 1, 'Từ chối': 1 })
    expect(report.byUnit.find((row) => row.key === String(unitC.id))?.label.en).toBe(unitC.name)
  })

  it('defaults to the twelve months up to the current one', async () => {
    const report = (await (await call('/reports/cases', 'admin')).json()) as CaseStatsReport
    const expected = lastTwelveMonths(new Date())
    expect([report.from, report.to]).toEqual([expected.from, expected.to])
    expect(report.byMonth).toHaveLength(12)
  })

  it('downloads a workbook with one sheet per table, headed by the period', async () => {
    const res = await call(`/reports/cases?${PERIOD}&format=xlsx`, 'board')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="thong-ke-hoi-dap-2026-01_2026-03.xlsx"')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(await res.arrayBuffer())
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tổng hợp',
      'Theo tháng',
      'Theo đơn vị',
      'Theo lĩnh vực',
      'Theo loại',
      'Theo đối tượng',
      'Theo trạng thái',
    ])
    const summary = book.getWorksheet('Tổng hợp')!
    expect(summary.getCell('A1').value).toBe('Thống kê hỏi đáp, phản ánh, kiến nghị từ tháng 01/2026 đến tháng 03/2026')
    const rowOf = (sheet: ExcelJS.Worksheet, label: string) => {
      let found: ExcelJS.Row | undefined
      sheet.eachRow((row) => {
        if (row.getCell(1).value === label) found = row
      })
      if (!found) throw new Error(`no row ${label} in ${sheet.name}`)
      return found
    }
    expect(rowOf(summary, 'Tiếp nhận').getCell(2).value).toBe(5)
    const rate = rowOf(summary, 'Tỷ lệ đúng hạn').getCell(2)
    expect(rate.value).toBe(0.5)
    expect(rate.numFmt).toBe('0.0%')
    const months = book.getWorksheet('Theo tháng')!
    expect(rowOf(months, 'Tháng').values).toEqual([undefined, 'Tháng', 'Tiếp nhận', 'Đã trả lời', 'Trả lời đúng hạn'])
    expect(rowOf(months, '02/2026').values).toEqual([undefined, '02/2026', 1, 1, 0])
    const units = book.getWorksheet('Theo đơn vị')!
    expect(rowOf(units, unitC.name).getCell(2).value).toBe(1)
    expect(rowOf(units, world.unitA.name).getCell(5).value).toBe(0.5)
  })

  it('downloads the month and unit tables as one UTF-8 CSV that Excel reads', async () => {
    const res = await call(`/reports/cases?${PERIOD}&format=csv`, 'board')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="thong-ke-hoi-dap-2026-01_2026-03.csv"')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const raw = bytes.toString('utf8').slice(1)
    expect(raw).toContain(`"${unitC.name}",1,0,`)

    // Read back with an independent CSV reader (ExcelJS's, built on fast-csv).
    const sheet = await new ExcelJS.Workbook().csv.read(Readable.from([raw]))
    const rows: unknown[][] = []
    sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)))
    const text = rows.map((row) => row.map(String))
    const start = text.findIndex((row) => row[0] === 'Theo tháng')
    expect(text[start + 1]).toEqual(['Tháng', 'Tiếp nhận', 'Đã trả lời', 'Trả lời đúng hạn'])
    expect(text[start + 2]).toEqual(['01/2026', '2', '2', '1'])
    const unitsAt = text.findIndex((row) => row[0] === 'Theo đơn vị xử lý')
    expect(text[unitsAt + 1]).toContain('Tỷ lệ đúng hạn (%)')
    const unitRow = text.find((row) => row[0] === world.unitA.name)!
    expect(unitRow.slice(0, 5)).toEqual([world.unitA.name, '2', '2', '1', '50'])
    expect(text.find((row) => row[0] === unitC.name)).toBeTruthy()
  })
})

describe('caseRecords', () => {
  it('reads every case of the period across pages, including answers of cases received before it', async () => {
    const records = await caseRecords(payload, '2026-01', '2026-03', 2)
    expect(records.map((r) => r.receivedAt).sort()).toEqual([
      '2025-12-20T02:00:00.000Z',
      '2026-01-05T02:00:00.000Z',
      '2026-01-20T02:00:00.000Z',
      '2026-02-10T02:00:00.000Z',
      '2026-03-05T02:00:00.000Z',
      '2026-03-31T16:59:00.000Z',
    ])
  })
})

describe('the statistics screen', () => {
  const render = async (language: 'vi' | 'en', from?: string, to?: string) =>
    renderToStaticMarkup(await CaseStatisticsContent({ payload, language, from, to }))
  const cellsOf = (html: string, row: string) =>
    [...html.matchAll(new RegExp(`<tr><th scope="row"[^>]*>${row}</th>(.*?)</tr>`, 'g'))].map((m) =>
      [...m[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1]),
    )

  it('shows the headline figures and a table under every chart, with downloads for the same period', async () => {
    const html = await render('vi', '2026-01', '2026-03')
    expect(html).toContain('<h1>Thống kê hỏi đáp</h1>')
    expect(html).toMatch(/<dt[^>]*>Tiếp nhận<\/dt><dd[^>]*>5<\/dd>/)
    expect(html).toMatch(/<dt[^>]*>Tỷ lệ đúng hạn<\/dt><dd[^>]*>50 %<\/dd>/)
    expect(html).toMatch(/<dt[^>]*>Quá hạn<\/dt><dd[^>]*>2<\/dd>/)
    for (const caption of ['Theo tháng', 'Theo đơn vị xử lý', 'Theo lĩnh vực', 'Theo loại', 'Theo đối tượng gửi', 'Theo trạng thái']) {
      expect(html).toContain(`Số liệu của biểu đồ: ${caption}</caption>`)
    }
    expect(cellsOf(html, '02/2026')).toEqual([['1', '1', '0']])
    expect(cellsOf(html, world.unitA.name)[0]?.slice(0, 4)).toEqual(['2', '2', '1', '50 %'])
    expect(html).toContain('href="/api/reports/cases?from=2026-01&amp;to=2026-03&amp;format=xlsx"')
    expect(html).toContain('href="/api/reports/cases?from=2026-01&amp;to=2026-03&amp;format=csv"')
    expect(html).toMatch(/<select id="case-stats-from" name="from">.*<option value="2026-01" selected="">01\/2026<\/option>/)
  })

  it('speaks English to an English admin and says when the asked period is wrong', async () => {
    const html = await render('en', '2026-04', '2026-03')
    expect(html).toContain('<h1>Case statistics</h1>')
    expect(html).toContain('role="alert"')
    expect(html).toContain('The first month must not come after the last.')
    const period = lastTwelveMonths(new Date())
    expect(html).toContain(`from=${period.from}&amp;to=${period.to}&amp;format=xlsx`)
  })
})
