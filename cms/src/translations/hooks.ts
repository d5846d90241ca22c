import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload'
import {
  fingerprint,
  changedFields,
  isTranslatableCollection,
  stateAfterSourceChange,
  type Fingerprint,
  type TranslatableCollection,
  type TranslationState,
} from '@cong/shared/translation'
import { idOf } from '../access/roles'
import { isDraftSave } from '../publishing/hooks'
import { sourceTexts, sourceTitle } from './fields'

type Doc = Record<string, unknown>

/** Whether the item's Vietnamese is on the public site now (the English can only be with it). */
export function isItemPublic(collection: TranslatableCollection, doc: Doc): boolean {
  switch (collection) {
    case 'articles':
    case 'pages':
    case 'albums':
      return doc._status === 'published' && doc.workflowStatus === 'published'
    case 'legal-documents':
      return doc._status === 'published'
    case 'units':
      return true
    case 'cases':
      return isPublicAnswer(doc)
  }
}

/** A case is in Hỏi – Đáp once answered with a public answer: only then does it need English. */
export const isPublicAnswer = (doc: Doc | null | undefined): boolean =>
  doc?.state === 'answered' && doc?.visibility === 'public'

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((v) => idOf(v)).filter((v): v is string => Boolean(v)) : []

/** A relationship id as the database stores it: SQLite and PostgreSQL refuse a numeric id given as text. */
const storedId = (payload: Payload, id: string): string | number =>
  payload.db.defaultIDType === 'number' ? Number(id) : id

const dateOrNull = (value: unknown): string | null => (typeof value === 'string' && value ? value : null)

/** The item's fields the record repeats for the queue and the coverage report. */
export function denormalized(collection: TranslatableCollection, doc: Doc) {
  const unit = collection === 'units' ? String(doc.id) : idOf(doc.unit)
  return {
    title: sourceTitle(collection, doc) || String(doc.id),
    sections: ids(doc.sections),
    unit: unit ? String(unit) : null,
    sourcePublishedAt:
      collection === 'cases'
        ? dateOrNull(doc.answeredAt)
        : collection === 'units'
          ? dateOrNull(doc.createdAt)
          : (dateOrNull(doc.publishedAt) ?? (collection === 'legal-documents' ? dateOrNull(doc.issuedDate) : null)),
    itemPublic: isItemPublic(collection, doc),
  }
}

export interface TranslationRecord {
  id: string | number
  itemCollection: TranslatableCollection
  itemId: string
  state: TranslationState
  title?: string | null
  sections?: unknown
  unit?: unknown
  viewCount?: number | null
  sourcePublishedAt?: string | null
  itemPublic?: boolean | null
  sourceTexts?: Record<string, string> | null
  sourceFingerprint?: Fingerprint | null
  changedFields?: string[] | null
  published?: Record<string, unknown> | null
  publishedAt?: string | null
  firstPublishedAt?: string | null
  neededSince?: string | null
  stateChangedAt?: string | null
  translator?: unknown
  reviewer?: unknown
  reason?: string | null
  question?: { title?: string | null; question?: string | null; answer?: unknown } | null
}

export async function findTranslation(
  payload: Payload,
  collection: TranslatableCollection,
  id: string | number,
  req?: Partial<PayloadRequest>,
): Promise<TranslationRecord | null> {
  const { docs } = await payload.find({
    collection: 'translations' as never,
    where: { and: [{ itemCollection: { equals: collection } }, { itemId: { equals: String(id) } }] },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as TranslationRecord | undefined) ?? null
}

/** Whether SiteSettings says every item of the collection needs English (read on creation only). */
async function neededByDefault(payload: Payload, collection: TranslatableCollection, req?: Partial<PayloadRequest>): Promise<boolean> {
  const settings = (await payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    overrideAccess: true,
    select: { englishNeeded: true } as never,
    req: req ? { ...req } : undefined,
  })) as unknown as { englishNeeded?: string[] | null }
  return (settings.englishNeeded ?? []).includes(collection)
}

const sameIds = (a: unknown, b: string[]) => JSON.stringify(ids(a).sort()) === JSON.stringify([...b].sort())
const sameDate = (a: unknown, b: string | null) =>
  (a ? new Date(String(a)).getTime() : null) === (b ? new Date(b).getTime() : null)

/**
 * Brings an item's translation record up to date with its Vietnamese (`viDoc`, read in `vi`):
 * creates it when missing, refreshes the repeated fields, and marks the English stale when a
 * Vietnamese field it was made from changed. Writes nothing when nothing differs: bulk saves
 * (seed, legal import) then cost one read per item. The view count is taken along whenever the
 * record is written; view tallies bypass the hooks, so they never write here.
 */
export async function syncTranslation(
  payload: Payload,
  collection: TranslatableCollection,
  viDoc: Doc,
  req?: Partial<PayloadRequest>,
  /** The item's Vietnamese before this save, when known: a save that left it as it was changes no state. */
  previousViDoc?: Doc | null,
): Promise<TranslationRecord> {
  const itemId = String(viDoc.id)
  const fields = denormalized(collection, viDoc)
  const viewCount = typeof viDoc.viewCount === 'number' ? viDoc.viewCount : 0
  const record = await findTranslation(payload, collection, itemId, req)
  if (!record) {
    const now = new Date().toISOString()
    const needed = await neededByDefault(payload, collection, req)
    const created = await payload.create({
      collection: 'translations' as never,
      data: {
        item: { relationTo: collection, value: viDoc.id },
        itemCollection: collection,
        itemId,
        state: needed ? 'needed' : 'not-needed',
        stateChangedAt: now,
        neededSince: needed ? now : null,
        viewCount,
        ...fields,
        sections: fields.sections.map((id) => storedId(payload, id)),
        unit: fields.unit === null ? null : storedId(payload, fields.unit),
      } as never,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return created as unknown as TranslationRecord
  }
  const current = fingerprint(sourceTexts(collection, viDoc))
  const recorded = record.sourceFingerprint ?? null
  // A translator back at work on stale English keeps the old source (for the diff): only a new
  // change to the Vietnamese, not any later save of the item, makes it stale again.
  const unchanged = previousViDoc ? changedFields(fingerprint(sourceTexts(collection, previousViDoc)), current).length === 0 : false
  const state = unchanged ? record.state : stateAfterSourceChange(record.state, recorded, current)
  const changes: Doc = {}
  if (state !== record.state) {
    changes.state = state
    changes.stateChangedAt = new Date().toISOString()
  }
  // While stale, the changed fields follow the Vietnamese (an edit undone is no longer listed).
  if (state === 'stale' && recorded) {
    const changed = changedFields(recorded, current)
    if (JSON.stringify(changed) !== JSON.stringify(record.changedFields ?? [])) changes.changedFields = changed
  }
  if ((record.title ?? '') !== fields.title) changes.title = fields.title
  if (!sameIds(record.sections, fields.sections)) changes.sections = fields.sections.map((id) => storedId(payload, id))
  if (idOf(record.unit) !== fields.unit) changes.unit = fields.unit === null ? null : storedId(payload, fields.unit)
  if (!sameDate(record.sourcePublishedAt, fields.sourcePublishedAt)) changes.sourcePublishedAt = fields.sourcePublishedAt
  if (Boolean(record.itemPublic) !== fields.itemPublic) changes.itemPublic = fields.itemPublic
  if (Object.keys(changes).length === 0) return record
  const updated = await payload.update({
    collection: 'translations' as never,
    id: record.id,
    data: { ...changes, viewCount } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return updated as unknown as TranslationRecord
}

/**
 * For the `afterChange` of every translatable collection. A problem with the translation record
 * is logged, never thrown: the editor's Vietnamese save must not fail because of the English.
 * Runs in the item's transaction (`req`), so a rolled-back save leaves no record behind.
 */
export const syncTranslationAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, req }) => {
  const slug = collection.slug
  if (!isTranslatableCollection(slug)) return doc
  if (req.context?.skipTranslationSync) return doc
  // A draft saved beside a published legal document changes nothing public yet: the English is
  // measured against the Vietnamese readers have.
  if (isDraftSave(req, slug)) {
    const existing = await findTranslation(req.payload, slug, doc.id, req).catch(() => null)
    if (existing) return doc
  }
  // A private case needs no English: its record appears when it is approved for Hỏi – Đáp.
  if (slug === 'cases' && !isPublicAnswer(doc)) {
    const existing = await findTranslation(req.payload, slug, doc.id, req).catch(() => null)
    if (!existing) return doc
  }
  try {
    const locale = req.locale ?? 'vi'
    const viDoc =
      locale === 'vi' || slug === 'cases'
        ? (doc as Doc)
        : ((await req.payload.findByID({
            collection: slug as never,
            id: doc.id,
            locale: 'vi' as never,
            fallbackLocale: false as never,
            depth: 0,
            draft: false,
            overrideAccess: true,
            // A copy: the local API would set the saving request's locale to vi.
            req: { ...req },
          })) as unknown as Doc)
    // Every translated field is localized: a save in English leaves the Vietnamese as it was (a
    // translator's save must not turn English they are reworking after a change stale again).
    const previous =
      locale === 'vi' || slug === 'cases' ? (previousDoc as Doc | undefined) : locale === 'en' ? viDoc : undefined
    await syncTranslation(req.payload, slug, viDoc, req, previous && Object.keys(previous).length ? previous : null)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Translation record of ${slug}/${String(doc.id)} not updated` })
  }
  return doc
}

/**
 * For the `afterDelete` of every translatable collection: a deleted item's record goes with it,
 * so the queue and the coverage report never list an item that is gone. Logged, never thrown.
 */
export const deleteTranslationAfterDelete: CollectionAfterDeleteHook = async ({ id, collection, req }) => {
  const slug = collection.slug
  if (!isTranslatableCollection(slug)) return
  try {
    await req.payload.delete({
      collection: 'translations' as never,
      where: { and: [{ itemCollection: { equals: slug } }, { itemId: { equals: String(id) } }] },
      overrideAccess: true,
      req,
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Translation record of deleted ${slug}/${String(id)} not removed` })
  }
}
