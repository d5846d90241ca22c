/**
 * The translation workflow for trusted server code (the move endpoint, XLIFF imports, the seed):
 * docs/translation-and-multimedia.md. Every function here writes the translation record only,
 * never the item: publishing or withdrawing the English leaves the item's document, versions and
 * `_status` as they were.
 */
import type { Payload, PayloadRequest } from 'payload'
import {
  checkTranslationMove,
  fingerprint,
  publicEffect,
  recordsSource,
  TRANSLATABLE_COLLECTIONS,
  TRANSLATION_STATES,
  type TranslatableCollection,
  type TranslationState,
} from '@cong/shared/translation'
import type { Role } from '@cong/shared/roles'
import { roleOf } from '../access/roles'
import type { Label } from '../i18n'
import { TRANSLATION_MESSAGES as M } from '../i18n/translations'
import { englishValues, hasEnglishTitle, sourceTexts, TRANSLATED_FIELDS, type EnglishValues } from './fields'
import { findTranslation, isPublicAnswer, syncTranslation, type TranslationRecord } from './hooks'

type Doc = Record<string, unknown>
type Req = Partial<PayloadRequest> | undefined

/**
 * The local API sets a passed request's `locale` to the one asked for: a read in another locale
 * gets its own copy (same transaction), so it neither changes the caller's locale nor races
 * another read.
 */
export const copyOf = (req: Req): Req => (req ? ({ ...req } as Partial<PayloadRequest>) : undefined)

/** The item as readers have it in Vietnamese; null when there is no such item. */
export async function readSource(payload: Payload, collection: TranslatableCollection, id: string | number, req?: Req): Promise<Doc | null> {
  try {
    return (await payload.findByID({
      collection: collection as never,
      id,
      locale: (collection === 'cases' ? undefined : 'vi') as never,
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
      req: copyOf(req),
    })) as unknown as Doc | null
  } catch {
    return null
  }
}

/**
 * The working English of an item, in the item's own shape: the item's `en` locale without
 * fallback, or for
 * Q&A the record's `question` group.
 */
export async function workingEnglish(
  payload: Payload,
  collection: TranslatableCollection,
  record: TranslationRecord,
  req?: Req,
): Promise<{ values: EnglishValues; hasTitle: boolean }> {
  if (collection === 'cases') {
    const question = (record.question ?? {}) as Doc
    return { values: englishValues('cases', question), hasTitle: hasEnglishTitle('cases', question) }
  }
  // Legal documents keep a translator's save as a draft beside the published document (the newest
  // version); the other collections always write the document itself.
  const drafts = collection === 'legal-documents'
  const read = (locale: 'vi' | 'en') =>
    payload.findByID({
      collection: collection as never,
      id: record.itemId,
      locale: locale as never,
      fallbackLocale: false as never,
      depth: 0,
      draft: drafts,
      overrideAccess: true,
      req: copyOf(req),
    }) as unknown as Promise<Doc>
  const [en, vi] = await Promise.all([read('en'), read('vi')])
  if (drafts) {
    // A version read fills missing English with the Vietnamese: a text equal to it is untranslated.
    for (const field of TRANSLATED_FIELDS[collection].fields)
      if (!field.array && JSON.stringify(en[field.name] ?? null) === JSON.stringify(vi[field.name] ?? null)) delete en[field.name]
  }
  return { values: englishValues(collection, en, vi), hasTitle: hasEnglishTitle(collection, en) }
}

/** The item's translation record, made (from the item's Vietnamese) when missing; null for no item. */
export async function ensureTranslation(
  payload: Payload,
  collection: TranslatableCollection,
  id: string | number,
  req?: Req,
): Promise<TranslationRecord | null> {
  const existing = await findTranslation(payload, collection, id, req)
  if (existing) return existing
  const source = await readSource(payload, collection, id, req)
  // A case that is not a public answer has no English, and its record would show translators
  // the sender's own title.
  if (!source || (collection === 'cases' && !isPublicAnswer(source))) return null
  return syncTranslation(payload, collection, source, req)
}

export type MoveResult =
  | { ok: true; translation: TranslationRecord }
  | { ok: false; status: 400 | 403 | 404; code: string; message: Label }

export interface MoveRequest {
  collection: TranslatableCollection
  id: string | number
  to: TranslationState
  reason?: string | null
  /** The person moving; null for trusted server code, which may make any move the admin may. */
  user: { id: string | number; role?: unknown } | null
  req?: Req
  /** When the move happens (trusted code replaying history); now by default. */
  at?: Date
}

const userId = (user: MoveRequest['user']) => (user ? user.id : null)

/**
 * Moves an item's English along the workflow (shared/src/translation.ts decides who may):
 * submitting, publishing and starting from `needed` record the current Vietnamese as the source;
 * publishing copies the working English into the record's published copy; withdrawing clears it.
 */
export async function moveTranslation(payload: Payload, move: MoveRequest): Promise<MoveResult> {
  const { collection, id, to, req } = move
  if (!(TRANSLATION_STATES as readonly string[]).includes(to))
    return { ok: false, status: 400, code: 'bad-state', message: M.badState }
  const role: Role | null = move.user ? roleOf(move.user as Parameters<typeof roleOf>[0]) : 'admin'
  if (!role) return { ok: false, status: 403, code: 'forbidden', message: M.forbiddenRead }
  const record = await ensureTranslation(payload, collection, id, req)
  if (!record) return { ok: false, status: 404, code: 'not-found', message: M.notFound }
  const from = record.state
  const needsEnglish = to === 'in-review' || to === 'published'
  const english = needsEnglish || publicEffect(from, to) === 'publish' ? await workingEnglish(payload, collection, record, req) : null
  const check = checkTranslationMove({ from, to, role, reason: move.reason, hasEnglish: english?.hasTitle ?? false })
  if (!check.ok) {
    switch (check.code) {
      case 'unknown-transition':
        return { ok: false, status: 400, code: check.code, message: M.unknownTransition(from, to) }
      case 'forbidden':
        return { ok: false, status: 403, code: check.code, message: M.forbidden(from, to) }
      case 'reason-required':
        return { ok: false, status: 400, code: check.code, message: M.reasonRequired(to) }
      case 'english-required':
        return { ok: false, status: 400, code: check.code, message: M.englishRequired }
    }
  }
  const now = (move.at ?? new Date()).toISOString()
  const data: Doc = { state: to, stateChangedAt: now }
  const reason = move.reason?.trim()
  if (reason) data.reason = reason
  else if (needsEnglish) data.reason = null
  if (to === 'needed' && (from === 'not-needed' || !record.neededSince)) data.neededSince = now
  if (to === 'not-needed') data.neededSince = null
  if (recordsSource(from, to)) {
    const source = await readSource(payload, collection, id, req)
    const texts = sourceTexts(collection, source)
    data.sourceTexts = texts
    data.sourceFingerprint = fingerprint(texts)
    data.changedFields = []
  }
  if (to === 'in-review' || (from === 'needed' && to === 'in-progress')) data.translator = userId(move.user)
  const effect = publicEffect(from, to)
  if (effect === 'publish') {
    data.published = english!.values
    data.publishedAt = now
    data.firstPublishedAt = record.firstPublishedAt ?? now
    data.reviewer = userId(move.user)
  } else if (effect === 'withdraw') {
    data.published = null
  }
  const translation = (await payload.update({
    collection: 'translations' as never,
    id: record.id,
    data: data as never,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as TranslationRecord
  return { ok: true, translation }
}

/**
 * For trusted code (the seed, imports of past translations): records the current Vietnamese as
 * the source and publishes the item's working English in one go, whatever the record's state,
 * dated `at` (the first publication keeps its date). Throws when the item has no English title.
 */
export async function publishEnglish(
  payload: Payload,
  collection: TranslatableCollection,
  id: string | number,
  options: { at?: Date; req?: Req } = {},
): Promise<TranslationRecord> {
  const { req } = options
  const record = await ensureTranslation(payload, collection, id, req)
  if (!record) throw new Error(`No ${collection} item ${String(id)} to publish in English`)
  const english = await workingEnglish(payload, collection, record, req)
  if (!english.hasTitle) throw new Error(`${collection}/${String(id)}: ${M.englishRequired.en}`)
  const texts = sourceTexts(collection, await readSource(payload, collection, id, req))
  const at = (options.at ?? new Date()).toISOString()
  return (await payload.update({
    collection: 'translations' as never,
    id: record.id,
    data: {
      state: 'published',
      stateChangedAt: at,
      neededSince: record.neededSince ?? at,
      sourceTexts: texts,
      sourceFingerprint: fingerprint(texts),
      changedFields: [],
      published: english.values,
      publishedAt: at,
      firstPublishedAt: record.firstPublishedAt ?? at,
      reason: null,
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as TranslationRecord
}

/**
 * Makes the missing records of every item of the translatable collections present (items saved
 * before the workflow existed, or with `context.skipTranslationSync`). For an upgrade or an ops
 * command; each item costs one read when its record exists. Returns how many records were made.
 */
export async function backfillTranslations(payload: Payload, options: { batchSize?: number } = {}): Promise<number> {
  const batchSize = options.batchSize ?? 200
  const slugs = new Set(payload.config.collections.map((c) => c.slug))
  let made = 0
  for (const collection of TRANSLATABLE_COLLECTIONS) {
    if (!slugs.has(collection)) continue
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection: collection as never,
        where: collection === 'cases' ? { and: [{ state: { equals: 'answered' } }, { visibility: { equals: 'public' } }] } : undefined,
        select: { id: true } as never,
        sort: 'id',
        page,
        limit: batchSize,
        depth: 0,
        overrideAccess: true,
      })
      for (const doc of result.docs as unknown as { id: string | number }[]) {
        if (await findTranslation(payload, collection, doc.id)) continue
        if (await ensureTranslation(payload, collection, doc.id)) made++
      }
      if (!result.hasNextPage) break
    }
  }
  return made
}

