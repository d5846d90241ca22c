/**
 * `importLegalDocuments`: a spreadsheet of legal documents into the CMS, all or nothing.
 * Everything is checked first (the file, each row, the rows against each other and against the
 * CMS, the attachments' contents); only a file without errors is written, in one transaction, and
 * a failure while writing rolls all of it back. Importing the same file again changes nothing.
 */
import { createHash } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { vietnamDate } from '@cong/shared/vnDate'
import { detectDocumentType } from '../../../cms/src/uploads/documentType'
import { inTransaction } from '../lib/transaction'
import { COLUMN_KEYS, type ColumnKey, type MatchedColumn } from './columns'
import { readCms, writePlan, type WriteProgress } from './cms'
import { readLegalFile } from './file'
import { hasErrors, makeIssue, sortIssues, type Issue } from './issues'
import { planImport, type ImportPlan, type LocalAttachment, type PlanMode } from './plan'
import type { ImportOutcome, RowOutcome } from './report'
import { checkRows, relationNumbers, type LegalRow, type RowResult } from './rows'

export interface ImportOptions {
  /** Check everything, CMS lookups included, and say what would happen; write nothing. */
  dryRun?: boolean
  /** Worksheet name or position (XLSX). */
  sheet?: string
  /** Where attachment paths start (default: the spreadsheet's folder). */
  attachmentsDir?: string
  /** `create-only` leaves documents the CMS already has as they are (the demo seed). */
  mode?: PlanMode
  /** The run's "now": which day is today for dates and numbers. */
  now?: Date
  onProgress?: (progress: WriteProgress) => void
}

/** Reads, hashes and checks by content every attachment of the valid rows. */
async function readAttachments(
  results: readonly RowResult[],
  column: MatchedColumn | undefined,
): Promise<{ files: Map<number, LocalAttachment[]>; issues: Issue[] }> {
  const files = new Map<number, LocalAttachment[]>()
  const issues: Issue[] = []
  for (const result of results) {
    const refs = result.value.attachments
    if (!refs || !column) continue
    const local: LocalAttachment[] = []
    for (const ref of refs) {
      const bytes = await readFile(ref.path)
      const type = await detectDocumentType(bytes)
      if (!type) {
        issues.push(
          makeIssue('error', 'attachment-not-document', {
            row: result.row,
            column: column.header,
            value: ref.text,
          }),
        )
        result.ok = false
        continue
      }
      // The CMS stores a file under the extension its bytes show; so does the comparison.
      const base = path.basename(ref.path, path.extname(ref.path))
      local.push({
        path: ref.path,
        filename: `${base}.${type.ext}`,
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      })
    }
    files.set(result.row, local)
  }
  return { files, issues }
}

function rowOutcomes(results: readonly RowResult[], plan: ImportPlan | null): RowOutcome[] {
  const planned = new Map(plan?.rows.map((p) => [p.row.row, p]))
  return results.map((r) => {
    const p = planned.get(r.row)
    return {
      row: r.row,
      number: r.value.number || undefined,
      status: !r.ok || !p ? 'error' : p.action,
      changes: p?.changes ?? [],
    }
  })
}

export async function importLegalDocuments(
  payload: Payload,
  file: string,
  opts: ImportOptions = {},
): Promise<ImportOutcome> {
  const started = Date.now()
  const today = vietnamDate(opts.now ?? new Date())
  const read = await readLegalFile(file, { sheet: opts.sheet, attachmentsDir: opts.attachmentsDir, today })
  const base = { file, created: 0, updated: 0, unchanged: 0 }
  const sheetInfo = read.sheet && {
    format: read.sheet.format,
    sheetName: read.sheet.sheetName,
    delimiter: read.sheet.delimiter,
    bom: read.sheet.bom,
    headerRow: read.sheet.headerRow,
    rowCount: read.sheet.rows.length,
  }
  if (read.refused) {
    return {
      ...base,
      status: 'refused',
      sheet: sheetInfo,
      issues: read.issues,
      rows: [],
      durationMs: Date.now() - started,
    }
  }
  const { results, columns } = read
  const attachments = await readAttachments(
    results.filter((r) => r.ok),
    columns.get('attachments'),
  )
  const keys = [...new Set(results.flatMap((r) => (r.value.key ? [r.value.key] : [])))]
  const cms = await readCms(payload, keys, relationNumbers(results))
  const cross = checkRows(results, cms.known, columns)
  const order = new Map<string | undefined, number>(
    COLUMN_KEYS.flatMap((key: ColumnKey) => {
      const column = columns.get(key)
      return column ? [[column.header, column.index] as [string, number]] : []
    }),
  )
  const issues = sortIssues(
    [...read.issues, ...attachments.issues, ...cross],
    (header) => order.get(header) ?? -1,
  )
  const valid = results.filter((r) => r.ok).map((r) => r.value as LegalRow)
  const plan = planImport(valid, cms.existing, attachments.files, opts.mode)
  const outcome = (status: ImportOutcome['status'], extra: Partial<ImportOutcome> = {}): ImportOutcome => ({
    ...base,
    status,
    sheet: sheetInfo,
    issues,
    rows: rowOutcomes(results, plan),
    ...(status === 'invalid'
      ? {}
      : { created: plan.created, updated: plan.updated, unchanged: plan.unchanged }),
    durationMs: Date.now() - started,
    ...extra,
  })
  if (hasErrors(issues)) return outcome('invalid')
  if (opts.dryRun || plan.created + plan.updated === 0) return outcome(opts.dryRun ? 'dry-run' : 'imported')

  const stored: string[] = []
  try {
    await inTransaction(
      payload,
      (req) =>
        writePlan(payload, plan, cms.idsByKey, req, { onProgress: opts.onProgress, storedFiles: stored }),
      // One rebuild after the commit, not one webhook per document (and none for a rollback).
      { context: { skipPublishWebhook: true } },
    )
  } catch (error) {
    // The rows are gone with the transaction; the files Payload already put on disk are not.
    await Promise.all(stored.map((f) => rm(f, { force: true })))
    return outcome('failed', { created: 0, updated: 0, unchanged: 0, failure: describe(error) })
  }
  return outcome('imported')
}

/** Payload's validation errors name the field and say why; anything else is shown as it is. */
function describe(error: unknown): string {
  const data = (error as { data?: { errors?: { path?: string; message?: string }[] } }).data
  const details = data?.errors?.map((e) => `${e.path ?? ''}: ${e.message ?? ''}`).join('; ')
  return [(error as Error).message ?? String(error), details].filter(Boolean).join(' — ')
}
