/**
 * Validation of the rows of a legal-documents spreadsheet: each cell on its own (zod schemas that
 * call the shared rules), then the row's dates against each other, then the file as a whole
 * (duplicate numbers, relations to documents neither in the file nor in the CMS). Every problem
 * is reported with its row and column; nothing stops at the first one.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { documentNumberKey, parseDocumentNumber } from '@cong/shared/legalNumber'
import {
  LEGAL_RELATION_KIND_CODES,
  type LegalDocType,
  type LegalField,
  type LegalRelationKind,
  type LegalRelationScope,
} from '@cong/shared/legalVocabulary'
import { formatVietnameseDate, type IsoDate } from '@cong/shared/vnDate'
import type { ColumnKey, MatchedColumn } from './columns'
import { makeIssue, type Issue, type IssueCode } from './issues'
import { isBlank, type CellValue, type SheetRow } from './sheet'
import {
  KNOWN_FIELDS,
  KNOWN_TYPES,
  cellText,
  lookupField,
  lookupType,
  parseDateCell,
  splitList,
  splitScope,
} from './values'

export interface RelationRef {
  number: string
  scope: LegalRelationScope
  /** Set by `checkRows`: the key of the document the number resolves to. */
  targetKey?: string
}

export interface AttachmentRef {
  /** As written in the cell. */
  text: string
  /** Resolved against the attachments folder. */
  path: string
}

/**
 * One document as the spreadsheet states it. For optional columns `undefined` means the column
 * is not in the file (the CMS value stays) and `null` an empty cell (the CMS value is cleared).
 */
export interface LegalRow {
  row: number
  number: string
  /** `documentNumberKey(number, issuingBody)`: what makes the document unique. */
  key: string
  type: LegalDocType
  issuingBody: string
  issuingBodyEn?: string | null
  signerName?: string | null
  signerTitle?: string | null
  signerTitleEn?: string | null
  issuedDate: IsoDate
  effectiveDate?: IsoDate | null
  expiryDate?: IsoDate | null
  summary: string
  summaryEn?: string | null
  fields?: LegalField[]
  /** Only the kinds whose column is in the file. */
  relations: Partial<Record<LegalRelationKind, RelationRef[]>>
  attachments?: AttachmentRef[]
}

export interface RowContext {
  columns: Map<ColumnKey, MatchedColumn>
  /** Where attachment paths start: the spreadsheet's folder. */
  attachmentsDir: string
  today: IsoDate
}

/** A row after its own checks: what parsed (even with errors elsewhere in the row) and whether it is whole. */
export interface RowResult {
  row: number
  value: Partial<LegalRow>
  ok: boolean
}

type Params = Record<string, string | number | undefined>
type Report = (code: IssueCode, shown?: string, params?: Params) => void

const LIMITS = { text: 300, summary: 2_000 } as const

/**
 * A cell schema: `read` gets the cell and a way to report problems; any report makes the cell fail.
 * The problem travels in zod's issue `params` so the caller can name the row and column.
 */
function cell<T>(read: (value: CellValue, report: Report) => T) {
  return z.custom<CellValue>().transform((value, ctx) => {
    let failed = false
    const out = read(value, (code, shown, params) => {
      failed = true
      ctx.addIssue({ code: 'custom', message: code, params: { ...params, code, shown } })
    })
    return failed ? z.NEVER : out
  })
}

const shownOf = (value: CellValue) => cellText(value) ?? ''

const text = (max: number, required: boolean) =>
  cell((value, report) => {
    const out = cellText(value)
    if (out === null && required) report('required')
    else if (out !== null && out.length > max)
      report('text-too-long', shownOf(value).slice(0, 40) + '…', { max })
    return out
  })

const date = (required: boolean) =>
  cell((value, report): IsoDate | null => {
    if (isBlank(value)) {
      if (required) report('required')
      return null
    }
    const result = parseDateCell(value!)
    if (!result.ok) report(result.code, result.shown)
    return result.ok ? result.date : null
  })

function numberCell(today: IsoDate) {
  return cell((value, report) => {
    const shown = shownOf(value)
    const parsed = parseDocumentNumber(shown, { currentYear: Number(today.slice(0, 4)) })
    if (parsed.ok) return parsed.value.number
    if (parsed.error === 'empty') report('required')
    else if (parsed.error === 'year') report('number-year', shown, { maxYear: Number(today.slice(0, 4)) + 1 })
    else report('number-format', shown)
    return ''
  })
}

const typeCell = cell((value, report) => {
  const shown = shownOf(value)
  const type = lookupType(shown)
  if (shown === '') report('required')
  else if (!type) report('type-unknown', shown, { known: KNOWN_TYPES })
  return type as LegalDocType
})

const fieldsCell = cell((value, report) => {
  const fields: LegalField[] = []
  for (const item of splitList(value)) {
    const field = lookupField(item)
    if (!field) report('field-unknown', item, { known: KNOWN_FIELDS })
    else if (!fields.includes(field)) fields.push(field)
  }
  return fields
})

function relationCell(today: IsoDate) {
  return cell((value, report) => {
    const refs: RelationRef[] = []
    for (const item of splitList(value)) {
      const scoped = splitScope(item)
      const parsed = scoped
        ? parseDocumentNumber(scoped.text, { currentYear: Number(today.slice(0, 4)) })
        : null
      if (!scoped || !parsed?.ok) {
        if (parsed && !parsed.ok && parsed.error === 'year')
          report('number-year', item, { maxYear: Number(today.slice(0, 4)) + 1 })
        else report('relation-number', item)
        continue
      }
      if (refs.some((ref) => ref.number === parsed.value.number)) report('relation-repeated', item)
      else refs.push({ number: parsed.value.number, scope: scoped.scope })
    }
    return refs
  })
}

const ATTACHMENT_TYPES = new Set(['.pdf', '.doc', '.docx'])

function attachmentsCell(dir: string) {
  return cell((value, report) => {
    const refs: AttachmentRef[] = []
    for (const item of splitList(value)) {
      // Paths typed on Windows use backslashes.
      const file = path.resolve(dir, item.replace(/\\/g, '/'))
      if (!ATTACHMENT_TYPES.has(path.extname(file).toLowerCase())) {
        report('attachment-type', item)
        continue
      }
      const stat = statSync(file, { throwIfNoEntry: false })
      if (!stat?.isFile()) report('attachment-missing', item, { path: file })
      else if (stat.size === 0) report('attachment-empty', item)
      else if (refs.some((ref) => ref.path === file)) report('attachment-repeated', item)
      else refs.push({ text: item, path: file })
    }
    return refs
  })
}

function schemas(ctx: RowContext): Record<ColumnKey, z.ZodType<unknown, CellValue>> {
  return {
    number: numberCell(ctx.today),
    type: typeCell,
    issuingBody: text(LIMITS.text, true),
    issuingBodyEn: text(LIMITS.text, false),
    signerName: text(LIMITS.text, false),
    signerTitle: text(LIMITS.text, false),
    signerTitleEn: text(LIMITS.text, false),
    issuedDate: date(true),
    effectiveDate: date(false),
    expiryDate: date(false),
    summary: text(LIMITS.summary, true),
    summaryEn: text(LIMITS.summary, false),
    fields: fieldsCell,
    amends: relationCell(ctx.today),
    replaces: relationCell(ctx.today),
    repeals: relationCell(ctx.today),
    guides: relationCell(ctx.today),
    attachments: attachmentsCell(ctx.attachmentsDir),
  }
}

/** Checks one row on its own: each cell, then its dates against each other and against today. */
export function validateRow(sheetRow: SheetRow, ctx: RowContext): { result: RowResult; issues: Issue[] } {
  const cellSchemas = schemas(ctx)
  const issues: Issue[] = []
  const value: Partial<LegalRow> & { relations: LegalRow['relations'] } = { row: sheetRow.row, relations: {} }
  const at = (key: ColumnKey, shown?: string) => ({
    row: sheetRow.row,
    column: ctx.columns.get(key)!.header,
    value: shown,
  })
  for (const [key, column] of ctx.columns) {
    const raw = sheetRow.cells[column.index] ?? null
    const parsed = cellSchemas[key].safeParse(raw)
    if (parsed.success) {
      if ((LEGAL_RELATION_KIND_CODES as readonly string[]).includes(key))
        value.relations[key as LegalRelationKind] = parsed.data as RelationRef[]
      else (value as Record<string, unknown>)[key] = parsed.data
      continue
    }
    for (const problem of parsed.error.issues) {
      const { code, shown, ...params } = (
        problem as unknown as { params: Params & { code: IssueCode; shown?: string } }
      ).params
      issues.push(makeIssue('error', code, at(key, shown ?? (shownOf(raw) || undefined)), params))
    }
  }
  const { issuedDate, effectiveDate, expiryDate } = value
  if (issuedDate && issuedDate > ctx.today) {
    issues.push(
      makeIssue('error', 'issued-in-future', at('issuedDate', formatVietnameseDate(issuedDate)), {
        today: formatVietnameseDate(ctx.today),
      }),
    )
  }
  if (issuedDate && effectiveDate && effectiveDate < issuedDate) {
    issues.push(
      makeIssue(
        'error',
        'effective-before-issued',
        at('effectiveDate', formatVietnameseDate(effectiveDate)),
        {
          issued: formatVietnameseDate(issuedDate),
        },
      ),
    )
  }
  const start = effectiveDate ?? issuedDate
  // The expiry date is the first day no longer in force, so it must come after the first day in force.
  if (start && expiryDate && expiryDate <= start) {
    issues.push(
      makeIssue('error', 'expiry-not-after-start', at('expiryDate', formatVietnameseDate(expiryDate)), {
        start: formatVietnameseDate(start),
        startLabel: effectiveDate ? 'có hiệu lực' : 'ban hành',
        startLabelEn: effectiveDate ? 'effective date' : 'issued date',
      }),
    )
  }
  if (value.number) {
    for (const kind of LEGAL_RELATION_KIND_CODES) {
      if (value.relations[kind]?.some((ref) => ref.number === value.number)) {
        issues.push(makeIssue('error', 'relation-self', at(kind, value.number)))
      }
    }
  }
  if (value.number && value.issuingBody) value.key = documentNumberKey(value.number, value.issuingBody)
  return { result: { row: sheetRow.row, value, ok: issues.length === 0 }, issues }
}

/** A document the CMS already holds, as far as cross-row checks need it. */
export interface KnownDocument {
  key: string
  number: string
  issuingBody: string
  issuedDate?: IsoDate | null
}

/** Every number the rows' relations name: the CMS is asked about these before `checkRows`. */
export function relationNumbers(results: readonly RowResult[]): string[] {
  const numbers = new Set<string>()
  for (const { value } of results) {
    for (const refs of Object.values(value.relations ?? {})) for (const ref of refs) numbers.add(ref.number)
  }
  return [...numbers]
}

/**
 * Checks across rows: a number given twice for the same issuing body, and relations to numbers
 * that are neither in the file nor in the CMS, or that match several documents. Resolved relations
 * get their `targetKey`; rows with a problem here stop being `ok`.
 */
export function checkRows(
  results: readonly RowResult[],
  inCms: readonly KnownDocument[],
  columns: Map<ColumnKey, MatchedColumn>,
): Issue[] {
  const issues: Issue[] = []
  const header = (key: ColumnKey) => columns.get(key)!.header
  const firstRow = new Map<string, RowResult>()
  for (const result of results) {
    const { key, number, issuingBody } = result.value
    if (!key) continue
    const first = firstRow.get(key)
    if (first) {
      issues.push(
        makeIssue(
          'error',
          'number-duplicate',
          { row: result.row, column: header('number'), value: number },
          { body: issuingBody, firstRow: first.row },
        ),
      )
      result.ok = false
    } else firstRow.set(key, result)
  }

  // Documents by number: the file's rows first, then what the CMS has under other keys.
  const byNumber = new Map<string, KnownDocument[]>()
  const add = (doc: KnownDocument) => {
    const list = byNumber.get(doc.number) ?? []
    if (!list.some((known) => known.key === doc.key)) list.push(doc)
    byNumber.set(doc.number, list)
  }
  for (const { value } of firstRow.values()) {
    add({
      key: value.key!,
      number: value.number!,
      issuingBody: value.issuingBody!,
      issuedDate: value.issuedDate,
    })
  }
  for (const doc of inCms) add(doc)

  for (const result of results) {
    const { value } = result
    for (const kind of LEGAL_RELATION_KIND_CODES) {
      for (const ref of value.relations?.[kind] ?? []) {
        if (ref.number === value.number) continue // reported by validateRow
        const shown = ref.scope === 'part' ? `${ref.number} (một phần)` : ref.number
        const where = { row: result.row, column: header(kind), value: shown }
        const candidates = byNumber.get(ref.number) ?? []
        if (candidates.length === 0) {
          issues.push(makeIssue('error', 'relation-unknown', where))
          result.ok = false
        } else if (candidates.length > 1) {
          issues.push(
            makeIssue('error', 'relation-ambiguous', where, {
              bodies: candidates.map((c) => c.issuingBody).join('; '),
            }),
          )
          result.ok = false
        } else {
          const [target] = candidates
          ref.targetKey = target.key
          if (value.issuedDate && target.issuedDate && target.issuedDate > value.issuedDate) {
            issues.push(
              makeIssue('warning', 'relation-older-actor', where, {
                targetIssued: formatVietnameseDate(target.issuedDate),
                issued: formatVietnameseDate(value.issuedDate),
              }),
            )
          }
        }
      }
    }
  }
  return issues
}
