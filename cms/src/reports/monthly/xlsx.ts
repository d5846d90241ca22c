import ExcelJS from 'exceljs'
import type { MonthlyReport } from '@cong/shared/monthlyReport'
import { REPORT_TEXT, summaryRows } from './strings'

/** The report as a workbook: a summary sheet and one sheet per table, ready for the office's own edits. */
export async function monthlyReportXlsx(report: MonthlyReport, meta: { siteName: string; generatedAt: Date }): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = meta.siteName
  book.created = meta.generatedAt
  const t = REPORT_TEXT

  const summary = book.addWorksheet(t.sheets.summary)
  summary.columns = [{ width: 48 }, { width: 18 }]
  summary.addRow([meta.siteName]).font = { bold: true }
  summary.addRow([t.title(report.month)]).font = { bold: true, size: 13 }
  summary.addRow([t.period(report)])
  summary.addRow([t.generated(meta.generatedAt)])
  summary.addRow([])
  summary.addRow([t.item, t.value]).font = { bold: true }
  for (const [label, value] of summaryRows(report)) summary.addRow([label, value ?? t.notAvailable])

  const table = (name: string, header: string[], rows: (string | number)[][], widths: number[]) => {
    const sheet = book.addWorksheet(name)
    sheet.columns = widths.map((width) => ({ width }))
    sheet.addRow(header).font = { bold: true }
    for (const row of rows) sheet.addRow(row)
    sheet.views = [{ state: 'frozen', ySplit: 1 }]
  }
  table(t.sheets.bySection, [t.section, t.articles], report.bySection.map((r) => [r.name, r.count]), [40, 12])
  table(t.sheets.byUnit, [t.unit, t.articles], report.byUnit.map((r) => [r.name, r.count]), [48, 12])
  table(t.sheets.topRead, [t.order, t.title_, t.views], report.topRead.map((r, i) => [i + 1, r.title, r.views]), [6, 80, 12])

  return Buffer.from(await book.xlsx.writeBuffer())
}
