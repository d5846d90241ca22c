/**
 * The importer's account of a run: on the terminal (problems first, each naming row and column,
 * then what was or would be done) and as a per-row CSV or XLSX file for whoever fixes the sheet.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import ExcelJS from 'exceljs'
import pc from 'picocolors'
import { fields, formatDuration } from '../lib/format'
import { COLUMNS } from './columns'
import { formatIssue, type Issue } from './issues'
import type { Change } from './plan'
import type { Sheet } from './sheet'

export type RowStatus = 'create' | 'update' | 'unchanged' | 'error'

export interface RowOutcome {
  row: number
  number?: string
  status: RowStatus
  changes: Change[]
}

export interface ImportOutcome {
  /**
   * refused: the file could not be used at all · invalid: rows have errors, nothing written ·
   * dry-run: valid, nothing written · imported: written and committed · failed: the write failed
   * and was rolled back.
   */
  status: 'refused' | 'invalid' | 'dry-run' | 'imported' | 'failed'
  file: string
  sheet?: Pick<Sheet, 'format' | 'sheetName' | 'delimiter' | 'bom' | 'headerRow'> & { rowCount: number }
  issues: Issue[]
  rows: RowOutcome[]
  created: number
  updated: number
  unchanged: number
  durationMs: number
  /** Why the write failed (status `failed`). */
  failure?: string
}

const STATUS_LABEL: Record<RowStatus, string> = {
  create: 'mới / new',
  update: 'cập nhật / updated',
  unchanged: 'không đổi / unchanged',
  error: 'lỗi / error',
}

const CHANGE_LABEL: Record<Change, string> = {
  ...(Object.fromEntries(Object.entries(COLUMNS).map(([key, spec]) => [key, spec.header])) as Record<
    keyof typeof COLUMNS,
    string
  >),
  relations: 'Quan hệ / relations',
  status: 'Xuất bản / published',
}

export const countsLine = (o: Pick<ImportOutcome, 'created' | 'updated' | 'unchanged'>): string =>
  `${o.created} mới, ${o.updated} cập nhật, ${o.unchanged} không đổi / ${o.created} new, ${o.updated} updated, ${o.unchanged} unchanged`

const errorCount = (issues: readonly Issue[]) => issues.filter((i) => i.level === 'error').length

function fileLine(o: ImportOutcome): string {
  if (!o.sheet) return o.file
  const s = o.sheet
  const kind =
    s.format === 'csv'
      ? `CSV UTF-8${s.bom ? ' (BOM)' : ''}, phân cách / separator ${JSON.stringify(s.delimiter)}`
      : `XLSX, trang tính / sheet "${s.sheetName}"`
  return `${o.file} — ${kind}, tiêu đề ở dòng / header on row ${s.headerRow}, ${s.rowCount} văn bản / documents`
}

function issueLines(issue: Issue, color: boolean): string[] {
  const text = formatIssue(issue)
  const paint = (s: string) => (color ? (issue.level === 'error' ? pc.red(s) : pc.yellow(s)) : s)
  const mark = issue.level === 'error' ? '✗' : '⚠'
  return [`${paint(mark)} ${text.vi}`, `  ${color ? pc.dim(text.en) : text.en}`]
}

/** The terminal report. */
export function renderOutcome(o: ImportOutcome, opts: { color?: boolean } = {}): string {
  const color = opts.color ?? false
  const ok = (s: string) => (color ? pc.green(s) : s)
  const bad = (s: string) => (color ? pc.red(s) : s)
  const lines = [fields([['Tệp / File', fileLine(o)]]), '']
  for (const issue of o.issues) lines.push(...issueLines(issue, color))
  if (o.issues.length) lines.push('')
  const changed = o.rows.filter((r) => r.status === 'create' || r.status === 'update')
  if (changed.length && (o.status === 'dry-run' || o.status === 'imported')) {
    lines.push(o.status === 'dry-run' ? 'Sẽ ghi / Would write:' : 'Đã ghi / Written:')
    for (const r of changed) {
      const what = r.status === 'update' ? `: ${r.changes.map((c) => CHANGE_LABEL[c]).join(', ')}` : ''
      lines.push(
        `  Dòng/Row ${String(r.row).padEnd(4)} ${(r.number ?? '').padEnd(24)} ${STATUS_LABEL[r.status]}${what}`,
      )
    }
    lines.push('')
  }
  const took = formatDuration(o.durationMs)
  switch (o.status) {
    case 'refused':
      lines.push(bad(`✗ Không nhập được tệp / File refused — không ghi gì / nothing written (${took})`))
      break
    case 'invalid': {
      const errors = errorCount(o.issues)
      const rows = new Set(o.issues.filter((i) => i.level === 'error').map((i) => i.row)).size
      lines.push(
        bad(
          `✗ ${errors} lỗi ở ${rows} dòng / ${errors} errors in ${rows} rows — không ghi gì / nothing written (${took})`,
        ),
      )
      break
    }
    case 'dry-run':
      lines.push(
        ok(`✓ Chạy thử, không ghi gì / Dry run, nothing written — sẽ / would be: ${countsLine(o)} (${took})`),
      )
      break
    case 'imported':
      lines.push(ok(`✓ Đã nhập, đã xuất bản / Imported and published: ${countsLine(o)} (${took})`))
      break
    case 'failed':
      lines.push(
        bad(
          `✗ Ghi thất bại, đã hoàn tác toàn bộ / Write failed, everything rolled back: ${o.failure ?? ''} (${took})`,
        ),
      )
      break
  }
  return lines.join('\n')
}

const REPORT_HEADER = [
  'Dòng / Row',
  'Số ký hiệu / Number',
  'Kết quả / Outcome',
  'Cột / Column',
  'Giá trị / Value',
  'Mức / Level',
  'Vấn đề',
  'Problem',
]

/** One line per problem, and one per row that had none, in sheet order. */
export function reportRows(o: ImportOutcome): string[][] {
  const byRow = new Map<number | undefined, Issue[]>()
  for (const issue of o.issues) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue])
  const out: string[][] = []
  const rowOf = new Map(o.rows.map((r) => [r.row, r]))
  const numbers = [...new Set([...byRow.keys(), ...rowOf.keys()])].sort((a, b) => (a ?? 0) - (b ?? 0))
  for (const n of numbers) {
    const outcome = n === undefined ? undefined : rowOf.get(n)
    const base = [
      n === undefined ? '' : String(n),
      outcome?.number ?? '',
      outcome ? STATUS_LABEL[outcome.status] : '',
    ]
    const issues = byRow.get(n) ?? []
    if (issues.length === 0) {
      const what = outcome?.status === 'update' ? outcome.changes.map((c) => CHANGE_LABEL[c]).join(', ') : ''
      out.push([...base, what, '', '', '', ''])
    }
    for (const issue of issues) {
      out.push([
        ...base,
        issue.column ?? '',
        issue.value ?? '',
        issue.level === 'error' ? 'lỗi / error' : 'cảnh báo / warning',
        issue.message.vi,
        issue.message.en,
      ])
    }
  }
  return out
}

const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)

/** `--report`: CSV (UTF-8 with a BOM, so Excel shows the Vietnamese) or XLSX by the file's extension. */
export async function writeReport(file: string, o: ImportOutcome): Promise<void> {
  const rows = [REPORT_HEADER, ...reportRows(o)]
  if (path.extname(file).toLowerCase() === '.xlsx') {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Báo cáo nhập')
    sheet.addRows(rows)
    sheet.getRow(1).font = { bold: true }
    sheet.columns.forEach((column, i) => (column.width = [8, 22, 20, 20, 30, 16, 60, 60][i]))
    await workbook.xlsx.writeFile(file)
    return
  }
  await writeFile(file, '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n')
}
