import ExcelJS from 'exceljs'
import { stringify } from 'csv-stringify/sync'
import type { CaseStatsReport } from './load'
import { CASE_STATS_TEXT, TOTAL_LABELS } from './strings'
import { statsTables, type Cell, type StatsTable } from './tables'

export interface FileMeta {
  siteName: string
  generatedAt: Date
}

const NUMBER_FORMATS = { count: '#,##0', rate: '0.0%', days: '0.0' } as const

const excelValue = (cell: Cell) => (typeof cell === 'string' ? cell : (cell.n ?? ''))

/**
 * The statistics as a workbook: one sheet per table, each opening with the portal's name and the
 * period so a printed or forwarded sheet still says what it covers. Figures stay numbers (a rate
 * is a fraction shown as a percentage) so the office can sum and chart them in Excel.
 */
export async function caseStatsXlsx(report: CaseStatsReport, meta: FileMeta): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = meta.siteName
  book.created = meta.generatedAt
  const t = CASE_STATS_TEXT.vi
  for (const table of statsTables(report, 'vi')) {
    const sheet = book.addWorksheet(table.sheet)
    sheet.columns = table.header.map((_, i) => ({ width: i === 0 ? 44 : 16 }))
    sheet.addRow([t.title(report.from, report.to)]).font = { bold: true, size: 13 }
    sheet.addRow([`${meta.siteName} – ${t.generated(meta.generatedAt)}`])
    sheet.addRow([])
    const header = sheet.addRow(table.header)
    header.font = { bold: true }
    header.alignment = { wrapText: true, vertical: 'middle' }
    for (const cells of table.rows) {
      const row = sheet.addRow(cells.map(excelValue))
      cells.forEach((cell, i) => {
        if (typeof cell !== 'string') row.getCell(i + 1).numFmt = NUMBER_FORMATS[cell.kind]
      })
    }
    sheet.views = [{ state: 'frozen', ySplit: header.number }]
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** Excel opens a CSV as UTF-8 only when it starts with a byte-order mark; without it Vietnamese is garbled. */
const BOM = '\uFEFF'

// A rate as a percentage with one decimal and a point: CSV readers other than Excel expect the point.
const csvValue = (cell: Cell) =>
  typeof cell === 'string' ? cell : cell.n === null ? '' : cell.kind === 'rate' ? Math.round(cell.n * 1000) / 10 : cell.n

const CSV_TABLES: StatsTable['id'][] = ['byMonth', 'byUnit']

/**
 * The by-month and by-unit tables as one CSV (RFC 4180, written by csv-stringify), each under its
 * own heading and apart by a blank line; rates in percent. The workbook has the other tables.
 */
export function caseStatsCsv(report: CaseStatsReport): Buffer {
  const t = CASE_STATS_TEXT.vi
  const records: (string | number)[][] = [[t.title(report.from, report.to)]]
  for (const table of statsTables(report, 'vi').filter((table) => CSV_TABLES.includes(table.id))) {
    records.push([], [table.title], table.header.map((h) => (h === TOTAL_LABELS.onTimeRate.vi ? `${h} (%)` : h)))
    for (const cells of table.rows) records.push(cells.map(csvValue))
  }
  return Buffer.from(BOM + stringify(records, { record_delimiter: '\r\n' }), 'utf8')
}
