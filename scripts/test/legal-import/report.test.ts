import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { makeIssue } from '../../src/legal-import/issues'
import { renderOutcome, reportRows, writeReport, type ImportOutcome } from '../../src/legal-import/report'
import { tempDir } from './helpers'

const dir = tempDir()

const base: ImportOutcome = {
  status: 'imported',
  file: 'so-van-ban.csv',
  sheet: { format: 'csv', delimiter: ',', bom: true, headerRow: 1, rowCount: 3 },
  issues: [],
  rows: [
    { row: 2, number: '45/2019/QH14', status: 'unchanged', changes: [] },
    { row: 3, number: '145/2020/NĐ-CP', status: 'update', changes: ['effectiveDate', 'summaryEn'] },
    { row: 4, number: '12/2022/NĐ-CP', status: 'create', changes: [] },
  ],
  created: 1,
  updated: 1,
  unchanged: 1,
  durationMs: 1234,
}

const invalid: ImportOutcome = {
  ...base,
  status: 'invalid',
  issues: [
    makeIssue('warning', 'column-unknown', { row: 1, column: 'Người nhập' }),
    makeIssue('error', 'number-format', { row: 3, column: 'Số ký hiệu', value: '145/2020/ND CP' }),
    makeIssue('error', 'date-invalid', { row: 3, column: 'Ngày ban hành', value: '31/02/2020' }),
    makeIssue('error', 'relation-unknown', { row: 4, column: 'Thay thế', value: '28/2020/NĐ-CP' }),
  ],
  rows: [
    base.rows[0],
    { ...base.rows[1], status: 'error', changes: [] },
    { ...base.rows[2], status: 'error' },
  ],
  created: 0,
  updated: 0,
  unchanged: 0,
}

describe('the terminal report', () => {
  it('counts what was done in Vietnamese and English', () => {
    const text = renderOutcome(base)
    expect(text).toContain(
      'so-van-ban.csv — CSV UTF-8 (BOM), phân cách / separator ",", tiêu đề ở dòng / header on row 1, 3 văn bản / documents',
    )
    expect(text).toMatch(
      /Dòng\/Row 3\s+145\/2020\/NĐ-CP\s+cập nhật \/ updated: Ngày có hiệu lực, Trích yếu \(EN\)/,
    )
    expect(text).toContain(
      '✓ Đã nhập, đã xuất bản / Imported and published: 1 mới, 1 cập nhật, 1 không đổi / 1 new, 1 updated, 1 unchanged (1.2 s)',
    )
  })

  it('lists every problem, then how many errors in how many rows, and that nothing was written', () => {
    const text = renderOutcome(invalid)
    expect(text).toContain('⚠ Dòng 1, cột "Người nhập": Cột không có trong mẫu nhập, bỏ qua')
    expect(text).toContain(
      '✗ Dòng 3, cột "Số ký hiệu": "145/2020/ND CP" không đúng dạng số ký hiệu (ví dụ 14/2017/NĐ-CP)',
    )
    expect(text).toContain(
      '  Row 4, column "Thay thế": "28/2020/NĐ-CP" is neither in the file nor in the CMS',
    )
    expect(text).toContain('✗ 3 lỗi ở 2 dòng / 3 errors in 2 rows — không ghi gì / nothing written')
    expect(text).not.toContain('Sẽ ghi')
  })

  it('says a failed write was rolled back', () => {
    expect(renderOutcome({ ...base, status: 'failed', failure: 'Dòng/Row 4: tệp hỏng' })).toContain(
      '✗ Ghi thất bại, đã hoàn tác toàn bộ / Write failed, everything rolled back: Dòng/Row 4: tệp hỏng',
    )
  })
})

describe('the per-row report file', () => {
  it('has one line per problem and one per row without any, in sheet order', () => {
    expect(reportRows(invalid).map((r) => [r[0], r[2], r[3], r[5]])).toEqual([
      ['1', '', 'Người nhập', 'cảnh báo / warning'],
      ['2', 'không đổi / unchanged', '', ''],
      ['3', 'lỗi / error', 'Số ký hiệu', 'lỗi / error'],
      ['3', 'lỗi / error', 'Ngày ban hành', 'lỗi / error'],
      ['4', 'lỗi / error', 'Thay thế', 'lỗi / error'],
    ])
    expect(reportRows(base)[1].slice(0, 4)).toEqual([
      '3',
      '145/2020/NĐ-CP',
      'cập nhật / updated',
      'Ngày có hiệu lực, Trích yếu (EN)',
    ])
  })

  it('writes CSV with a byte-order mark so Excel reads the Vietnamese', async () => {
    const file = path.join(dir, 'bao-cao.csv')
    await writeReport(file, invalid)
    const bytes = readFileSync(file)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const records = parse(bytes, { bom: true }) as string[][]
    expect(records[0][0]).toBe('Dòng / Row')
    expect(records[3][6]).toBe('"145/2020/ND CP" không đúng dạng số ký hiệu (ví dụ 14/2017/NĐ-CP)')
    expect(records).toHaveLength(6)
  })

  it('writes XLSX when asked for a workbook', async () => {
    const file = path.join(dir, 'bao-cao.xlsx')
    await writeReport(file, invalid)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    const sheet = workbook.worksheets[0]
    expect(sheet.rowCount).toBe(6)
    expect(sheet.getRow(6).getCell(4).value).toBe('Thay thế')
  })
})
