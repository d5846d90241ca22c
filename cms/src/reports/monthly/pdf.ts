import path from 'node:path'
import PDFDocument from 'pdfkit'
import type { MonthlyReport } from '@cong/shared/monthlyReport'
import { REPORT_TEXT, summaryRows } from './strings'

import { repoRoot } from '../../db/adapter'

// A whole font file with every Vietnamese glyph (PDF viewers cannot fall back to another font the
// way a browser does), embedded and subset by PDFKit. Found by path, not `require.resolve`: the
// admin's bundler would try to bundle a resolved .ttf as a module.
const FONT_DIR = path.join(repoRoot(), 'cms', 'node_modules', '@expo-google-fonts', 'be-vietnam-pro')
const FONT_REGULAR = path.join(FONT_DIR, '400Regular', 'BeVietnamPro_400Regular.ttf')
const FONT_BOLD = path.join(FONT_DIR, '700Bold', 'BeVietnamPro_700Bold.ttf')

const MARGIN = 56
const ROW_HEIGHT = 18

/** The report as a printable A4 PDF, laid out like an agency's written report. */
export function monthlyReportPdf(report: MonthlyReport, meta: { siteName: string; generatedAt: Date }): Promise<Buffer> {
  const t = REPORT_TEXT
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: t.title(report.month), Author: meta.siteName } })
  doc.registerFont('regular', FONT_REGULAR)
  doc.registerFont('bold', FONT_BOLD)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const width = doc.page.width - 2 * MARGIN
  doc.font('bold').fontSize(11).text(meta.siteName.toUpperCase(), { align: 'center' })
  doc.moveDown(1.2)
  doc.font('bold').fontSize(14).text(t.title(report.month), { align: 'center' })
  doc.font('regular').fontSize(10).text(t.period(report), { align: 'center' })
  doc.text(t.generated(meta.generatedAt), { align: 'center' })
  doc.moveDown(1.5)

  /** A ruled table; `widths` are shares of the page width, the last column right-aligned. */
  const tableOf = (heading: string, header: string[], rows: (string | number)[][], widths: number[]) => {
    if (doc.y > doc.page.height - MARGIN - 4 * ROW_HEIGHT) doc.addPage()
    doc.font('bold').fontSize(11).text(heading, MARGIN)
    doc.moveDown(0.4)
    const columns = widths.map((w) => w * width)
    const drawRow = (cells: (string | number)[], bold: boolean) => {
      const heights = cells.map((cell, i) => doc.font(bold ? 'bold' : 'regular').fontSize(10).heightOfString(String(cell), { width: columns[i]! - 8 }))
      const height = Math.max(ROW_HEIGHT, ...heights.map((h) => h + 6))
      if (doc.y + height > doc.page.height - MARGIN) doc.addPage()
      const top = doc.y
      let x = MARGIN
      cells.forEach((cell, i) => {
        const last = i === cells.length - 1
        doc.font(bold ? 'bold' : 'regular').fontSize(10).text(String(cell), x + 4, top + 3, { width: columns[i]! - 8, align: last ? 'right' : 'left' })
        x += columns[i]!
      })
      doc.moveTo(MARGIN, top + height).lineTo(MARGIN + width, top + height).lineWidth(0.5).strokeColor('#999999').stroke()
      doc.y = top + height
    }
    drawRow(header, true)
    if (rows.length === 0) drawRow([t.none, ...header.slice(1).map(() => '')], false)
    for (const row of rows) drawRow(row, false)
    doc.moveDown(1.2)
  }

  tableOf(t.summary, [t.item, t.value], summaryRows(report).map(([label, value]) => [label, value ?? t.notAvailable]), [0.75, 0.25])
  tableOf(t.bySection, [t.section, t.articles], report.bySection.map((r) => [r.name, r.count]), [0.8, 0.2])
  tableOf(t.byUnit, [t.unit, t.articles], report.byUnit.map((r) => [r.name, r.count]), [0.8, 0.2])
  tableOf(t.topRead, [t.order, t.title_, t.views], report.topRead.map((r, i) => [i + 1, r.title, r.views]), [0.08, 0.74, 0.18])

  doc.end()
  return done
}
