/**
 * What importing a valid file would do to each document: create it, update it (and which of its
 * fields), or nothing. Pure: the CMS's side comes in as `StoredDocument`s, so re-importing the
 * same file is provably a no-op. Columns the file does not have are never compared or written.
 */
import type { LegalRelationKind, LegalRelationScope } from '@cong/shared/legalVocabulary'
import type { IsoDate } from '@cong/shared/vnDate'
import { LEGAL_RELATION_KIND_CODES } from '@cong/shared/legalVocabulary'
import type { ColumnKey } from './columns'
import type { LegalRow } from './rows'

/** Document ids as the generated types declare them (SQLite and PostgreSQL use numbers). */
export type Id = number

export interface Localized {
  vi: string | null
  en: string | null
}

export interface StoredRelation {
  /** The array row's id: kept so an editor's note and translations stay with the row. */
  rowId: string | null
  kind: LegalRelationKind
  /** The target's key; `null` when the target is gone (deleted in the CMS). */
  targetKey: string | null
  targetId: Id | null
  scope: LegalRelationScope
  note: string | null
}

export interface StoredAttachment {
  rowId: string | null
  fileId: Id
  label: Localized
  filename: string
  filesize: number
  /** Of the stored bytes, when the CMS's storage can be read. */
  sha256: string | null
}

/** A legal document as the CMS holds it, reduced to what the spreadsheet can say. */
export interface StoredDocument {
  id: Id
  key: string
  number: string
  published: boolean
  type: string | null
  issuingBody: Localized
  signerName: string | null
  signerTitle: Localized
  issuedDate: IsoDate | null
  effectiveDate: IsoDate | null
  expiryDate: IsoDate | null
  summary: Localized
  fields: string[]
  relations: StoredRelation[]
  attachments: StoredAttachment[]
}

/** A file to attach, as read from disk. */
export interface LocalAttachment {
  path: string
  /** The file's name as it will be stored. */
  filename: string
  size: number
  sha256: string
}

export type Change =
  | Exclude<ColumnKey, LegalRelationKind | 'attachments'>
  | 'relations'
  | 'attachments'
  /** A document saved as a draft in the CMS gets published. */
  | 'status'

export interface RowPlan {
  row: LegalRow
  action: 'create' | 'update' | 'unchanged'
  existing?: StoredDocument
  /** For updates: what differs (in column order). */
  changes: Change[]
  /** The attachments to end up with, by position (`stored` reused when the bytes are the same). */
  attachments?: { local: LocalAttachment; stored?: StoredAttachment }[]
}

export interface ImportPlan {
  rows: RowPlan[]
  created: number
  updated: number
  unchanged: number
}

/** Existing documents' keys for `create-only` (the seed), which never touches what exists. */
export type PlanMode = 'upsert' | 'create-only'

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null)

const sortedKey = (list: readonly string[]) => [...list].sort().join('\n')

/** A relation's identity for comparison: kind, target and scope (the editor's note is kept apart). */
const relationId = (kind: string, targetKey: string | null, scope: string) =>
  `${kind} ${targetKey ?? '?'} ${scope}`

function relationsDiffer(row: LegalRow, stored: readonly StoredRelation[]): boolean {
  for (const kind of LEGAL_RELATION_KIND_CODES) {
    const wanted = row.relations[kind]
    if (wanted === undefined) continue
    const a = wanted.map((ref) => relationId(kind, ref.targetKey ?? null, ref.scope))
    const b = stored.filter((r) => r.kind === kind).map((r) => relationId(kind, r.targetKey, r.scope))
    if (sortedKey(a) !== sortedKey(b)) return true
  }
  return false
}

function attachmentsMatch(local: LocalAttachment, stored: StoredAttachment): boolean {
  if (stored.sha256 !== null) return stored.sha256 === local.sha256
  // Storage that cannot be read back (cloud): the same name and size is the best evidence there is.
  return stored.filesize === local.size && stored.filename === local.filename
}

/** The scalar columns and how each reads from a stored document. */
const SCALARS: [Change & keyof LegalRow, (doc: StoredDocument) => unknown][] = [
  ['type', (d) => d.type],
  ['issuingBodyEn', (d) => d.issuingBody.en],
  ['signerName', (d) => d.signerName],
  ['signerTitle', (d) => d.signerTitle.vi],
  ['signerTitleEn', (d) => d.signerTitle.en],
  ['issuedDate', (d) => d.issuedDate],
  ['effectiveDate', (d) => d.effectiveDate],
  ['expiryDate', (d) => d.expiryDate],
  ['summary', (d) => d.summary.vi],
  ['summaryEn', (d) => d.summary.en],
]

export function planRow(
  row: LegalRow,
  existing: StoredDocument | undefined,
  local: LocalAttachment[] | undefined,
): RowPlan {
  const attachments =
    local === undefined
      ? undefined
      : local.map((file) => ({
          local: file,
          stored: existing?.attachments.find((stored) => attachmentsMatch(file, stored)),
        }))
  if (!existing) return { row, action: 'create', changes: [], attachments }
  const changes: Change[] = []
  // The number's spelling may differ within one key ("ND" for "NĐ"); the stored one is kept.
  if (!same(row.issuingBody, existing.issuingBody.vi)) changes.push('issuingBody')
  for (const [column, read] of SCALARS) {
    if (row[column] !== undefined && !same(row[column], read(existing))) changes.push(column)
  }
  if (row.fields !== undefined && sortedKey(row.fields) !== sortedKey(existing.fields)) changes.push('fields')
  if (relationsDiffer(row, existing.relations)) changes.push('relations')
  if (
    attachments !== undefined &&
    (attachments.length !== existing.attachments.length ||
      attachments.some((a, i) => a.stored !== existing.attachments[i]))
  ) {
    changes.push('attachments')
  }
  if (!existing.published) changes.push('status')
  return { row, action: changes.length ? 'update' : 'unchanged', existing, changes, attachments }
}

export function planImport(
  rows: readonly LegalRow[],
  existing: ReadonlyMap<string, StoredDocument>,
  local: ReadonlyMap<number, LocalAttachment[]>,
  mode: PlanMode = 'upsert',
): ImportPlan {
  const plans = rows.map((row) => {
    const stored = existing.get(row.key)
    if (stored && mode === 'create-only')
      return { row, action: 'unchanged' as const, existing: stored, changes: [] }
    return planRow(row, stored, local.get(row.row))
  })
  const count = (action: RowPlan['action']) => plans.filter((p) => p.action === action).length
  return { rows: plans, created: count('create'), updated: count('update'), unchanged: count('unchanged') }
}
