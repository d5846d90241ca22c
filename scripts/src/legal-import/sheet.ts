/**
 * Reads a legal-documents spreadsheet (CSV or XLSX) into rows of cells, numbered as Excel shows
 * them. Nothing here reads what a cell means (known headers only help find the header row and
 * the CSV separator); it refuses files that cannot be read as they are (wrong encoding, wrong
 * format) with a message saying how to re-save them.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { foldForSearch } from '@cong/shared/fold'
import { knownColumnCount } from './columns'
import { makeIssue, type Issue } from './issues'

/** A cell as read: CSV gives text only; XLSX also numbers, booleans and real date cells. */
export type CellValue = string | number | boolean | Date | null

export interface SheetRow {
  /** The row number Excel shows. */
  row: number
  cells: CellValue[]
}

export interface Sheet {
  format: 'csv' | 'xlsx'
  /** The worksheet read (XLSX). */
  sheetName?: string
  /** CSV only: the separator found and whether the file started with a byte-order mark. */
  delimiter?: string
  bom?: boolean
  headerRow: number
  headers: string[]
  /** Rows below the header that hold anything; empty rows are skipped but keep their numbers. */
  rows: SheetRow[]
}

/** The file cannot be read at all; `issue` says why and what to do. */
export class SheetError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message.vi)
  }
}

const fail = (...args: Parameters<typeof makeIssue>): never => {
  throw new SheetError(makeIssue(...args))
}

/** How far down a title block ("DANH MỤC VĂN BẢN…") may push the header row. */
const HEADER_SEARCH_ROWS = 10

export async function readSheet(file: string, opts: { sheet?: string } = {}): Promise<Sheet> {
  const ext = path.extname(file).toLowerCase()
  if (ext !== '.csv' && ext !== '.xlsx') fail('error', 'file-format', {}, { ext: ext || '(none)' })
  let data: Buffer
  try {
    data = await readFile(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') fail('error', 'file-not-found', {}, { path: file })
    fail('error', 'file-unreadable', {}, { reason: (error as Error).message })
  }
  return ext === '.csv' ? readCsv(data!) : readXlsx(data!, opts.sheet)
}

// ── CSV ──────────────────────────────────────────────────────────────────────────────────────

const UTF8_BOM = [0xef, 0xbb, 0xbf]

/** "Unicode Text" from Excel is UTF-16 with a BOM; without one, ASCII text shows every other byte NUL. */
function looksUtf16(data: Buffer): boolean {
  if ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff)) return true
  const head = data.subarray(0, 1024)
  let nul = 0
  for (const byte of head) if (byte === 0) nul++
  return head.length > 0 && nul / head.length > 0.2
}

export function decodeCsv(data: Buffer): { text: string; bom: boolean } {
  if (looksUtf16(data)) fail('error', 'file-utf16')
  const bom = UTF8_BOM.every((byte, i) => data[i] === byte)
  const body = bom ? data.subarray(3) : data
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), bom }
  } catch {
    // Where the first undecodable byte is, as a line the user can find in a text editor.
    const lenient = new TextDecoder('utf-8').decode(body)
    const at = lenient.indexOf('\uFFFD')
    const line = lenient.slice(0, at).split('\n').length
    return fail('error', 'file-not-utf8', {}, { line })
  }
}

const DELIMITERS = [',', ';', '\t'] as const

function parseCsv(text: string, delimiter: string, toLine?: number): string[][] {
  return parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    to_line: toLine,
  }) as string[][]
}

/**
 * Excel writes CSV with the list separator of the computer's regional settings: "," in Viet Nam,
 * ";" in much of Europe, and a tab when text is pasted. The one that finds most known headers wins.
 */
function detectDelimiter(text: string): string {
  let best: { delimiter: string; score: number } = { delimiter: ',', score: -1 }
  for (const delimiter of DELIMITERS) {
    let records: string[][]
    try {
      records = parseCsv(text, delimiter, HEADER_SEARCH_ROWS)
    } catch {
      continue
    }
    const score = Math.max(0, ...records.map((cells) => knownColumnCount(cells)))
    if (score > best.score) best = { delimiter, score }
  }
  return best.delimiter
}

function readCsv(data: Buffer): Sheet {
  const { text, bom } = decodeCsv(data)
  const delimiter = detectDelimiter(text)
  let records: string[][]
  try {
    records = parseCsv(text, delimiter)
  } catch (error) {
    return fail('error', 'file-unreadable', {}, { reason: (error as Error).message })
  }
  // Excel shows one row per record, so a quoted cell spanning lines is still one row.
  const rows = records.map((cells, i) => ({ row: i + 1, cells: cells as CellValue[] }))
  return { format: 'csv', delimiter, bom, ...splitHeader(rows) }
}

// ── XLSX ─────────────────────────────────────────────────────────────────────────────────────

/** A cell's value as shown: rich text joined, a formula's result, a link's text. */
export function plainCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return value
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('formula' in value || 'sharedFormula' in value) {
    return plainCellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue)
  }
  if ('hyperlink' in value)
    return plainCellValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue)
  if ('error' in value) return String(value.error)
  return null
}

async function readXlsx(data: Buffer, sheetName?: string): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer)
  } catch (error) {
    return fail('error', 'file-unreadable', {}, { reason: (error as Error).message })
  }
  const sheets = workbook.worksheets
  let sheet = sheets[0]
  if (sheetName !== undefined) {
    const position = /^\d+$/.test(sheetName) ? Number(sheetName) : NaN
    sheet =
      sheets.find((ws) => foldForSearch(ws.name) === foldForSearch(sheetName)) ??
      (position >= 1 ? sheets[position - 1] : undefined)!
    if (!sheet)
      fail(
        'error',
        'sheet-not-found',
        {},
        { sheet: sheetName, sheets: sheets.map((ws) => ws.name).join(', ') },
      )
  }
  if (!sheet) return fail('error', 'file-empty')
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based: index 0 is always empty.
    const values = (row.values as ExcelJS.CellValue[]).slice(1)
    rows.push({ row: rowNumber, cells: Array.from(values, (value) => plainCellValue(value)) })
  })
  return { format: 'xlsx', sheetName: sheet.name, ...splitHeader(rows) }
}

// ── both ─────────────────────────────────────────────────────────────────────────────────────

export const isBlank = (value: CellValue): boolean =>
  value === null || (typeof value === 'string' && value.trim() === '')

const headerText = (value: CellValue): string =>
  value === null ? '' : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim()

/**
 * The header is the first row (among the first few) naming at least two known columns, so a title
 * block above it is skipped; failing that, the first row that holds anything.
 */
function splitHeader(all: SheetRow[]): Pick<Sheet, 'headerRow' | 'headers' | 'rows'> {
  const filled = all.filter((r) => !r.cells.every(isBlank))
  if (filled.length === 0) return fail('error', 'file-empty')
  const candidates = filled.slice(0, HEADER_SEARCH_ROWS)
  const header = candidates.find((r) => knownColumnCount(r.cells.map(headerText)) >= 2) ?? filled[0]
  return {
    headerRow: header.row,
    headers: header.cells.map(headerText),
    rows: filled.filter((r) => r.row > header.row),
  }
}
