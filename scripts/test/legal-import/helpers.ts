import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'
import { COLUMN_KEYS, COLUMNS, matchHeaders } from '../../src/legal-import/columns'
import type { RowContext } from '../../src/legal-import/rows'
import type { CellValue, SheetRow } from '../../src/legal-import/sheet'
import { pdfDocument } from '../../src/seed/documents'

/** Every column of the template, in template order. */
export const HEADERS = COLUMN_KEYS.map((key) => COLUMNS[key].header)

export const TODAY = '2026-11-23'

/** A valid row; `cells` replaces values by header. */
export const VALID: Record<string, CellValue> = {
  'Số ký hiệu': '145/2020/NĐ-CP',
  'Loại văn bản': 'Nghị định',
  'Cơ quan ban hành': 'Chính phủ',
  'Cơ quan ban hành (EN)': 'The Government',
  'Người ký': 'Nguyễn Xuân Phúc',
  'Chức vụ': 'Thủ tướng',
  'Chức vụ (EN)': 'Prime Minister',
  'Ngày ban hành': '14/12/2020',
  'Ngày có hiệu lực': '01/02/2021',
  'Ngày hết hiệu lực': '',
  'Trích yếu':
    'Quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động',
  'Trích yếu (EN)': 'Detailing and guiding the Labour Code on working conditions and labour relations',
  'Lĩnh vực': 'Lao động – Tiền lương',
  'Sửa đổi': '',
  'Thay thế': '05/2015/NĐ-CP',
  'Bãi bỏ': '',
  'Hướng dẫn': '45/2019/QH14',
  'Tệp đính kèm': '',
}

export function sheetRow(cells: Record<string, CellValue> = {}, row = 2, headers = HEADERS): SheetRow {
  const values = { ...VALID, ...cells }
  return { row, cells: headers.map((header) => values[header] ?? null) }
}

export function rowContext(attachmentsDir = os.tmpdir(), headers = HEADERS): RowContext {
  return { columns: matchHeaders(headers).columns, attachmentsDir, today: TODAY }
}

/** A temporary folder removed after the file's tests. */
export function tempDir(prefix = 'cong-legal-import-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** RFC 4180 text of `rows` (header first), as Excel writes it. */
export function csvText(rows: readonly (readonly CellValue[])[], delimiter = ','): string {
  const quote = (value: CellValue) => {
    const text = value === null ? '' : String(value)
    return /["\n\r,;\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }
  return rows.map((row) => row.map(quote).join(delimiter)).join('\r\n') + '\r\n'
}

export function writeCsv(
  dir: string,
  name: string,
  rows: readonly (readonly CellValue[])[],
  opts: { bom?: boolean; delimiter?: string } = {},
): string {
  const file = path.join(dir, name)
  writeFileSync(file, (opts.bom ? '\uFEFF' : '') + csvText(rows, opts.delimiter))
  return file
}

/** A real one-page PDF: the CMS checks uploads by content. */
export const PDF = pdfDocument('Văn bản thử nghiệm', ['Nội dung'])
