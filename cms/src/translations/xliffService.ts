/**
 * XLIFF export and import against the database (docs/translation-and-multimedia.md, "XLIFF"):
 * which items a file holds, what their Vietnamese and working English are, and how a returned
 * file becomes English on the items and a translation waiting for review.
 *
 * An import applies each item on its own, all of its fields or none: one item's stale source or
 * bad HTML never keeps the others out, and never leaves that item half-written.
 */
import type { Payload, PayloadRequest } from 'payload'
import {
  isTranslatableCollection,
  itemFingerprint,
  nextTranslationStates,
  TRANSLATION_STATE_LABELS,
  type TranslatableCollection,
  type TranslationState,
} from '@cong/shared/translation'
import type { Role } from '@cong/shared/roles'
import { relationId } from '../access/roles'
import { xliffItemMessage, type XliffMessage } from '../i18n/xliff'
import { richTextToXliffHtml, xliffHtmlToLexical } from './html'
import { sourceTexts, TRANSLATED_FIELDS, type TranslatedField } from './fields'
import { findTranslation, type TranslationRecord } from './hooks'
import { ensureTranslation, moveTranslation, readSource, workingEnglish } from './service'
import { buildXliff, xliffFileId, type XliffExportItem, type XliffParsedItem } from './xliff'

type Doc = Record<string, unknown>
type Row = Doc & { id?: unknown }

export interface ItemRef {
  collection: string
  id: string
}

export interface ImportResult {
  collection: string
  id: string
  title: string
  status: 'applied' | 'refused'
  reason?: string
  reasonEn?: string
}

/** A field path of `sourceTexts` (`body`, `photos.<rowId>.caption`) and its field. */
interface FieldPath {
  path: string
  field: TranslatedField
  rowId?: string
}

function fieldOf(collection: TranslatableCollection, path: string): FieldPath | null {
  const parts = path.split('.')
  const fields = TRANSLATED_FIELDS[collection].fields
  if (parts.length === 1) {
    const field = fields.find((f) => !f.array && f.name === parts[0])
    return field ? { path, field } : null
  }
  if (parts.length !== 3) return null
  const [array, rowId, name] = parts as [string, string, string]
  const field = fields.find((f) => f.array === array && f.name === name)
  return field && rowId ? { path, field, rowId } : null
}

const rowsOf = (doc: Doc | null | undefined, array: string): Row[] =>
  Array.isArray(doc?.[array]) ? (doc![array] as Row[]).filter((r) => typeof r === 'object' && r !== null) : []

/** The value of a field path in a document of the item's own shape (rows found by id). */
function valueAt(doc: Doc | null | undefined, at: FieldPath): unknown {
  if (!at.field.array) {
    for (const name of at.field.from ?? [at.field.name]) {
      const value = doc?.[name]
      if (value !== undefined && value !== null && value !== '') return value
    }
    return undefined
  }
  return rowsOf(doc, at.field.array).find((r) => String(r.id) === at.rowId)?.[at.field.name]
}

const asUnitText = (field: TranslatedField, value: unknown): string =>
  field.kind === 'richText' ? richTextToXliffHtml(value) : typeof value === 'string' ? value : ''

/* ----------------------------------------------------------------- export */

export type ExportOutcome = { ok: true; xml: string; count: number } | { ok: false; unknown: string[] }

/**
 * The XLIFF file of the given items: their current Vietnamese (what the fingerprint is taken
 * from) and their working English as targets. Items that do not exist, or a Q&A case without a
 * public answer (it has no translation record), are named back instead.
 */
export async function exportXliff(
  payload: Payload,
  refs: ItemRef[],
  req: PayloadRequest,
): Promise<ExportOutcome> {
  const unknown: string[] = []
  const items: XliffExportItem[] = []
  for (const ref of refs) {
    const label = xliffFileId(ref.collection, ref.id)
    if (!isTranslatableCollection(ref.collection)) {
      unknown.push(label)
      continue
    }
    const collection = ref.collection
    const source = await readSource(payload, collection, ref.id, req)
    // A case reaches translators only through its record, made when its answer went public.
    const record =
      source && collection === 'cases'
        ? await findTranslation(payload, collection, ref.id, req)
        : source
          ? await ensureTranslation(payload, collection, ref.id, req)
          : null
    if (!source || !record) {
      unknown.push(label)
      continue
    }
    const texts = sourceTexts(collection, source)
    // Prefilled with the same working English a publish would take (for legal documents, the
    // translator's draft beside the published document), so the file never offers older English.
    const { values: english } = await workingEnglish(payload, collection, record, req)
    const units = Object.keys(texts).flatMap((path) => {
      const at = fieldOf(collection, path)
      if (!at) return []
      const target = valueAt(english, at)
      return [
        {
          id: path,
          kind: at.field.kind === 'richText' ? ('html' as const) : ('text' as const),
          source: asUnitText(at.field, valueAt(source, at)),
          target: target === undefined ? null : asUnitText(at.field, target),
        },
      ]
    })
    items.push({
      collection,
      id: String(source.id ?? ref.id),
      title: record.title ?? texts[TRANSLATED_FIELDS[collection].title] ?? '',
      fingerprint: itemFingerprint(texts),
      units,
    })
  }
  if (unknown.length) return { ok: false, unknown }
  return { ok: true, xml: buildXliff(items), count: items.length }
}

/* ----------------------------------------------------------------- import */

/** The moves that take a translation from `from` to review for `role`, or null when none may. */
export function pathToReview(from: TranslationState, role: Role): TranslationState[] | null {
  // A translation in review may be in the board's hands right now: a file does not take it back
  // (the translator takes it back in the admin first, on purpose).
  if (from === 'in-review') return null
  const next = nextTranslationStates(from, role)
  if (next.includes('in-review')) return ['in-review']
  if (next.includes('in-progress') && nextTranslationStates('in-progress', role).includes('in-review'))
    return ['in-progress', 'in-review']
  return null
}

class Refusal extends Error {
  constructor(readonly message_: XliffMessage) {
    super(message_.reasonEn)
  }
}

interface Planned {
  collection: TranslatableCollection
  id: string
  title: string
  record: TranslationRecord
  path: TranslationState[]
  /** The English to write, in the item's own shape (for Q&A: the record's `question` group). */
  data: Doc
}

/** Everything that can refuse an item, checked before anything is written. */
async function plan(
  payload: Payload,
  item: XliffParsedItem,
  role: Role,
  req: PayloadRequest,
): Promise<Planned> {
  const label = xliffFileId(item.collection, item.id)
  if (item.problem) throw new Refusal(item.problem)
  if (!isTranslatableCollection(item.collection))
    throw new Refusal(xliffItemMessage('unknown-item', { item: label }))
  const collection = item.collection
  const source = await readSource(payload, collection, item.id, req)
  const record = !source
    ? null
    : collection === 'cases'
      ? await findTranslation(payload, collection, item.id, req)
      : await ensureTranslation(payload, collection, item.id, req)
  if (!source || !record) throw new Refusal(xliffItemMessage('unknown-item', { item: label }))
  const title = record.title ?? item.title
  const texts = sourceTexts(collection, source)
  if (!item.fingerprint) throw new Refusal(xliffItemMessage('no-fingerprint'))
  if (item.fingerprint !== itemFingerprint(texts)) throw new Refusal(xliffItemMessage('source-changed'))

  const targets = new Map<string, { at: FieldPath; target: string | null }>()
  for (const unit of item.units) {
    const at = unit.id in texts ? fieldOf(collection, unit.id) : null
    if (!at) throw new Refusal(xliffItemMessage('unknown-unit', { unit: unit.id }))
    targets.set(unit.id, { at, target: unit.target })
  }
  const titlePath = TRANSLATED_FIELDS[collection].title
  if (!targets.get(titlePath)?.target?.trim()) throw new Refusal(xliffItemMessage('title-missing'))

  const path = pathToReview(record.state, role)
  if (!path) throw new Refusal(xliffItemMessage('state', { state: TRANSLATION_STATE_LABELS[record.state] }))

  // Only units with a target are written: an untranslated caption keeps whatever English it had.
  const values = new Map<FieldPath, unknown>()
  for (const { at, target } of targets.values()) {
    if (target === null || !target.trim()) continue
    if (at.field.kind === 'richText') {
      const lexical = xliffHtmlToLexical(target)
      if (!lexical.ok) throw new Refusal(xliffItemMessage('html', { unit: at.path, detail: lexical.detail }))
      values.set(at, lexical.value)
    } else values.set(at, at.field.kind === 'text' ? target.trim() : target)
  }
  const data =
    collection === 'cases'
      ? caseEnglish(record, values)
      : await itemEnglish(payload, collection, item.id, values, req)
  return { collection, id: String(source.id ?? item.id), title, record, path, data }
}

function caseEnglish(record: TranslationRecord, values: Map<FieldPath, unknown>): Doc {
  const question = { ...((record as { question?: Doc | null }).question ?? {}) }
  for (const [at, value] of values) question[at.field.name] = value
  return { question }
}

/**
 * The update of the item's `en` locale. A shared array's rows are sent whole, in their order and
 * with their ids (as the admin sends them: a translator may not add, drop or reorder rows), with
 * the translated texts set in the rows the file names.
 */
async function itemEnglish(
  payload: Payload,
  collection: TranslatableCollection,
  id: string,
  values: Map<FieldPath, unknown>,
  req: PayloadRequest,
): Promise<Doc> {
  const data: Doc = {}
  const arrays = new Set([...values.keys()].flatMap((at) => (at.field.array ? [at.field.array] : [])))
  let current: Doc | null = null
  if (arrays.size) {
    current = (await payload.findByID({
      collection: collection as never,
      id,
      locale: 'en' as never,
      fallbackLocale: false as never,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Doc
  }
  for (const array of arrays) data[array] = rowsOf(current, array).map((row) => ({ ...row }))
  for (const [at, value] of values) {
    if (!at.field.array) data[at.field.name] = value
    else {
      const row = (data[at.field.array] as Row[]).find((r) => String(r.id) === at.rowId)
      if (row) row[at.field.name] = value
    }
  }
  return data
}

/** What is written, so that without a database transaction a failed item can be put back. */
async function previousEnglish(payload: Payload, planned: Planned, req: PayloadRequest): Promise<Doc> {
  if (planned.collection === 'cases')
    return { question: (planned.record as { question?: Doc | null }).question ?? {} }
  const en = (await payload.findByID({
    collection: planned.collection as never,
    id: planned.id,
    locale: 'en' as never,
    fallbackLocale: false as never,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc
  const before: Doc = {}
  for (const key of Object.keys(planned.data)) before[key] = en[key] ?? null
  return before
}

async function write(payload: Payload, planned: Planned, data: Doc, req: PayloadRequest, asUser: boolean) {
  const common = { data: data as never, depth: 0, req, overrideAccess: !asUser }
  if (planned.collection === 'cases')
    await payload.update({ collection: 'translations' as never, id: planned.record.id, ...common })
  else
    await payload.update({
      collection: planned.collection as never,
      id: planned.id,
      locale: 'en' as never,
      ...common,
    })
}

/** Whether the item's English was written (and so, without a transaction, must be put back). */
async function apply(
  payload: Payload,
  planned: Planned,
  req: PayloadRequest,
  written: { done: boolean },
): Promise<void> {
  // The English is written as the importing person, through the same access rules as the admin.
  await write(payload, planned, planned.data, req, true)
  written.done = true
  for (const to of planned.path) {
    const moved = await moveTranslation(payload, {
      collection: planned.collection,
      id: planned.id,
      to,
      user: req.user as never,
      req,
    })
    if (!moved.ok) throw new Refusal({ reason: moved.message.vi, reasonEn: moved.message.en })
  }
}

/**
 * Runs one item's writes in a database transaction when the adapter has them (PostgreSQL,
 * MongoDB on a replica set). The CMS's SQLite has transactions switched off (concurrent requests
 * would meet SQLITE_BUSY, see scripts/src/lib/transaction.ts), so there every check that can
 * refuse an item runs before the first write, and a write that still fails puts the item's
 * previous English back.
 */
async function inItemTransaction(payload: Payload, planned: Planned, req: PayloadRequest): Promise<void> {
  const id = await payload.db.beginTransaction()
  if (id) {
    const outer = req.transactionID
    req.transactionID = id
    try {
      await apply(payload, planned, req, { done: false })
      if (req.transactionID !== id) throw new Error('the transaction was rolled back during the import')
      await payload.db.commitTransaction(id)
    } catch (error) {
      await payload.db.rollbackTransaction(id)
      throw error
    } finally {
      req.transactionID = outer
    }
    return
  }
  const before = await previousEnglish(payload, planned, req)
  const written = { done: false }
  try {
    await apply(payload, planned, req, written)
  } catch (error) {
    // A refused save wrote nothing; only a failure after the English was saved leaves anything.
    if (written.done) await putBack(payload, planned, before, req)
    throw error
  }
}

/** The record's workflow as it was before the item's first move (a move may have happened). */
const WORKFLOW_FIELDS = [
  'state',
  'stateChangedAt',
  'neededSince',
  'sourceTexts',
  'sourceFingerprint',
  'changedFields',
  'translator',
  'reason',
] as const

/**
 * Without a transaction: the item's English and its record as they were. Putting back an English
 * field that was empty can be refused by Payload when the field is required (an article's title):
 * that English then stays as the working English, not submitted, and the log says so.
 */
async function putBack(payload: Payload, planned: Planned, before: Doc, req: PayloadRequest): Promise<void> {
  const record = planned.record as unknown as Doc
  const workflow: Doc = {}
  for (const field of WORKFLOW_FIELDS) {
    const value = record[field]
    workflow[field] = field === 'translator' ? (relationId(value) ?? null) : (value ?? null)
  }
  await payload
    .update({
      collection: 'translations' as never,
      id: planned.record.id,
      data: workflow as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    .catch((err: unknown) =>
      payload.logger.error({
        err,
        msg: `XLIFF import: could not put back the translation record of ${planned.collection}/${planned.id}`,
      }),
    )
  await write(payload, planned, before, req, false).catch((err: unknown) =>
    payload.logger.error({
      err,
      msg: `XLIFF import: could not put back the English of ${planned.collection}/${planned.id}`,
    }),
  )
}

function saveFailure(error: unknown): XliffMessage {
  if (error instanceof Refusal) return error.message_
  const data = (error as { data?: { errors?: { message?: string; path?: string }[] } }).data
  const detail = data?.errors?.length
    ? data.errors.map((e) => [e.path, e.message].filter(Boolean).join(': ')).join('; ')
    : error instanceof Error
      ? error.message
      : String(error)
  return xliffItemMessage('save-failed', { detail })
}

/** Applies every item of a parsed file, each on its own; the answer says what became of each. */
export async function importXliff(
  payload: Payload,
  items: XliffParsedItem[],
  role: Role,
  req: PayloadRequest,
): Promise<ImportResult[]> {
  const results: ImportResult[] = []
  for (const item of items) {
    let planned: Planned
    try {
      planned = await plan(payload, item, role, req)
    } catch (error) {
      results.push({
        collection: item.collection,
        id: item.id,
        title: item.title,
        status: 'refused',
        ...saveFailure(error),
      })
      continue
    }
    try {
      await inItemTransaction(payload, planned, req)
      results.push({
        collection: planned.collection,
        id: planned.id,
        title: planned.title,
        status: 'applied',
      })
    } catch (error) {
      payload.logger.warn({ err: error, msg: `XLIFF import refused ${planned.collection}/${planned.id}` })
      results.push({
        collection: item.collection,
        id: item.id,
        title: planned.title,
        status: 'refused',
        ...saveFailure(error),
      })
    }
  }
  return results
}
