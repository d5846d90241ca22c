/**
 * Everything the importer can check from the file alone: the file can be read, its header names
 * the required columns, and each row is valid on its own. A file that cannot be read or lacks a
 * required column is refused before any row is looked at.
 */
import path from 'node:path'
import type { IsoDate } from '@cong/shared/vnDate'
import { COLUMNS, matchHeaders, type ColumnKey, type MatchedColumn } from './columns'
import { makeIssue, type Issue } from './issues'
import { validateRow, type RowResult } from './rows'
import { SheetError, readSheet, type Sheet } from './sheet'

export interface ReadOptions {
  /** Worksheet name or 1-based position (XLSX; default the first). */
  sheet?: string
  /** Where attachment paths start (default: the spreadsheet's folder). */
  attachmentsDir?: string
  today: IsoDate
}

export type LegalFile =
  | { refused: true; issues: Issue[]; sheet?: Sheet }
  | {
      refused: false
      sheet: Sheet
      columns: Map<ColumnKey, MatchedColumn>
      results: RowResult[]
      issues: Issue[]
    }

export async function readLegalFile(file: string, opts: ReadOptions): Promise<LegalFile> {
  let sheet: Sheet
  try {
    sheet = await readSheet(file, { sheet: opts.sheet })
  } catch (error) {
    if (error instanceof SheetError) return { refused: true, issues: [error.issue] }
    throw error
  }
  const header = { row: sheet.headerRow }
  const match = matchHeaders(sheet.headers)
  const issues: Issue[] = [
    ...match.missing.map((key) =>
      makeIssue('error', 'column-missing', header, { header: COLUMNS[key].header }),
    ),
    ...match.duplicates.map(({ first, again }) =>
      makeIssue(
        'error',
        'column-duplicate',
        { ...header, column: again.header },
        { header: again.header, first: first.header },
      ),
    ),
  ]
  if (issues.length > 0) return { refused: true, issues, sheet }
  if (sheet.rows.length === 0)
    return { refused: true, issues: [makeIssue('error', 'no-rows', header)], sheet }
  issues.push(
    ...match.unknown.map((column) =>
      makeIssue('warning', 'column-unknown', { ...header, column: column.header }),
    ),
  )
  const ctx = {
    columns: match.columns,
    attachmentsDir: opts.attachmentsDir ?? path.dirname(path.resolve(file)),
    today: opts.today,
  }
  const results: RowResult[] = []
  for (const row of sheet.rows) {
    const checked = validateRow(row, ctx)
    results.push(checked.result)
    issues.push(...checked.issues)
  }
  return { refused: false, sheet, columns: match.columns, results, issues }
}
