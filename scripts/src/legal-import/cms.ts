/**
 * The importer's two conversations with the CMS (Payload's local API): reading what it already
 * holds (documents with the file's numbers, the files they carry) and writing a plan, documents
 * first and relations second, on a request the caller binds to one transaction.
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, PayloadRequest, Where } from 'payload'
import type { LegalDocument } from '@cong/shared/payload-types'
import { LEGAL_RELATION_KIND_CODES } from '@cong/shared/legalVocabulary'
import { toVietnamDate } from '@cong/shared/vnDate'
import { storedDay } from '../../../cms/src/days'
import type { KnownDocument } from './rows'
import type { Id, ImportPlan, Localized, RowPlan, StoredAttachment, StoredDocument } from './plan'

export const COLLECTION = 'legal-documents'
export const FILES = 'document-files'

type Row = Record<string, unknown>

/** A relationship's id at depth 0 (a number on SQL databases, a string on MongoDB). */
const idOf = (value: unknown): Id | null => {
  if (typeof value === 'number' || typeof value === 'string') return value as Id
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: Id }).id
  return null
}

/** A localized field read with `locale: 'all'`; older rows may hold a bare string. */
const localized = (value: unknown): Localized => {
  if (value && typeof value === 'object') {
    const v = value as { vi?: unknown; en?: unknown }
    return { vi: typeof v.vi === 'string' ? v.vi : null, en: typeof v.en === 'string' ? v.en : null }
  }
  return { vi: typeof value === 'string' ? value : null, en: null }
}

const day = (value: unknown) => (typeof value === 'string' && value !== '' ? toVietnamDate(value) : null)

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

export interface CmsView {
  /** Documents with the file's keys, by key. */
  existing: Map<string, StoredDocument>
  /** Documents whose number a relation names, for `checkRows`. */
  known: KnownDocument[]
  /** Ids of every document read, by key. */
  idsByKey: Map<string, Id>
}

const TRUSTED = { overrideAccess: true, depth: 0 } as const

/**
 * Reads the documents with any of `keys` (the file's) or `numbers` (its relations' targets) as
 * their latest version, which is what an update would start from.
 */
export async function readCms(
  payload: Payload,
  keys: readonly string[],
  numbers: readonly string[],
): Promise<CmsView> {
  const or: Where[] = []
  if (keys.length) or.push({ numberKey: { in: keys } })
  if (numbers.length) or.push({ number: { in: numbers } })
  const docs = or.length
    ? ((
        await payload.find({
          collection: COLLECTION,
          where: { or },
          locale: 'all',
          draft: true,
          pagination: false,
          ...TRUSTED,
        })
      ).docs as unknown as Row[])
    : []
  const idsByKey = new Map<string, Id>()
  const keyById = new Map<string, string>()
  for (const doc of docs) {
    idsByKey.set(String(doc.numberKey), doc.id as Id)
    keyById.set(String(doc.id), String(doc.numberKey))
  }

  // Targets of stored relations that the file does not mention still need their key to compare.
  const relationRows = (doc: Row) => (doc.relations as Row[] | null | undefined) ?? []
  const missing = [...new Set(docs.flatMap((doc) => relationRows(doc).map((r) => idOf(r.target))))].filter(
    (id): id is Id => id !== null && !keyById.has(String(id)),
  )
  if (missing.length) {
    const { docs: targets } = await payload.find({
      collection: COLLECTION,
      where: { id: { in: missing } },
      select: { numberKey: true },
      draft: true,
      pagination: false,
      ...TRUSTED,
    })
    for (const target of targets) keyById.set(String(target.id), String(target.numberKey))
  }

  const files = await storedFiles(
    payload,
    docs.flatMap((doc) =>
      ((doc.attachments as Row[] | null | undefined) ?? [])
        .map((a) => idOf(a.file))
        .filter((id): id is Id => id !== null),
    ),
  )

  const existing = new Map<string, StoredDocument>()
  const keySet = new Set(keys)
  for (const doc of docs) {
    const key = String(doc.numberKey)
    if (!keySet.has(key)) continue
    const attachments: StoredAttachment[] = ((doc.attachments as Row[] | null | undefined) ?? []).flatMap(
      (a) => {
        const file = files.get(String(idOf(a.file)))
        return file
          ? [
              {
                rowId: (a.id as string | undefined) ?? null,
                fileId: idOf(a.file)!,
                label: localized(a.label),
                ...file,
              },
            ]
          : []
      },
    )
    existing.set(key, {
      id: doc.id as Id,
      key,
      number: String(doc.number),
      published: doc._status === 'published',
      type: (doc.type as string | undefined) ?? null,
      issuingBody: localized(doc.issuingBody),
      signerName: (doc.signerName as string | undefined) ?? null,
      signerTitle: localized(doc.signerTitle),
      issuedDate: day(doc.issuedDate),
      effectiveDate: day(doc.effectiveDate),
      expiryDate: day(doc.expiryDate),
      summary: localized(doc.summary),
      fields: (doc.fields as string[] | null | undefined) ?? [],
      relations: relationRows(doc).map((r) => {
        const targetId = idOf(r.target)
        return {
          rowId: (r.id as string | undefined) ?? null,
          kind: r.kind as StoredDocument['relations'][number]['kind'],
          targetId,
          targetKey: targetId === null ? null : (keyById.get(String(targetId)) ?? null),
          scope: (r.scope as 'whole' | 'part' | undefined) ?? 'whole',
          note: (r.note as string | undefined) ?? null,
        }
      }),
      attachments,
    })
  }
  const known = docs.map((doc) => ({
    key: String(doc.numberKey),
    number: String(doc.number),
    issuingBody: localized(doc.issuingBody).vi ?? '',
    issuedDate: day(doc.issuedDate),
  }))
  return { existing, known, idsByKey }
}

/** Name, size and (when the upload folder can be read) the hash of stored document files. */
async function storedFiles(
  payload: Payload,
  ids: Id[],
): Promise<Map<string, Pick<StoredAttachment, 'filename' | 'filesize' | 'sha256'>>> {
  const out = new Map<string, Pick<StoredAttachment, 'filename' | 'filesize' | 'sha256'>>()
  if (ids.length === 0) return out
  const { docs } = await payload.find({
    collection: FILES,
    where: { id: { in: ids } },
    pagination: false,
    ...TRUSTED,
  })
  const dir = payload.collections[FILES].config.upload.staticDir
  for (const file of docs) {
    const filename = file.filename ?? ''
    const bytes = dir && filename ? await readFile(path.join(dir, filename)).catch(() => null) : null
    out.set(String(file.id), { filename, filesize: file.filesize ?? 0, sha256: bytes ? sha256(bytes) : null })
  }
  return out
}

// ── writing ──────────────────────────────────────────────────────────────────────────────────

const MIME: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/** What readers see for an attachment the spreadsheet names only by its file. */
function attachmentLabel(filename: string, sameKindBefore: number): Localized {
  const word = path.extname(filename).toLowerCase() !== '.pdf'
  const [vi, en] = word ? ['Bản Word', 'Word version'] : ['Bản PDF', 'PDF version']
  const n = sameKindBefore > 0 ? ` (${sameKindBefore + 1})` : ''
  return { vi: vi + n, en: en + n }
}

const storedDate = (value: string | null | undefined) => (value ? storedDay(value)!.toISOString() : null)

export interface WriteProgress {
  done: number
  total: number
}

/** A save that failed, with the spreadsheet row it was for. */
export class RowWriteError extends Error {
  constructor(
    readonly row: number,
    readonly cause: unknown,
  ) {
    super(`Dòng/Row ${row}: ${(cause as Error)?.message ?? String(cause)}`)
  }
}

export interface WriteOptions {
  onProgress?: (progress: WriteProgress) => void
  /**
   * Receives the path of every file stored on disk, as it is stored: a rolled-back transaction
   * takes the rows back but not the files, which the caller then removes.
   */
  storedFiles: string[]
}

/**
 * Writes the plan on `req` (bound to a transaction by the caller): pass 1 creates and updates the
 * documents and their files, pass 2 writes relations, once every document they point at has an id.
 * Every save publishes: imported documents are texts already issued.
 */
export async function writePlan(
  payload: Payload,
  plan: ImportPlan,
  idsByKey: Map<string, Id>,
  req: PayloadRequest,
  opts: WriteOptions,
): Promise<void> {
  const toWrite = plan.rows.filter((p) => p.action !== 'unchanged')
  const withRelations = toWrite.filter(
    (p) => p.changes.includes('relations') || (p.action === 'create' && hasRelations(p)),
  )
  const progress = { done: 0, total: toWrite.length + withRelations.length }
  const step = () => {
    progress.done++
    opts.onProgress?.({ ...progress })
  }
  const forRow = async (p: RowPlan, write: () => Promise<void>) => {
    try {
      await write()
    } catch (error) {
      throw new RowWriteError(p.row.row, error)
    }
    step()
  }
  const dir = payload.collections[FILES].config.upload.staticDir

  for (const p of toWrite) {
    await forRow(p, async () => {
      const attachments = await attachmentRows(p)
      const { vi, en } = documentData(p, attachments)
      const doc =
        p.action === 'create'
          ? await payload.create({
              collection: COLLECTION,
              locale: 'vi',
              data: vi as unknown as LegalDocument,
              ...TRUSTED,
              req,
            })
          : await payload.update({
              collection: COLLECTION,
              id: p.existing!.id,
              locale: 'vi',
              data: vi,
              ...TRUSTED,
              req,
            })
      idsByKey.set(p.row.key, doc.id)
      if (!en) return
      // Array rows keep their ids across locales, so the English labels land on the same files.
      const enAttachments = attachments?.map((row, i) => ({
        id: doc.attachments?.[i]?.id,
        file: row.file,
        label: row.labelEn,
      }))
      await payload.update({
        collection: COLLECTION,
        id: doc.id,
        locale: 'en',
        data: { ...en, ...(enAttachments ? { attachments: enAttachments } : {}), _status: 'published' },
        ...TRUSTED,
        req,
      })
    })
  }

  for (const p of withRelations) {
    await forRow(p, async () => {
      await payload.update({
        collection: COLLECTION,
        id: idsByKey.get(p.row.key)!,
        locale: 'vi',
        data: { relations: relationRows(p, idsByKey), _status: 'published' },
        ...TRUSTED,
        req,
      })
    })
  }

  /** The attachment rows to save: stored files reused, new ones uploaded now. */
  async function attachmentRows(p: RowPlan) {
    if (p.attachments === undefined || (p.action === 'update' && !p.changes.includes('attachments')))
      return undefined
    const rows: { id?: string; file: Id; label: string | null; labelEn: string | null }[] = []
    const kinds: string[] = []
    for (const { local, stored } of p.attachments) {
      const kind = path.extname(local.filename).toLowerCase() === '.pdf' ? 'pdf' : 'word'
      const label = stored
        ? stored.label
        : attachmentLabel(local.filename, kinds.filter((k) => k === kind).length)
      kinds.push(kind)
      if (stored) {
        rows.push({ id: stored.rowId ?? undefined, file: stored.fileId, label: label.vi, labelEn: label.en })
        continue
      }
      const data = await readFile(local.path)
      const file = await payload.create({
        collection: FILES,
        locale: 'vi',
        data: {},
        file: {
          data,
          name: local.filename,
          mimetype: MIME[path.extname(local.filename).toLowerCase()],
          size: data.length,
        },
        ...TRUSTED,
        req,
      })
      if (dir && file.filename) opts.storedFiles.push(path.join(dir, file.filename))
      rows.push({ file: file.id, label: label.vi, labelEn: label.en })
    }
    return rows
  }
}

function hasRelations(p: RowPlan): boolean {
  return LEGAL_RELATION_KIND_CODES.some((kind) => (p.row.relations[kind]?.length ?? 0) > 0)
}

/** The Vietnamese save (every column the file has that changed) and the English one, if any. */
function documentData(
  p: RowPlan,
  attachments: { id?: string; file: Id; label: string | null }[] | undefined,
): { vi: Row; en: Row | null } {
  const { row } = p
  const creating = p.action === 'create'
  const changed = (column: RowPlan['changes'][number]) => creating || p.changes.includes(column)
  const vi: Row = { _status: 'published' }
  const set = (field: string, column: RowPlan['changes'][number], value: unknown) => {
    if (value !== undefined && changed(column)) vi[field] = value
  }
  if (creating) vi.number = row.number
  set('type', 'type', row.type)
  set('issuingBody', 'issuingBody', row.issuingBody)
  set('signerName', 'signerName', row.signerName)
  set('signerTitle', 'signerTitle', row.signerTitle)
  set('issuedDate', 'issuedDate', storedDate(row.issuedDate))
  set(
    'effectiveDate',
    'effectiveDate',
    row.effectiveDate === undefined ? undefined : storedDate(row.effectiveDate),
  )
  set('expiryDate', 'expiryDate', row.expiryDate === undefined ? undefined : storedDate(row.expiryDate))
  set('summary', 'summary', row.summary)
  set('fields', 'fields', row.fields)
  if (attachments) vi.attachments = attachments.map(({ id, file, label }) => ({ id, file, label }))

  const en: Row = {}
  const setEn = (field: string, column: RowPlan['changes'][number], value: string | null | undefined) => {
    // On create an empty English cell needs no save: there is nothing to clear yet.
    if (value === undefined || (creating && value === null) || !changed(column)) return
    en[field] = value
  }
  setEn('issuingBody', 'issuingBodyEn', row.issuingBodyEn)
  setEn('signerTitle', 'signerTitleEn', row.signerTitleEn)
  setEn('summary', 'summaryEn', row.summaryEn)
  // Files uploaded now get their English label in the English save.
  const newFiles = p.attachments?.some((a) => a.stored === undefined) && attachments !== undefined
  return { vi, en: Object.keys(en).length || newFiles ? en : null }
}

function relationRows(p: RowPlan, idsByKey: Map<string, Id>): Row[] {
  const stored = p.existing?.relations ?? []
  const rows: Row[] = []
  for (const kind of LEGAL_RELATION_KIND_CODES) {
    const wanted = p.row.relations[kind]
    if (wanted === undefined) {
      // A kind the file has no column for keeps what the CMS has.
      for (const r of stored.filter((s) => s.kind === kind && s.targetId !== null)) {
        rows.push({ id: r.rowId ?? undefined, kind, target: r.targetId, scope: r.scope, note: r.note })
      }
      continue
    }
    for (const ref of wanted) {
      const same = stored.find((s) => s.kind === kind && s.targetKey === ref.targetKey)
      rows.push({
        id: same?.rowId ?? undefined,
        kind,
        target: idsByKey.get(ref.targetKey!),
        scope: ref.scope,
        note: same?.note ?? null,
      })
    }
  }
  return rows
}
