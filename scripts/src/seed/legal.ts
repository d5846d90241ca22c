/**
 * The demo's legal documents, loaded the way an agency would load its register: through the
 * importer (`pnpm ops import-legal`), from `data/legal-documents.csv`. The files its "Tệp đính
 * kèm" column names are made here, in a temporary folder, from each row's own number and summary.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { LEGAL_DOC_TYPES } from '@cong/shared/legalVocabulary'
import { matchHeaders } from '../legal-import/columns'
import { importLegalDocuments } from '../legal-import/import'
import { renderOutcome, type ImportOutcome } from '../legal-import/report'
import { readSheet } from '../legal-import/sheet'
import { cellText, lookupType, splitList } from '../legal-import/values'
import { docxDocument, pdfDocument } from './documents'

export const LEGAL_DOCUMENTS_CSV = fileURLToPath(new URL('./data/legal-documents.csv', import.meta.url))

const DEMO_NOTE = 'Bản điện tử tạo tự động cho trang thử nghiệm Cổng; không phải văn bản gốc.'

/** Writes every attachment the register names under `dir`; returns how many. */
export async function writeLegalAttachments(dir: string, csv = LEGAL_DOCUMENTS_CSV): Promise<number> {
  const sheet = await readSheet(csv)
  const { columns } = matchHeaders(sheet.headers)
  const cell = (cells: unknown[], key: Parameters<typeof columns.get>[0]) => {
    const column = columns.get(key)
    return column ? cellText((cells[column.index] ?? null) as string | null) : null
  }
  let count = 0
  for (const { cells } of sheet.rows) {
    const number = cell(cells, 'number') ?? ''
    const type = lookupType(cell(cells, 'type') ?? '')
    const title = `${type ? LEGAL_DOC_TYPES[type].label.vi : 'Văn bản'} số ${number}`
    const paragraphs = [
      cell(cells, 'issuingBody') ?? '',
      `Ngày ban hành: ${cell(cells, 'issuedDate') ?? ''}`,
      cell(cells, 'summary') ?? '',
      DEMO_NOTE,
    ]
    const attachments = columns.get('attachments')
    for (const name of attachments ? splitList((cells[attachments.index] ?? null) as string | null) : []) {
      const file = path.join(dir, name)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(
        file,
        name.toLowerCase().endsWith('.pdf')
          ? pdfDocument(title, paragraphs)
          : docxDocument(title, paragraphs),
      )
      count++
    }
  }
  return count
}

/**
 * Imports the register, creating only what the CMS lacks: like the rest of the seed, a document
 * that exists (perhaps edited by an admin since) is left alone. Throws with the importer's report
 * if the register does not import.
 */
export async function seedLegalDocuments(
  payload: Payload,
  opts: { now?: Date } = {},
): Promise<ImportOutcome> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cong-seed-legal-'))
  try {
    await writeLegalAttachments(dir)
    const outcome = await importLegalDocuments(payload, LEGAL_DOCUMENTS_CSV, {
      attachmentsDir: dir,
      mode: 'create-only',
      now: opts.now,
    })
    if (outcome.status !== 'imported')
      throw new Error(`The demo register did not import:\n${renderOutcome(outcome)}`)
    return outcome
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
