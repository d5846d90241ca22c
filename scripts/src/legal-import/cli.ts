/**
 * `pnpm ops import-legal <file>`: the command's two halves. The ops process checks what it can
 * without the CMS (a file that cannot be read or lacks a column is refused at once) and then runs
 * `worker.ts`, which boots Payload, imports, prints the report and asks the publisher for one
 * rebuild. The worker is retried when the CMS modules stall while loading (lib/cms-process.ts).
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pc from 'picocolors'
import { vietnamDate } from '@cong/shared/vnDate'
import { runWithLoadRetry } from '../lib/cms-process'
import { COLUMN_KEYS, COLUMNS } from './columns'
import { readLegalFile } from './file'
import { renderOutcome, writeReport, type ImportOutcome } from './report'

export interface ImportCliOptions {
  /** Absolute path of the spreadsheet. */
  file: string
  dryRun: boolean
  /** Absolute path of the per-row report to write, if asked. */
  report?: string
  sheet?: string
  attachmentsDir?: string
  json: boolean
}

export const WORKER_LOADED = 'legal-import-cms-config-loaded'

/**
 * `pnpm ops` runs in scripts/, not where the user typed the command; pnpm says where that was.
 */
export const fromUserCwd = (file: string): string => path.resolve(process.env.INIT_CWD ?? process.cwd(), file)

/** `--help`: the columns in brief (the contract in full is docs/legal-import.md). */
export function columnsHelp(): string {
  const width = Math.max(...COLUMN_KEYS.map((key) => COLUMNS[key].header.length)) + 2
  const lines = COLUMN_KEYS.map((key) => {
    const spec = COLUMNS[key]
    return `  ${(spec.header + (spec.required ? ' *' : '')).padEnd(width)} ${spec.help}`
  })
  return [
    '',
    'Cột của bảng tính / Spreadsheet columns (* bắt buộc / required; không phân biệt hoa thường, dấu, khoảng trắng;',
    'tên tiếng Anh cũng được / case, marks and spacing do not matter; English names accepted):',
    ...lines,
    '',
    'CSV: UTF-8 (có hoặc không BOM / with or without BOM), dấu phân cách "," ";" hoặc tab. XLSX: trang tính đầu tiên hoặc --sheet.',
    'Mã thoát / Exit codes: 0 xong / done · 1 tệp có lỗi hoặc ghi thất bại (không ghi gì) / file has errors or the write failed (nothing written)',
    'Chi tiết / Details: docs/legal-import.md',
  ].join('\n')
}

export function printOutcome(
  outcome: ImportOutcome,
  json: boolean,
  write: (text: string) => void = (text) => process.stdout.write(text),
): void {
  write(
    (json ? JSON.stringify(outcome, null, 2) : renderOutcome(outcome, { color: pc.isColorSupported })) + '\n',
  )
}

export async function runImportCommand(opts: ImportCliOptions): Promise<number> {
  // A file the CMS could not help with is refused without waiting for the CMS to boot.
  const started = Date.now()
  const read = await readLegalFile(opts.file, {
    sheet: opts.sheet,
    attachmentsDir: opts.attachmentsDir,
    today: vietnamDate(new Date()),
  })
  if (read.refused) {
    const outcome: ImportOutcome = {
      status: 'refused',
      file: opts.file,
      issues: read.issues,
      rows: [],
      created: 0,
      updated: 0,
      unchanged: 0,
      durationMs: Date.now() - started,
    }
    printOutcome(outcome, opts.json)
    if (opts.report) await writeReport(opts.report, outcome)
    return 1
  }
  if (!opts.json) console.error(pc.dim('Đang khởi động CMS / Starting the CMS…'))
  return runWithLoadRetry({
    worker: fileURLToPath(new URL('./worker.ts', import.meta.url)),
    loadedMessage: WORKER_LOADED,
    args: [JSON.stringify(opts)],
  })
}
